"""The input edge: files and folders in, raw articles (or a clear reason per file) out.

Formats: ``.txt`` (one scraped page per file), ``.html``/``.htm`` (one page, through
trafilatura), ``.json`` (an article object or a list of them, a WordPress REST response, a
Telegram channel export), ``.jsonl`` (one object per line), ``.md`` (a Markdown export with front
matter), RSS/Atom feeds (``.xml``, ``.rss``, ``.rdf``, ``.atom``, or any file that sniffs as a
feed). Bad input
never raises out of :func:`read_file`: it comes back as problems naming the file and the reason.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.ingest.encoding import decode
from sitrep.ingest.errors import IngestError
from sitrep.ingest.fields import MARKUP as _MARKUP, paragraphs as _paragraphs, untruncated as _untruncated
from sitrep.ingest.exports import is_telegram_export, is_wordpress_post, telegram_records, wordpress_record
from sitrep.ingest.posts import compose_posts, post_list
from sitrep.model import IngestProblem, RawArticle

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".rdf", ".atom"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
KNOWN_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
                  | MARKDOWN_SUFFIXES)
COMPRESSED_SUFFIX = ".gz"          # crawls store pages gzipped: "page.html.gz" is read as "page.html"

MAX_ARTICLE_BYTES = 5 * 1024 * 1024       # a single page larger than this is not an article
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024   # JSON/JSONL collections may be large

# field names that article objects use in the wild, in order of preference
TEXT_KEYS = ("text", "body", "content", "article", "maintext", "full_text", "content_text", "paragraphs")
HTML_KEYS = ("html", "raw_html", "content_html")
TITLE_KEYS = ("title", "headline")
# JSON Feed (jsonfeed.org) names its dates date_published; schema.org datePublished; NewsAPI
# and most JS back ends camelCase (publishedAt, publishDate), RSS-minded exporters pubDate
DATE_KEYS = ("published", "date", "date_publish", "date_published", "datePublished", "published_at",
             "publishedAt", "publish_date", "publishDate", "publishedDate", "published_date",
             "pubdate", "pubDate", "pub_date", "publication_date", "publicationDate", "datetime",
             "first_published", "firstPublished", "date_created", "dateCreated", "created_at",
             "createdAt")
# the last resort, with a basis of its own: a modified date can be much later than the story
MODIFIED_DATE_KEYS = ("date_modified", "dateModified", "modified", "updated", "updated_at",
                      "updatedAt", "lastModified", "last_modified")
OUTLET_KEYS = ("outlet", "publisher", "source_name", "site_name", "sitename", "source")
URL_KEYS = ("url", "link", "source_url", "canonical_url")
AUTHOR_KEYS = ("authors", "author", "byline")
# keys whose dict value is a record one level down, not a value: the article itself under a text
# key or a wrapper ({"article": {"headline", "body"}}, {"data": {...}}), its metadata beside it
# ({"meta": {"url", "published", "outlet"}}); their fields are read as the object's own
NESTED_KEYS = TEXT_KEYS + ("data", "item", "story", "document", "record", "post",
                           "meta", "metadata", "attributes", "fields", "page", "liveblog")


@dataclass(slots=True)
class FileResult:
    """What one input file gave: articles and problems (rejections or warnings)."""

    path: str
    articles: list[RawArticle] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """(path, problem) for every input file below ``paths``: files named outright are always
    read; inside folders only known formats are, recursively, in sorted order, hidden ones skipped."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and _format_suffix(name) in KNOWN_SUFFIXES:
                        yield os.path.join(root, name), None
        elif path.exists():
            yield str(given), None
        else:
            yield str(given), "no such file or folder"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: Any) -> Any:
    """A parsed JSON value with lone surrogates (``"\\ud800"`` escapes) replaced by U+FFFD: they
    cannot be stored as UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    return value


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", []):
            return value
    return None


def _authors(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        from sitrep.metadata.byline import field_authors
        return field_authors(value) or [value.strip()]
    from sitrep.metadata.name_case import name_case   # "ZEINA HADDAD" as names are written
    if isinstance(value, list):
        out = []
        for item in value:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                out.append(name_case(name.strip()))
        return out
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return [name_case(value["name"].strip())]
    return []


def flatten_record(obj: dict[str, Any]) -> dict[str, Any]:
    """The object with its nested records (``NESTED_KEYS`` holding a dict) lifted one level: the
    outer fields win over inner ones of the same name, earlier records over later ones."""
    nested = [key for key in NESTED_KEYS if isinstance(obj.get(key), dict)]
    if not nested:
        return obj
    flat = {key: value for key, value in obj.items() if key not in nested}
    for key in nested:
        for inner, value in obj[key].items():
            flat.setdefault(inner, value)
    return flat


def article_from_object(obj: Any, source: str, fmt: str) -> RawArticle:
    """An article object (``text`` or ``html``, optional ``url``, ``title``, ``published``,
    ``outlet``, ``authors``, plus common synonyms; nested records flattened one level) as a raw
    article."""
    if not isinstance(obj, dict):
        raise IngestError(f"expected an article object, found {type(obj).__name__}")
    if is_wordpress_post(obj):
        obj = wordpress_record(obj)
    obj = flatten_record(obj)
    url = _first(obj, URL_KEYS)
    outlet = _first(obj, OUTLET_KEYS)
    if isinstance(outlet, dict):
        outlet = outlet.get("name") or outlet.get("title")
    text, html = _paragraphs(_first(obj, TEXT_KEYS)), _paragraphs(_first(obj, HTML_KEYS))
    if html is None and isinstance(text, str) and _MARKUP.search(text[:4096]):
        # CMS exports often put the page's HTML under "content" or "body"
        text, html = None, text
    first_post: str | None = None
    if (not isinstance(text, str) or not text.strip()) and (not isinstance(html, str) or not html.strip()):
        # a live blog or thread: its text is a list of timed posts (``ingest.posts``)
        posts = post_list(obj)
        if posts:
            text, first_post = compose_posts(posts)
    if not isinstance(text, str) or not text.strip():
        if not isinstance(html, str) or not html.strip():
            raise IngestError('article object has no "text" or "html"')
        from sitrep.ingest.html import read_html
        raw = read_html(source, html, url=url if isinstance(url, str) else None, fmt=fmt)
    else:
        text, cut = _untruncated(text)
        if not text.strip():
            raise IngestError(f"article text is only a truncation marker ({cut})")
        raw = RawArticle(source=source, text=text, fmt=fmt)
        if cut:
            raw.warnings.append(f"the text is truncated: the source cut it short ({cut})")
    basis = {"json": "json field", "jsonl": "json field", "markdown": "front matter"}.get(fmt, f"{fmt} field")
    for attr, keys in (("title", TITLE_KEYS), ("published", DATE_KEYS)):
        value = _first(obj, keys)
        if isinstance(value, str | int | float) and str(value).strip():
            setattr(raw, attr, str(value).strip())
            raw.hint_basis[attr] = basis
    if raw.published is None and first_post:
        raw.published, raw.hint_basis["published"] = first_post, f"{basis} (first post)"
    if raw.published is None:
        value = _first(obj, MODIFIED_DATE_KEYS)
        if isinstance(value, str | int | float) and str(value).strip():
            raw.published, raw.hint_basis["published"] = str(value).strip(), f"{basis} (modified date)"
    if isinstance(outlet, str) and outlet.strip():
        raw.outlet, raw.hint_basis["outlet"] = outlet.strip(), basis
    if isinstance(url, str):
        raw.url = url
    authors = _authors(_first(obj, AUTHOR_KEYS))
    if authors:
        raw.authors, raw.hint_basis["authors"] = authors, basis
    return raw


def _read_json(path: str, text: str, result: FileResult) -> None:
    try:
        data = _scrub(json.loads(text))
    except json.JSONDecodeError as err:
        raise IngestError(f"invalid JSON at line {err.lineno} column {err.colno}: {err.msg}") from err
    except (ValueError, RecursionError) as err:   # a huge number, nesting too deep
        raise IngestError(f"invalid JSON: {err}") from err
    if is_telegram_export(data):
        _read_records(path, telegram_records(data), result, "telegram export")
        return
    feed: dict[str, Any] = {}
    if isinstance(data, dict) and not any(k in data for k in TEXT_KEYS + HTML_KEYS):
        if _is_json_feed(data):
            feed = data
        for key in ("articles", "items", "data", "results", "documents"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, dict) and not any(k in data for k in TEXT_KEYS + HTML_KEYS):
        flat = flatten_record(data)
        posts = post_list(flat)
        if posts and not any(_first(flat, keys) for keys in (TITLE_KEYS, URL_KEYS, OUTLET_KEYS)):
            # a bare list of posts with no page around them: each post is an article of its own
            data = posts
    items = data if isinstance(data, list) else [data]
    if not items:
        raise IngestError("JSON holds no articles (empty list)")
    for n, obj in enumerate(items, start=1):
        source = path if not isinstance(data, list) else f"{path}#{n}"
        try:
            raw = article_from_object(obj, source, "json")
        except IngestError as err:
            result.problems.append(IngestProblem(source, f"item {n}: {err}"))
            continue
        if feed:
            _inherit_from_feed(raw, feed)
        result.articles.append(raw)


def _read_records(path: str, records: list[dict[str, Any] | None], result: FileResult, what: str) -> None:
    """Articles from the records of an export, ``None`` standing for an entry with no text."""
    for n, record in enumerate(records, start=1):
        if record is None:
            continue
        try:
            result.articles.append(article_from_object(record, f"{path}#{n}", "json"))
        except IngestError as err:
            result.problems.append(IngestProblem(f"{path}#{n}", f"item {n}: {err}"))
    if not result.articles and not result.problems:
        raise IngestError(f"the {what} holds no message with text")


def _is_json_feed(data: dict[str, Any]) -> bool:
    """A JSON Feed (https://jsonfeed.org): its "version" names the spec; older or sloppy
    exporters at least give the feed's home page or its own address next to "items"."""
    version = data.get("version")
    if isinstance(version, str) and "jsonfeed.org" in version:
        return True
    return isinstance(data.get("items"), list) and any(
        isinstance(data.get(k), str) for k in ("home_page_url", "feed_url"))


def _inherit_from_feed(raw: RawArticle, feed: dict[str, Any]) -> None:
    """What a JSON Feed states once for all its items: the feed's title names the outlet (as an
    RSS channel title does), and its authors are the items' authors when an item names none."""
    title = feed.get("title")
    # the host name that the HTML reader falls back to is weaker than the feed naming itself
    weak = not raw.outlet or raw.hint_basis.get("outlet") == "domain name"
    if weak and isinstance(title, str) and title.strip():
        raw.outlet, raw.hint_basis["outlet"] = " ".join(title.split()), "feed title"
    if not raw.authors:
        authors = _authors(_first(feed, AUTHOR_KEYS))
        if authors:
            raw.authors, raw.hint_basis["authors"] = authors, "feed author"


def _read_jsonl(path: str, text: str, result: FileResult) -> None:
    n = 0
    # split on "\n" only: str.splitlines() also breaks at U+2028, U+0085 and the like, which JSON
    # allows unescaped inside strings
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        n += 1
        source = f"{path}#{n}"
        try:
            obj = _scrub(json.loads(line))
        except json.JSONDecodeError as err:
            result.problems.append(IngestProblem(f"{path}:{lineno}", f"line {lineno}: invalid JSON: {err.msg}"))
            continue
        except (ValueError, RecursionError) as err:   # a huge number, nesting too deep
            result.problems.append(IngestProblem(f"{path}:{lineno}", f"line {lineno}: invalid JSON: {err}"))
            continue
        try:
            result.articles.append(article_from_object(obj, source, "jsonl"))
        except IngestError as err:
            result.problems.append(IngestProblem(f"{path}:{lineno}", f"line {lineno}: {err}"))
    if n == 0:
        raise IngestError("JSONL file holds no articles")


def _sniff(text: str) -> str:
    head = text.lstrip()[:2048].lower()
    from sitrep.ingest.feeds import looks_like_feed
    if looks_like_feed(head):
        return "feed"
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head:
        return "html"
    return "txt"


def _suffix(name: str) -> str:
    # ``PurePath.suffix`` of a last path component, without building a Path (~20 µs per file)
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _format_suffix(path: str) -> str:
    """The suffix that names a file's format, looking through a compression suffix."""
    name = os.path.basename(path)
    if name and name not in (".", "..") and os.sep == "/" and not os.altsep:
        suffix = _suffix(name)
        if suffix.lower() == COMPRESSED_SUFFIX:
            suffix = _suffix(name[:-len(suffix)])
        return suffix.lower()
    p = Path(path)                            # "dir/", "a/.": Path's own normalisation decides
    if p.suffix.lower() == COMPRESSED_SUFFIX:
        p = Path(p.stem)
    return p.suffix.lower()


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompressed bytes, refusing more than ``limit`` (a small file may inflate enormously)."""
    import zlib
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = inflater.decompress(data, limit + 1)
    except zlib.error as err:
        raise IngestError(f"not valid gzip data ({err})") from err
    if len(out) > limit:
        raise IngestError(f"decompressed content larger than the limit of {limit / 1e6:.0f} MB")
    return out


_KIND_OF_SUFFIX = {**{s: "txt" for s in TEXT_SUFFIXES}, **{s: "html" for s in HTML_SUFFIXES},
                   **{s: "md" for s in MARKDOWN_SUFFIXES},
                   **{s: "json" for s in JSON_SUFFIXES}, **{s: "jsonl" for s in JSONL_SUFFIXES}}


def read_file(path: str) -> FileResult:
    """The raw articles of one input file; every failure becomes a problem naming the reason."""
    result = FileResult(path)
    suffix = _format_suffix(path)
    try:
        try:
            size = os.path.getsize(path)
            limit = MAX_FILE_BYTES if suffix in JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES else MAX_ARTICLE_BYTES
            if size > limit:
                raise IngestError(f"file too large for one {suffix or 'text'} article "
                                  f"({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)")
            with open(path, "rb") as fh:
                data = fh.read()
            if path.lower().endswith(COMPRESSED_SUFFIX):
                data = _gunzip(data, limit)
        except OSError as err:
            raise IngestError(f"cannot read: {err.strerror or err}") from err
        if suffix in FEED_SUFFIXES:
            from sitrep.ingest.feeds import read_feed
            result.articles.extend(read_feed(path, data))
            return result
        text, warnings = decode(data, path)
        kind = _KIND_OF_SUFFIX.get(suffix)
        kind = kind or _sniff(text)
        if kind == "txt":
            result.articles.append(RawArticle(source=path, text=text, fmt="txt"))
        elif kind == "html":
            from sitrep.ingest.html import read_html
            result.articles.append(read_html(path, text))
        elif kind == "md":
            from sitrep.ingest.markdown import markdown_record
            result.articles.append(article_from_object(markdown_record(text), path, "markdown"))
        elif kind == "json":
            _read_json(path, text, result)
        elif kind == "jsonl":
            _read_jsonl(path, text, result)
        else:
            from sitrep.ingest.feeds import read_feed
            result.articles.extend(read_feed(path, data))
        for article in result.articles:
            article.warnings.extend(warnings)
        if warnings:
            result.problems.extend(IngestProblem(path, w, fatal=False) for w in warnings)
    except IngestError as err:
        result.problems.append(IngestProblem(path, str(err)))
    return result
