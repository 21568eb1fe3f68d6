"""Whether two reports' casualty figures can tell one happening: the values a figure allows
("at least 12", "about 40") and whether two tolls agree, match or exclude each other."""
from __future__ import annotations

from sitrep.model import EventFact


def figure_range(value: int, bound: str | None) -> tuple[float, float]:
    """The values a figure allows: "at least 12" is 12 and up, "about 40" roughly 33 to 47."""
    if bound == "min":
        return value, float("inf")
    if bound == "max":
        return 0, value
    if bound == "approx":
        return value * 0.85 - 1, value * 1.15 + 1
    return value, value


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def figures_agree(a: EventFact, b: EventFact) -> bool:
    """Both reports give a death toll, and the tolls allow a common value."""
    if a.fatalities is None or b.fatalities is None:
        return False
    return _overlap(figure_range(a.fatalities, a.fatalities_bound), figure_range(b.fatalities, b.fatalities_bound))


def figures_match(a: EventFact, b: EventFact) -> bool:
    """Both reports give a toll (dead or hurt) and every toll both give allows a common value:
    what identifies a happening when no one is named as having done it."""
    shared = False
    for va, ba, vb, bb in ((a.fatalities, a.fatalities_bound, b.fatalities, b.fatalities_bound),
                           (a.injuries, a.injuries_bound, b.injuries, b.injuries_bound)):
        if va is None or vb is None:
            continue
        if not _overlap(figure_range(va, ba), figure_range(vb, bb)):
            return False
        shared = True
    return shared


Figures = tuple  # ((lo, hi) of the dead or None, (lo, hi) of the hurt or None)


def figures_differ(a: Figures, b: Figures) -> bool:
    """Both give a toll of one kind (dead or hurt), and every toll both give excludes the other's."""
    shared = False
    for x, y in zip(a, b):
        if x is None or y is None:
            continue
        if _overlap(x, y):
            return False
        shared = True
    return shared


def figures_conflict(a: EventFact, b: EventFact) -> bool:
    """Both give a death toll and the tolls exclude each other."""
    return a.fatalities is not None and b.fatalities is not None and not figures_agree(a, b)
