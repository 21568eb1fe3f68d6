"""Reporters credited beside their desk ("| Express News Service"), beside the wires they wrote with ("with AFP,
Reuters") or after "Text by:". Invented pages and lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_checks import clean_page

from sitrep.metadata.byline import byline_authors
from sitrep.metadata.pipes import pipe_byline

PAGES = Path(__file__).parent.parent / "fixtures" / "s26_pages"


def test_a_reporter_beside_a_desk_is_the_author():
    doc = clean_page(PAGES / "desk_and_wires.txt")
    assert doc.authors == ["Ilka Varga"]
    assert doc.outlet == "Kestrel Tribune"
    assert pipe_byline("Ilka Varga | Express News Service").outlet is None


@pytest.mark.parametrize("line", ["By Ilka Varga with AFP, Reuters", "By Ilka Varga with AFP and Reuters",
                                  "By Ilka Varga with AFP", "Text by: Ilka Varga"])
def test_wires_beside_the_reporter_and_text_by_labels_leave_the_reporter(line):
    assert byline_authors(line) == ["Ilka Varga"]


def test_an_unknown_name_after_with_is_no_wire():
    assert byline_authors("By Ilka Varga with Tomas Verhoek") != ["Ilka Varga"]
