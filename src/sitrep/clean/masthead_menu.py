"""A site's name heading the page over its menu.

Pages open with the publication's name, perhaps its slogan, then its menu: on one line
("Home  Politics  Security  Search") or one item a line ("News" / "India" / "World" / ...). The
name above such a menu is the masthead whether or not a list knows the outlet or its name ends
in a head word ("AfroNews Relay", "AndesWire"): a menu is never the first thing an article says.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lines import BLANK, BODY, CHROME, TITLE, Line
from sitrep.clean.zones import MENU
from sitrep.metadata.outlet import outlet_index

# a publication's name as its own line: 1-5 capitalised words ("Border Watch", "The Hill Times")
NAME_LINE = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:of|the|and|on|[A-Z][\w'’&.-]*)){0,4}")
_ITEM = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:&|and|of|[A-Z][\w'’&-]*)){0,2}")
_NAME_MAX = 40
_SLOGAN_MAX = 80        # a slogan between the name and the menu: "Latin American news, translated"
_VERTICAL_ITEMS = 3     # one-item lines in a row that make a menu
_LOOK = 4               # the lines under the name that may hold its slogan and the menu's start


def menu_masthead(lines: Sequence[Line]) -> str | None:
    """The publication's name when the page's first line stands over the site's menu above the
    headline, else None. Read after the page is labelled: the name was taken for navigation."""
    from sitrep.clean.headline import section_words     # lazy: headline imports the zones too

    title = next((i for i, line in enumerate(lines) if line.label == TITLE), None)
    first = next((i for i, line in enumerate(lines) if line.label != BLANK and line.text.strip()), None)
    if title is None or first is None or first >= title:
        return None
    line = lines[first]
    if not (line.label == BODY or line.label == CHROME and line.reason == "navigation"):
        return None
    return masthead_over_menu(lines, first, title, section_words())


def masthead_over_menu(lines: Sequence[Line], first: int, title: int, section_words: frozenset[str]) -> str | None:
    """The publication's name when line ``first`` (the page's first non-blank line, above the
    headline at ``title``) stands over the site's menu, else None."""
    text = lines[first].text.strip()
    if len(text) > _NAME_MAX or text.isupper():
        return None
    known = masthead_name(text)
    if not known and (not NAME_LINE.fullmatch(text) or all(w.casefold() in section_words for w in text.split())
                      or _head_word_alone(text)):
        return None
    below = [k for k in range(first + 1, title) if lines[k].label != BLANK and lines[k].text.strip()][:_LOOK + _VERTICAL_ITEMS]
    for n, k in enumerate(below[:_LOOK]):
        if _menu_from(lines, below[n:], section_words):
            return known or text
        if n == 0 and len(lines[k].text) <= _SLOGAN_MAX and lines[k].label in (BODY, CHROME):
            continue        # the slogan under the name
        if lines[k].label != CHROME:
            return None
    return None


def _head_word_alone(text: str) -> bool:
    """A lone publication head word over the menu ("News", "Times") is the site's section tab."""
    from sitrep.metadata.outlet import _head_words
    strong, weak, _ = _head_words()
    word = text.strip().casefold()
    return " " not in word and (word in strong or word in weak)


def masthead_name(text: str) -> str | None:
    """The outlet list's name for a masthead, its logo's initials set before it or not ("AA
    Anadolu Ajansı")."""
    index = outlet_index()
    name = text.rstrip(".")
    words = name.split()
    return index.lookup(name) or (index.lookup(" ".join(words[1:]))
                                  if len(words) > 1 and words[0].isupper() and len(words[0]) <= 4 else None)


def _menu_from(lines: Sequence[Line], ks: Sequence[int], section_words: frozenset[str]) -> bool:
    """Whether the lines ``ks`` start with the site's menu."""
    if not ks:
        return False
    first = lines[ks[0]]
    if first.label == CHROME and first.reason == "navigation" or first.label == BODY and MENU.fullmatch(first.text):
        return True
    items = 0
    for k in ks:
        text = lines[k].text.strip()
        if lines[k].label == BLANK or not _ITEM.fullmatch(text) or len(text) > 25:
            break
        items += 1
    return items >= _VERTICAL_ITEMS
