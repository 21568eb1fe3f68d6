"""Read RSS 0.9x/1.0/2.0 and Atom feeds: every entry becomes one article."""
from __future__ import annotations

import re
from typing import Any

from sitrep.ingest.errors import IngestError
from sitrep.model import RawArticle

_FEED_ROOT = re.compile(
    r"<(?:rss[\s>]|rdf:rdf[\s>]|(?:\w+:)?feed\b[^>]*http://www\.w3\.org/2005/atom)")
_EMAIL = re.compile(r"<?[^\s<>()]+@[^\s<>()]+>?")
_LINK_THEN_OUTLET = re.compile(r"</a>(?:\s|&nbsp;|&#160;|\xa0)*<font\b", re.I)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?\s*>")


def looks_like_feed(head: str) -> bool:
    """Cheap sniff of the first ~2 KB: an <rss>, <rdf:RDF> or Atom <feed> root element.

    An HTML page that merely links to its feed (<link type="application/rss+xml">) is not
    one: the root must come before any <html>.
    """
    text = head[:2048].lower()
    m = _FEED_ROOT.search(text)
    if not m:
        return False
    html_at = text.find("<html")
    return html_at < 0 or html_at > m.start()


def read_feed(source: str, data: bytes) -> list[RawArticle]:
    """Each entry of an RSS/Atom feed as an article (``fmt="feed"``, ``source#n``, n from 1,
    counting every entry so a number always names the same entry).

    Text comes from the entry's content (content:encoded, Atom content), else its summary;
    HTML goes through the same extraction as pages. Entries without any text are skipped.
    Raises IngestError when the feed is malformed and nothing could be recovered, or when
    no entry has text.
    """
    import feedparser   # lazy: its import cost is only paid for feeds

    # bytes, never str: given a str, feedparser may take it for a URL or a file name
    parsed = feedparser.parse(bytes(data))
    entries = parsed.get("entries") or []
    bozo = parsed.get("bozo") and parsed.get("bozo_exception")
    if not entries:
        head = bytes(data[:2048]).decode("utf-8", "replace")
        if not parsed.get("version") and not looks_like_feed(head):
            raise IngestError("not a feed: no RSS or Atom root element")
        if bozo:
            raise IngestError(f"malformed feed: {_reason(bozo)}")
        raise IngestError("the feed has no entries")

    outlet = _plain(parsed.feed.get("title"))
    articles: list[RawArticle] = []
    for n, entry in enumerate(entries, 1):
        text, warnings = _entry_text(entry)
        if not text:
            continue
        if bozo:
            warnings.append(f"the feed is not well-formed ({_reason(bozo)}); "
                            "read what could be recovered")
        raw = RawArticle(source=f"{source}#{n}", text=text, fmt="feed", warnings=warnings, extracted=True)
        _set(raw, "url", entry.get("link") or None, "feed entry link")
        source_outlet = _entry_source(entry)
        _set(raw, "title", _without_source(_plain(entry.get("title")), source_outlet), "feed entry title")
        _set(raw, "outlet", outlet, "feed title")
        # an aggregator's entry names the outlet that published the story (Google News, RSS
        # <source>): that outlet, not the aggregator's channel, is the document's
        _set(raw, "outlet", source_outlet, "feed entry source")
        # a site that signs every entry with its own name ("<dc:creator>Club of X</dc:creator>"):
        # the outlet, no author
        names = {(raw.outlet or "").casefold(), (outlet or "").casefold()}
        _set(raw, "authors", [a for a in _entry_authors(entry) or [] if a.casefold() not in names],
             "feed entry author")
        date = _entry_date(entry)
        if date:
            _set(raw, "published", date[0], date[1])
        articles.append(raw)
    if not articles:
        if bozo:
            raise IngestError(f"malformed feed: {_reason(bozo)}")
        raise IngestError(f"no entry of the feed has any text ({len(entries)} entries)")
    return articles


def _set(raw: RawArticle, key: str, value: Any, basis: str) -> None:
    if value:
        setattr(raw, key, value)
        raw.hint_basis[key] = basis


def _reason(exc: Any) -> str:
    """A short reason from feedparser's exception (SAX messages carry line:column)."""
    msg = str(exc).strip() or type(exc).__name__
    return msg.replace("<unknown>:", "line ", 1) if msg.startswith("<unknown>:") else msg


def _plain(value: str | None) -> str | None:
    """Titles are sometimes typed as HTML: keep their text only."""
    if not value:
        return None
    if _TAG.search(value):
        from sitrep.ingest.html import fragment_text
        value = fragment_text(value)
    value = " ".join(value.split())
    return value or None


def _plain_paragraphs(text: str) -> str:
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_text(entry: Any) -> tuple[str, list[str]]:
    """Text of an entry and warnings: the longest content block, else the summary."""
    from sitrep.ingest.html import main_text

    warnings: list[str] = []
    blocks = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if blocks:
        block = max(blocks, key=lambda c: len(c.get("value") or ""))
        value, kind = block.get("value"), block.get("type", "")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary") or "", detail.get("type", "text/html")
        if value.strip():
            # feeds often carry only a teaser: later stages should know it may be partial
            warnings.append("text is the feed entry's summary, possibly not the whole article")
    if not value or not value.strip():
        return "", []
    # feedparser labels most RSS descriptions text/html, tags or not: trust the tags
    if "html" in kind and _TAG.search(value):
        # aggregator lists give each headline then its outlet, separated only by spaces:
        # "<a>Rebels attack ...</a>&nbsp;&nbsp;<font>Outlet</font>"
        value = _LINK_THEN_OUTLET.sub("</a> - <font", value)
        text, extra = main_text(value, entry.get("link"))
        return text, warnings + extra
    return _plain_paragraphs(value), warnings


def _entry_source(entry: Any) -> str | None:
    """The outlet an entry's RSS ``<source>`` element names."""
    source = entry.get("source")
    if isinstance(source, dict):
        return _plain(source.get("title"))
    return None


def _without_source(title: str | None, outlet: str | None) -> str | None:
    """An aggregator's title without the " - Outlet" it appends."""
    if title and outlet:
        for sep in (" - ", " | ", " — ", " – "):
            if title.endswith(sep + outlet) and len(title) > len(sep + outlet):
                return title[: -len(sep + outlet)].rstrip()
    return title


def _entry_authors(entry: Any) -> list[str]:
    from sitrep.ingest.html import split_authors

    names = [a.get("name") for a in entry.get("authors") or [] if a.get("name")]
    if len(names) < 2 and entry.get("author"):
        # one author: read the raw field, because feedparser's e-mail pattern mangles
        # "desk@site.example (Jane Doe)" when the domain ending is longer than it expects
        names = [entry["author"]]
    return split_authors([_EMAIL.sub(" ", n).replace("(", " ").replace(")", " ")
                          for n in names])


def _entry_date(entry: Any) -> tuple[str, str] | None:
    """(YYYY-MM-DD, basis) of the entry: the date as the feed wrote it where it can be
    read, because feedparser's *_parsed values are converted to UTC and can move a late
    evening story to the next day."""
    from sitrep.ingest.html import parse_stated_date

    for key in ("published", "updated", "created"):
        stated = entry.get(key)
        if not stated:
            continue
        date = parse_stated_date(stated)
        if date:
            return date, f"feed entry {key}"
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}", \
                f"feed entry {key} (UTC)"
    return None
