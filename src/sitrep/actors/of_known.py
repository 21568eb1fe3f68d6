"""A body named as a part of a known one: "the Defence Ministry of the Government of National
Unity". The capitalised run reads as one organisation, but its tail is a body the knowledge base
knows; the head before "of" is the part ("Defence Ministry"), the tail the whole, each a mention
of its own (the part is no other name of the whole)."""
from __future__ import annotations

from .cues import Cues
from .fold import Folded
from .match import Cand

# heads of a body's own top organ, which speaks as the body: no part of it of its own
_ORGANS = frozenset(("command", "leadership", "headquarters", "presidency"))


def split_of_known(f: Folded, c: Cues, cands: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with such spans cut at "of" and the known body added after it."""
    known = {(x.i, x.j): x for x in cands if x.source == "kb" and x.type == "ORG" and x.kb_id}
    if not known:
        return chosen
    L = f.lights
    out: list[Cand] = []
    for x in chosen:
        if x.source == "org-head" and not x.kb_id and x.j - x.i >= 4:
            for t in range(x.i + 2, x.j - 1):
                if L[t] != "of":
                    continue
                s = t + 2 if L[t + 1] == "the" else t + 1
                inner = known.get((s, x.j)) or known.get((t + 1, x.j))
                # the part must itself end in a body's head word: "Defence Ministry", not "Friends"
                if inner is not None and c.org_heads.match_before(L, t):
                    if L[t - 1] in _ORGANS:
                        # "the General Command of the Libyan Arab Armed Forces": the body's own
                        # top organ names the body itself
                        x.kb_id, x.type = inner.kb_id, inner.type
                        out.append(x)
                        break
                    out.append(Cand(x.i, t, x.type, x.source, x.prio))
                    out.append(inner)
                    break
            else:
                out.append(x)
            continue
        out.append(x)
    return out
