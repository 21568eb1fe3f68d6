"""The day an undated happening is placed on: the day its first report appeared.

The dating leaves a material act undated when nothing in its text dates it ("soldiers fought back
for an hour", "police set up checkpoints on every road", in a paragraph without a time): a guess
from the publication day must not decide which reports are one happening, so the merge sees such
reports as undated and lines them up by publication day (``merge_basics``). Once the happening is
built, though, a timeline and a coder need a time for it. News tells what happened on the day it
appears or the day before, which is how event datasets place an undated report (ACLED dates it to
the report, with its lowest time precision), and how the dating already places a verbal act told
with no time (``dating.STATEMENTS``: the report's day, "that day or the day before"). The event
takes its earliest report's publication day, and says so (``date_basis`` "publication": an
inferred date, which a reader and the story linker treat as such).

Acts the text puts in a year or a state of years (``OLD_BASES``: "seized Goma in 2012", "under
sanctions since 2020") never take the report's day, which would be wrong by years: they take the
start of their year (``merge_years``), or stay undated when no single year is stated. Nor does a happening that names no one (no actor, no target) take
the report's day: it is mostly a detail of one told elsewhere in its text.
"""
from __future__ import annotations

from typing import Iterable

from sitrep.events.merge_basics import MergeCluster
from sitrep.events.merge_years import YEAR, year_date
from sitrep.model import Event

PUBLICATION = "publication"


def place_undated(pairs: Iterable[tuple[Event, MergeCluster]]) -> None:
    """Date each undated event of ``pairs`` (event, the cluster it was built from) to its earliest
    report's publication day, unless it names no one, one of its reports states a time the
    contract cannot hold (a year), or none of its documents is dated."""
    for event, cluster in pairs:
        if event.date is not None:
            continue
        if (year := year_date(cluster.items)) is not None:
            # "seized Goma in 2012": the year's start, with the basis that says it is no stated month
            event.date, event.date_text = year
            event.date_basis = YEAR
            continue
        if event.actor is None and event.target is None:
            # "the soldiers had killed three civilians in the raid": a detail of the raid, which
            # dated to the report's day would pass for a second happening of that day
            continue
        if any(it.old or it.fact.date_text for it in cluster.items):
            continue                      # "in 2014", "since 2020": years back, not the report's news
        days = [it.published for it in cluster.items if it.published is not None]
        if days:
            event.date = min(days).isoformat()
            event.date_basis = PUBLICATION
