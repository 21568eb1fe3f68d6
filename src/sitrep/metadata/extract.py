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

from sitrep.clean.lines import BODY, CHROME, META, TITLE, Line, line_key
from sitrep.metadata import outlet as outlets
from sitrep.metadata.byline import byline_authors, credit_authors
from sitrep.metadata.dateline import Dateline, find_dateline
from sitrep.metadata.dates import parse_date, stamp_date, url_date
from sitrep.model import RawArticle

_HEADLINE_END = re.compile(r"[.,;:]$")


def mark_metadata(lines: Sequence[Line]) -> None:
    """Label date stamps, bylines and credit lines: they are metadata, not article text."""
    for line in lines:
        if line.label != BODY:
            continue
        if stamp_date(line.text):
            line.mark(META, "date stamp")
        elif byline_authors(line.text):
            line.mark(META, "byline")
        elif credit_authors(line.text) is not None:
            line.mark(META, "credit line")


def looks_like_headline(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 30 and len(text) <= 250 and not _HEADLINE_END.search(text)


def mark_title(lines: Sequence[Line], hint: str | None) -> str | None:
    """Label the headline line; the title is the hint when the input gave one."""
    if hint:
        key = line_key(hint)
        for line in lines:
            if line.label == BODY and line_key(line.text) == key:
                line.mark(TITLE, "headline")
                break
        return hint.strip()
    body = [i for i, line in enumerate(lines) if line.label == BODY]
    if len(body) >= 2 and looks_like_headline(lines[body[0]].text) and find_dateline(lines[body[0]].text) is None:
        lines[body[0]].mark(TITLE, "headline")
        return lines[body[0]].text
    return None


@dataclass(slots=True)
class Metadata:
    outlet: str | None = None
    outlet_basis: str | None = None
    published: str | None = None
    published_basis: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_basis: str | None = None
    dateline: Dateline | None = None
    dateline_paragraph: int = 0


def _pick_outlet(raw: RawArticle, lines: Sequence[Line], first_paragraph: str,
                 dateline: Dateline | None, body_text: str) -> tuple[str | None, str | None]:
    index = outlets.outlet_index()
    if raw.outlet:
        return index.lookup(raw.outlet) or raw.outlet.strip(), raw.hint_basis.get("outlet", "structured field")
    for line in lines:
        if line.label == META and line.reason == "date stamp" and (name := outlets.from_stamp(line.text)):
            return index.lookup(name) or name, "stamp in text"
        if line.label == CHROME and line.reason == "outlet label" and (name := outlets.from_label(line.text)):
            return name, "outlet label"
    if dateline and dateline.credit:
        known = index.lookup(dateline.credit)
        if known or not re.search(r"\d{4}|\bphoto\b", dateline.credit, re.I):
            return known or dateline.credit, "dateline credit"
    if name := outlets.from_prefix(first_paragraph):
        return name, "text prefix"
    for line in lines:
        if line.label == CHROME and line.reason == "source line" and (name := outlets.from_source_line(line.text)):
            return name, "source line"
    if raw.url and (name := index.from_domain(raw.url)):
        return name, "url"
    for line in lines:
        if line.label == CHROME and line.reason in ("photo caption", "repeated line") and (
                name := outlets.from_photo_credit(line.text)):
            return name, "photo credit"
    told = Counter(outlets.told_outlets(body_text))
    if told:
        return told.most_common(1)[0][0], "interviews given to it"
    return None, None


def _pick_published(raw: RawArticle, lines: Sequence[Line]) -> tuple[str | None, str | None]:
    hinted = parse_date(raw.published)
    if hinted:
        return hinted.isoformat(), raw.hint_basis.get("published", "structured field")
    stamps = [s for line in lines if line.label == META and line.reason == "date stamp"
              and (s := stamp_date(line.text))]
    for date, kind in sorted(stamps, key=lambda s: s[1] != "published"):
        return date.isoformat(), "stamp in text" if kind == "published" else "update stamp in text"
    from_url = url_date(raw.url)
    if from_url:
        return from_url.isoformat(), "url"
    return None, None


def _pick_authors(raw: RawArticle, lines: Sequence[Line]) -> tuple[list[str], str | None]:
    if raw.authors:
        return list(raw.authors), raw.hint_basis.get("authors", "structured field")
    for reason, parse, basis in (("byline", byline_authors, "byline"),
                                 ("credit line", credit_authors, "credit line")):
        names: list[str] = []
        for line in lines:
            if line.label == META and line.reason == reason:
                names += [n for n in parse(line.text) or [] if n not in names]
        if names:
            return names, basis
    return [], None


def extract_metadata(raw: RawArticle, lines: Sequence[Line], paragraphs: Sequence[str],
                     body_text: str) -> Metadata:
    """Metadata of one article (one section of a page), its lines already labelled;
    ``paragraphs`` are its first cleaned paragraphs, where a dateline may stand."""
    meta = Metadata()
    for i, paragraph in enumerate(paragraphs):
        meta.dateline = find_dateline(paragraph)
        if meta.dateline:
            meta.dateline_paragraph = i
            break
    first_paragraph = paragraphs[0] if paragraphs else ""
    meta.outlet, meta.outlet_basis = _pick_outlet(raw, lines, first_paragraph, meta.dateline, body_text)
    meta.published, meta.published_basis = _pick_published(raw, lines)
    meta.authors, meta.authors_basis = _pick_authors(raw, lines)
    return meta
