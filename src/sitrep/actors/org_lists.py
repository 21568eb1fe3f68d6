"""Unknown groups listed beside known ones: "Los Choneros, Los Lobos, Tiguerones, Chone Killers and
Latin Kings", "the M23, the ADF and Zaire militia ...".

A report that names a new conflict's gangs or armed groups usually lists them together, and the
list mixes groups every list knows with local ones no list knows and no head word marks ("Latin
Kings", "Chone Killers" where "Chone" is a town). Members of one list are things of one kind: in a
list of at least three members, two of them known organisations and no member anything but an
organisation, an unknown capitalised member is an organisation too. A member read only as a weak
place (a gazetteer town, a place guessed from context) opening a longer capitalised name is
retyped with it; a member the knowledge base knows as a place or a person, or a list that mixes
kinds ("Iran, Hezbollah and Hamas"), is left alone.
"""
from __future__ import annotations

from .cues import Cues, is_common_word
from .fold import Folded
from .match import Cand

_WEAK = frozenset(("gazetteer", "place-context", "place-shape", "gpe-head", "name-shape", "person-cue"))
_MIN_MEMBERS = 3
_MIN_KNOWN = 2
_MAX_TOKENS = 4
_ARTICLE = frozenset(("the",))
_JOINERS = frozenset(("and", "or"))
_NOT_MEMBER = frozenset(("on", "in", "at", "by", "but", "and", "then", "since", "after", "before", "as",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "today", "yesterday"))
# guesses a list of organisations overrules: a place or person read from context alone
_GUESSED = frozenset(("place-context", "place-shape", "name-shape", "person-cue"))


def _sep(text: str, f: Folded, k: int) -> str | None:
    """What separates token k-1 from token k: ",", "and", "or" (a joiner token), or None."""
    if k <= 0 or k >= len(f.words):
        return None
    gap = text[f.ends[k - 1]:f.starts[k]]
    if gap.strip() == ",":
        return ","
    return None


def org_lists(text: str, f: Folded, chosen: list[Cand], cues: Cues,
              links: list[tuple[int, int]] | None = None) -> list[Cand]:
    """``chosen`` with the unknown members of lists of organisations added as ORG mentions;
    ``links`` (index pairs into ``chosen``) are renumbered in place to the list returned."""
    if len(chosen) < _MIN_KNOWN or "," not in text:
        return chosen
    # a list that adds members names at least two known organisations ("known-org" members are
    # such candidates, each its own): without two, no scan can add anything
    if sum(1 for c in chosen if c.kb_id and c.type == "ORG") < _MIN_KNOWN:
        return chosen
    n = len(f.words)
    covered = [None] * n
    for c in chosen:
        for k in range(c.i, c.j):
            covered[k] = c
    out_extra: list[Cand] = []
    drop: set[int] = set()
    opens = _openings(f)
    k = opens.find(1)
    while 0 <= k < n:
        members, end = _list_at(text, f, k, covered, cues)
        if not members:
            k = opens.find(1, k + 1)
            continue
        k = max(end, k + 1)
        if k < n and not opens[k]:
            k = opens.find(1, k)
        kinds = [m[2] for m in members]
        known = sum(1 for t in kinds if t == "known-org")
        if len(members) < _MIN_MEMBERS or known < _MIN_KNOWN or any(t == "other" for t in kinds):
            continue
        for a, b, kind, inner in members:
            if kind != "unknown":
                continue
            drop.update(id(c) for c in inner)
            out_extra.append(Cand(a, b, "ORG", "org-list", 12))
    if not out_extra:
        return chosen
    order = sorted([(c.i, k) for k, c in enumerate(chosen) if id(c) not in drop]
                   + [(c.i, len(chosen) + k) for k, c in enumerate(out_extra)])
    every = chosen + out_extra
    out = [every[k] for _, k in order]
    if links:
        new = {old: pos for pos, (_, old) in enumerate(order)}
        links[:] = [(new[a], new[b]) for a, b in links if a in new and b in new]
    return out


def _openings(f: Folded) -> bytearray:
    """1 at every token a list member can open at (a capitalised token, or a lower-case "the"
    before one), 0 elsewhere: the scan jumps over the rest in C instead of trying each token."""
    caps = f.capb
    opens = bytearray(caps)
    lights, words = f.lights, f.words
    for k in range(len(words) - 1):
        if caps[k + 1] and not caps[k] and lights[k] in _ARTICLE and words[k].islower():
            opens[k] = 1
    return opens


def _list_at(text: str, f: Folded, k: int, covered: list, cues: Cues):
    """The members of a list starting at token k: (start, end, kind, weak cands inside), and the
    token after the list; ([], k) when no list starts there."""
    n = len(f.words)
    members = []
    pos = k
    while pos < n:
        m = _member(f, pos, covered, cues)
        if m is None or m[1] <= pos:
            break                        # no member, or none that moves on
        members.append(m)
        b = m[1]
        if b >= n:
            break
        if _sep(text, f, b) == ",":
            pos = b + 1 if f.lights[b] in _JOINERS and f.words[b].islower() else b
            continue
        if f.lights[b] in _JOINERS and f.words[b].islower() and f.joined[b] == 1:
            last = _member(f, b + 1, covered, cues)
            if last is not None and last[1] > b + 1:
                members.append(last)
        break
    if len(members) < 2:
        return [], k
    return members, members[-1][1]


def _member(f: Folded, s: int, covered: list, cues: Cues):
    """A list member starting at token s (after an optional "the"): (start, end, kind, inner)."""
    n = len(f.words)
    if s < n and f.lights[s] in _ARTICLE and f.words[s].islower():
        s += 1
    if s >= n or not f.words[s][:1].isupper():
        return None
    c = covered[s]
    if c is not None and c.i == s:
        if c.type == "ORG" and (c.kb_id or c.source not in _WEAK):
            # a known organisation, alone ("Los Lobos") or named with its head ("Los Lobos gang")
            return (c.i, c.j, "known-org" if c.kb_id else "org", [])
    # a capitalised stretch: an unknown name, perhaps opened by a weak place ("Chone Killers")
    e = s
    inner = []
    while e < n and e - s < _MAX_TOKENS and (e == s or f.joined[e] == 1) and f.words[e][:1].isupper():
        x = covered[e]
        if x is not None:
            if x.i < s or x.j > s + _MAX_TOKENS:
                return (s, max(e, x.j), "other", [])
            if x.source not in _WEAK or x.kb_id and x.type != "GPE":
                return (x.i, x.j, "other" if x.type != "ORG" else "org", [])
            if x not in inner:
                inner.append(x)
        e += 1
    if e == s:
        return None
    if any(x.j > e for x in inner):
        return (s, e, "other", [])
    if len(inner) == 1 and (inner[0].i, inner[0].j) == (s, e):
        # a member read as a place or person from context alone is retyped; a town the gazetteer
        # knows, alone, stays a town
        if inner[0].source not in _GUESSED:
            return (s, e, "org" if inner[0].type == "ORG" else "other", [])
    elif inner and (len(inner) > 1 or inner[0].i != s):
        return (s, e, "other", [])
    if e - s == 1 and not inner and is_common_word(f.words[s], 4.3):
        return (s, e, "other", [])
    # "On Tuesday, Hamas and Hezbollah ...": a sentence's opening words, a day or a month
    if any(f.lights[k] in _NOT_MEMBER for k in range(s, e)):
        return (s, e, "other", [])
    return (s, e, "unknown", inner)
