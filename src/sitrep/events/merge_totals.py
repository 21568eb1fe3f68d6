"""A text's running war total parted from the strike the same text reports.

"An airstrike on a school killed at least 15 on Saturday" and, paragraphs later, "the ministry
says 39,790 have been killed since October" (or "the army says it has killed 17,000 fighters")
are one text's news and its background. Undated, or dated by another day than the strike, the
total still joins the strike's event by the one-text rules (a text tells one happening, however
its mentions are dated), and the event then carries the war's toll as the strike's dead.

Here (after ``merge.merge_clusters``) the reports of an incident whose death toll is at least
``RATIO`` times the smallest toll another report of the same text gives for a stated day (and at
least ``FLOOR``), told undated or for another day than that report, leave the event together, as
one happening of their own (the war to date): no strike report of that text's day gives such a
toll, and a toll that high cannot be a strike counted a few lines before.
"""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster, MergeItem, figure_range
from sitrep.events.merge_fit import part_out, renumbered
from sitrep.events.merge_roles import Family

__all__ = ["FLOOR", "RATIO", "part_totals"]

RATIO = 20        # a running total dwarfs the strike's own toll; a rising toll seldom grows twentyfold
FLOOR = 100       # below this, a big ratio is as likely a toll revised as a war's total


def part_totals(clusters: list[MergeCluster], family_of: Family) -> list[MergeCluster]:
    """``clusters`` with each incident's running totals parted into a cluster of their own
    (appended; see the module); ``index`` is the position again."""
    out = list(clusters)
    for c in clusters:
        if len(c.items) < 2 or not c.incident or c.campaign or c.old:
            continue
        if not any(it.fact.fatalities is not None and it.fact.fatalities >= FLOOR for it in c.items):
            continue                           # the common case: one pass, no table built
        refs = _day_tolls(c)
        gone = [it for it in c.items if _total(it, refs)]
        if not gone or len(gone) == len(c.items):
            continue
        out += part_out(c, [gone], family_of)
    return renumbered(out, len(clusters))


def _day_tolls(c: MergeCluster) -> dict[str, list[tuple]]:
    """root -> (day, smallest dead) of its reports dated to a day that give a death toll."""
    out: dict[str, list[tuple]] = {}
    for o in c.items:
        if o.when is not None and o.fact.fatalities is not None:
            out.setdefault(o.root, []).append((o.when, figure_range(o.fact.fatalities, o.fact.fatalities_bound)[0]))
    return out


def _total(it: MergeItem, refs: dict[str, list[tuple]]) -> bool:
    """Whether ``it`` is a running total: its toll dwarfs a toll its text gives for another day."""
    dead = it.fact.fatalities
    if dead is None or dead < FLOOR:
        return False
    # the same day told: a toll of that day, however high
    return any(when != it.when and dead >= RATIO * max(1.0, low) for when, low in refs.get(it.root, ()))
