"""A weapon named after a place, met as the place: "killed in Jericho", "the city of Jericho".

Some weapons carry a town's name ("Jericho" missiles); the KB lists such a bare name as an
ambiguous name of the weapon. Written after a locative preposition or as "the <town> of X", the
words name the place, and a victim "in Jericho" needs a place to be found in.
"""
from __future__ import annotations

from .cues import Cues
from .fold import Folded
from .match import Cand
from .shape_context import locative


def weapon_names_as_places(f: Folded, c: Cues, chosen: list[Cand]) -> None:
    """Re-type, in place, ambiguous weapon names that stand where a place does."""
    L = f.lights
    for x in chosen:
        if x.type != "WEAPON" or not x.amb or not f.words[x.i][:1].isupper():
            continue
        of_place = x.i >= 2 and L[x.i - 1] == "of" and L[x.i - 2] in c.gpe_heads
        if of_place or locative(f, c, x.i):
            x.type, x.kb_id, x.source, x.amb, x.alts = "GPE", None, "place-context", False, ()
