"""Name lines between a headline and the text that are no byline: a caption's subject over its
credit ("Tilda Swinton" / "Credit: Getty Images"), a name among a menu's items ("Politics" /
"Joe Biden" / "Election 2024"), and a site's list of its personalities (a dozen names, one a line).

``zones.mark_header`` reads a name alone on a line in the page's header as a byline; a scraper's
text of a whole page also puts menus and picture captions there, and these readings undo it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lines import BODY, CHROME, Line
from sitrep.metadata.dates import find_date
from sitrep.metadata.outlet import outlet_index

_CREDIT_REASONS = frozenset({"photo caption", "photo credit", "picture credit", "copyright"})
_CREDIT = re.compile(r"(?:photo(?:graph)?s?|images?|pictures?|credit|foto|©|\(c\))\b\s*[:©/-]?|©", re.I)
# a menu's item or a topic link: up to five words, no sentence punctuation ("Election 2024", "The
# Joel Klatt Show", "Manchester United sale")
_MENU_ITEM = re.compile(r"[A-Z0-9][\w'’&.-]*(?:\s+[\w'’&-]+){0,4}")
# a reporter's job title or a picture's credit beside the name: the name is a byline or a caption
_NO_ITEM = re.compile(r".*\b(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|critic|"
                      r"photographer|courtesy|photo|credit)s?\b", re.I)
_MENU_REASONS = frozenset({"navigation", "repeated line", "menu", "section label", "newsletter chrome",
                           "related links", "footer"})
DIRECTORY_RUN = 5       # names one a line, each within two lines of the next: a list of people
_RUN_GAP = 2


def next_filled(lines: Sequence[Line], i: int, step: int) -> int | None:
    """The index of the first non-blank line after (``step`` 1) or before (-1) line ``i``."""
    k = i + step
    while 0 <= k < len(lines):
        if lines[k].text.strip():
            return k
        k += step
    return None


def neighbour(lines: Sequence[Line], i: int, step: int) -> Line | None:
    k = next_filled(lines, i, step)
    return None if k is None else lines[k]


def credit_line(line: Line | None) -> bool:
    """Whether a line is a picture's credit the cleaning dropped ("Photo: X", "Credit: X", "© X")."""
    return line is not None and line.label == CHROME and line.reason in _CREDIT_REASONS \
        and _CREDIT.match(line.text.strip()) is not None


def over_caption(lines: Sequence[Line], i: int) -> bool:
    """Whether the line under line ``i`` is a picture's credit: the name is what the picture shows."""
    return credit_line(neighbour(lines, i, 1))


def _menu_item(line: Line | None) -> bool:
    if line is None:
        return False
    if line.label == CHROME:
        return line.reason in _MENU_REASONS
    text = line.text.strip()
    # "Jane Doe" / "Reuters" / "4 March 2025": the outlet or the date under a byline is no menu
    return line.label == BODY and len(text) <= 40 and _MENU_ITEM.fullmatch(text) is not None \
        and _NO_ITEM.match(text) is None \
        and outlet_index().lookup(text) is None and find_date(text) is None


def among_menu_items(lines: Sequence[Line], i: int) -> bool:
    """Whether both lines around line ``i`` are a menu's items: a name there is a topic link."""
    return _menu_item(neighbour(lines, i, -1)) and _menu_item(neighbour(lines, i, 1))


def directory_runs(listed: Sequence[int]) -> list[list[int]]:
    """The runs of ``listed`` (ascending line numbers) of ``DIRECTORY_RUN`` lines or more, each
    within ``_RUN_GAP`` lines of the next: a byline's names fill a line or three."""
    out: list[list[int]] = []
    run: list[int] = []
    for k in listed:
        if run and k - run[-1] > _RUN_GAP:
            if len(run) >= DIRECTORY_RUN:
                out.append(run)
            run = []
        run.append(k)
    if len(run) >= DIRECTORY_RUN:
        out.append(run)
    return out
