"""Where on the page a line stands: before the headline, in the header, in the body, after it.

A scraped page is navigation, then the headline, then a header (standfirst, byline, date, photo),
then the article's prose, then link lists and widgets. Short non-prose lines mean different
things in each zone: "World News" before the headline is navigation; "Hanna Ostberg" between
headline and text is a byline; "Veloria's forgotten war explained" after the text is a link.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence

from sitrep.clean.header_names import DIRECTORY_RUN, among_menu_items, directory_runs, over_caption
from sitrep.clean.label_lists import mark_topic_runs
from sitrep.clean.lines import BODY, CHROME, META, TITLE, Line
from sitrep.clean.titled_caption import titled_caption
from sitrep.metadata.byline import byline_organisation, names_in
from sitrep.metadata.outlet import looks_like_outlet, outlet_index, outlet_key
from sitrep.metadata.places import is_known_place

# a slash between single letters is an abbreviation ("M/V Marisol Star", "w/o"), not a path
_SLASH = r"(?<!\b[A-Za-z])/|/(?![A-Za-z]\b)"
_NAV = re.compile(rf"[»›>|•·]|{_SLASH}|\s-\s")
_NAV_MARK = re.compile(rf"[»›>|•·]|{_SLASH}")
# a site menu: three or more capitalised items of one or two words, apart by two spaces or a
# bullet ("Home  News  World  Opinion", "Latest | Africa | Video")
# a number may lead an item ("360 Reviews", "24 Hours"); a slash join two names ("Falklands/Malvinas")
# (an item in a script of its own, such as the edition link "বাংলা" or "العربية", has no capital)
_MENU_ITEM = (r"(?:(?:\d{1,3} )?[A-ZÀ-Þ][\w'’&.-]*(?:/[A-ZÀ-Þ][\w'’&.-]*)?(?: [A-ZÀ-Þ][\w'’&.-]*)?"
              r"|[\u0370-\uffff](?:[^\W\d_]|[\u0900-\u0dff])*)")
MENU = re.compile(rf"\s*{_MENU_ITEM}(?:(?:\s{{2,}}|\s*[|•·●]\s*){_MENU_ITEM}){{2,}}\s*")
# a dash in a headline rather than a breadcrumb: after a label ("Interview: ...", "Analysis:") or
# beside a quotation ('"We are losing the east" - officers on the advance')
_DASHED_HEADLINE = re.compile(r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,4}:\s|.*?(?:[\"“][^\"“”]*\s[^\"“”]*[\"”]|‘[^‘’]*\s[^‘’]*’)")
_COUNTRY_LABEL = re.compile(r"[A-Z][A-Z .'’-]+(?:\s*/\s*[A-Z][A-Z .'’-]+)+:\s")
_HEADLINE_END = re.compile(r"[.,;:]$")
_OUTLET_SUFFIX = re.compile(r"(.*\S)\s[-–—|]\s([^-–—|]{2,40})")
_KICKER_PIPE = re.compile(r"([A-Z][\w'’-]*(?: [\w'’-]+)?) \| (?=\S)")


@lru_cache(maxsize=1)
def _editorial_labels() -> frozenset[str]:
    """A desk's labels before a headline ("Analysis", "Explainer"): knowledge/editorial_labels.txt."""
    from sitrep import knowledge
    return frozenset(w.casefold() for w in knowledge.wordlist("editorial_labels.txt"))
ANNOTATION = re.compile(r"\s*\((?:now|earlier|updates?|live|editor|reporter)\)", re.I)


def without_annotations(text: str) -> str:
    r"""``text`` without a live blog's shift notes ("A (now) and B (earlier)"). The leading ``\s*``
    leaves the regex no literal to search for, so it is tried at every offset (some 25 µs a line,
    on every line of a page's header): a line without "(" holds none."""
    return ANNOTATION.sub("", text) if "(" in text else text
OUTLET_LINE = re.compile(r"(?P<name>[^,|]{2,40}?)\s*(?:,\s*[A-Z][\w .'’-]{1,40})?")
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
# the city in capitals and its country in title case under a byline: "DAKAR, Senegal"
_PLACE_REGION_LINE = re.compile(r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,2},\s*[A-Z][a-z'’.\-]+(?:\s+[A-Z][a-z'’.\-]+){0,2}")
# the outlet, a dash and the place, alone above the first paragraph: "Enab Baladi – Idlib"; the
# place must be a known one, since "Analysis – Frontlines" reads the same
OUTLET_PLACE_LINE = re.compile(r"(?P<outlet>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+[–—-]\s+"
                               r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")

# the place and the agency's acronym joined by a dash, alone above the text: "Baghdad-INA",
# "Gaza – WAFA" (state agencies' house style); the agency must be a known outlet
PLACE_AGENCY_LINE = re.compile(r"(?P<place>[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2})\s*[-–—]\s*(?P<outlet>[A-Z]{2,6})")


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


# a wire's priority or version tag before its headline: "(LEAD) ...", "(2nd LD) ...", "(URGENT) ..."
_WIRE_TAG = re.compile(r"\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE \d+|EXCLUSIVE|CORRECTED|REFILE|AMENDED)\)\s+")


def looks_like_headline(text: str, min_words: int = 4) -> bool:
    if text[:1] == "(" and (tag := _WIRE_TAG.match(text)):
        text = text[tag.end():]
    words = text.split()
    if not (min_words <= len(words) <= 30 and len(text) <= 250 and not _HEADLINE_END.search(text)
            and (text[0].isalnum() or text[0] in "\"“‘'")):
        return False
    if MENU.fullmatch(text):
        return False
    if not _NAV.search(text):
        return True
    credited = _OUTLET_SUFFIX.fullmatch(text)
    if credited and len(credited.group(1).split()) >= min_words and not _NAV.search(credited.group(1)) \
            and outlet_index().lookup(credited.group(2)) and not outlet_index().lookup(credited.group(1)):
        return True               # "Chiefs sign protocol to end border conflict - Reuters"
    kicker = _KICKER_PIPE.match(text)
    if kicker and kicker.group(1).casefold() in _editorial_labels() and not _NAV_MARK.search(text, kicker.end()):
        return True               # "Analysis | After the raids, a town asks why", a desk's label
    label = _COUNTRY_LABEL.match(text)
    if label and not _NAV.search(text, label.end()):
        return True               # "SUDAN / CHAD: Cross-border displacement", a report's title
    return not _NAV_MARK.search(text) and _DASHED_HEADLINE.match(text) is not None


def short_headline(lines: Sequence[Line], i: int, prose: int) -> bool:
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


def first_prose(lines: Sequence[Line]) -> int:
    for i, line in enumerate(lines):
        if line.label == BODY and is_prose(line.text):
            return i
    return len(lines)



def mark_header(lines: Sequence[Line]) -> None:
    """Bylines without "By", outlet lines ("BBC News, Miren") and a dateline on its own line,
    between the headline and the first prose line."""
    prose = first_prose(lines)
    start = next((i + 1 for i, line in enumerate(lines) if line.label == TITLE), 0)
    index = outlet_index()
    named: list[int] = []       # the lines read below as bylines without "By"
    listed: list[int] = []      # every line of names, bylines or not
    for i in range(start, prose):
        line = lines[i]
        if line.label != BODY:
            continue
        text = without_annotations(line.text)
        outlet = OUTLET_LINE.fullmatch(text)
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
        elif outlet and _house_report(lines, text):
            line.mark(META, "desk byline")           # "Star Report" under The Daily Star's headline
        elif outlet and (index.lookup(outlet.group("name")) or looks_like_outlet(outlet.group("name").strip())
                         and not _section_label(outlet.group("name").strip())):
            line.mark(META, "outlet line")
        elif _REPORT_NUMBER.fullmatch(text):
            line.mark(CHROME, "report number")     # "Flash Update No. 2" under the title
        elif _is_heading(text):
            continue                               # "KEY FIGURES", "HIGHLIGHTS": a section
        elif len(text) <= 80 and byline_organisation(text, bare=True) and not is_prose(text) and not _section_label(text):
            # a letterhead: the organisation signs the page, it is no author
            line.mark(META, "organisation byline")
        elif titled_caption(text) or _agency_credited(text):
            line.mark(CHROME, "photo caption")     # "Borno State Governor, Babagana Zulum"
        elif text[:9].casefold() == "courtesy ":
            line.mark(CHROME, "photo credit")      # "Courtesy Jane Doe": who lent the picture
        elif names_in(text) and len(text) <= 120:
            listed.append(i)
            if over_caption(lines, i):
                line.mark(CHROME, "photo caption")     # "Tilda Swinton" / "Credit: Getty Images"
            elif among_menu_items(lines, i):
                line.mark(CHROME, "navigation")        # "Politics" / "Joe Biden" / "Election 2024"
            else:
                line.mark(META, "byline")
                named.append(i)
        elif i == prose - 1 or all(lines[k].label != BODY for k in range(i + 1, prose)):
            if dateline_line(text):
                line.mark(META, "dateline")
    if len(named) > _NAMED_MAX:
        _unname_menus(lines, named)
    if len(listed) >= DIRECTORY_RUN:
        _unname_directories(lines, listed, prose)
    mark_topic_runs(lines)


def _unname_directories(lines: Sequence[Line], listed: list[int], prose: int) -> None:
    """Of the header's lines of names, a run one a line (a site's list of its personalities, a
    menu of leagues) names no author; but a menu's items ("Gift Guides") and then a name right
    above the text are a menu and the byline."""
    from sitrep.metadata.split_bylines import personal_name     # lazy: it imports the clean package

    def personal(i: int) -> bool:
        return all(personal_name(n) for n in names_in(without_annotations(lines[i].text)))

    for run in directory_runs(listed):
        last = run[-1]
        byline_after_menu = (not any(lines[k].text.strip() for k in range(last + 1, prose))
                             and 2 * sum(map(personal, run[:-1])) < len(run) - 1)
        for i in run[:-1] if byline_after_menu else run:
            if lines[i].label == META:
                lines[i].mark(CHROME, "navigation")    # "PERSONALITIES": a dozen names, one a line


_NAMED_MAX = 3      # a byline's names fill a line or three (one a line); more is a menu


def _unname_menus(lines: Sequence[Line], named: list[int]) -> None:
    """Of more than ``_NAMED_MAX`` title-case lines where a byline stands ("Restaurant Finder",
    "Gift Guides", "Financial Markets", ...: a menu the page set between its headline and its
    text), only those that read as a person's name stay bylines."""
    from sitrep.metadata.split_bylines import personal_name     # lazy: it imports the clean package

    for i in named:
        names = names_in(without_annotations(lines[i].text))
        if not all(personal_name(n) for n in names):
            lines[i].mark(CHROME, "navigation")


# a caption above the text closed by its picture agency after a dash: "Troops at a checkpoint in
# Gao. - Reuters", "Smoke over the city – AFP/Getty Images"
_DASH_CREDIT = re.compile(r"(?P<head>\S.{10,300}?)\s+[-–—]\s*(?P<credit>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,2})"
                          r"(?:\s*/\s*[A-Z][\w .&'’-]{1,30})?\s*\.?")

_BYLINE_HEAD = re.compile(r"(?:by|reporting|written|edited|words)\b", re.I)


def _agency_credited(text: str) -> bool:
    """Whether a header line is a caption credited to a known agency after a dash."""
    if len(text) > 320 or ("-" not in text and "–" not in text and "—" not in text):
        return False
    m = _DASH_CREDIT.fullmatch(text)
    return (m is not None and len(m.group("head").split()) >= 5 and not _BYLINE_HEAD.match(text)
            and outlet_index().lookup(m.group("credit")) is not None)


def dateline_line(text: str) -> bool:
    """A dateline alone on its line: "GOMA", "DAKAR, Senegal", "Enab Baladi – Idlib"."""
    if len(text) > 60:
        return False
    if _PLACE_LINE.fullmatch(text) or _PLACE_REGION_LINE.fullmatch(text):
        return True
    m = OUTLET_PLACE_LINE.fullmatch(text)
    if m is not None and is_known_place(m.group("place")) and not is_known_place(m.group("outlet")):
        return True
    m = PLACE_AGENCY_LINE.fullmatch(text)
    return m is not None and outlet_index().lookup(m.group("outlet")) is not None


def _section_label(name: str) -> bool:
    """"Local News", "Latest News": section words before the head word, a tab of the site."""
    from sitrep.metadata.masthead import _section     # lazy: masthead reads labelled lines
    return len(name.split()) >= 2 and _section(name)


_HOUSE_REPORT = re.compile(r"(?P<house>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)?)\s+(?:Report|REPORT)")
_GENERIC_HOUSES = frozenset(("staff", "online", "web", "our", "news", "special"))


def _house_report(lines: Sequence[Line], text: str) -> bool:
    """Whether a head line credits the paper's own desk: "Star Report" on a page headed "The
    Daily Star", "Staff Report", "Online Report". It names no outlet of its own and no person."""
    m = _HOUSE_REPORT.fullmatch(text.strip())
    if not m:
        return False
    house = m.group("house").casefold().split()
    if all(w in _GENERIC_HOUSES for w in house):
        return True
    top = next((line.text for line in lines if line.text.strip()), "")
    return set(house) <= set(re.findall(r"[\w'’&.-]+", top.casefold()))


def _beside_byline_or_stamp(lines: Sequence[Line], i: int) -> bool:
    """Whether the nearest non-blank lines around ``i`` are a byline above or a date stamp below:
    an agency's name there is the wire's own credit line, not a photo credit."""
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].text), None)
    below = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].text), None)
    # "Kayla Jimenez" / "USA TODAY": a bare name the byline rules read is a byline as well
    return (above is not None and above.reason in ("byline", "bare byline", "split byline")) or (
        below is not None and below.label == META and below.reason.startswith("date stamp")) or _own_name(lines, i)


def _own_name(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` repeats the masthead heading the page ("nationthailand" over "Nation
    Thailand"): the site credits itself under its stamp, as no photo credit does."""
    top = next((line.text for line in lines[:i] if line.text.strip()), None)
    return top is not None and outlet_key(top) == outlet_key(lines[i].text)


# a site's slogan about itself in the page footer: "Levant Wire delivers independent coverage of
# the region.", "The Sahel Monitor brings you news and analysis from ..."; only tried on the
# closing prose lines, where no article sentence follows
_HOUSE_TAGLINE = re.compile(
    r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z&][\w'’&.-]*){0,4}\s+(?:delivers|brings(?:\s+you)?|provides|offers|aggregates|curates|"
    r"is\s+your\s+(?:source|home|window))\b[^.!?\"“”]{0,60}?\b(?:coverage|news|journalism|reporting|analysis|stories|press)\b"
    r"[^\"“”]{0,120}")
_TAGLINE_MAX = 240


def last_prose_line(lines: Sequence[Line]) -> int | None:
    """The index of the last prose body line (the article's last paragraph), or None."""
    return next((i for i in range(len(lines) - 1, -1, -1)
                 if lines[i].label == BODY and is_prose(lines[i].text)), None)


def _last_prose(lines: Sequence[Line]) -> int | None:
    """The last prose line, a house slogan closing the page marked as chrome on the way."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.label == BODY and is_prose(line.text):
            if len(line.text) <= _TAGLINE_MAX and _HOUSE_TAGLINE.fullmatch(line.text):
                line.mark(CHROME, "outlet tagline")
                continue
            return i
    return None


def mark_trailer(lines: Sequence[Line]) -> None:
    """Short non-prose lines after the last prose line are link lists and labels."""
    # the last prose line, found from the end
    last = _last_prose(lines)
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
