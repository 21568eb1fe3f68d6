"""Spelling variants among distinct names: the pairs whose folded words are all close.

Two names are variants when they have the same number of words, every word pair is close
(``words_close``: equal, or the same initial and a Jaro-Winkler similarity of WORD_SIMILARITY
for words of MIN_FUZZY_WORD letters or more, without digits) and the whole folded names reach
NAME_SIMILARITY. Names are compared in groups that already share their initials.

rapidfuzz scores the whole names of a group against each other in C; numpy drops the pairs under
NAME_SIMILARITY, then tests the words of the pairs left (``_words_agree``: a block of pairs at a
time, the word scores in C too), so Python meets only the variant pairs, and of those only the
ones still apart. The cost is the square of the group's size in C (about 35 ns a pair), and
linear in Python.

A kunya alone ("Abu Hamza") is no spelling variant of the full name it ends ("Mohammed Abu
Hamza"): ``join_kunyas`` joins it to the one such name in the corpus.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist, cpdist

from sitrep.knowledge import load

from sitrep.nlp.memo import MISSING, BoundedMemo

from .fold import light, name_key

WORD_SIMILARITY = 0.88       # each word of two variant spellings (folded)
NAME_SIMILARITY = 0.92       # the whole folded names
# the whole light-folded names (case and accents only): the deep keys fold every vowel alike, so
# two different short names one consonant apart ("Macomia", "Mucojo" -> "macama", "macaja")
# score as variants there; their spellings as written must still be close
LIGHT_SIMILARITY = 0.84
MIN_FUZZY_WORD = 4           # shorter words must fold to the same key
_ROWS = 256                  # rows scored at once: the score matrix stays small

Group = list[tuple[int, tuple[str, ...], str]]     # (row, folded words, folded name)

# name prefixes written apart or joined to the next word ("Abu Bakr" / "Abubakar", "Abdul Rahman"
# / "Abdulrahman"): glued before personal names are compared, so both spellings have the same
# words. The prefixes are data (knowledge/name_prefixes.json).
NAME_PREFIXES = frozenset(str(e["prefix"]).lower() for e in load("name_prefixes.json"))
_PREFIX_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NAME_PREFIXES), key=len, reverse=True))
                          + r")(?:\s+(?:al\b\W*)?|\W*al\W+)(?=\w)", re.IGNORECASE)
_HAS_PREFIX = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(NAME_PREFIXES))) + r")\b", re.IGNORECASE)


def glue_prefixes(name: str) -> str | None:
    """The name with each prefix glued onto the next word ("Abu Bakr Shekau" -> "Abubakr Shekau",
    "Abd al-Rahman" -> "Abdrahman"), or None when it has no prefix followed by a word."""
    if _HAS_PREFIX.search(name) is None:
        return None
    glued = _PREFIX_WORD.sub(lambda m: m.group(1), name)
    return glued if glued != name else None


def words_close(x: str, y: str) -> bool:
    """Whether two folded words are spellings of one word."""
    if x == y:
        return True
    if min(len(x), len(y)) < MIN_FUZZY_WORD or x[0] != y[0] or _has_digit(x) or _has_digit(y):
        return False
    return JaroWinkler.similarity(x, y) >= WORD_SIMILARITY


# letters that transliterations of one place name add, drop or swap freely ("Ajdabiya" /
# "Ajdabiyah", "Nyala" / "Niyala"): the other consonants are the name
_SOFT = str.maketrans("", "", "aeiouyhw")


def same_consonants(x: str, y: str) -> bool:
    """Whether two folded one-word place names keep the same consonants: spellings of one town
    differ in vowels, doubled letters and h/w/y ("Misrata" / "Misurata"), two towns in a consonant
    ("Bangadi" / "Bangui" score close enough as words). Longer names are left to the word tests."""
    if " " in x or " " in y:
        return True
    return _skeleton(x) == _skeleton(y)


def extended(x: str, y: str) -> bool:
    """Whether one light-folded one-word place name is the other with two letters or more added
    at its end: another word, however few consonants they hold (a people and its land: "Abkhaz" /
    "Abkhazia", "Serb" / "Serbia")."""
    if " " in x or " " in y:
        return False
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(long) - len(short) >= 2 and long.startswith(short)


# a place name is compared with many others (and again in every reduce round): its skeleton
# is worked out once per process, not once per pair
_SKELETONS = BoundedMemo(200_000)


def _skeleton(w: str) -> str:
    got = _SKELETONS.get(w, MISSING)
    if got is MISSING:
        s = w.translate(_SOFT)
        got = _SKELETONS.remember(w, "".join(c for k, c in enumerate(s) if k == 0 or c != s[k - 1]))
    return got


def _has_digit(w: str) -> bool:
    # letters are never digits: most words are all letters and are settled by one C call
    return not w.isalpha() and any(c.isdigit() for c in w)


class _Words:
    """The group's words by position: each name's word number k as an index into the distinct
    words at k (-1: the name is shorter), and what ``words_close`` asks of each distinct word."""

    def __init__(self, group: Group) -> None:
        self.ids: list[np.ndarray] = []
        self.words: list[list[str]] = []
        self.fuzzy: list[np.ndarray] = []       # long enough, no digit: may be a variant spelling
        self.initial: list[np.ndarray] = []
        # every name is its one word (then a name score is that word's score)
        self.one_word = all(len(t) == 1 and t[0] == name for _, t, name in group)
        for k in range(max(len(t) for _, t, _ in group)):
            index: dict[str, int] = {}
            ids = np.fromiter((index.setdefault(t[k], len(index)) if k < len(t) else -1 for _, t, _ in group),
                              dtype=np.int64, count=len(group))
            words = list(index)
            self.ids.append(ids)
            self.words.append(words)
            self.fuzzy.append(np.fromiter((len(w) >= MIN_FUZZY_WORD and not _has_digit(w) for w in words),
                                          dtype=bool, count=len(words)))
            self.initial.append(np.fromiter((ord(w[0]) for w in words), dtype=np.int64, count=len(words)))

    def agree(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        """For each pair (xs[i], ys[i]) of names: whether ``words_close`` holds for every word
        pair (as ``all(map(words_close, x, y))``: the longer name's extra words are not tested)."""
        ok = np.ones(len(xs), dtype=bool)
        # one-word names are their one word: a pair met here already reached NAME_SIMILARITY on
        # it (``_similar_blocks``), which is above WORD_SIMILARITY, so only the cheap tests are left
        scored = self.one_word
        for ids, words, fuzzy, initial in zip(self.ids, self.words, self.fuzzy, self.initial):
            a, b = ids[xs], ids[ys]
            test = ok & (a >= 0) & (b >= 0) & (a != b)
            if not test.any():
                continue
            a, b = a[test], b[test]
            close = fuzzy[a] & fuzzy[b] & (initial[a] == initial[b])
            if close.any() and not scored:
                # each distinct word pair scored once, in C
                pairs, back = np.unique(a[close] * len(words) + b[close], return_inverse=True)
                scores = cpdist([words[p] for p in (pairs // len(words)).tolist()],
                                [words[p] for p in (pairs % len(words)).tolist()],
                                scorer=JaroWinkler.similarity, dtype=np.float64)
                close[close] = (scores >= WORD_SIMILARITY)[back.reshape(-1)]
            ok[np.flatnonzero(test)[~close]] = False
        return ok


def _scored(names: list[str], start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (rows, cols), row < col, of rows ``start:stop`` whose whole names reach
    NAME_SIMILARITY, row-major (rows ascending, columns ascending in a row)."""
    # only the columns from ``start`` on: a pair is scored once, in its row
    ok = cdist(names[start:stop], names[start:], scorer=JaroWinkler.similarity,
               score_cutoff=NAME_SIMILARITY, dtype=np.float32) > 0
    ok &= np.arange(len(names) - start)[None, :] > np.arange(stop - start)[:, None]
    # every pair of the block at once: numpy is called per block, not per row
    rows, cols = np.nonzero(ok)
    return rows + start, cols + start


_FIRST_ROWS = 16
_CROWD = 16      # rows of one set in a block scored apart, against the other sets' names only


def _scored_apart(names: list[str], start: int, stop: int, label: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``_scored`` less (some of) the pairs already in one set (``label``: each name's set).

    A crowded group's names soon form one big set (a corpus's many spellings of similar
    names chain together): scoring its rows against its own members again was most of the work,
    and grew with the square of the corpus. The rows of a set crowding the block are scored
    against the other sets' names only; the pairs skipped are ones the caller drops anyway."""
    block = label[start:stop]
    sets, counts = np.unique(block, return_counts=True)
    crowded = sets[counts >= _CROWD]
    if not len(crowded):
        return _scored(names, start, stop)
    found_r, found_c = [], []
    rest = np.ones(stop - start, dtype=bool)
    tail = label[start:]
    for lab in crowded.tolist():
        mine = block == lab
        rest &= ~mine
        others = np.flatnonzero(tail != lab) + start
        if not len(others):
            continue
        rows = np.flatnonzero(mine) + start
        ok = cdist([names[r] for r in rows.tolist()], [names[c] for c in others.tolist()],
                   scorer=JaroWinkler.similarity, score_cutoff=NAME_SIMILARITY, dtype=np.float32) > 0
        r, c = np.nonzero(ok)
        r, c = rows[r], others[c]
        keep = c > r
        found_r.append(r[keep])
        found_c.append(c[keep])
    if rest.any():
        rows = np.flatnonzero(rest) + start
        ok = cdist([names[r] for r in rows.tolist()], names[start:], scorer=JaroWinkler.similarity,
                   score_cutoff=NAME_SIMILARITY, dtype=np.float32) > 0
        r, c = np.nonzero(ok)
        r, c = rows[r], c + start
        keep = c > r
        found_r.append(r[keep])
        found_c.append(c[keep])
    rows, cols = np.concatenate(found_r), np.concatenate(found_c)
    order = np.lexsort((cols, rows))            # row-major, as ``_scored`` gives them
    return rows[order], cols[order]


def _similar_blocks(group: Group, settled: Callable[[int], bool] | None = None,
                    apart: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
                    lights: Sequence[str] | None = None,
                    labels: Callable[[], np.ndarray] | None = None, places: bool = False
                    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs (rows, cols), row < col, of names whose whole folded names reach NAME_SIMILARITY
    and whose words are all close, a block of rows at a time (row-major order). ``settled(start)``:
    whether the names from ``start`` on need no more pairs (then none come); ``apart(rows, cols)``:
    which pairs may still need joining (the others skip the word tests); ``lights``: each name's
    light-folded spelling, which must reach LIGHT_SIMILARITY too (only the few pairs left are
    scored); ``labels()``: each name's set now (then ``apart`` must drop the pairs of one set: the
    pairs within a crowded set are not scored)."""
    n = len(group)
    if n < 2:
        return
    names = [name for _, _, name in group]
    words = _Words(group)
    start, size = 0, _ROWS if labels is None else _FIRST_ROWS
    while start < n:
        if settled is not None and settled(start):
            return
        stop = min(n, start + size)
        # with ``labels``, small blocks first: the sets their pairs join spare the later rows
        # most of their scoring (``_scored_apart``)
        size = min(_ROWS, size * 2)
        if labels is None:
            rows, cols = _scored(names, start, stop)
        else:
            rows, cols = _scored_apart(names, start, stop, labels())
        if apart is not None:
            keep = apart(rows, cols)
            rows, cols = rows[keep], cols[keep]
        keep = words.agree(rows, cols)
        rows, cols = rows[keep], cols[keep]
        if lights is not None and len(rows):
            keep = cpdist([lights[r] for r in rows.tolist()], [lights[c] for c in cols.tolist()],
                          scorer=JaroWinkler.similarity, dtype=np.float64) >= LIGHT_SIMILARITY
            rows, cols = rows[keep], cols[keep]
        if places and len(rows):
            keep = np.fromiter((same_consonants(names[r], names[c])
                                and not (lights is not None and extended(lights[r], lights[c]))
                                for r, c in zip(rows.tolist(), cols.tolist())), dtype=bool, count=len(rows))
            rows, cols = rows[keep], cols[keep]
        if len(rows):
            yield rows, cols
        start = stop


def similar_rows(group: Group, settled: Callable[[int], bool] | None = None,
                 apart: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
                 lights: Sequence[str] | None = None,
                 labels: Callable[[], np.ndarray] | None = None, places: bool = False
                 ) -> Iterator[tuple[int, np.ndarray]]:
    """For each name x of the group in turn, the names y > x (ascending) whose whole folded name
    reaches NAME_SIMILARITY with x's and whose words are all close to x's (``_similar_blocks``
    cut into rows)."""
    for rows, cols in _similar_blocks(group, settled, apart, lights, labels, places):
        cuts = np.flatnonzero(np.diff(rows)) + 1
        bounds = [0, *cuts.tolist(), len(rows)]
        for k, r in enumerate(rows[bounds[:-1]].tolist()):
            yield r, cols[bounds[k]:bounds[k + 1]]


def join_variants(group: Group, find: Callable[[int], int], union: Callable[[int, int], bool],
                  known: Callable[[int], str | None] | None = None,
                  lights: Sequence[str] | None = None, places: bool = False,
                  refusable: bool = False) -> None:
    """Join the group's names that are variants, pair by pair in row order (``union`` may refuse:
    two known actors are never one, so the order is part of the result).

    A crowded group's names mostly join early, and the pairs already joined are most pairs: the
    group's set labels are kept in numpy, so those pairs are dropped without Python seeing them.
    ``lights``: the names' light-folded spellings, in the group's order (``_similar_blocks``).
    ``places``: the names are places, whose one-word spellings must keep their consonants
    (``same_consonants``).
    ``known(root)``: the KB id of a set (by its root). When at most one KB id is among the group's
    sets no union can be refused, so the order does not matter: the sets are joined a block of
    pairs at a time, as connected components in numpy (unless ``union`` may refuse for other
    reasons: ``refusable``).
    """
    if len(group) < 2:
        return
    label = np.fromiter((find(i) for i, _, _ in group), dtype=np.int64, count=len(group))

    def settled(start: int) -> bool:
        # the names left are one set already: their pairs would all be dropped, so they are
        # not scored
        rest = label[start:]
        return bool((rest == rest[0]).all())

    def apart(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        # labels only ever merge: a pair one set at the block's start is one set for good
        return label[rows] != label[cols]

    if not refusable and known is not None and len({k for r in set(label.tolist()) if (k := known(r))}) <= 1:
        for rows, cols in _similar_blocks(group, settled, apart, lights, lambda: label, places):
            label = _join_components(label, rows, cols, find, union)
        return
    for x, ys in similar_rows(group, settled, apart, lights, lambda: label, places):
        ys = ys[label[ys] != label[x]]
        if not len(ys):
            continue
        ix = group[x][0]
        for y in ys.tolist():
            lx, ly = label[x], label[y]
            if lx == ly:
                continue                 # joined meanwhile, through another name
            if union(ix, group[y][0]):
                label[label == ly] = lx


def _join_components(label: np.ndarray, rows: np.ndarray, cols: np.ndarray,
                     find: Callable[[int], int], union: Callable[[int, int], bool]) -> np.ndarray:
    """Join the sets of every pair (rows[i], cols[i]) (no union may be refused) and return the
    group's labels after: each name's set as the smallest label in it (a set's root is its
    smallest member, so that is the root the unions make)."""
    uniq, inv = np.unique(label, return_inverse=True)
    inv = inv.reshape(-1)
    a, b = inv[rows], inv[cols]
    comp = np.arange(len(uniq))
    while True:
        ca, cb = comp[a], comp[b]
        diff = ca != cb
        if not diff.any():
            break
        # hook each larger root under the smallest root it meets, then jump pointers until
        # every entry is a root again
        np.minimum.at(comp, np.maximum(ca[diff], cb[diff]), np.minimum(ca[diff], cb[diff]))
        while True:
            nxt = comp[comp]
            if (nxt == comp).all():
                break
            comp = nxt
    moved = np.flatnonzero(comp != np.arange(len(uniq)))
    for u, r in zip(uniq[moved].tolist(), uniq[comp[moved]].tolist()):
        joined = union(r, u)
        assert joined, "a union was refused with at most one KB id among the sets"
    return uniq[comp[inv]]


# kunya particles as folded name words ("Abou" -> "abu"): data (knowledge/name_kunyas.json)
KUNYAS = frozenset(name_key(str(e["particle"])) for e in load("name_kunyas.json"))


def ambiguous_name(entry: dict | None, name: str) -> bool:
    """Whether a KB entry marks ``name`` one of its ambiguous names (a link worth a guess)."""
    return bool(entry) and light(name) in {light(a) for a in entry.get("ambiguous") or ()}  # type: ignore[union-attr]


def join_kunyas(records: Iterable[tuple[int, str, tuple[str, ...], str | None, str]],
                find: Callable[[int], int], union: Callable[[int, int], bool],
                loose: Callable[[str, str], bool] | None = None,
                unlink: Callable[[int], None] | None = None) -> None:
    """A kunya alone ("Abu Hamza") joins the one entity whose longer personal name ends with it
    ("Mohammed Abu Hamza"); with no such name, or several people sharing the kunya, it stays apart.

    ``records``: (first actor, type, folded words, KB id, canonical form) per distinct name; one
    pass over them. A kunya linked to the KB is joined only when ``loose(kb_id, canonical)`` (the
    KB itself calls that name ambiguous: many men are "Abu Hamza"), after ``unlink(actor)`` has
    dropped the link: the full name in the corpus says who is meant.
    """
    longer: dict[tuple[str, str], list[int]] = defaultdict(list)
    alone: dict[tuple[str, str], list[int]] = defaultdict(list)
    linked: set[int] = set()
    for i, typ, toks, kb_id, canonical in records:
        if typ != "PERSON" or len(toks) < 2:
            continue
        if len(toks) == 2 and toks[0] in KUNYAS:
            if kb_id:
                if loose is None or unlink is None or not loose(kb_id, canonical):
                    continue
                linked.add(i)
            alone[(toks[0], toks[1])].append(i)
        elif len(toks) >= 3 and toks[-2] in KUNYAS and not kb_id:
            longer[(toks[-2], toks[-1])].append(i)
    for pair, singles in alone.items():
        roots = {find(j) for j in longer.get(pair, ())}
        if len(roots) == 1:
            root = roots.pop()
            for i in singles:
                if i in linked:
                    unlink(i)  # type: ignore[misc]
                union(i, root)
