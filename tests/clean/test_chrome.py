"""Marking a page's chrome in one pass gives each line what chrome_reason gives it alone."""
from sitrep.clean.chrome import chrome_reason, mark_chrome
from sitrep.clean.lines import BODY, split_lines

PAGE = """Menu
Share on Telegram
Gunmen attacked a convoy near Kidal on Monday, killing four drivers, officials said.
A displaced family waits near Kidal, northern Mali. (Photo: Amadou Diallo/AFP)
Rescuers search the rubble in Kharkiv, Ukraine. Oksana Petrenko/Getty Images
Get the latest headlines delivered straight to your inbox.
This article was originally published by The Steppe Monitor.
Geſhare this
Cookie ſettings
The photo shows a damaged bridge near Idlib, officials said in a statement.
Related to the talks, the envoy said nothing.
© 2025 Caucasus Wire. All rights reserved.
READ FULL ARTICLE
"""


def test_one_pass_over_the_page_equals_line_by_line():
    lines = split_lines(PAGE)
    expected = [chrome_reason(line.text) if line.label == BODY else None for line in lines]
    mark_chrome(lines)
    got = [(line.reason, line.role) if line.label == "chrome" else None for line in lines]
    assert got == expected
    assert sum(g is not None for g in got) >= 7
    assert got[2] is None and got[9] is None          # prose stays


def test_lines_importable_names_still_work():
    from sitrep.clean.lines import chrome_reason as reason_from_lines
    assert reason_from_lines("READ FULL ARTICLE") == ("read full article", "terminator")
