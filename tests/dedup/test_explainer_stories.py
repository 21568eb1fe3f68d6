"""An explainer that opens on the history of a crisis (an earlier day) and tells the happening further
down joins the story of that happening; a desk's report of a later happening, which opens on its own
day, does not (``dedup.explainer_stories``). Invented country, towns and people."""
from __future__ import annotations

from sitrep.dedup.explainer_stories import join_explainers, text_days, text_names
from sitrep.disjoint import DisjointSets

WIRE = ("VELMORA, March 9 (Wire) - Police opened fire on protesters outside the Tarnovel parliament on "
        "Monday, killing 17 people, after crowds led by the Ostrava Youth Front broke through the gates, "
        "officials said.\n\n"
        "Interior Minister Kelvan Doruk resigned late on Monday. Hospitals in Velmora treated 212 wounded.")
COPY = ("Police opened fire on protesters outside the Tarnovel parliament on Monday, killing 17 people, "
        "after crowds led by the Ostrava Youth Front broke through the gates, officials said.\n\n"
        "Interior Minister Kelvan Doruk resigned late on Monday.")
EXPLAINER = ("In less than a week, youth-led protests left dozens dead and a government out of office. "
             "What happened, and what comes next?\n\n"
             "What sparked the protests?\n\n"
             "On March 2, the government blocked 19 messaging services, and the Ostrava Youth Front called "
             "its members onto the streets.\n\n"
             "How did the protests turn deadly?\n\n"
             "On Monday, March 9, crowds marched on the Tarnovel parliament in Velmora. When some of them "
             "climbed the gates, police opened fire. Interior Minister Kelvan Doruk resigned that evening.")
# the desk's report of the next happening: opens on its own day, recalls Monday's shooting below
LATER = ("VELMORA, March 16 (Wire) - Police fired tear gas at mourners marching to the Tarnovel parliament "
         "on Monday, a week after 17 people were killed there, officials said.\n\n"
         "On Monday, March 9, police opened fire on crowds of the Ostrava Youth Front; Interior Minister "
         "Kelvan Doruk resigned that evening.")
PUBLISHED = {"wire": "2026-03-09", "copy": "2026-03-09", "explainer": "2026-03-13", "later": "2026-03-16"}
TEXTS = {"wire": WIRE, "copy": COPY, "explainer": EXPLAINER, "later": LATER}


def _join(docs: list[str]) -> dict[str, str]:
    story_of = {"wire": "s-wire", "copy": "s-wire", **{d: "s-" + d for d in docs}}
    sets: DisjointSets[str] = DisjointSets()
    size = {"s-wire": 2, **{"s-" + d: 1 for d in docs}}
    heads = [(d, TEXTS[d], PUBLISHED[d]) for d in ("wire", "copy", *docs)]
    join_explainers(heads, {d: TEXTS[d] for d in docs}, story_of, sets, size)
    return {d: sets.find(s) for d, s in story_of.items()}


def test_an_explainer_joins_the_story_whose_day_it_tells_further_down() -> None:
    assert "2026-03-09" in text_days(EXPLAINER, PUBLISHED["explainer"])
    assert {"tarnovel", "doruk", "ostrava"} <= text_names(EXPLAINER)
    root = _join(["explainer"])
    assert root["explainer"] == root["wire"]


def test_a_later_report_opening_on_its_own_day_stays_apart() -> None:
    root = _join(["later"])
    assert root["later"] != root["wire"]


def test_an_explainer_published_before_the_story_stays_apart() -> None:
    early = dict(PUBLISHED)
    PUBLISHED["explainer"] = "2026-03-08"
    try:
        root = _join(["explainer"])
    finally:
        PUBLISHED.update(early)
    assert root["explainer"] != root["wire"]
