"""A known group written before a ministry's name owns it, it is not part of the name:
"Taliban Ministry of Interior", "Houthi Ministry of Health". Written so, the name shapes take the
whole run, a body that the bare "Ministry of Interior" of the same story is not. The run is cut
after the group, so both the group and the ministry are found (the relation between them is
for the relations stage)."""
from __future__ import annotations

from .cand import Cand
from .fold import Folded

_HEADS = frozenset(("ministry", "ministries"))


def trim_owner_heads(f: Folded, cands: list[Cand]) -> None:
    """Cut, in place, a leading known group off unlinked ministry names."""
    if "ministry" not in f.lights and "ministries" not in f.lights:
        return                   # most texts name no ministry: one C-level scan settles them
    groups = {}
    for c in cands:
        # a group, not a demonym: "Palestinian Ministry of Health" is the ministry's own name
        if c.source == "kb" and c.kb_id and c.type == "ORG":
            groups.setdefault(c.i, set()).add(c.j)
    if not groups:
        return
    lights = f.lights
    for c in cands:
        if c.kb_id is not None or c.type != "ORG" or c.i not in groups:
            continue
        for j in groups[c.i]:
            if j < c.j - 1 and lights[j] in _HEADS and f.joined[j] == 1:
                c.i = j
                break
