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
# before a place, never before an operation's name ("since Mirador began", "under Mirador")
_LOCATIVE = frozenset(("in", "at", "near", "outside", "inside", "around", "into", "from", "to", "towards",
                       "toward", "across", "of"))


def operation_short_links(f: Folded, chosen: list[Cand]) -> list[tuple[int, int]]:
    """(operation, short form) indices into ``chosen``; a short form no rule found is appended to
    ``chosen`` (after the others: indices already linked stay valid)."""
    L, words = f.lights, f.words
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
