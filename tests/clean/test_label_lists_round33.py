"""Items listed under a widget's label ("In this article:" / "Sudan") are chrome by their place."""
from __future__ import annotations

from sitrep.clean.chrome import mark_chrome
from sitrep.clean.label_lists import LIST_REASON
from sitrep.clean.lines import BODY, split_lines


def _labels(text: str) -> list[tuple[str, str]]:
    lines = split_lines(text)
    mark_chrome(lines)
    return [(line.text, line.reason if line.label != BODY else "") for line in lines if line.text]


def test_items_under_an_article_widget_label_are_chrome():
    got = _labels("In this article:\nSudan\nRapid Support Forces\n"
                  "KHARTOUM, May 2 (Nile Wire) - Shelling killed eight people in Omdurman on Thursday, medics said.\n")
    assert got[1] == ("Sudan", LIST_REASON)
    assert got[2] == ("Rapid Support Forces", LIST_REASON)
    assert got[3][1] == ""


def test_a_sentence_or_a_blank_line_ends_the_list():
    got = _labels("In this article:\n\nGunmen attack convoy\n")
    assert got[-1] == ("Gunmen attack convoy", "")
    got = _labels("In this article:\nThe army said the road was closed.\n")
    assert got[-1][1] == ""


def test_a_short_line_under_prose_is_left():
    got = _labels("The army said the road was closed:\nGao\n")
    assert got[-1] == ("Gao", "")
