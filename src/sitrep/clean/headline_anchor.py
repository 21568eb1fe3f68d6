"""Of the headline-shaped lines above an article's text, the headline: the one a byline or a
date stamp follows, told apart from a site's slogan, a kicker, a menu's first item and a byline
in title case.

Split out of ``headline`` (which marks the headline and what stands above it).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lines import CHROME, META, BODY, Line
from sitrep.clean.zones import MENU, without_annotations
from sitrep.metadata.byline import names_in
from sitrep.metadata.outlet import outlet_index

# a byline the metadata rules did not read ("By Reuters", an agency): it still follows a headline
_BY = re.compile(r"(?:[Bb]y|BY|Written by|Words by)\s+[A-Z]")


def choose_anchored(found: list[int], lines: Sequence[Line], prose: int, agency: bool = True) -> int | None:
    """Of the headline-shaped lines above the text, the headline: the one a byline or a stamp
    follows, or, when the first one heads a menu (a site's slogan, a skip link), the one the
    prose follows. A headline-shaped line right above it is the headline and it the standfirst.
    Otherwise the first: a caption above the prose is headline-shaped too."""
    # a byline the metadata rules have not read yet ("A (now) and B (earlier)") is no headline:
    # the date stamp under it would anchor the standfirst above it instead
    found = [i for i in found if not byline_shaped(lines[i].text)]
    # a breadcrumb stands between the masthead (with its slogan) and the headline, never under
    # the headline: a line right above one is the site's tagline ("The region's news, in ...")
    above_crumb = [i for i in found if _next_reason(lines, i, prose) == "breadcrumb" or _over_menu(lines, i, prose)]
    if above_crumb and len(above_crumb) < len(found):
        found = [i for i in found if i not in above_crumb]
    if len(found) < 2:
        return found[0] if found else None
    menu = _heads_menu(lines, found[0])
    for n, i in enumerate(found):
        if lines[i].text[0].islower():
            continue        # a hard-wrapped sentence's middle line, no headline
        # a wire's "UPDATE: adds ..." slug stands between a headline and its stamp
        nxt = next((k for k in range(i + 1, len(lines)) if lines[k].text and lines[k].reason not in _UNDER_HEADLINE), prose)
        # chrome between the headline and the text (a source link, a share bar) still leaves
        # the prose following it
        text_next = next((k for k in range(i + 1, len(lines)) if lines[k].text and lines[k].label != CHROME), prose)
        if (text_next == prose and menu) or (lines[nxt].label == META and lines[nxt].reason != "credit line") \
                or lines[nxt].reason == "time stamp" or (len(lines[nxt].text) <= 80 and _BY.match(lines[nxt].text)) \
                or _name_over_stamp(lines, nxt, prose) or (agency and _agency_over_stamp(lines, nxt, prose)):
            # a share bar or a tab label may stand between the headline and its standfirst
            above = next((k for k in range(i - 1, -1, -1) if lines[k].text and lines[k].label != CHROME), -1)
            # a kicker over the headline ("Daily moment of zen —", "Culture , The Arts") is
            # shorter than the headline; a standfirst under it is longer
            return found[n - 1] if n and found[n - 1] == above and not _kicker(lines[above].text, lines[i].text) \
                and not _slogan_over(lines[above].text, lines[i].text, lines, prose) else i
    return found[0]


# a wire's notes between a headline and its byline or stamp: "UPDATE: adds ...", "UPDATE 1-<the
# wire's own headline>" under a portal's headline
_UNDER_HEADLINE = frozenset({"wire update note", "wire update slug"})
_KICKER_WORDS = 4
_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")


def _slogan_over(upper: str, lower: str, lines: Sequence[Line], prose: int) -> bool:
    """Whether ``upper`` is the site's slogan over the headline ``lower``, not the headline over
    its standfirst: it shares no word with the article's opening paragraph, which the line under
    it does ("Exclusive news, data and analytics for financial market professionals" over
    "Suspected rebels kill 41 in attack on school")."""
    opening = " ".join(line.text for line in lines[prose:prose + 3] if line.text).casefold()
    words = set(_TOPIC_WORD.findall(opening))
    shared = lambda text: {w for w in _TOPIC_WORD.findall(text.casefold()) if w in words}  # noqa: E731
    return not shared(upper) and len(shared(lower)) >= 2


def _kicker(upper: str, lower: str) -> bool:
    """Whether ``upper`` is a kicker or section label over the headline ``lower``: a few words,
    or a label closed by a dash, above a longer line."""
    words = upper.split()
    return (len(words) <= _KICKER_WORDS or upper.rstrip()[-1:] in "—–-") and len(lower.split()) > len(words) + 2


def _name_over_stamp(lines: Sequence[Line], i: int, prose: int) -> bool:
    """Whether line ``i`` is one person's name alone with a date stamp under it: a byline without
    "By" ("Amina Diallo" / "Gao | March 3, 2025"). One name alone is no byline by itself (a
    caption's credit reads the same), the stamp under it makes it one."""
    text = lines[i].text
    if lines[i].label != BODY or len(text) > 60 or text.isupper():
        return False
    names = names_in(text)
    if len(names) != 1 or names[0] != text.strip() or not 2 <= len(names[0].split()) <= 4:
        return False
    below = next((k for k in range(i + 1, min(prose, len(lines))) if lines[k].text), None)
    return below is not None and lines[below].label == META and ("stamp" in lines[below].reason or lines[below].reason == "place and date")


def _agency_over_stamp(lines: Sequence[Line], i: int, prose: int) -> bool:
    """Whether line ``i`` is a known outlet's name alone with a date stamp under it: a syndicated
    copy's credit ("Reuters" / "October 26, 2024") under the headline, as a byline would be."""
    text = lines[i].text.strip()
    if lines[i].label != BODY or len(text) > 40 or not outlet_index().lookup(text):
        return False
    below = next((k for k in range(i + 1, min(prose, len(lines))) if lines[k].text), None)
    return below is not None and lines[below].label == META and "stamp" in lines[below].reason


def _next_reason(lines: Sequence[Line], i: int, prose: int) -> str | None:
    """The chrome reason of the first non-blank line below line ``i`` (None past the prose)."""
    nxt = next((k for k in range(i + 1, min(prose, len(lines))) if lines[k].text), None)
    return lines[nxt].reason if nxt is not None else None


_MENU_REASONS = frozenset({"navigation", "language switcher"})


def _over_menu(lines: Sequence[Line], i: int, prose: int) -> bool:
    """Whether the first line below line ``i`` is the site's one-line menu ("Home | Latin America
    | Mercosur"): the menu stands under the masthead and its slogan, never under a headline."""
    nxt = next((k for k in range(i + 1, min(prose, len(lines))) if lines[k].text), None)
    # the chrome rules may have read the menu already ("navigation"): it still stands there
    return nxt is not None and lines[nxt].label in (BODY, CHROME) and MENU.fullmatch(lines[nxt].text) is not None


def _heads_menu(lines: Sequence[Line], i: int) -> bool:
    """Whether the two lines below a line are navigation: menu items of a few words each (a
    photo caption and its credit below a headline are longer; "Published 4 hours ago" under a
    headline is its stamp, no menu item)."""
    below = [line for line in lines[i + 1:i + 8] if line.text][:2]
    # a notice the chrome rules know ("Translated automatically from Dari ...") may close the menu
    return len(below) == 2 and all(line.label != META and line.reason != "time stamp"
                                   and (len(line.text.split()) <= 4 or line.reason in _MENU_REASONS
                                        or k and line.label == CHROME)
                                   for k, line in enumerate(below))


def byline_shaped(text: str) -> bool:
    """A line of two or more personal names ("A and B"), or names annotated as a live blog's
    shifts ("A (now) and B (earlier)"): a byline, whatever its capitals. One title-case name
    alone may be a headline ("Rebels Seize Town Near Border"), so it does not count."""
    if len(text) > 120:
        return False
    bare = without_annotations(text)
    names = names_in(bare)
    return bool(names) and (len(names) >= 2 or bare != text)
