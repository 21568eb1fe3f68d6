"""Recurring outlet lines are dropped whether the outlet is stated on the page (dropped before the
one text build) or only found in the text (the text is built again)."""
from sitrep.model import RawArticle
from sitrep.pipeline import CleanContext, clean_raw_article
from sitrep.clean.lines import line_key

# a promo no chrome rule knows (the inbox wording is a rule now), so only the recurring list removes it
PROMO = "Get the Sahel Dispatch evening briefing on your phone every day"

LABELLED = f"""SAHEL DISPATCH |

Drones struck a fuel depot outside Gao on Tuesday, local officials said.

{PROMO}

The governor said 14 people were wounded and that repairs would take weeks.
"""

UNLABELLED = f"""Drones struck a fuel depot outside Gao on Tuesday, local officials said.

{PROMO}

The governor said 14 people were wounded and that repairs would take weeks.
"""


def _clean(text: str, outlet: str, url: str | None = None) -> tuple:
    context = CleanContext(recurring_lines={outlet: frozenset({line_key(PROMO)})})
    [doc] = clean_raw_article(RawArticle(source="p.txt", text=text, fmt="txt", url=url), context)
    return doc, [r.reason for r in doc.removed if r.text == PROMO]


def test_stated_outlet_drops_recurring_line_in_one_build():
    doc, reasons = _clean(LABELLED, "Sahel Dispatch")
    assert doc.outlet == "Sahel Dispatch" and doc.outlet_basis == "outlet label"
    assert PROMO not in doc.text and reasons == ["recurs across the outlet's pages"]
    assert "fuel depot" in doc.text and "14 people" in doc.text


def test_outlet_found_in_text_still_drops_recurring_line():
    # the outlet comes from the address only, after the text is built
    doc, reasons = _clean(UNLABELLED, "Al Jazeera", "https://www.aljazeera.com/news/2025/3/4/gao-depot")
    assert doc.outlet == "Al Jazeera" and doc.outlet_basis == "url"
    assert PROMO not in doc.text and reasons == ["recurs across the outlet's pages"]


def test_other_outlets_recurring_lines_are_kept():
    doc, reasons = _clean(LABELLED, "Kivu Morning Post")
    assert PROMO in doc.text and reasons == []
