"""Two reports of one incident that share four of its specific figures are one story even when
they share a little less vocabulary than SAME_STORY_CONTENT asks (an explainer, another outlet's
own report: ``same_story.MANY_FIGURES``). Invented Lowland reports."""
from __future__ import annotations

from sitrep.dedup.fingerprint import jaccard_estimate
from sitrep.dedup.live_blog import live_blog
from sitrep.dedup.same_story import MANY_FIGURES_CONTENT, SAME_STORY_CONTENT, same_story
from sitrep.dedup.sketch import sketch
from sitrep.model import Document

from tests.dedup.test_own_report import OWN, WIRE

# the own report, with two lines more of the incident in its own words
TOLD = OWN + """Witnesses said police fired tear gas and water cannon at protesters in the suburb of Dorrow.
Protests were also reported in Marrow, Tessel and Brint provinces, the commission said.
"""


def _doc(key: str, text: str, published: str) -> Document:
    return Document(id=key, source=f"{key}.txt", text=text, raw=text, fmt="txt", published=published)


def test_four_shared_figures_make_one_story_at_a_little_less_vocabulary() -> None:
    wire, own = sketch(WIRE), sketch(TOLD)
    assert MANY_FIGURES_CONTENT <= jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    link = same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", TOLD, "2025-05-06"), wire, own)
    assert link is not None and link.figures >= 4


def test_three_shared_figures_still_want_the_vocabulary() -> None:
    # the same own report without its arrest count: three figures in common
    told = TOLD.replace("532 suspects", "hundreds of suspects")
    wire, own = sketch(WIRE), sketch(told)
    assert jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    assert same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", told, "2025-05-06"), wire, own) is None


def test_reports_published_days_apart_stay_apart() -> None:
    wire, own = sketch(WIRE), sketch(TOLD)
    assert same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", TOLD, "2025-05-20"), wire, own) is None


def test_a_live_blog_gets_no_relief_for_its_figures() -> None:
    # a live page shares figures with every report of its day, one entry each
    lines = TOLD.strip().split("\n")
    blog = "\n\n".join(f"{9 + i // 4:02d}:{(i * 7) % 60:02d} - {line}" for i, line in enumerate(lines))
    assert live_blog(blog)
    wire, own = sketch(WIRE), sketch(blog)
    assert MANY_FIGURES_CONTENT <= jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    assert same_story(_doc("a", WIRE, "2025-05-05"), _doc("b", blog, "2025-05-06"), wire, own) is None


def test_four_figures_among_many_of_its_own_make_no_story_at_little_vocabulary() -> None:
    # both recall the incident's four figures, each among many of its own (a follow-up and a
    # roundup that each recall a third report): 4 shared of the 7 of the text with fewer
    roundup = WIRE + "\n".join(f"In district {d}, officials counted {n} damaged homes after the clashes on Wednesday."
                                for d, n in (("Orr", 64), ("Pell", 83), ("Vane", 91), ("Cask", 77)))
    wire, own = sketch(roundup), sketch(TOLD)
    assert MANY_FIGURES_CONTENT <= jaccard_estimate(wire.content, own.content) < SAME_STORY_CONTENT
    assert same_story(_doc("a", roundup, "2025-05-05"), _doc("b", TOLD, "2025-05-06"), wire, own) is None
