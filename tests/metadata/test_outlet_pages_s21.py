"""Session 21: the outlet of invented pages in the styles of many outlets worldwide: the
publisher of the page (not the wire whose copy it carries, when its masthead and footer agree or
its copied page title or address names it), the short brand rather than the company in the
footer ("Nation" over "© Nation Media Group") or the tagline, a known wire's own capitals."""
import json
from pathlib import Path

import pytest

from sitrep.clean.lines import Line
from sitrep.metadata.publisher import title_suffix_outlet, top_link_outlet
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "outlets_s21"
EXPECTED = json.loads((FIX / "expected.json").read_text())


def _doc(name: str):
    return clean_raw_article(RawArticle(source=name, text=(FIX / name).read_text(), fmt="txt"))[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_outlet(name):
    assert _doc(name).outlet == EXPECTED[name]["outlet"], name


def _lines(*texts: str) -> list[Line]:
    from sitrep.clean.lines import split_lines
    return split_lines("\n".join(texts))


def test_title_suffix_needs_the_headline_repeated():
    head = "Curfew imposed in Port Lena after clashes leave two dead"
    assert title_suffix_outlet(_lines(f"{head} | Lena Courier", "World", head, "Text.")) == "Lena Courier"
    # a section label and its site, with no headline of the page repeated, names no publisher
    assert title_suffix_outlet(_lines("World | Lena Courier", head, "Text.")) is None
    assert title_suffix_outlet(_lines(f"{head} | Lena Courier", "Another headline entirely here", "Text.")) is None


def test_top_link_only_above_the_text():
    prose = "Gunmen killed seven villagers in an overnight raid near the border, officials said. " * 3
    assert top_link_outlet(_lines("https://www.rfi.fr/en/africa/x", "Headline here", prose)) == "RFI"
    assert top_link_outlet(_lines("Headline here", prose, "https://www.rfi.fr/en/africa/x")) is None
    # an address the index does not know names no one
    assert top_link_outlet(_lines("https://www.example-unknown-site.org/a", "Headline", prose)) is None


def test_a_desk_label_is_no_dateline_and_share_buttons_are_no_author():
    from sitrep.metadata.dateline import find_dateline
    assert find_dateline("UPDATE: Adds details of the prison escape in the south.") is None
    assert find_dateline("EXCLUSIVE - Rebels seize a second town") is None
    assert find_dateline("KINSHASA (Reuters) - Rebels seized a second town.").place == "KINSHASA"
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    page = ("Rebels seize second town in the east\nBy Carla Moreno-Hess\nFacebook   Twitter   Flipboard   Email\n\n"
            "Rebels seized a second town in the east on Tuesday, officials said, as the army fell back.\n\n"
            "The town's mayor said residents fled toward the lake before the fighters arrived.\n")
    doc = clean_raw_article(RawArticle(source="a.txt", text=page, fmt="txt"))[0]
    assert doc.authors == ["Carla Moreno-Hess"]
