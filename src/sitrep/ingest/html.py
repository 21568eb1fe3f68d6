"""Read one HTML page: its main text (through trafilatura) and the metadata it states.

Dates are only taken where the page states them (meta tags, JSON-LD, microdata, a
``<time>`` element or an element marked as a date); we never let htmldate guess one from
the URL, the title, image paths or loose body text, because a wrong date silently
misplaces an event on the timeline, while a missing one is visibly unknown.
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.ingest.errors import IngestError
from sitrep.ingest.html_dates import parse_stated_date, stated_date
from sitrep.ingest.html_text import _TAGLIKE, DATE_PARAMS, as_document, extract, fragment_text, left_out, main_text
from sitrep.model import RawArticle

__all__ = ["fragment_text", "main_text", "parse_stated_date", "read_html", "split_authors"]


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


_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,|\s/\s|\band\b|&)\s*", re.I)
# Words that mark a byline entry as a role or an organisation, not a person.
_NON_NAME = frozenset(
    "staff reporter reporters correspondent correspondents editor editors editorial desk "
    "team newsroom wire wires agency agencies contributor contributors press news service "
    "services bureau writer writers online digital media admin administrator "
    "associated".split())


# a site's name as its host ("Tennis.com", "Inquirer.net BrandRoom") in an author field
_DOMAIN = re.compile(r"[A-Za-z0-9]\.(?:com|net|org|co|uk|io|news|info|tv|ca|au|in)\b", re.I)
# the author page's link text kept in the field: "View all posts by Jane Doe"
_ARCHIVE_LINK = re.compile(r"^\s*(?:view\s+)?(?:all\s+)?(?:posts|articles|stories)\s+(?=by\b)", re.I)


def split_authors(raw: str | list[str] | None) -> list[str]:
    """Person names from a byline or author field(s).

    Splits on ";", ",", "|", " / ", "and", "&"; strips a leading "By". Keeps only entries of
    at least two words with no role/organisation word ("Reuters Staff", "News Desk",
    "Senior Correspondent") and no digits, "@" or URL: a bare single word is far more often
    an outlet ("Reuters", "AFP") than a person. Order kept, duplicates dropped.
    """
    if not raw:
        return []
    from sitrep.metadata.name_case import name_case
    parts: list[str] = []
    for item in [raw] if isinstance(raw, str) else raw:
        parts.extend(_AUTHOR_SPLIT.split(item or ""))
    names: list[str] = []
    seen: set[str] = set()
    for part in parts:
        if _DOMAIN.search(part):
            continue        # "Tennis.com", "MLB.com": the site signs the page, no person
        part = _ARCHIVE_LINK.sub("", part)
        name = re.sub(r"^\s*by[:\s]+", "", part, flags=re.I).strip(" \t\n.,:;-–—'\"()")
        name = " ".join(name.split())
        words = [w.strip(".,'\"()").lower() for w in name.split()]
        if len(words) < 2 or any(w in _NON_NAME for w in words):
            continue
        if re.search(r"\d|@|https?:|www\.", name):
            continue
        if name.lower() not in seen:
            seen.add(name.lower())
            names.append(name_case(name))
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
    # only a whole page can be cut short: a fragment (a feed's content_html) has no closing tags
    page_head = html[:4096].lower()
    if ("<html" in page_head or "<body" in page_head) and \
            "</html" not in html[-4096:].lower() and "</body" not in html[-4096:].lower():
        warnings.append("the HTML seems truncated (no closing </body> or </html>)")
    tree = load_html(as_document(html))
    if tree is None:
        raise IngestError("not HTML: the markup could not be parsed")
    doc, text, problems = extract(tree, url, with_metadata=True)
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
    raw.dropped = left_out(tree, text, raw.title)
    return raw


# elements that hold the byline: class names used across CMSs, rel/itemprop markup; not those
# of a comment section ("comment-author" names a reader)
_BYLINE_XPATH = ("//*[(contains(translate(@class,'BYLINEAUTHOR','bylineauthor'),'byline') or "
                 "contains(translate(@class,'BYLINEAUTHOR','bylineauthor'),'author') or "
                 "@rel='author' or @itemprop='author') and "
                 "not(ancestor-or-self::*[contains(translate(@class,'COMENT','coment'),'comment') "
                 "or contains(translate(@id,'COMENT','coment'),'comment')])]")
_BYLINE_PIECE_MAX = 80


def markup_authors(tree: Any) -> list[str]:
    """Authors from the page's byline element when its metadata names none. Its pieces are read
    one text node at a time, because a byline set in separate spans ("<span>Hugo Bachega</span>
    <span>Middle East correspondent</span>") fuses into one unreadable string as a whole; the
    first piece that is nothing but personal names gives the authors, roles and places do not."""
    from sitrep.metadata.byline import names_in

    try:
        elements = tree.xpath(_BYLINE_XPATH)
    except Exception:       # lxml raises several types on degenerate markup
        return []
    for el in elements[:6]:
        if el.tag in ("meta", "link", "script", "style"):
            continue
        for piece in el.itertext():
            piece = " ".join(piece.split()).strip(" ,;|·•")
            piece = re.sub(r"^by[:\s]+", "", piece, flags=re.I)
            if not piece or len(piece) > _BYLINE_PIECE_MAX:
                continue
            names = split_authors(names_in(piece))
            if names:
                return names
    return []


def _byline_elements(tree: Any) -> list[Any]:
    try:
        return [el for el in tree.xpath(_BYLINE_XPATH)[:6] if el.tag not in ("meta", "link", "script", "style")]
    except Exception:       # lxml raises several types on degenerate markup
        return []


def byline_team(tree: Any, authors: list[str]) -> list[str]:
    """The names of the byline element that holds every author the metadata gives, when it names
    more of them: the author field often keeps only the first of "By A, Kyiv correspondent, and
    B, Sahel editor". ``authors`` otherwise."""
    from sitrep.metadata.byline import BYLINE_MAX, field_authors

    known = {a.casefold() for a in authors}
    for el in _byline_elements(tree):
        text = " ".join(" ".join(el.itertext()).split())
        text = re.sub(r"\s+([,;])", r"\1", text)
        if not text or len(text) > BYLINE_MAX:
            continue
        names = field_authors(text) or []
        if len(names) > len(authors) and known <= {n.casefold() for n in names}:
            return names
    return authors


_PUBLISHER_XPATH = ('//*[@itemprop="publisher"]/descendant-or-self::*[@itemprop="name"]'
                    '|//*[@itemprop="publisher" and not(@itemscope)]')
_TITLE_SITE = re.compile(r"\s+[|–—-]\s+(?=[^|–—]{2,60}$)")
_PUBLISHER_MAX = 60


def markup_publisher(tree: Any, headline: str | None) -> str | None:
    """The publisher a page names when trafilatura finds no site name: schema.org microdata
    (``itemprop="publisher"`` and its ``name``), else the <title>'s site suffix ("Headline |
    Adriatic Herald") when what precedes it is the page's headline."""
    try:
        for el in tree.xpath(_PUBLISHER_XPATH)[:4]:
            name = el.get("content") if el.tag == "meta" else " ".join("".join(el.itertext()).split())
            name = (name or "").strip()
            if name and len(name) <= _PUBLISHER_MAX and not name.startswith("http"):
                return name
        title = " ".join("".join(t.itertext()) for t in tree.xpath("//head/title")[:1]).strip()
    except Exception:       # lxml raises several types on degenerate markup
        return None
    parts = _TITLE_SITE.split(title, maxsplit=1) if title else []
    if len(parts) == 2 and headline and " ".join(parts[0].split()).casefold() == " ".join(headline.split()).casefold():
        name = parts[1].strip()
        return name if 2 <= len(name) <= _PUBLISHER_MAX else None
    return None


_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def _headline_part(title: str, tree: Any) -> str:
    """The page title without the site's name or section around it ("Lyfe Jennings | Creative
    Loafing", "Opinion | I Know My Mother Loved Me."), when one of its parts is the page's one <h1>."""
    if not _TITLE_PARTS.search(title):
        return title
    try:
        heads = {" ".join(el.text_content().split()) for el in tree.xpath("//h1")[:3]}
    except Exception:       # lxml raises several types on degenerate markup
        return title
    if len(heads) != 1:
        return title
    head = heads.pop().casefold()
    parts = _TITLE_PARTS.split(title)
    return next((p.strip() for p in parts if len(parts) > 1 and " ".join(p.split()).casefold() == head), title)


def _people(authors: list[str], sitename: str | None) -> list[str]:
    """The author field's names less the publisher's own: many CMSs fill it with the site's name
    ("USA TODAY", "The Independent") when no reporter signs."""
    from sitrep.metadata.outlet import outlet_index, outlet_key

    site = outlet_key(sitename) if sitename else None
    index = outlet_index()
    return [a for a in authors if not (site and outlet_key(a) == site) and index.lookup(a) is None]


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
            out["title"] = (_headline_part(doc.title, tree), "html metadata")
        if doc.sitename:
            domain_like = "." in doc.sitename and " " not in doc.sitename
            # trafilatura falls back to the host name when the page names no site
            out["outlet"] = (doc.sitename, "domain name" if domain_like else "html metadata")
        authors = _people(split_authors(doc.author), doc.sitename)
        if authors:
            out["authors"] = (byline_team(tree, authors), "html metadata")
        if not url and doc.url:
            out["url"] = (doc.url, "html metadata")
    if "outlet" not in out or out["outlet"][1] == "domain name":
        if name := markup_publisher(tree, doc.title if doc is not None else None):
            out["outlet"] = (name, "html metadata")
    if "authors" not in out and (authors := markup_authors(tree)):
        out["authors"] = (authors, "html byline")
    stated = stated_date(tree)
    if stated:
        out["published"] = stated
    return out
