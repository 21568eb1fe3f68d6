"""The per-document stages, composed: one raw article in, its cleaned documents out.

``clean_raw_article`` is a pure function (no I/O, no shared state beyond read-only knowledge), so
a batch can be mapped over a process pool or a distributed engine. Cross-document work (lines
recurring across an outlet's pages, later duplicates and merging) lives in ``sitrep.corpus``.

Stages, in order:
1. lines: the raw text as lines with offsets (``clean.lines``)
2. chrome and metadata lines labelled by rules (``clean.lines``, ``metadata.extract``)
3. a page of several articles split into sections (``clean.split``)
4. per section: headline (``clean.headline``), header and trailer zones (``clean.zones``), repeated lines, cleaned
   text with repairs (``clean.text``)
5. per section: outlet, date, authors, dateline (``metadata.extract``)
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sitrep.clean.head_captions import mark_head_captions
from sitrep.clean.glue import Lexicon
from sitrep.clean.captions import mark_credited_captions, trim_caption_credits
from sitrep.clean.chrome import mark_chrome
from sitrep.clean.lines import BLANK, BODY, META, TITLE, Line, mark_recurring, mark_repeats, split_lines
from sitrep.clean.link_tails import trim_link_tails
from sitrep.clean.split import split_sections
from sitrep.clean.versions import version_title
from sitrep.clean.text import build_text
from sitrep.clean.headline import mark_headline
from sitrep.clean.author_bio import mark_author_bio, may_close_with_bio
from sitrep.clean.zones import mark_header, mark_trailer
from sitrep.metadata.headers import email_title, mark_sender_masthead
from sitrep.metadata.extract import extract_metadata, line_authors, mark_metadata, stated_outlet
from sitrep.model import Document, RawArticle, RemovedLine, Span, content_id


@dataclass(slots=True, frozen=True)
class CleanContext:
    """What the corpus knows that one document cannot: read-only input to the map step."""

    # per outlet, the keys of lines found on several of its pages (``corpus.recurring_keys``)
    recurring_lines: Mapping[str, frozenset[str]] = field(default_factory=dict)
    lexicon: Lexicon | None = None


# a line the HTML extractor left out has no offset in the extracted text: (0, 0) marks that
LEFT_OUT = "left out by the html extractor"


def _removed(lines: list[Line], dropped: Sequence[str] = ()) -> list[RemovedLine]:
    out = [RemovedLine(text, LEFT_OUT, 0, 0) for text in dropped]
    for line in lines:
        label = line.label
        if label == BODY or label == TITLE:
            continue
        if label == BLANK and line.start == line.end and line.reason == "blank":
            continue
        out.append(RemovedLine(line.text or "\u00a0", line.reason or label, line.start, line.end))
    return out


def _paragraphs(text: str, starts: list[int], n: int = 3) -> list[str]:
    """The first ``n`` paragraphs: where a dateline may stand (after a standfirst, say)."""
    ends = [s - len("\n\n") for s in starts[1:]] + [len(text)]
    return [text[a:b] for a, b in list(zip(starts, ends))[:n]]


def _document(raw: RawArticle, raw_id: str, lines: list[Line], part: int | None,
              context: CleanContext) -> Document:
    hint = raw.title if part in (None, 1) else None
    if hint is None and part in (None, 1):
        hint = email_title(lines)       # a newsletter's "Subject:" line
        if hint is not None:
            mark_sender_masthead(lines)
    if hint is None:
        hint = version_title(lines)     # a wire flash and its updates: the latest headline
    title = mark_headline(lines, hint, zones=not raw.extracted)
    if not raw.extracted:
        mark_head_captions(lines)
        mark_header(lines)
        mark_trailer(lines)
    if may_close_with_bio(lines):
        mark_author_bio(lines, line_authors(raw, lines))
    mark_repeats(lines)
    stated = stated_outlet(raw, lines) if context.recurring_lines else None
    if stated is not None:
        # the outlet is stated (a hint or a labelled line): its recurring lines are chrome before
        # the text is built (a recurring line never carries one of those labels, so marking it
        # leaves the outlet as it was)
        recurring = context.recurring_lines.get(stated[0])
        if recurring:
            mark_recurring(lines, recurring)
        return _assemble(raw, raw_id, lines, part, context, title)
    doc = _assemble(raw, raw_id, lines, part, context, title)
    # the outlet is known only now; its recurring lines are chrome, and the text is built again
    recurring = context.recurring_lines.get(doc.outlet or "")
    if recurring and mark_recurring(lines, recurring):
        doc = _assemble(raw, raw_id, lines, part, context, title)
    return doc


def _assemble(raw: RawArticle, raw_id: str, lines: list[Line], part: int | None,
              context: CleanContext, title: str | None) -> Document:
    kept = [line for line in lines if line.label == BODY]
    built = build_text(kept, context.lexicon)
    meta = extract_metadata(raw, lines, _paragraphs(built.text, built.paragraph_starts), built.text)
    doc_id = raw_id if part is None else content_id(raw_id, f"#{part}")
    doc = Document(
        id=doc_id,
        source=raw.source if part is None else f"{raw.source}#{part}",
        text=built.text, raw=raw.text, fmt=raw.fmt, url=raw.url,
        outlet=meta.outlet, outlet_basis=meta.outlet_basis, publisher=meta.publisher, title=title,
        published=meta.published, published_basis=meta.published_basis,
        authors=meta.authors, authors_basis=meta.authors_basis,
        removed=_removed(lines, raw.dropped if part in (None, 1) else ()), offsets=built.offsets, warnings=list(raw.warnings),
        repairs=built.repairs,
    )
    if meta.dateline:
        doc.dateline = meta.dateline.place
    if meta.dateline and meta.dateline_paragraph >= 0:
        start = built.paragraph_starts[meta.dateline_paragraph]
        doc.dateline_span = Span(doc_id, start, start + meta.dateline.end)
    return doc


def clean_raw_article(raw: RawArticle, context: CleanContext | None = None) -> list[Document]:
    """The cleaned documents of one raw article: one, or one per article of a multi-article page."""
    context = context or CleanContext()
    lines = _marked_lines(raw)
    sections = split_sections(lines)
    docs = _documents(raw, lines, sections, context)
    if any(not doc.text for doc in docs[1:]):
        # a "section" whose few body lines the later passes found to be menu items (a footer's
        # "Terms of Use / About / Contact" after a terminator) is chrome of the article before
        # it; the passes mark lines in place, so the page is read again
        sections = _join_empty(sections, docs)
        lines = _marked_lines(raw)
        docs = _documents(raw, lines, sections, context)
    if len(docs) > 1:
        _inherit_digest_date(lines, sections[0], docs)
    return docs


def _documents(raw: RawArticle, lines: list[Line], sections: list[tuple[int, int]],
               context: CleanContext) -> list[Document]:
    raw_id = raw.id                     # a hash of the whole raw text: once per article
    if len(sections) == 1:
        return [_document(raw, raw_id, lines, None, context)]
    return [_document(raw, raw_id, lines[a:b], k, context) for k, (a, b) in enumerate(sections, start=1)]


def _marked_lines(raw: RawArticle) -> list[Line]:
    lines = split_lines(raw.text)
    mark_chrome(lines)
    mark_credited_captions(lines)
    lines = trim_caption_credits(lines)
    lines = trim_link_tails(lines)
    mark_metadata(lines)
    return lines


def _join_empty(sections: list[tuple[int, int]], docs: list[Document]) -> list[tuple[int, int]]:
    """The ranges with each one that gave no text joined to the range before it."""
    out = [sections[0]]
    for (start, end), doc in zip(sections[1:], docs[1:]):
        if doc.text:
            out.append((start, end))
        else:
            out[-1] = (out[-1][0], end)
    return out


def _inherit_digest_date(lines: list[Line], first: tuple[int, int], docs: list[Document]) -> None:
    """A press review's date heads its preface, not each excerpt: an excerpt that states no date
    of its own takes the digest's (it was published by then)."""
    preface = [i for i in range(*first) if lines[i].reason == "digest preface"]
    if not preface or docs[0].published is None:
        return
    if not any(lines[i].label == META for i in range(first[0], preface[-1])):
        return
    for doc in docs[1:]:
        if doc.published is None:
            doc.published, doc.published_basis = docs[0].published, "digest page date"
