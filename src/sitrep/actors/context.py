"""Names no list knows, typed by the words around them rather than by their own shape.

In a conflict no list covers most towns, regions, states and groups are unknown, and their names
look like surnames ("Halvik", "Veloria", "Doltsa"). What gives them away is the context:

- a place preposition or phrase before them ("fighting near Trebin", "north of Doltsa", "the
  border with Dravenia"), or a known place before a comma ("Halvik, Veloria");
- a state's attribute after them ("Veloria's government", "the Dravenia army"), or "government
  of X";
- a demonym derived from them in the same text ("Velorian" next to "Veloria"): the demonym is a
  NORP, the place it comes from a place;
- a group word after them ("the Zarqa militia", "Tavor rebels") or a naming phrase before them
  ("a faction called Nour");
- for all-caps acronyms that no bracket defines: organisation-like context or repetition.

Every cue gives a low-priority candidate, so a name a list or a stronger shape found keeps its
span; ``settle`` later counts the cues of each surface form over the whole document.
"""
from __future__ import annotations

from itertools import compress
from operator import not_

from sitrep.nlp.memo import BoundedMemo

from .cues import Cues, is_common_word
from .fold import Folded
from .languages import languages
from .match import Cand

PLACE = "place-context"
STATE = "state-cue"
DEMONYM = "demonym"
STEM = "demonym-stem"
GROUP = "group-cue"
RESPECTIVE = "person-cue"        # the people of listed places, one by one (``respective_people``)
ACRONYM = "acronym-org"
_LINKS = frozenset(("and", "or"))
_NAMED_HEADS = frozenset(("gang", "cartel"))
_MAX_PLACE = 3
# a name this frequent as an English word ("English", "Parliament", "March") is no unknown place
_COMMON_ZIPF = 3.6
_ACRONYM_ZIPF = 3.0
# words -> whether they can be an unknown place's or group's name (a pure function of the words)
_PLAIN = BoundedMemo(200_000)


def _cap(w: str) -> bool:
    return w[:1].isupper()


def _pieces(f: Folded, a: int, b: int) -> list[tuple[int, int]]:
    """The capitalised stretches of a run (a run may hold "and", "of", "al-" between names)."""
    out, s = [], None
    for k in range(a, b):
        if _cap(f.words[k]):
            if s is None:
                s = k
        elif s is not None:
            out.append((s, k))
            s = None
    if s is not None:
        out.append((s, b))
    return out


class _Scan:
    def __init__(self, text: str, f: Folded, cues: Cues, covered: bytearray):
        self.text, self.f, self.c, self.covered = text, f, cues, covered
        self.out: list[Cand] = []
        self.gazetteer: list[int] = []

    def lower_at(self, k: int) -> bool:
        f = self.f
        return k < len(f.words) and f.joined[k] == 1 and f.words[k].islower()

    def plain_name(self, a: int, b: int, gazetteer: bool = False) -> bool:
        """Capitalised words that no list knows and that are not everyday words, heads or titles;
        ``gazetteer``: one-word gazetteer places may stand among them (``widens_gazetteer``)."""
        if b - a > _MAX_PLACE:
            return False
        if gazetteer:
            saved = self.covered[a:b]
            self.covered[a:b] = bytes(b - a)
            try:
                return self._plain_words(a, b)
            finally:
                self.covered[a:b] = saved
        if self.covered.find(1, a, b) >= 0:
            return False
        return _PLAIN.get_or(tuple(self.f.words[a:b]), self._plain_words, a, b)

    def widens_gazetteer(self, a: int, b: int) -> bool:
        """Whether the run [a, b) is covered only by one-word gazetteer places, and not wholly."""
        covered = self.covered
        n = covered.count(1, a, b)
        return 0 < n < b - a and sum(1 for k in self.gazetteer if a <= k < b) == n

    def _plain_words(self, a: int, b: int) -> bool:
        # "Pavel Ostrin", "Maria": a given name opens a person's name
        return self.plain_tokens(a, b) and self.f.lights[a] not in self.c.given

    def plain_tokens(self, a: int, b: int, strong: bool = False) -> bool:
        """``plain_name`` without the given-name test. ``strong``: a place phrase types the name
        ("residents of Mir Ali"): a given name may open a place's name, and everyday words may
        stand in it beside one that is not."""
        f, c = self.f, self.c
        if b - a > _MAX_PLACE or self.covered.find(1, a, b) >= 0:
            return False
        common = 0
        for k in range(a, b):
            w, lw = f.words[k], f.lights[k]
            if is_common_word(w, _COMMON_ZIPF):
                # "El Tarra", "Al Qaim": an article opening a longer name is no everyday word
                # there (asked only of the rare common word, so the usual path pays nothing)
                if k == a and b - a >= 2 and lw in c.place_articles:
                    continue
                common += 1
                if not strong:
                    return False
            # the set tests inline ``match_at(f.lights, k, 1)`` of the heads and titles
            if (not w.isalpha() or w in c.not_name or (w.isupper() and len(w) > 1)
                    or (lw in c.org_heads.firsts and (lw,) in c.org_heads.phrases)
                    or (lw in c.titles.firsts and (lw,) in c.titles.phrases)
                    or (lw in c.media_heads.firsts and (lw,) in c.media_heads.phrases)):
                return False
        return common < b - a

    def person_after(self, b: int) -> bool:
        f, c = self.f, self.c
        return self.lower_at(b) and f.lights[b] in c.verbs_after and f.lights[b] not in ("was", "is")

    def place_type(self, b: int) -> str:
        f, c = self.f, self.c
        if self.lower_at(b) and (f.lights[b] in c.region_heads or c.loc_heads.match_at(f.lights, b)):
            return "LOC"
        return "GPE"

    def place_before(self, a: int) -> bool:
        """A place phrase right before token a, written in lowercase ("near", "north of")."""
        f, c = self.f, self.c
        if a == 0 or f.joined[a] != 1:
            return False
        m = c.place_before.match_before(f.lights, a)
        if not m:
            return False
        first = a - m
        # lowercase, or capitalised only because it opens the sentence: "In Halvik, ...",
        # "Residents of Halvik said"
        return all(f.words[k].islower() for k in range(first + 1, a)) and (
            f.words[first].islower() or ((m == 1 or f.lights[a - 1] == "of") and (first == 0 or not f.joined[first])))

    def place_object(self, a: int) -> bool:
        """A name after a place phrase ending in "of" ("residents of X"): a verb after it is the
        head noun's ("Residents of X said"), so it does not make the name a person."""
        f = self.f
        return a > 1 and f.lights[a - 1] == "of" and self.c.place_before.match_before(f.lights, a) >= 2

    def state_after(self, a: int, b: int) -> bool:
        """"Veloria's government", "the Dravenia army", "government of Veloria"."""
        f, c, text = self.f, self.c, self.text
        words = f.words
        if b + 1 < len(words) and words[b] == "s" and text[f.ends[b - 1]:f.ends[b - 1] + 2] in ("'s", "’s") \
                and words[b + 1].islower() and c.state_nouns.match_at(f.lights, b + 1):
            return True
        if a > 0 and f.lights[a - 1] == "the" and self.lower_at(b) and f.lights[b] in c.state_nouns_bare:
            # "the Damanyo military camp" names a facility, not the army of a state Damanyo
            return not c.fac_heads.match_at(f.lights, b)
        # "the government of Fathi Bashagha": a given name opens a person's name, not a state's
        return a > 1 and f.words[a - 1] == "of" and f.joined[a] == 1 and \
            c.state_nouns.match_before(f.lights, a - 1) > 0 and not (b - a >= 2 and f.lights[a] in c.given)

    def after_place_comma(self, a: int, b: int, places: set[int]) -> bool:
        """"Halvik, Veloria": a name between a known place's comma and punctuation, or "and"."""
        f, text = self.f, self.text
        if a == 0 or f.joined[a] or (a - 1) not in places:
            return False
        if text[f.ends[a - 1]:f.starts[a]].strip() != ",":
            return False
        # "from Tibú, Teorama and Hacarí": the name before a list's last link is one of its items
        return b >= len(f.words) or not f.joined[b] or (f.joined[b] == 1 and f.lights[b] in _LINKS)

    def respective_people(self, a: int, b: int) -> bool:
        """"the leaders of Kenya and Uganda, Wafula Chebet and Okello Ayena": names of two or
        three words after a coordination of places, themselves coordinated, name the places'
        people one by one (a place's own place is one name: "Tibú and Teorama, Norte")."""
        f = self.f
        if b - a < 2 or not self._coordinated_place(a - 1):
            return False
        n = len(f.words)
        if b < n and f.joined[b] == 1 and f.lights[b] in ("and", "&"):
            return b + 2 < n and f.joined[b + 1] == 1 and f.words[b + 1][:1].isupper() \
                and f.joined[b + 2] == 1 and f.words[b + 2][:1].isupper()
        return False

    def _coordinated_place(self, e: int) -> bool:
        """Whether the capitalised name ending at token ``e`` is the last of "A and B"."""
        f = self.f
        s = e
        while s > 0 and f.joined[s] == 1 and f.words[s - 1][:1].isupper():
            s -= 1
        return s >= 2 and f.joined[s] == 1 and f.lights[s - 1] in ("and", "&") and f.joined[s - 1] == 1 \
            and f.words[s - 2][:1].isupper()

    def add(self, a: int, b: int, typ: str, source: str, prio: int) -> None:
        self.out.append(Cand(a, b, typ, source, prio))


def context_candidates(text: str, f: Folded, cues: Cues, run_list: list[tuple[int, int]],
                       known: list[Cand]) -> list[Cand]:
    """Low-priority candidates for unknown places, states, demonyms, groups and acronyms."""
    covered = bytearray(len(f.words))
    place_ends: set[int] = set()
    for x in known:
        covered[x.i:x.j] = b"\x01" * (x.j - x.i)
        if x.type in ("GPE", "LOC"):
            place_ends.add(x.j - 1)
    sc = _Scan(text, f, cues, covered)
    # one-word gazetteer places: a piece of a longer unknown name ("market in Wegel Tena": Tena
    # is also a town in Ecuador) that a place phrase types as a whole
    sc.gazetteer = [x.i for x in known if x.source == "gazetteer" and x.j - x.i == 1
                    and covered.count(1, x.i, x.i + 1) == 1]
    L, joined = f.lights, f.joined
    n = len(L)
    # words next to a name that may start a cue: most names have none and are passed over
    before = cues.place_before.lasts | cues.group_before.lasts | {"of"}
    after = cues.state_nouns_bare | cues.group_after | {"s"}
    opener = cues.place_before.firsts
    state_bare, place_lasts = cues.state_nouns_bare, cues.place_before.lasts
    group_after, group_lasts = cues.group_after, cues.group_before.lasts
    # capitalised words and their positions, gathered by C-level calls
    words = f.words
    every = f.caps
    capb = f.capb
    for a, b in run_list:
        if b - a == 1:
            if covered[a]:
                continue
            pieces: tuple | list = ((a, b),)
        elif covered.count(0, a, b) == 0:
            continue                     # a run that lists already name
        else:
            pieces = ((a, b),) if capb.count(0, a, b) == 0 else _pieces(f, a, b)
        prev_place = person_next = False
        for pa, pb in pieces:
            wider = pb - pa >= 2 and sc.widens_gazetteer(pa, pb)
            if covered[pa] and not wider:
                # a known place may open a list: "in Baghdad and Halvik"
                prev_place = (pb - 1) in place_ends
                continue
            lead = pa == 0 or not joined[pa]
            linked = prev_place and pa > a and L[pa - 1] in _LINKS and joined[pa] == 1
            after_person, prev_place, person_next = person_next, False, False
            if not (linked or (not lead and L[pa - 1] in before) or (pb < n and L[pb] in after)
                    or (lead and pa > 0 and (pa - 1) in place_ends)
                    or (lead and pb - pa >= 2 and L[pa] in opener)):
                continue
            # "In Halvik": the capitalised preposition opens the run
            if lead and pb - pa >= 2 and cues.place_before.match_at(L, pa, 1):
                pa += 1
            # the cues first (cheap, and most runs have none), then the name itself; each cue's
            # test is called only when the word it needs stands there (one set test inline)
            if ((pb < n and (words[pb] == "s" or L[pb] in state_bare)) or (pa > 1 and words[pa - 1] == "of")) \
                    and sc.state_after(pa, pb):
                typ, source, prio = "GPE", STATE, 18
            elif linked or (pa > 0 and joined[pa] == 1 and L[pa - 1] in place_lasts and sc.place_before(pa)) \
                    or (pa > 0 and not joined[pa] and (pa - 1) in place_ends
                        and sc.after_place_comma(pa, pb, place_ends)):
                typ, source, prio = sc.place_type(pb), PLACE, 18
                if linked and after_person:
                    # the second of "Kenya and Uganda, Wafula Chebet and Okello Ayena"
                    typ, source, prio = "PERSON", RESPECTIVE, 18
                elif not linked and sc.respective_people(pa, pb):
                    typ, source, prio = "PERSON", RESPECTIVE, 18
            elif pb - pa <= 2 and ((pb < n and L[pb] in group_after) or (pa > 0 and L[pa - 1] in group_lasts)) \
                    and _group_cue(sc, pa, pb):
                typ, source, prio = "ORG", GROUP, 22
            else:
                continue
            if source == PLACE and " ".join(L[pa:pb]) in languages():
                continue                 # "said in Swahili": a language, no place
            if source == PLACE and sc.place_object(pa):
                # "Residents of X said": the verb is the residents', and X a place whatever its words
                if not sc.plain_tokens(pa, pb, strong=True):
                    continue
            elif source == RESPECTIVE:
                if not sc.plain_tokens(pa, pb):
                    continue
            elif not (sc.plain_name(pa, pb) or (wider and source == PLACE and sc.plain_name(pa, pb, gazetteer=True))) \
                    or sc.person_after(pb):
                continue
            # "the Tarvo gang", "the Kalvar cartel": these heads are part of the group's name as
            # written (a militia's or rebels' head word is not)
            sc.add(pa, pb + 1 if source == GROUP and pb < n and L[pb] in _NAMED_HEADS else pb, typ, source, prio)
            if source == RESPECTIVE:
                prev_place = person_next = True
            elif source != GROUP:
                place_ends.add(pb - 1)
                prev_place = True
    caps: dict[str, list[int]] = {}
    for k in compress(every, map(not_, map(covered.__getitem__, every))):
        caps.setdefault(words[k], []).append(k)
    _demonyms(sc, caps)
    _acronyms(sc, caps, set(map(words.__getitem__, every)))
    return sc.out


def _group_cue(sc: _Scan, a: int, b: int) -> bool:
    f, c = sc.f, sc.c
    cue = (sc.lower_at(b) and f.lights[b] in c.group_after) or (
        a > 0 and f.joined[a] == 1 and f.words[a - 1].islower() and c.group_before.match_before(f.lights, a) > 0)
    # "Kurdish fighters", "Velorian rebels": a demonym says where fighters come from
    return cue and not _demonym_shaped(f.words[b - 1], c)


_SUFFIX: dict[str, str | None] = {}


def _demonym_shaped(w: str, c: Cues) -> str | None:
    hit = _SUFFIX.get(w, 0)
    if hit == 0:
        hit = None
        for s in c.demonym_suffixes:
            if len(w) >= len(s) + 3 and w.endswith(s):
                hit = s
                break
        if len(_SUFFIX) > 100_000:
            _SUFFIX.clear()
        _SUFFIX[w] = hit
    return hit


def _demonyms(sc: _Scan, caps: dict[str, list[int]]) -> None:
    """"Velorian" next to "Veloria": NORP, and every bare "Veloria" a place."""
    f, c = sc.f, sc.c
    ends = c.demonym_suffixes
    stems_found: set[str] = set()
    for w in [w for w in caps if w.endswith(ends)]:
        s = _demonym_shaped(w, c)
        if s is None or not w.isalpha() or w.isupper() or w in c.not_name \
                or is_common_word(w, _COMMON_ZIPF) or light_given(w, c):
            continue
        stem = w[:-len(s)]
        places = [stem + t for t in c.stem_tails if stem + t != w and stem + t in caps]
        if places:
            stems_found.update(places)
        for k in caps[w]:
            if places or (s in ("ian", "ese", "ish", "i") and sc.lower_at(k + 1)
                          and (f.lights[k + 1] in c.gpe_heads or f.lights[k + 1] in c.state_nouns_bare
                               or c.state_nouns.match_at(f.lights, k + 1))):
                sc.add(k, k + 1, "NORP", DEMONYM, 32)
    for p in stems_found:
        for k in caps[p]:
            # a one-word run only: "Veloria" but not "Veloria Airlines"
            if (k + 1 >= len(f.words) or not (f.joined[k + 1] and _cap(f.words[k + 1]))) and \
                    (k == 0 or not (f.joined[k] and _cap(f.words[k - 1]))):
                sc.add(k, k + 1, "GPE", STEM, 16)


def light_given(w: str, c: Cues) -> bool:
    return w.lower() in c.given


def _acronyms(sc: _Scan, caps: dict[str, list[int]], titled: set[str]) -> None:
    """Undefined all-caps acronyms in organisation-like context, or used more than once."""
    f, c = sc.f, sc.c
    n = len(f.words)
    for w in [w for w in caps if w.isupper() and 3 <= len(w) <= 6 and w.isalpha()]:
        ks = caps[w]
        if w in c.acronym_skip or w.title() in titled or is_common_word(w, _ACRONYM_ZIPF):
            continue
        # words of an all-caps line ("BREAKING NEWS") are no acronyms
        ks = [k for k in ks if not ((k > 0 and f.joined[k] and f.words[k - 1].isupper() and len(f.words[k - 1]) > 1)
                                    or (k + 1 < n and f.joined[k + 1] and f.words[k + 1].isupper()
                                        and len(f.words[k + 1]) > 1))]
        if not ks:
            continue
        media = bool(c.media_words) and any(_media_next(sc, k) for k in ks)
        cue = media or len(ks) >= 2 or any(
            (sc.lower_at(k + 1) and f.lights[k + 1] in c.acronym_after)
            or (k > 0 and f.joined[k] == 1 and f.words[k - 1].islower() and c.acronym_before.match_before(f.lights, k))
            for k in ks)
        if cue:
            for k in ks:
                sc.add(k, k + 1, "MEDIA" if media else "ORG", ACRONYM, 15)


def _media_next(sc: _Scan, k: int) -> bool:
    """"state television RTB", "the RTB state channel", "ORTM radio": the acronym is an outlet."""
    f, words = sc.f.lights, sc.c.media_words
    if k > 0 and sc.f.joined[k] == 1 and sc.f.words[k - 1].islower() and f[k - 1] in words:
        return True
    if not sc.lower_at(k + 1):
        return False
    return f[k + 1] in words or (f[k + 1] == "state" and sc.lower_at(k + 2) and f[k + 2] in words)
