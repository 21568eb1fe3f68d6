"""Where on the page a line stands: before the headline, in the header, in the body, after it.

A scraped page is navigation, then the headline, then a header (standfirst, byline, date, photo),
then the article's prose, then link lists and widgets. Short non-prose lines mean different
things in each zone: "World News" before the headline is navigation; "Hanna Ostberg" between
headline and text is a byline; "Veloria's forgotten war explained" after the text is a link.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BLANK, BODY, CHROME, META, TITLE, Line
from sitrep.metadata.byline import byline_organisation, names_in
from sitrep.metadata.masthead import copyright_outlet
from sitrep.metadata.outlet import looks_like_outlet, outlet_index

# a slash between single letters is an abbreviation ("M/V Marisol Star", "w/o"), not a path
_SLASH = r"(?<!\b[A-Za-z])/|/(?![A-Za-z]\b)"
_NAV = re.compile(rf"[»›>|•·]|{_SLASH}|\s-\s")
_NAV_MARK = re.compile(rf"[»›>|•·]|{_SLASH}")
# a site menu: three or more capitalised items of one or two words, apart by two spaces or a
# bullet ("Home  News  World  Opinion", "Latest | Africa | Video")
_MENU_ITEM = r"[A-ZÀ-Þ][\w'’&.-]*(?: [A-ZÀ-Þ][\w'’&.-]*)?"
_MENU = re.compile(rf"\s*{_MENU_ITEM}(?:(?:\s{{2,}}|\s*[|•·●]\s*){_MENU_ITEM}){{2,}}\s*")
# a dash in a headline rather than a breadcrumb: after a label ("Interview: ...", "Analysis:") or
# beside a quotation ('"We are losing the east" - officers on the advance')
_DASHED_HEADLINE = re.compile(r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}:\s|.*?(?:[\"“][^\"“”]*\s[^\"“”]*[\"”]|‘[^‘’]*\s[^‘’]*’)")
_EDS_NOTE = re.compile(r"(?:Eds?|EDS?|Editors?|EDITORS?)(?:['’]s?)?(?:\s+[Nn]ote)?\s*:\s+\S")
_EDS_SCAN = 8
_COUNTRY_LABEL = re.compile(r"[A-Z][A-Z .'’-]+(?:\s*/\s*[A-Z][A-Z .'’-]+)+:\s")
_HEADLINE_END = re.compile(r"[.,;:]$")
_ANNOTATION = re.compile(r"\s*\((?:now|earlier|updates?|live|editor|reporter)\)", re.I)
_OUTLET_LINE = re.compile(r"(?P<name>[^,|]{2,40}?)\s*(?:,\s*[A-Z][\w .'’-]{1,40})?")
_BRACKETED_HEADLINE = re.compile(r"[(\[][^()\[\]]+(?:\s+[^()\[\]\s]+){3,}[)\]]")
_REPORT_NUMBER = re.compile(r"(?:(?:flash|situation|humanitarian|security|daily|weekly)\s+)?(?:update|report|"
                            r"bulletin|sitrep|brief|briefing|snapshot)\s+(?:no\.?|n[º°]|number|#)\s*\d+", re.I)
# the words of a report's section headings, never a byline or a dateline
_HEADING_WORDS = frozenset("figures highlights summary overview background context messages points contacts "
                           "developments situation analysis contents takeaways response needs".split())


def _is_heading(text: str) -> bool:
    words = text.casefold().split()
    return len(words) <= 4 and any(w.strip(":") in _HEADING_WORDS for w in words)


_PLACE_LINE = re.compile(r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,2}")


_CLOSERS = "\"”’'»)]"
_KEEP_AT_END = ".!?…" + _CLOSERS       # with word characters (\w: isalnum or "_")


def is_prose(text: str) -> bool:
    """A line of running text: a sentence end (an emoji after it aside) and enough words to be
    more than a label."""
    if len(text.split(None, 5)) < 6:      # at least six words, without splitting the whole line
        return False
    # trailing symbols (emoji, arrows) dropped, then closing quotes and brackets: a sentence mark.
    # A backwards scan: a regex anchored at "$" would be tried from every offset of the line.
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_" or text[end - 1] in _KEEP_AT_END):
        end -= 1
    return text[:end].rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def looks_like_headline(text: str, min_words: int = 4) -> bool:
    words = text.split()
    if not (min_words <= len(words) <= 30 and len(text) <= 250 and not _HEADLINE_END.search(text)
            and (text[0].isalnum() or text[0] in "\"“‘'")):
        return False
    if _MENU.fullmatch(text):
        return False
    if not _NAV.search(text):
        return True
    label = _COUNTRY_LABEL.match(text)
    if label and not _NAV.search(text, label.end()):
        return True               # "SUDAN / CHAD: Cross-border displacement", a report's title
    return not _NAV_MARK.search(text) and _DASHED_HEADLINE.match(text) is not None


def _short_headline(lines: Sequence[Line], i: int, prose: int) -> bool:
    """A headline of two or three words ("Bomb kills 13"): only right above what opens an
    article (a byline, a date stamp, a dateline or the prose), since a short line elsewhere
    ("World News" above the headline) is more often a section label."""
    if not looks_like_headline(lines[i].text, min_words=2):
        return False
    nxt = next((k for k in range(i + 1, len(lines)) if lines[k].text), None)
    if nxt is None:
        return False
    following = lines[nxt]
    return (nxt == prose or (following.label == META and following.reason != "credit line")
            or _PLACE_LINE.fullmatch(following.text) is not None)


def _first_prose(lines: Sequence[Line]) -> int:
    for i, line in enumerate(lines):
        if line.label == BODY and is_prose(line.text):
            return i
    return len(lines)


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
    prose = _first_prose(lines)
    # a press release: the letterhead stands above its number, its own headline (if any) below
    top = next((i + 1 for i in range(prose - 1, -1, -1) if lines[i].reason in _RELEASE_MARKS), 0)
    _mark_letterhead(lines[:top])
    found = None
    if hint:
        from sitrep.clean.lines import line_key
        key = line_key(hint)
        found = next((i for i, line in enumerate(lines)
                      if line.label == BODY and line_key(line.text) == key), None)
        if found is None:
            # the page's <title> line: the headline with the site's name after a separator
            found = next((i for i, line in enumerate(lines[:_TITLE_SCAN])
                          if line.label == BODY and _SITE_SUFFIX.search(line.text)
                          and line_key(_SITE_SUFFIX.split(line.text, 1)[0]) == key), None)
    else:
        found = next((i for i in range(top, prose) if lines[i].label == BODY
                      and looks_like_headline(lines[i].text) and not _names_publisher(lines, i)), None)
        if found is None:
            found = next((i for i in range(top, prose) if lines[i].label == BODY
                          and _short_headline(lines, i, prose) and not _names_publisher(lines, i)), None)
    if found is not None:
        lines[found].mark(TITLE, "headline")
        _mark_masthead(lines, found)
    if found is not None and not zones and hint:
        _mark_page_title(lines[:found], key)
    before = (found if found is not None else prose) if zones else 0
    for line in lines[:before]:
        if line.label == BODY and (found is not None or len(line.text.split()) <= 3):
            line.mark(CHROME, "navigation")
    if hint:
        return hint.strip()
    return lines[found].text if found is not None else None


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
    from sitrep.clean.lines import line_key
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
        if line.label == BODY and _MENU.fullmatch(text):
            continue                 # the site's menu between its name and the headline
        if line.label == BODY and len(text) <= 60:
            outlet = _OUTLET_LINE.fullmatch(text)
            name = outlet.group("name").strip() if outlet else ""
            if name and (outlet_index().lookup(name) or (text.isupper() or i == first and not _section(name))
                         and looks_like_outlet(name)):
                line.mark(META, "outlet line")
            elif not text.isupper() and _NAME_LINE.fullmatch(text) and _in_copyright(lines, text):
                line.mark(META, "copyright outlet line")
        return


# a publication's name as its own line: 1-5 capitalised words ("Border Watch", "The Hill Times")
_NAME_LINE = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:of|the|and|on|[A-Z][\w'’&.-]*)){0,4}")
_COPYRIGHT_LINE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?(?P<name>[^.,|]{2,60})", re.I)


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in knowledge.wordlist("section_words.txt"))


def _section(name: str) -> bool:
    """Whether a title-case name is a site section's label ("World News", "Africa Today"): every
    word but the last (the outlet head word) is a section word."""
    words = name.split()
    return all(w.casefold() in _section_words() for w in words[:-1])


def _in_copyright(lines: Sequence[Line], name: str) -> bool:
    """Whether a copyright line of the page names ``name`` (the page's publisher)."""
    for line in lines:
        text = line.text
        if text and ("©" in text or "opyright" in text or "(c)" in text or "(C)" in text):
            m = _COPYRIGHT_LINE.search(text)
            if m and m.group("name").strip().casefold() == name.casefold():
                return True
    return False


def mark_header(lines: Sequence[Line]) -> None:
    """Bylines without "By", outlet lines ("BBC News, Miren") and a dateline on its own line,
    between the headline and the first prose line."""
    prose = _first_prose(lines)
    start = next((i + 1 for i, line in enumerate(lines) if line.label == TITLE), 0)
    index = outlet_index()
    for i in range(start, prose):
        line = lines[i]
        if line.label != BODY:
            continue
        text = _ANNOTATION.sub("", line.text)
        outlet = _OUTLET_LINE.fullmatch(text)
        credit_above = i > 0 and lines[i - 1].reason == "photo credit"
        if start and _BRACKETED_HEADLINE.fullmatch(text):
            # "(Clashes in Saltillo leave six dead)": the headline translated, under the original
            line.mark(CHROME, "translated headline")
        elif credit_above and not is_prose(text):
            line.mark(CHROME, "photo caption")
        elif index.lookup(text) and i + 1 < prose and not is_prose(lines[i + 1].text):
            if _beside_byline_or_stamp(lines, i):
                line.mark(META, "outlet line")         # "By A and B / Associated Press / March 11"
            else:
                line.mark(CHROME, "photo credit")      # an agency's name alone, over its caption
        elif outlet and (index.lookup(outlet.group("name")) or looks_like_outlet(outlet.group("name").strip())):
            line.mark(META, "outlet line")
        elif _REPORT_NUMBER.fullmatch(text):
            line.mark(CHROME, "report number")     # "Flash Update No. 2" under the title
        elif _is_heading(text):
            continue                               # "KEY FIGURES", "HIGHLIGHTS": a section
        elif len(text) <= 80 and byline_organisation(text, bare=True) and not is_prose(text):
            # a letterhead: the organisation signs the page, it is no author
            line.mark(META, "organisation byline")
        elif names_in(text) and len(text) <= 120:
            line.mark(META, "byline")
        elif i == prose - 1 or all(lines[k].label != BODY for k in range(i + 1, prose)):
            if _PLACE_LINE.fullmatch(text):
                line.mark(META, "dateline")


def _beside_byline_or_stamp(lines: Sequence[Line], i: int) -> bool:
    """Whether the nearest non-blank lines around ``i`` are a byline above or a date stamp below:
    an agency's name there is the wire's own credit line, not a photo credit."""
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].text), None)
    below = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].text), None)
    return (above is not None and above.reason == "byline") or (
        below is not None and below.label == META and below.reason.startswith("date stamp"))


def mark_trailer(lines: Sequence[Line]) -> None:
    """Short non-prose lines after the last prose line are link lists and labels."""
    # the last prose line, found from the end
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if lines[i].label == BODY and is_prose(lines[i].text)), None)
    if last is None:
        return
    # a question headline ("What is the ... movement?") under a "Related stories" header is a
    # link, not the story's last sentence: the trailer starts at the header
    for k in range(last - 1, max(-1, last - 8), -1):
        line = lines[k]
        if line.label == CHROME and line.reason == "read-more link" and len(line.text.split()) <= 4:
            links = [lines[j] for j in range(k + 1, last + 1) if lines[j].label == BODY]
            # headlines, not sentences: a "Read more »" tail is followed by the next item's text
            if links and all(len(link.text.split()) <= 16 and not link.text.rstrip().endswith(".") for link in links):
                for link in links:
                    link.mark(CHROME, "related links")
            break
        if line.label == BODY and is_prose(line.text) and not line.text.endswith("?"):
            break
    for line in lines[last + 1:]:
        if line.label == BODY and not is_prose(line.text) and len(line.text.split()) <= 16:
            line.mark(CHROME, "related links")


# the shape of an author's bio closing an opinion piece: "Jane Doe is a researcher at ...",
# "— Jane Doe and John Roe are fellows ...", "Dr Jane Doe, a former envoy, teaches ..."
_BIO_SHAPE = re.compile(
    r"[-–—*_(\s]*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Col|Gen|Amb)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
    r"(?:\s*,[^.]{1,80},)?(?:\s+and\s+[^.]{1,60}?)?\s+(?:is|are|was|were|has been|have been|teaches|taught|works|"
    r"worked|writes|wrote|heads|leads|directs|serves|served|covers|reports)\s")
_BIO_MAX = 400
_BIO_LINES = 3                  # a bio and a line or two after it ("He is on X as @...")


def may_close_with_bio(lines: Sequence[Line]) -> bool:
    """Whether one of the last body lines has a bio's shape: the cheap test before the authors
    are looked up."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.label != BODY or not line.text.strip():
            continue
        if len(line.text) <= _BIO_MAX and _BIO_SHAPE.match(line.text):
            return True
        seen += 1
        if seen >= _BIO_LINES:
            return False
    return False


def mark_author_bio(lines: Sequence[Line], authors: Sequence[str]) -> None:
    """The closing lines that introduce an author of the piece ("Jane Doe is a researcher on
    ...") are author boilerplate, not article text. Only trailing lines naming a known author
    count: a closing line about someone else is the story's own."""
    if not authors:
        return
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.label != BODY or not line.text.strip():
            continue
        seen += 1
        text = line.text
        if seen > _BIO_LINES or len(text) > _BIO_MAX:
            return
        if _BIO_SHAPE.match(text) and _opens_with_author(text, authors):
            line.mark(CHROME, "author bio")
            return


def _opens_with_author(text: str, authors: Sequence[str]) -> bool:
    head = text[:80].casefold()
    for name in authors:
        at = head.find(name.casefold())
        # only a title or a dash may stand before the name ("Dr Jane Doe", "— Jane Doe")
        if 0 <= at <= 12 and (at + len(name) >= len(head) or not head[at + len(name)].isalnum()):
            return True
    return False
