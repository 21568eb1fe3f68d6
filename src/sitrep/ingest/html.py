"""Read one HTML page: its main text (through trafilatura) and the metadata it states.

Dates are only taken where the page states them (meta tags, JSON-LD, microdata, a
``<time>`` element or an element marked as a date); we never let htmldate guess one from
the URL, the title, image paths or loose body text, because a wrong date silently
misplaces an event on the timeline, while a missing one is visibly unknown.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

from sitrep.ingest.errors import IngestError
from sitrep.model import RawArticle

# Non-extensive search, original (not last-modified) date; we still ignore htmldate's
# answer (see _stated_date), but these keep it cheap and the least speculative.
DATE_PARAMS = {"extensive_search": False, "original_date": True}

_TAGLIKE = re.compile(r"<\s*(?:!doctype|!--|html|head|body|meta|title|p|div|span|a|article|"
                      r"section|main|h[1-6]|br|table|ul|ol|li|img|script|link)\b", re.I)
_WS = re.compile(r"\s+")          # whitespace in source text is insignificant: one space
_BLANK = re.compile(r"\n[^\S\n]*\n\s*")

# Block elements of trafilatura's output tree (TEI-like) and of plain HTML.
_TRAF_BLOCKS = frozenset("p head list item quote table row code div fw note ab lg l".split())
_HTML_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr section article main "
    "header figure figcaption address hr center body html tbody thead tfoot caption".split())
_HTML_DROP = ("script", "style", "noscript", "template", "iframe", "form", "button", "svg",
              "nav", "aside", "footer", "select", "option", "head", "object", "embed")


# ---------------------------------------------------------------- text conversion

def _tree_paragraphs(root: Any, blocks: frozenset[str], breaks: tuple[str, ...],
                     cells: tuple[str, ...]) -> list[str]:
    """Paragraphs of a tree: a block element starts and ends one; a line break stays a
    newline inside it (two in a row split it, as in pages built with <br><br>)."""
    paragraphs: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        for chunk in _BLANK.split("".join(buf)):
            lines = [" ".join(ln.split()) for ln in chunk.split("\n")]
            text = "\n".join(ln for ln in lines if ln)
            if text:
                paragraphs.append(text)
        buf.clear()

    def visit(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""   # comments, PIs: tail only
        if tag in breaks:
            buf.append("\n")
        elif tag in cells and buf and buf[-1].strip():
            buf.append(" | ")
        is_block = tag in blocks
        if is_block:
            flush()
        if tag and el.text:
            buf.append(_WS.sub(" ", el.text))
        for child in el:
            visit(child)
            if child.tail:
                buf.append(_WS.sub(" ", child.tail))
        if is_block:
            flush()

    visit(root)
    flush()
    return paragraphs


def _body_text(body: Any) -> str:
    """trafilatura's output tree as our text: one paragraph per block, blank-line separated
    (its own txt output puts one newline between blocks and bullets before list items)."""
    return "\n\n".join(_tree_paragraphs(body, _TRAF_BLOCKS, ("lb",), ("cell",)))


def fragment_text(html: str) -> str:
    """Plain lxml conversion of HTML (a page or a fragment) to paragraphs, for when
    trafilatura finds no main text: keeps every visible paragraph except obvious chrome
    (nav, aside, footer, forms, scripts)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>" if "<html" not in html[:2000].lower()
                                    else html)
    except Exception:        # lxml raises several types on degenerate input
        return ""
    for el in root.xpath("|".join(f"//{t}" for t in _HTML_DROP)):
        el.drop_tree()
    return "\n\n".join(_tree_paragraphs(root, _HTML_BLOCKS, ("br",), ("td", "th")))


def _extract(page: Any, url: str | None, with_metadata: bool) -> tuple[Any, str, list[str]]:
    """trafilatura's document (or None), its main text in our layout, and warnings."""
    from trafilatura import bare_extraction   # lazy: plain-text ingest must not pay for it

    try:
        doc = bare_extraction(page, url=url, with_metadata=with_metadata,
                              include_comments=False, include_tables=True,
                              include_formatting=False, date_extraction_params=dict(DATE_PARAMS))
    except Exception as err:  # trafilatura bugs on odd markup must not lose the article
        return None, "", [f"trafilatura failed ({type(err).__name__}: {err})"]
    text = _body_text(doc.body) if doc is not None and doc.body is not None else ""
    return doc, text, []


def main_text(html: str, url: str | None = None) -> tuple[str, list[str]]:
    """Main text of an HTML page or fragment, and warnings: trafilatura first, then the
    plain conversion when it finds nothing (short feed fragments often give it nothing)."""
    _, text, warnings = _extract(_as_document(html), url, with_metadata=False)
    return text or fragment_text(html), warnings


def _as_document(html: str) -> str:
    # trafilatura rejects a lone fragment as "not quite HTML"; a wrapper makes it a page,
    # and <article> (not <div>) keeps it from dropping a fragment's subheadings
    head = html[:2000].lower()
    if "<html" in head or "<body" in head:
        return html
    return f"<html><body><article>{html}</article></body></html>"


# ---------------------------------------------------------------- input checks

def _check_html(html: str) -> None:
    """Reject input that is not HTML, with a reason a person can act on."""
    if not html or not html.strip():
        raise IngestError("empty input: there is no HTML to read")
    if "\x00" in html[:4096]:
        raise IngestError("binary data, not HTML")
    head = html.lstrip("\ufeff \t\r\n")[:2048]
    from sitrep.ingest.feeds import looks_like_feed   # lazy: feeds imports this module
    if looks_like_feed(head):
        raise IngestError("not an HTML page: this is an RSS/Atom feed")
    if head[:1] in "{[" and not _TAGLIKE.search(head[:200]):
        raise IngestError("not HTML: the input looks like JSON")
    if not _TAGLIKE.search(html[:200_000]):
        raise IngestError("not HTML: no HTML tags found (plain text?)")


# ---------------------------------------------------------------- stated dates

_MONTHS = {m: i for i, names in enumerate("jan january|feb february|mar march|apr april|may|"
             "jun june|jul july|aug august|sep sept september|oct october|nov november|"
             "dec december".split("|"), 1) for m in names.split()}
_MON = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Slashed all-numeric dates ("03/05/2024") are day- or month-first: never read. Dotted
# ones follow the day-first convention (de, ru, pl, ...).
_DATE_PATTERNS = (
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("ymd", re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T|$)")),            # compact ISO
    ("dmy", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")),  # 20.06.2019
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MON + r",?\s+(\d{4})\b", re.I)),
    ("mdy", re.compile(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)),
)


def parse_stated_date(text: str) -> str | None:
    """The first unambiguous calendar date written in ``text``, as YYYY-MM-DD."""
    best: tuple[int, str] | None = None
    for kind, pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        try:
            if kind == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif kind == "dmy":
                month = int(g[1]) if g[1].isdigit() else _MONTHS[g[1].lower()]
                y, mo, d = int(g[2]), month, int(g[0])
            else:
                y, mo, d = int(g[2]), _MONTHS[g[0].lower()], int(g[1])
            date = _dt.date(y, mo, d)
        except ValueError:
            continue
        if not 1900 <= y <= _dt.date.today().year + 1:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), date.isoformat())
    return best[1] if best else None


# Publication-date meta keys (name / property / itemprop), best first; modified dates
# are left out on purpose.
_META_KEYS = tuple("""
    article:published_time og:article:published_time og:published_time datepublished
    article.published published_time publish-date publish_date publishdate published-date
    date_published pubdate parsely-pub-date sailthru.date dc.date.issued dcterms.issued
    citation_publication_date article_date_original originalpublicationdate
    rnews:datepublished dc.date.created dcterms.created dc.date dcterms.date date
    citation_date cxenseparse:recs:publishtime""".split())
_ARTICLE_TYPES = ("article", "posting", "report", "blog", "newsarticle")
# ("sidebar" and "widget" are left out: some themes put the whole story in div#sidebar)
_NOT_ARTICLE = re.compile(r"comment|related|footer|\bnav|menu|recommend|promo|"
                          r"trending|popular|most-read|teaser|ticker|breadcrumb|top-?bar|"
                          r"masthead|site-header|newsletter|more-stories", re.I)
_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|dateline|published|pubdate|publish-date|"
                         r"timestamp|posted-on|post-date|entry-date|byline|article-date|"
                         r"story-date|meta-date|time)(?:$|[\s_-])", re.I)


def _outside_article(el: Any) -> bool:
    """True for elements in page chrome (menus, comments, related lists): their dates
    belong to other pages or to readers."""
    if _NOT_ARTICLE.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return True
    for anc in el.iterancestors():
        # above the story's own container (or at <body>, whose classes list every
        # theme option: "sticky-menu", "active-footer-widgets") nothing says chrome
        if anc.tag in ("article", "main", "body", "html"):
            return False
        if anc.tag in ("nav", "aside", "footer"):
            return True
        if anc.tag == "header" and not anc.xpath(".//h1"):
            return True   # the site's header (a "today" date), not the story's
        if _NOT_ARTICLE.search(f"{anc.get('class', '')} {anc.get('id', '')}"):
            return True
    return False


def _in_comment(el: Any) -> bool:
    return any(re.search(r"comment|reply|review", f"{a.get('class', '')} {a.get('id', '')} "
                         f"{a.get('itemtype', '')}", re.I) for a in [el, *el.iterancestors()])


def _jsonld_date(tree: Any) -> str | None:
    """Raw datePublished (else dateCreated) of the page's JSON-LD, article types first."""
    found: list[tuple[int, str]] = []
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            # only the top-level objects: nested ones (comments, live-blog updates, the
            # site as isPartOf) carry their own dates
            for obj in item.get("@graph", [item]) if isinstance(item, dict) else []:
                if not isinstance(obj, dict):
                    continue
                kind = str(obj.get("@type", "")).lower()
                for key in ("datePublished", "dateCreated"):
                    value = str(obj.get(key) or "")
                    if parse_stated_date(value):
                        rank = 0 if any(t in kind for t in _ARTICLE_TYPES) else 1
                        found.append((rank * 2 + (key != "datePublished"), value))
                        break
    return min(found)[1] if found else None


def _metadata_date(tree: Any) -> str | None:
    """Raw publication date from meta tags, JSON-LD or microdata."""
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if not (meta.get("itemprop") and _in_comment(meta)):
            metas.setdefault(key.strip(), meta.get("content", ""))
    for key in _META_KEYS:
        if parse_stated_date(metas.get(key, "")):
            return metas[key]
    value = _jsonld_date(tree)
    if value:
        return value
    for el in tree.xpath('//*[@itemprop="datePublished"]'):
        value = el.get("content") or el.get("datetime") or el.get("title") or el.text_content()
        # microdata names its own subject: only a comment's or review's date is not ours
        # (class-based chrome checks misfire here, e.g. blogspot's date in "post-footer")
        if not _in_comment(el) and parse_stated_date(value):
            return value
    return None


def _visible_date(tree: Any) -> tuple[str, str] | None:
    """(date, basis) from a <time> element, else from an element marked as a date."""
    for el in tree.xpath("//time[@pubdate]") + tree.xpath("//time"):
        date = parse_stated_date(el.get("datetime") or el.text_content())
        if re.search(r"updat|modif", el.get("class", ""), re.I):
            continue
        if date and not _outside_article(el):
            return date, "html <time> element"
    for el in tree.xpath("//body//*[@class or @id]"):
        if not _DATE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > 160 or re.match(r"(last\s+)?(updated|modified)", text, re.I):
            continue
        date = parse_stated_date(text)
        if date and not _outside_article(el):
            return date, "html date element"
    return None


_UTC = re.compile(r"(?:Z|[+-]00:?00|\bUTC|\bGMT)\s*$", re.I)
_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})")


def _stamp(value: str) -> _dt.datetime | None:
    m = _STAMP.search(value or "")
    try:
        return _dt.datetime(*map(int, m.groups())) if m else None
    except ValueError:
        return None


def _local_date(tree: Any, utc_stamp: _dt.datetime) -> str | None:
    """The local date of the same moment, from the story's <time> element: a UTC stamp
    can fall on the day after (or before) the date the outlet printed, and the printed
    date is the one readers, and "yesterday", refer to."""
    for el in tree.xpath("//time[@datetime]"):
        value = el.get("datetime", "")
        local = _stamp(value)
        if local is None or _UTC.search(value) or _outside_article(el):
            continue
        # within the span of time zones: the same moment written in local time
        if abs(local - utc_stamp) <= _dt.timedelta(hours=14) and local.date() != utc_stamp.date():
            return local.date().isoformat()
        return None
    # no machine-readable local time: a printed date one day off counts only on the side
    # a time zone can reach from this UTC hour
    visible = _visible_date(tree)
    if visible and visible[1] == "html date element":
        shift = (_dt.date.fromisoformat(visible[0]) - utc_stamp.date()).days
        if (shift == -1 and utc_stamp.hour < 14) or (shift == 1 and utc_stamp.hour >= 10):
            return visible[0]
    return None


def _stated_date(tree: Any) -> tuple[str, str] | None:
    """(YYYY-MM-DD, basis) of the publication date the page states, or None."""
    raw = _metadata_date(tree)
    if raw is None:
        return _visible_date(tree)
    stamp = _stamp(raw)
    if stamp is not None and _UTC.search(raw.strip()):
        local = _local_date(tree, stamp)
        if local:
            return local, "html <time> element"
    return parse_stated_date(raw) or "", "html metadata"


# ---------------------------------------------------------------- authors

_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,|\s/\s|\band\b|&)\s*", re.I)
# Words that mark a byline entry as a role or an organisation, not a person.
_NON_NAME = frozenset(
    "staff reporter reporters correspondent correspondents editor editors editorial desk "
    "team newsroom wire wires agency agencies contributor contributors press news service "
    "services bureau writer writers online digital media admin administrator "
    "associated".split())


def split_authors(raw: str | list[str] | None) -> list[str]:
    """Person names from a byline or author field(s).

    Splits on ";", ",", "|", " / ", "and", "&"; strips a leading "By". Keeps only entries of
    at least two words with no role/organisation word ("Reuters Staff", "News Desk",
    "Senior Correspondent") and no digits, "@" or URL: a bare single word is far more often
    an outlet ("Reuters", "AFP") than a person. Order kept, duplicates dropped.
    """
    if not raw:
        return []
    parts: list[str] = []
    for item in [raw] if isinstance(raw, str) else raw:
        parts.extend(_AUTHOR_SPLIT.split(item or ""))
    names: list[str] = []
    seen: set[str] = set()
    for part in parts:
        name = re.sub(r"^\s*by[:\s]+", "", part, flags=re.I).strip(" \t\n.,:;-–—'\"()")
        name = " ".join(name.split())
        words = [w.strip(".,'\"()").lower() for w in name.split()]
        if len(words) < 2 or any(w in _NON_NAME for w in words):
            continue
        if re.search(r"\d|@|https?:|www\.", name):
            continue
        if name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
    return names


# ---------------------------------------------------------------- the reader

def read_html(source: str, html: str, url: str | None = None, fmt: str = "html") -> RawArticle:
    """Main text and metadata of one HTML page, through trafilatura.

    ``text``: the article body, paragraphs (headings included) separated by a blank line.
    ``title``, ``outlet``, ``authors``, ``url`` come from the page's metadata (og:, JSON-LD,
    meta tags, <title>); ``published`` (YYYY-MM-DD) only from a date the page states.
    ``hint_basis`` says where each hint came from. Raises IngestError for input that is
    not HTML, and "no article text found in the HTML" when nothing usable is there.
    """
    _check_html(html)
    from trafilatura.utils import load_html

    warnings: list[str] = []
    if "</html" not in html[-4096:].lower() and "</body" not in html[-4096:].lower():
        warnings.append("the HTML seems truncated (no closing </body> or </html>)")
    tree = load_html(_as_document(html))
    if tree is None:
        raise IngestError("not HTML: the markup could not be parsed")
    doc, text, problems = _extract(tree, url, with_metadata=True)
    warnings += problems
    if not text:
        # trafilatura found no main text: the page's own visible text is better than none
        text = fragment_text(html)
        if text:
            warnings.append("trafilatura found no main text; fell back to the page's "
                            "whole visible text, which may include page chrome")
    if len(re.findall(r"\w+", text)) < 3:
        raise IngestError("no article text found in the HTML")

    raw = RawArticle(source=source, text=text, fmt=fmt, url=url, warnings=warnings, extracted=True)
    meta = _metadata(tree, doc, url)
    for key, (value, basis) in meta.items():
        setattr(raw, key, value)
        raw.hint_basis[key] = basis
    return raw


def _metadata(tree: Any, doc: Any, url: str | None) -> dict[str, tuple[Any, str]]:
    """The hints the page states, each with its basis."""
    from trafilatura.metadata import extract_metadata

    if doc is None:   # extraction failed: metadata can still be read on its own
        try:
            doc = extract_metadata(tree, url, dict(DATE_PARAMS))
        except Exception:
            doc = None
    out: dict[str, tuple[Any, str]] = {}
    if doc is not None:
        if doc.title:
            out["title"] = (doc.title, "html metadata")
        if doc.sitename:
            domain_like = "." in doc.sitename and " " not in doc.sitename
            # trafilatura falls back to the host name when the page names no site
            out["outlet"] = (doc.sitename, "domain name" if domain_like else "html metadata")
        authors = split_authors(doc.author)
        if authors:
            out["authors"] = (authors, "html metadata")
        if not url and doc.url:
            out["url"] = (doc.url, "html metadata")
    stated = _stated_date(tree)
    if stated:
        out["published"] = stated
    return out
