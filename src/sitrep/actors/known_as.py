"""Names a text itself gives as one: "the Deterrence Force, known as Rada,", "Hamas, also known as
the Islamic Resistance Movement", "Abdul Basit, better known as Abu Omar".

A capitalised name right after "known as" that follows a name the document found (a comma or a
bracket between them at most) is that name's other name: linked to it, and found as a name of
the same type when no rule had found it ("Rada" alone is a word no rule reads as a body). Two
different bodies the knowledge base knows are left apart (the phrase then compares, it does not
rename), and so are a person and a place. A name that is the object of "of" ("the Caucasus
Province of ISIS, known as Wilayat Kavkaz") is only a part of what the phrase renames: the new
name is found, not linked.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .fold import Folded
from .match import Cand

# what stands between the two names: a comma or a bracket, an adverb, "known as", an article
_BEFORE = re.compile(r"[\s,(–—-]*(?:(?:also|better|locally|widely|commonly|popularly|formally|officially|"
                     r"simply|now|previously|formerly)\s+)?$", re.IGNORECASE)
# "known as X", and the forms that name the short form they give: "known by their Kurdish
# initials X", "known under the acronym X", "known by the name of X"
_AFTER = re.compile(r"known\s+(?:locally\s+)?(?:as|(?:by|under)\s+(?:(?:its|their|the|his|her)\s+)?"
                    r"(?:[\w-]+\s+){0,2}?(?:initials|acronym|abbreviation|name|nickname|moniker)"
                    r"(?:\s+of)?)\s+(?:the\s+)?[\"“‘']?", re.IGNORECASE)
_FIND = re.compile(r"\bknown\s+(?:locally\s+)?(?:as|by|under)\b", re.IGNORECASE)
_PLACES = frozenset(("GPE", "LOC", "FAC"))
# "the Caucasus Province of ISIS, known as X": the name before is the object of "of" inside a
# larger phrase, which is what "known as" renames (a branch, a wing, a unit of it), not the name
_OF_OBJECT = re.compile(r"\b[^\W\d_][\w-]*\s+of\s+(?:the\s+)?$")
_MAX_WORDS = 4             # a name after "known as" found here: at most this many capitalised words
_PRIO = 20


def known_as_links(text: str, f: Folded, chosen: list[Cand]) -> list[tuple[int, int]]:
    """(first, second) indices into ``chosen`` of names the text says are one; a second name no
    rule found is appended to ``chosen`` (after the others: indices already linked stay valid)."""
    if "nown" not in text:
        return []
    found = list(_FIND.finditer(text))
    if not found:                        # "unknown", "well-known": no name given
        return []
    out: list[tuple[int, int]] = []
    starts, ends = f.starts, f.ends
    by_end = {ends[c.j - 1]: k for k, c in enumerate(chosen)}
    by_start = {c.i: k for k, c in enumerate(chosen)}
    for m in found:
        # the name before: the nearest found name ending right before the phrase
        lead = text[max(0, m.start() - 24):m.start()]
        b = _BEFORE.search(lead)
        if b is None:
            continue
        k = by_end.get(m.start() - len(lead) + b.start())
        after = _AFTER.match(text, m.start())
        if k is None or after is None:
            continue
        t = bisect_left(starts, after.end())
        if t >= len(starts) or starts[t] != after.end() or not f.words[t][:1].isupper():
            continue
        a = chosen[k]
        part_of = _OF_OBJECT.search(text, max(0, starts[a.i] - 40), starts[a.i]) is not None
        other = by_start.get(t)
        if other is None:
            u = t + 1
            while u < len(f.words) and u - t < _MAX_WORDS and f.joined[u] == 1 and f.words[u][:1].isupper():
                u += 1
            if any(c.i < u and t < c.j for c in chosen):
                continue
            chosen.append(Cand(t, u, a.type, "known-as", _PRIO))
            other = len(chosen) - 1
            _repeats(f, chosen, other, out)
        o = chosen[other]
        if part_of:
            continue
        if a.kb_id and o.kb_id and a.kb_id != o.kb_id:
            continue
        if {a.type, o.type} & _PLACES and "PERSON" in (a.type, o.type):
            continue
        out.append((k, other))
    return out


def _repeats(f: Folded, chosen: list[Cand], idx: int, out: list[tuple[int, int]]) -> None:
    """The other uses of a name found after "known as" ("Rada did not respond"), written the
    same way, capitalised and found by no other rule, are that name too."""
    c = chosen[idx]
    size, words = c.j - c.i, f.words
    target = words[c.i:c.j]
    taken = bytearray(len(words))
    for x in chosen:
        taken[x.i:x.j] = b"\x01" * (x.j - x.i)
    k = 0
    first = target[0]
    while True:
        try:
            k = words.index(first, k)
        except ValueError:
            return
        e = k + size
        if words[k:e] == target and not any(taken[k:e]) and (e >= len(words) or f.joined[e] != 1
                                                           or not words[e][:1].isupper()):
            chosen.append(Cand(k, e, c.type, "known-as", _PRIO))
            taken[k:e] = b"\x01" * size
            out.append((idx, len(chosen) - 1))
        k += 1
