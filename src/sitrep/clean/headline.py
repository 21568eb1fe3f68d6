"""The headline of a scraped page, and what stands above it.

Of the headline-shaped lines above the prose (a site's slogan, a skip link, the headline, a
standfirst, a photo caption), the headline is the one a byline or a date stamp follows; above it
are navigation, a masthead naming the outlet, or a press release's letterhead.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BLANK, BODY, CHROME, META, TITLE, Line, line_key
from sitrep.clean.zones import (MENU, OUTLET_LINE, dateline_line, first_prose, is_prose, looks_like_headline,
                                short_headline)
from sitrep.metadata.byline import byline_organisation
from sitrep.metadata.masthead import copyright_outlet
from sitrep.metadata.outlet import looks_like_outlet, outlet_index, tagline_outlet
from sitrep.clean.byline_headline import over_byline
from sitrep.clean.headline_anchor import choose_anchored as _anchored
from sitrep.clean.headline_asks import mark_ticker, question_headline
from sitrep.clean.headline_body import anchored, article_run, head_start, standfirst_headline
from sitrep.clean.masthead_menu import NAME_LINE as _NAME_LINE

_EDS_NOTE = re.compile(r"(?:Eds?|EDS?|Editors?|EDITORS?)(?:['’]s?)?(?:\s+[Nn]ote)?\s*:\s+\S")
_EDS_SCAN = 8
# a headline line followed by the site's name: "Families flee Nasir | Horn Picture Desk"
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+(?=[^|\u2013\u2014]{2,60}$)")
_TITLE_SCAN = 12


def mark_headline(lines: Sequence[Line], hint: str | None, zones: bool = True) -> str | None:
    """Label the headline and (with ``zones``) the navigation above it; returns the title (the
    hint when the input gave one)."""
    for line in lines[:_EDS_SCAN]:
        # a wire's note to editors above its headline ("Eds: UPDATES with toll") is no prose
        if line.label == BODY and _EDS_NOTE.match(line.text):
            line.mark(CHROME, "editors' note")
    prose = first_prose(lines)
    # a press release: the letterhead stands above its number, its own headline (if any) below
    top = next((i + 1 for i in range(prose - 1, -1, -1) if lines[i].reason in _RELEASE_MARKS), 0)
    _mark_letterhead(lines[:top])
    found = None
    if hint:
        key = line_key(hint)
        found = next((i for i, line in enumerate(lines)
                      if line.label == BODY and line_key(line.text) == key), None)
        if found is None:
            # the page's <title> line: the headline with the site's name after a separator
            found = next((i for i, line in enumerate(lines[:_TITLE_SCAN])
                          if line.label == BODY and _SITE_SUFFIX.search(line.text)
                          and line_key(_SITE_SUFFIX.split(line.text, 1)[0]) == key), None)
    else:
        mark_ticker(lines, top, prose)
        shaped = [i for i in range(top, prose) if lines[i].label == BODY
                  and looks_like_headline(lines[i].text) and not _names_publisher(lines, i)
                  and not tagline_outlet(lines[i].text)]
        found = _anchored(shaped, lines, prose)
        if found is None or not anchored(lines, found, prose):
            found, prose = _unanchored(lines, top, prose, found)
        else:
            found = _over_standfirst(lines, top, prose, _under_teasers(lines, shaped, prose, found))
        if found is not None and len(shaped) > 1 and found != _anchored(shaped, lines, prose, agency=False):
            # only the wire's credit under it told the headline from the site's slogan above:
            # the masthead over that slogan still names the outlet
            _mark_top_masthead(lines, found)
        if found is None:
            found = next((i for i in range(top, prose) if lines[i].label == BODY
                          and short_headline(lines, i, prose) and not _names_publisher(lines, i)), None)
    if found is None and not hint and question_headline(lines, prose):
        found = prose
    if found is None and not hint:
        found = over_byline(lines)
    if found is not None:
        lines[found].mark(TITLE, "headline")
        _mark_masthead(lines, found)
        for line in lines[:found]:
            if line.label == BODY and tagline_outlet(line.text):
                line.mark(META, "outlet line")      # "MercoPress. South Atlantic News Agency"
    if found is not None and not zones and hint:
        _mark_page_title(lines[:found], key)
    before = (found if found is not None else prose) if zones else 0
    last = next((k for k in range(before - 1, -1, -1) if lines[k].text), None) if found is None else None
    for k, line in enumerate(lines[:before]):
        if k == last and line.label == BODY and dateline_line(line.text):
            continue        # "BELEDWEYNE, Somalia" above a record's text: its dateline, no menu
        if line.label == BODY and (found is not None or len(line.text.split()) <= 3):
            line.mark(CHROME, "navigation")
    if hint:
        return hint.strip()
    return lines[found].text if found is not None else None


_TEASERS = 3      # dated headlines over the text that make a list of teasers, not one article's head


def _under_teasers(lines: Sequence[Line], shaped: list[int], prose: int, found: int) -> int:
    """The last dated headline over the text when the line chosen opens a list of them and the
    page names it again: a site's teasers (each headline with its date) stand above the
    article's own headline, which the text follows."""
    # each teaser with its own date right under it (one stamp under a headline, a caption and a
    # standfirst is one article's head)
    dated = [i for i in shaped if i >= found and anchored(lines, i, prose, reach=0)]
    if len(dated) < _TEASERS:
        return found
    last = dated[-1]
    # the article's own headline: no other headline-shaped line between it and the text, and the
    # page names it again (a breadcrumb ending in it, its <title> line); without that, the list's
    # first headline is the article's, the others its related stories under it
    if any(last < i < prose for i in shaped) or not _repeated(lines, last):
        return found
    return last


def _repeated(lines: Sequence[Line], i: int) -> bool:
    """Whether the page names line ``i`` again on another line, alone or closing a breadcrumb."""
    key = line_key(lines[i].text)
    return bool(key) and any(k != i and line.text and line_key(line.text).endswith(key)
                             for k, line in enumerate(lines))


def _over_standfirst(lines: Sequence[Line], top: int, prose: int, found: int) -> int:
    """The headline over the standfirst (the first prose line, a byline or a stamp under it)
    when it stands below the one chosen: related stories' headlines, each with its byline,
    stand above the article's own."""
    over = standfirst_headline(lines, prose, top)
    return over if over is not None and over > found and not _names_publisher(lines, over) else found


def _unanchored(lines: Sequence[Line], top: int, prose: int, found: int | None) -> tuple[int | None, int]:
    """The headline (and the article's first prose line) when no byline or stamp follows the
    headline-shaped line chosen: the line over a standfirst that has one under it; the first
    prose line when it asks like a headline; on a whole page, the head over the article's run
    of prose far below (a pitch or a teaser read as its first prose). Else ``found`` stays."""
    first = next((k for k in range(top, prose + 1) if k < len(lines) and lines[k].label == BODY
                  and is_prose(lines[k].text)), prose)
    over = standfirst_headline(lines, first, top)
    if over is not None and not _names_publisher(lines, over):
        return over, prose
    there = _last_anchored(lines, max(top, head_start(lines, prose)), prose, found)
    if there is not None:
        return there, prose
    if found is not None and question_headline(lines, prose):
        return prose, prose
    body = article_run(lines, prose)
    if body == prose:
        return found, prose
    head = head_start(lines, body)
    first = next((k for k in range(head, body + 1) if lines[k].label == BODY and is_prose(lines[k].text)), body)
    over = standfirst_headline(lines, first, head)
    if over is not None and not _names_publisher(lines, over):
        return over, body
    there = _last_anchored(lines, head, body, found)
    return (there, body) if there is not None else (found, prose)


def _last_anchored(lines: Sequence[Line], head: int, body: int, found: int | None) -> int | None:
    """Of the headline-shaped lines over the text, the last one with a byline or a stamp under
    it: related stories' headlines, each with its byline, may stand above the article's own. One
    above the line chosen is the site's slogan over its menu and dated bar."""
    shaped = [i for i in range(head, body) if lines[i].label == BODY
              and looks_like_headline(lines[i].text) and not _names_publisher(lines, i)]
    there = next((i for i in reversed(shaped) if anchored(lines, i, body, reach=1)), None)
    return there if there is not None and (found is None or there > found) else None


def _mark_top_masthead(lines: Sequence[Line], title: int) -> None:
    """A syndicated copy's headline credited to the wire ("Reuters" / date) under a site's
    masthead, slogan and menu: the masthead heading the page names the outlet, as it would right
    above the slogan, before the wire's credit line does."""
    top = next((i for i in range(title) if lines[i].label != BLANK), None)
    if top is None or lines[top].label != BODY or len(lines[top].text.strip()) > 60:
        return
    outlet = OUTLET_LINE.fullmatch(lines[top].text.strip())
    name = outlet.group("name").strip() if outlet else ""
    if name and (outlet_index().lookup(name) or (name.isupper() and looks_like_outlet(name))):
        lines[top].mark(META, "outlet line")


def _names_publisher(lines: Sequence[Line], i: int) -> bool:
    """Whether a headline-shaped line names who publishes the page rather than the story: a
    letterhead in capitals ending in an organisation's head word ("UNITED KINGDOM MARITIME TRADE
    OPERATIONS", "MINISTRY OF DEFENCE"), or the owner the copyright footer names ("The Eurasia
    Review Weekly" heading a print page)."""
    text = lines[i].text.strip()
    if text.isupper():
        return byline_organisation(text, bare=True) is not None
    if len(text) > 60 or not _NAME_LINE.fullmatch(text):
        return False
    key = _owner_key(text)
    return any(line.text and (owner := copyright_outlet(line.text)) and _owner_key(owner) == key
               for line in lines[i + 1:])


def _owner_key(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _mark_page_title(head: Sequence[Line], key: str) -> None:
    """Above an extracted page's headline, its <title> line (the headline and the site's name)
    and a breadcrumb ("Home | Africa | Video") are chrome: the extractor kept them as text."""
    for line in head:
        if line.label != BODY:
            continue
        text = line.text
        if _SITE_SUFFIX.search(text) and line_key(_SITE_SUFFIX.split(text, 1)[0]) == key:
            line.mark(CHROME, "page title")
        elif text.count(" | ") >= 2 and not is_prose(text) and len(text) <= 160:
            line.mark(CHROME, "navigation")


# lines that end a press release's letterhead ("Press Release No. 12/2025", "FOR IMMEDIATE RELEASE")
_RELEASE_MARKS = frozenset({"release number", "release notice"})
# what the metadata rules may have read into a letterhead line ("STATE OF LIBYA" as a byline)
_LETTERHEAD_MISREAD = frozenset({"byline", "organisation byline", "role byline", "outlet line"})


def _mark_letterhead(head: Sequence[Line]) -> None:
    """The issuing body's letterhead is chrome, none of it an author; its issuer is the last line
    in capitals (government > state > MINISTRY), a department in title case under it signing
    for that body ("Media Office"), or the last line when none is in capitals."""
    named = [line for line in head if line.label == BODY
             or (line.label == META and line.reason in _LETTERHEAD_MISREAD)]
    for line in named:
        line.mark(CHROME, "letterhead")
    names = [line for line in named if not is_prose(line.text) and len(line.text) <= 80]
    issuer = next((line for line in reversed(names) if line.text.isupper()), names[-1] if names else None)
    if issuer is not None:
        issuer.mark(META, "issuer line")


def _mark_masthead(lines: Sequence[Line], title: int) -> None:
    """A publication name right above the headline ("THE NILE COURIER" heading a press review's
    excerpt), or heading the page ("Levant Ledger" / headline / "By ..."), names the outlet: it is
    no navigation. In capitals or first on the page, a name that reads as a publication's is
    enough; elsewhere the page's copyright line must name it ("(c) 2025 Border Watch")."""
    first = next((i for i in range(title) if lines[i].label != BLANK), None)
    for i in range(title - 1, -1, -1):
        line = lines[i]
        if line.label == BLANK:
            continue
        text = line.text.strip()
        if line.label == BODY and MENU.fullmatch(text) or line.label == CHROME:
            continue                 # the site's menu (or a notice) between its name and the headline
        if i != first and line.label == BODY and not _NAME_LINE.fullmatch(text) and first is not None \
                and next((k for k in range(i - 1, -1, -1) if lines[k].text.strip()), None) == first:
            continue                 # the site's slogan under its name ("Latin American news, translated")
        if line.label == BODY and _repeats_menu_item(lines, i, first):
            return                   # the section's label, as the menu above lists it ("MENA")
        if line.label == BODY and len(text) <= 60:
            outlet = OUTLET_LINE.fullmatch(text)
            name = outlet.group("name").strip() if outlet else ""
            if name and i != first and _section(name) and (top := _known_top(lines, first, name)) is not None:
                top.mark(META, "outlet line")   # "Africa News" above the headline, a section of
                return                          # the site whose name heads the page ("GhanaWeb")
            if name and (outlet_index().lookup(name) or (text.isupper() or i == first and not _section(name))
                         and looks_like_outlet(name) and not (_section(name) and _copyright_other(lines, name))):
                line.mark(META, "outlet line")
            elif not text.isupper() and _NAME_LINE.fullmatch(text) and _in_copyright(lines, text):
                line.mark(META, "copyright outlet line")
        return


def _repeats_menu_item(lines: Sequence[Line], i: int, first: int | None) -> bool:
    """Whether line ``i`` (right above the headline) repeats a short line of the menu above it:
    the page's section highlighted over its headline, not the publication's name."""
    text = lines[i].text.strip()
    if first is None or first == i or len(text) > 30:
        return False
    key = text.casefold()
    if lines[first].text.strip().casefold() == key:
        return False                 # the masthead again, over the headline
    return any(lines[k].text.strip().casefold() == key for k in range(first + 1, i))


_COPYRIGHT_LINE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?(?P<name>[^.,|]{2,60})", re.I)


@lru_cache(maxsize=1)
def section_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in knowledge.wordlist("section_words.txt"))


def _known_top(lines: Sequence[Line], first: int | None, label: str) -> Line | None:
    """The page's first line when it names a known outlet other than ``label``: the site whose
    sections the label names."""
    if first is None or lines[first].label != BODY:
        return None
    outlet = OUTLET_LINE.fullmatch(lines[first].text.strip())
    own = outlet_index().lookup(outlet.group("name").strip()) if outlet else None
    return lines[first] if own and own != outlet_index().lookup(label) else None


def _section(name: str) -> bool:
    """Whether a title-case name is a site section's label ("World News", "Africa Today"): every
    word but the last (the outlet head word) is a section word."""
    words = name.split()
    return all(w.casefold() in section_words() for w in words[:-1])


def _copyright_other(lines: Sequence[Line], label: str) -> bool:
    """Whether a copyright line of the page names a known outlet other than ``label``: "WORLD
    NEWS" over the headline of a page "Copyright 2024 The Associated Press" is that site's section."""
    index = outlet_index()
    for line in lines:
        text = line.text
        if text and ("©" in text or "opyright" in text or "(c)" in text or "(C)" in text):
            m = _COPYRIGHT_LINE.search(text)
            if m and (own := index.lookup(m.group("name").strip())) and own != index.lookup(label):
                return True
    return False


def _in_copyright(lines: Sequence[Line], name: str) -> bool:
    """Whether a copyright line of the page names ``name`` (the page's publisher)."""
    for line in lines:
        text = line.text
        if text and ("©" in text or "opyright" in text or "(c)" in text or "(C)" in text):
            m = _COPYRIGHT_LINE.search(text)
            if m and m.group("name").strip().casefold() == name.casefold():
                return True
    return False

