"""Metadata of one article from its labelled lines: title, outlet, date, authors, dateline.

Structured hints (JSON fields, feed entries, HTML metadata) win over what the text suggests;
within the text, explicit statements (stamps, labels, datelines) win over weak evidence (photo
credits, "told X"). Every value records its basis.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BODY, CHROME, MEMO_LINE_LEN, MEMO_LINES, META, Line
from sitrep.clean.zones import is_prose
from sitrep.clean.masthead_menu import menu_masthead
from sitrep.metadata import outlet as outlets
from sitrep.metadata.authors import _pick_authors, line_authors  # noqa: F401  (line_authors: re-exported)
from sitrep.metadata.bio_bylines import BIO_BYLINE_MAX
from sitrep.metadata.byline import (BYLINE_MAX, bracketed_outlet_byline, byline_authors, byline_organisation, byline_tail, credit_authors,
                                    role_byline)
from sitrep.clean.zones import OUTLET_PLACE_LINE, PLACE_AGENCY_LINE
from sitrep.metadata.slash_dates import ambiguous_stamp
from sitrep.metadata.dated_bylines import DATED_BYLINE, DATED_BYLINE_MAX, dated_byline
from sitrep.metadata.dateline import PLACE_DATE_MAX, Dateline, find_dateline, place_date
from sitrep.metadata.dates import STAMP_MAX, UNDATED_MAX, stamp_date, undated_stamp
from sitrep.metadata.masthead import logo_outlet, page_outlet
from sitrep.metadata.headers import (DATED_CREDIT_MAX, MASTHEAD_MAX, dated_credit, SENDER as EMAIL_SENDER,
                                     mark_email_headers, masthead, sender_name)
from sitrep.metadata.pipes import PIPE_MAX, pipe_byline
from sitrep.metadata.publisher import confirmed_publisher, title_suffix_outlet, top_link_outlet
from sitrep.metadata.published import AMBIGUOUS_STAMP, _dateline_date, _pick_published
from sitrep.metadata.signoff import SIGNOFF, closing_signature
from sitrep.metadata.split_bylines import mark_split_bylines
from sitrep.metadata.wire_host import host_of_wire_copy
from sitrep.metadata.stamp_choice import standfirst as _standfirst
from sitrep.metadata.house_bylines import OUTLET_BYLINE_MAX, correspondent_byline, house_with_wire, outlet_byline
from sitrep.metadata.head_lines import HEAD_LONG, HEAD_PROSE, bare_byline, desk_byline, letterhead_issuer
from sitrep.model import RawArticle
from sitrep.nlp.memo import BoundedMemo


_LABEL_MAX = 160        # a longer paragraph above the text is its opening prose, never a label
_NOT_OUTLET_CREDIT = re.compile(r"\d{4}|\bphoto\b", re.I)
_CODE = re.compile(r"[A-Z]{2,5}")       # a dateline's outlet code: "(AFW)", "(PNA)"
# a credit in sentence case ("News agency", "Our correspondent") describes its source: a name
# capitalises its words ("Daily Jang", "Agence France-Presse", "Voice of America")
_DESCRIPTIVE_CREDIT = re.compile(r"[A-Z][a-z]+(?:\s+(?!(?:of|de|del|du|des|la|le|al|el|and|for|the|news)\b)[a-z]+)+")


@lru_cache(maxsize=1)
def _generic_credit_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in knowledge.wordlist("credit_words.txt"))


def _generic_credit(credit: str) -> bool:
    """Whether a dateline's bracketed credit names no outlet: "(News agency)", "(Agencies)",
    "(Monitoring Desk)" say where the copy came from, not who published it."""
    if _DESCRIPTIVE_CREDIT.fullmatch(credit):
        return True
    words = credit.casefold().split()
    generic = _generic_credit_words()
    return bool(words) and all(w.strip(".,&") in generic or w == "&" for w in words)


def mark_metadata(lines: Sequence[Line]) -> None:
    """Label date stamps, bylines and credit lines: they are metadata, not article text."""
    mark_email_headers(lines)
    seen = _SEEN
    head = HEAD_LONG
    names: list[int] = []
    headline = False        # a body line in sentence case above: the headline, before any byline
    for k, line in enumerate(lines):
        text = line.text
        if line.label != BODY or not text:
            continue
        reason = seen.get_or(text, _line_reason, text) if len(text) <= MEMO_LINE_LEN else _line_reason(text)
        if reason is not None:
            line.mark(META, reason)
        elif head:
            if len(text) > HEAD_PROSE:
                head -= 1           # a standfirst, then the article: names are text from there on
            elif headline and ("," in text or " and " in text or "&" in text) and bare_byline(text):
                names.append(k)
            headline = headline or not text.isupper()
    mark_split_bylines(lines)
    for k in names:
        # a title-case headline splits into "names" too ("Officer Killed, Gunmen Flee"): a
        # byline stands in the stamp block, a stamp or another byline line right below it
        below = [line for line in lines[k + 1:k + 6] if line.text.strip()][:2]
        if any(line.label == META for line in below):
            lines[k].mark(META, "byline")


# what a line that opens with a date starts with (a day, a month, a weekday): such a line may be
# a date and its places ("October 30 - 2024 WAD MADANI")
_DATE_OPENERS = frozenset("0123456789ADFJMNOSTW")
# the reason (or None) of each short line seen: the answer depends on the line alone
_SEEN = BoundedMemo(MEMO_LINES)


def _line_reason(text: str) -> str | None:
    """Why a kept line is metadata (a ``META`` reason), or None."""
    # each test's own first check, inlined: most lines are prose, too long for all of them
    n = len(text)
    padded = text[0].isspace() or text[-1].isspace()
    if n <= PLACE_DATE_MAX and ("," in text or text[0] in _DATE_OPENERS) and place_date(text):
        return "place and date"      # "Port-au-Prince, 9 April 2025" heading a release
    elif n <= PIPE_MAX and "|" in text and pipe_byline(text):
        return "pipe byline"    # "By Jane Doe | Nile Courier | 4 March 2025"
    elif n <= STAMP_MAX and stamp_date(text):
        return "date stamp"
    elif n <= STAMP_MAX and ("/" in text or "-" in text) and ambiguous_stamp(text):
        return AMBIGUOUS_STAMP      # "Published on 09/07/2024": the page decides its order
    elif n <= DATED_CREDIT_MAX and text[0] in "CcWwRrPpEe-–—" and dated_credit(text):
        return "dated credit"   # "Compiled from posts by Jane Doe, May 19, 2025"
    elif n <= MASTHEAD_MAX and "|" in text and masthead(text):
        return "masthead"       # "LAKE TANA BRIEF | Issue 40 | 6 June 2025"
    elif (n <= UNDATED_MAX or padded) and undated_stamp(text):
        return "date stamp (no year)"
    elif n <= OUTLET_BYLINE_MAX and (" with " in text or " and " in text or " & " in text) and house_with_wire(text):
        return "agency byline"  # "FRANCE 24 with AFP": a newsroom and the wire it carries
    elif (n <= BYLINE_MAX or n <= BIO_BYLINE_MAX and text[0] in "Bb") and byline_authors(text):
        return "byline"         # also "By Jane Doe, one of the authors of ...": her biography
    elif n <= DATED_BYLINE_MAX and ("20" in text or "19" in text) and dated_byline(text):
        return DATED_BYLINE     # "By Jane Doe, Updated March 4, 2025, 5:49 p.m."
    elif n <= OUTLET_BYLINE_MAX and text[0] in "BbTtWwSsRr" and outlet_byline(text):
        return "agency byline"  # "By AFP - Agence France Presse", "By The Citizen Reporter"
    elif n <= BYLINE_MAX and ("orrespond" in text or "nvoy" in text) and correspondent_byline(text):
        return "correspondent byline"   # "With our correspondent in Bangui, Jane Doe"
    elif n <= BYLINE_MAX and text[-1] == ")" and bracketed_outlet_byline(text):
        return "outlet byline"  # "Ardi Wicaksono (The Nusantara Post)"
    elif n <= outlets.DESK_MAX and text[0] in "RrWwDdNnEeBbPp" and outlets.from_newsroom_line(text):
        return "newsroom line"  # "Redacción Diario del Sur / Caracas" where a byline stands
    elif n <= outlets.DESK_MAX and text[-1] in "kKmM" and desk_byline(text):
        return "desk byline"    # "Capital Post News Desk": no person, no text
    elif n <= outlets.DESK_MAX and "ervice" in text and outlets.from_desk_line(text):
        return "desk line"      # "RFE/RL's Armenian Service" under the byline
    elif n <= BYLINE_MAX and "," in text and (role := role_byline(text)) is not None:
        # "Jane Doe, political correspondent" gives an author; "John Roe, photographer" none
        return "role byline" if role else "picture credit"
    elif n <= BYLINE_MAX and text[0] in "Bb" and byline_organisation(text):
        return "organisation byline"    # "By the Cabo Delgado Relief Network"
    elif (padded or text[0] in "(-–—ARWEC" or "contributed" in text or " reported from " in text) \
            and credit_authors(text) is not None:
        return "credit line"
    return None


@dataclass(slots=True)
class Metadata:
    outlet: str | None = None
    outlet_basis: str | None = None
    publisher: str | None = None        # the host of a wire's copy (``Document.publisher``)
    published: str | None = None
    published_basis: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_basis: str | None = None
    dateline: Dateline | None = None
    dateline_paragraph: int = 0


def stated_outlet(raw: RawArticle, lines: Sequence[Line]) -> tuple[str, str] | None:
    """(outlet, basis) when a structured hint or a labelled line states the outlet, else None.

    These are the strongest evidence (``_pick_outlet`` tries them first) and need no cleaned
    text, so the outlet is known before the text is built: its recurring lines can then be
    dropped before the one build, rather than by building the text a second time."""
    if raw.outlet:
        index = outlets.outlet_index()
        return index.lookup(raw.outlet) or raw.outlet.strip(), raw.hint_basis.get("outlet", "structured field")
    for line in lines:
        label = line.label
        if label == META:
            if line.reason == "date stamp" and (name := outlets.from_stamp(line.text)):
                return outlets.outlet_index().lookup(name) or name, "stamp in text"
            if line.reason == "outlet line" and (name := outlets.from_outlet_line(line.text)):
                # a masthead in capitals ("THE NILE COURIER") is no spelling of the name
                # a masthead in capitals ("THE NILE COURIER") is no spelling of the name, but a
                # known outlet's own capitals are ("AFP")
                return (name.title() if name.isupper() and outlets.outlet_index().lookup(name) != name
                        else name), "outlet line"
            if line.reason == "copyright outlet line":
                # the page's name above its headline, the same as in its copyright line
                return line.text.strip(), "outlet line"
            if line.reason == "issuer line":
                # a release's letterhead: "MINISTRY OF INTERIOR" issues it
                text = _issuing_body(lines, line)
                return (text.title().replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the ")
                        if text.isupper() else text), "release letterhead"
            if line.reason == "newsroom line" and (name := outlets.from_newsroom_line(line.text)):
                return name, "desk line"
            if line.reason == EMAIL_SENDER and (name := sender_name(line.text)):
                return outlets.outlet_index().lookup(name) or name, "e-mail sender"
            if line.reason == "pipe byline" and (found := pipe_byline(line.text)) and found.outlet:
                return outlets.outlet_index().lookup(found.outlet) or found.outlet, "byline"
            if line.reason == "masthead" and (found := masthead(line.text)) and found[0]:
                return outlets.outlet_index().lookup(found[0]) or found[0], "masthead"
        elif label == CHROME and line.reason == "outlet label" and (name := outlets.from_label(line.text)):
            return name, "outlet label"
    return None


@lru_cache(maxsize=1)
def _departments() -> frozenset[str]:
    return frozenset(w.casefold() for w in knowledge.wordlist("department_words.txt") if w[0] != "@")


def _issuing_body(lines: Sequence[Line], issuer: Line) -> str:
    """The issuer line's text, or, when it names only the body's press department ("PUBLIC
    AFFAIRS"), the letterhead line above it ("U.S. CENTRAL COMMAND")."""
    text = issuer.text.strip()
    if " ".join(text.casefold().split()) not in _departments():
        return text
    k = next(i for i, line in enumerate(lines) if line is issuer)
    above = next((lines[i].text.strip() for i in range(k - 1, -1, -1)
                  if lines[i].label == CHROME and lines[i].reason == "letterhead" and lines[i].text.strip()), None)
    return above or text


_OWN_INTERVIEWS = 2


def _named_in_chrome(lines: Sequence[Line], name: str) -> bool:
    """Whether a line the cleaning dropped names the outlet ("Sign up to the Middle East Eye
    newsletter"): the page speaks of itself, and the interview it reports is its own."""
    return any(line.label in (CHROME, META) and name in line.text for line in lines)


def _pick_outlet(raw: RawArticle, lines: Sequence[Line], first_paragraph: str,
                 dateline: Dateline | None, body_text: str) -> tuple[str | None, str | None]:
    stated = stated_outlet(raw, lines)
    if stated is not None:
        return stated
    index = outlets.outlet_index()
    # the few labelled lines, in page order (most lines are article text)
    marked = [line for line in lines if line.label == META or line.label == CHROME]
    for line in marked:
        # "FRANCE 24 with AFP" over "Cotonou (AFP) -": the newsroom says it publishes the wire's copy
        if line.reason == "agency byline" and (name := house_with_wire(line.text)):
            return name, "byline"
    code: str | None = None
    if dateline and dateline.credit:
        credit = dateline.credit
        if "/" in credit and not index.lookup(credit):
            # "(Oubangui Médias / AFP)": the publisher, then the wire it carries
            credit = credit.split("/")[0].strip() or credit
        known = index.lookup(credit)
        if known:
            # "Goma (AFP) -" under a local site's masthead and footer: the page's publisher
            # republishes the wire's copy, and the publisher is the outlet
            if (own := confirmed_publisher(lines)) and index.lookup(own[0]) != known:
                return own
            return known, "dateline credit"
        if not _NOT_OUTLET_CREDIT.search(credit) and not _generic_credit(credit):
            if _CODE.fullmatch(credit):
                code = credit        # "(AFW)": a wire's code; its full name may stand elsewhere
            elif credit.isupper() and (own := page_outlet(lines, credit)):
                return own, "dateline credit"    # spelled as the masthead spells it
            else:
                return credit, "dateline credit"
    for line in marked:
        # "By Jane Doe, Kyiv Independent Daily": the reporter's outlet, as a dateline credit is
        if line.reason == "byline" and (tail := byline_tail(line.text)):
            if name := index.lookup(tail) or (tail if outlets.looks_like_outlet(tail) else None):
                return name, "byline"
    for line in marked:
        # "By AFP - Agence France Presse" on a finance portal: the wire, not the footer's owner
        if line.reason in ("agency byline", "byline") and (name := outlet_byline(line.text)):
            return name, "byline"
    for line in marked:
        if line.reason == "outlet byline" and (found := bracketed_outlet_byline(line.text)):
            return found[1], "byline"
    for line in marked:
        if line.reason == "desk line" and (name := outlets.from_desk_line(line.text)):
            return name, "desk line"
    if name := outlets.from_prefix(first_paragraph):
        return name, "text prefix"
    for line in marked:
        if line.label == CHROME and line.reason == "source line" and (name := outlets.from_source_line(line.text)):
            return name, "source line"
    if raw.url and (name := index.from_domain(raw.url)):
        return name, "url"
    if name := title_suffix_outlet(lines):
        return name, "page title"
    if name := top_link_outlet(lines):
        return name, "url line"
    for line in marked:
        # "This story was first published by X": the page republishes X's story
        if line.label == CHROME and line.reason == "publisher notice" and (
                name := outlets.from_publisher_notice(line.text)):
            return name, "publisher notice"
    if own := page_outlet(lines):
        return own, "masthead or copyright line"
    if own := menu_masthead(lines):
        # a name no list knows heading the page over its menu: weaker than a wire's credit on
        # the copy a portal carries or the source an aggregator names, but the page's name
        # when nothing else names one
        return own, "masthead over menu"
    if own := logo_outlet(lines):
        return own, "masthead"
    for line in marked:
        # "Source: Thai PBS (ไทยพีบีเอส) / Reuters" on an aggregator with no masthead it names
        if line.label == CHROME and line.reason == "source line" and (
                name := outlets.from_source_line(line.text, parts=True)):
            return name, "source line"
    if code:
        return code, "dateline credit"
    if issuer := letterhead_issuer(lines):
        return index.lookup(issuer) or issuer, "release letterhead"
    for line in marked:
        if line.label == CHROME and line.reason in ("photo caption", "repeated line") and (
                name := outlets.from_photo_credit(line.text)):
            return name, "photo credit"
    for line in marked:
        # an organisation publishing its own notes under its name; a weak basis, after every
        # line that names a publisher outright
        if line.reason == "organisation byline" and (
                name := byline_organisation(line.text) or byline_organisation(line.text, bare=True)):
            return index.lookup(name) or name, "organisation byline"
    # "X told Rudaw" twice over, and no other outlet told anything: the page's own interviews.
    # Told once, or told several outlets, it names whom a source once spoke to (a quote another
    # outlet got): on real pages that was another publisher every time
    told = Counter(outlets.told_outlets(body_text))
    if len(told) == 1 and ((only := told.most_common(1)[0])[1] >= _OWN_INTERVIEWS or _named_in_chrome(lines, only[0])):
        return only[0], "interviews given to it"
    own = Counter(outlets.self_references(body_text))
    if own:
        return own.most_common(1)[0][0], "names itself in the text"
    return None, None


def extract_metadata(raw: RawArticle, lines: Sequence[Line], paragraphs: Sequence[str],
                     body_text: str) -> Metadata:
    """Metadata of one article (one section of a page), its lines already labelled;
    ``paragraphs`` are its first cleaned paragraphs, where a dateline may stand."""
    meta = Metadata()
    opening = True
    for i, paragraph in enumerate(paragraphs):
        # a title-case place with only a dash must open the text: later, it is more often prose.
        # Short lines the cleaning kept above it (a standfirst without a full stop, a section
        # label, a caption) do not open it
        meta.dateline = find_dateline(paragraph, titled_dash=opening)
        if meta.dateline:
            meta.dateline_paragraph = i
            break
        # a standfirst of one short sentence above the text ("Government says four soldiers
        # died ...") does not open it either: the next paragraph may still carry the dateline
        opening = opening and "\n" not in paragraph and (
            len(paragraph) <= _LABEL_MAX and not is_prose(paragraph) or i == 0 and _standfirst(paragraph))
    if meta.dateline is None:
        own_line = next((line for line in lines if line.label == META
                         and line.reason in ("dateline", "place and date")), None)
        if own_line is not None:
            found = place_date(own_line.text) if own_line.reason == "place and date" else None
            # "DAKAR, Senegal" on its own line: the city is the dateline, the country its region
            place = found[0] if found else own_line.text.split(",")[0].strip()
            credit = None
            if not found and (dashed := OUTLET_PLACE_LINE.fullmatch(own_line.text)):
                # "Enab Baladi – Idlib": the outlet credits itself, the place after the dash
                place, credit = dashed.group("place"), dashed.group("outlet")
            elif not found and (dashed := PLACE_AGENCY_LINE.fullmatch(own_line.text)):
                # "Baghdad-INA": the place, then the agency's code (the masthead names the outlet)
                place = dashed.group("place")
            meta.dateline = Dateline(place=place, credit=credit, end=0)
            meta.dateline_paragraph = -1
    first_paragraph = paragraphs[0] if paragraphs else ""
    meta.outlet, meta.outlet_basis = _pick_outlet(raw, lines, first_paragraph, meta.dateline, body_text)
    if meta.outlet and not raw.outlet:
        meta.publisher = host_of_wire_copy(lines, meta.outlet)
    lede = paragraphs[meta.dateline_paragraph] if meta.dateline and 0 <= meta.dateline_paragraph < len(paragraphs) else None
    meta.published, meta.published_basis = _pick_published(raw, lines, body_text, lede, meta.outlet)
    if meta.published is None and meta.dateline is not None and meta.dateline.month_day:
        meta.published, meta.published_basis = _dateline_date(meta.dateline, body_text, raw.text)
    meta.authors, meta.authors_basis = _pick_authors(raw, lines)
    if not meta.authors and (signed := closing_signature(lines, meta.outlet)):
        meta.authors, meta.authors_basis = signed, SIGNOFF
    return meta
