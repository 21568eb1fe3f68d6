"""An operation named in full ("Operation Mirador") and then by its code name alone ("Mirador has
deployed 3,000 soldiers", "Since Claw-Lock began"): the code name is the operation.

Reports name an operation once with its title and then drop it, as they drop a person's given
name. Alone, the code name read as a town the gazetteer knows ("Mirador") or as nothing at all,
and the operation lost its short form. In a document that names "Operation X", every other use of
X written the same way is linked to it, typed EVENT. A place the actor lists know by that name
(a KB entry, not a gazetteer guess) stays a place, and so does a name the document puts after a
preposition of place anywhere ("Operation Kherson ... fighting in Kherson"): an operation named
after where it is fought does not make the town an operation.
"""
from __future__ import annotations

from .cand import Cand
from .fold import Folded

SHORT = "op-short"
_PRIO = 40
_MAX_WORDS = 4
# days and months after "operation" date it: "the operation Sunday", "an operation in May"
_CALENDAR = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "today", "tonight"))
# before a place, never before an operation's name ("since Mirador began", "under Mirador")
_LOCATIVE = frozenset(("in", "at", "near", "outside", "inside", "around", "into", "from", "to", "towards",
                       "toward", "across", "of"))


def operation_short_links(f: Folded, chosen: list[Cand]) -> list[tuple[int, int]]:
    """(operation, short form) indices into ``chosen``; a short form no rule found is appended to
    ``chosen`` (after the others: indices already linked stay valid)."""
    L, words = f.lights, f.words
    _after_lowercase_operation(f, chosen)
    ops = [(k, c) for k, c in enumerate(chosen) if c.type == "EVENT" and L[c.i] == "operation"
           and 2 <= c.j - c.i <= _MAX_WORDS + 1 and words[c.i + 1][:1].isupper()]
    if not ops:
        return []
    out: list[tuple[int, int]] = []
    by_span = {(c.i, c.j): k for k, c in enumerate(chosen)}
    taken = sorted((c.i, c.j) for c in chosen)
    done: set[tuple[str, ...]] = set()
    for k, op in ops:
        name = tuple(words[op.i + 1:op.j])
        if name in done:
            continue
        done.add(name)
        n = len(name)
        uses = [t for t in range(len(words) - n + 1) if tuple(words[t:t + n]) == name
                and not (t > 0 and L[t - 1] == "operation")]
        if any(t > 0 and L[t - 1] in _LOCATIVE for t in uses):
            continue                     # the document writes it as a place
        for t in uses:
            # the whole code name, not a piece of a longer hyphenated or glued word
            if (t + n < len(words) and f.joined[t + n] in (0, 2)) or (t > 0 and f.joined[t] in (0, 2)):
                continue
            at = by_span.get((t, t + n))
            if at is not None:
                c = chosen[at]
                if c.type == "EVENT" or c.source == "kb":
                    if c.type == "EVENT" and at != k:
                        out.append((k, at))
                    continue
                c.type, c.kb_id, c.source, c.alts, c.places = "EVENT", None, SHORT, (), ()
                out.append((k, at))
                continue
            if any(a < t + n and t < b for a, b in taken):
                continue                 # part of another name ("Mirador Hotel")
            chosen.append(Cand(t, t + n, "EVENT", SHORT, _PRIO))
            out.append((k, len(chosen) - 1))
    return out


def _after_lowercase_operation(f: Folded, chosen: list[Cand]) -> None:
    """A capitalised name right after a lowercase "operation" is its code name ("the soldiers of
    the operation Mirador"): an EVENT, which ``resolve_operations`` joins to "Operation Mirador"
    named elsewhere. Typed in place, or appended."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(words)
    for t in range(1, n):
        if L[t - 1] != "operation" or not words[t - 1].islower() or not words[t][:1].isupper() or joined[t] != 1:
            continue
        if L[t] in _CALENDAR:
            continue                     # "the police operation Sunday": a date
        e = t + 1
        while e < n and e - t < _MAX_WORDS and joined[e] in (1, 2) and words[e][:1].isupper():
            e += 1
        at = [k for k, c in enumerate(chosen) if c.i < e and t < c.j]
        if not at:
            chosen.append(Cand(t, e, "EVENT", SHORT, _PRIO))
            continue
        c = chosen[at[0]]
        if len(at) == 1 and (c.i, c.j) == (t, e) and c.type != "EVENT" and c.source != "kb":
            c.type, c.kb_id, c.source, c.alts, c.places = "EVENT", None, SHORT, (), ()
