"""Publication dates an HTML page states: JSON-LD, meta tags, microdata, a ``<time>`` element or
an element marked as a date; never htmldate's guess from the URL, the title or loose text.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

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


# a part the story's own block names after itself ("headline__footer", "article-footer",
# "post-footer"): the strip under the headline or the text that holds its byline and date, not the
# site's footer
_OWN_PART = re.compile(r"(?<![\w-])(?:headline|article|story|post|entry)(?:__|-)footer(?![\w-])", re.I)


def _chrome_marked(el: Any) -> bool:
    marks = f"{el.get('class', '')} {el.get('id', '')}"
    if "ooter" in marks:
        marks = _OWN_PART.sub(" ", marks)
    return bool(_NOT_ARTICLE.search(marks))


def _outside_article(el: Any) -> bool:
    """True for elements in page chrome (menus, comments, related lists): their dates
    belong to other pages or to readers."""
    if _chrome_marked(el):
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
        if _chrome_marked(anc):
            return True
    return False


def _in_comment(el: Any) -> bool:
    return any(re.search(r"comment|reply|review", f"{a.get('class', '')} {a.get('id', '')} "
                         f"{a.get('itemtype', '')}", re.I) for a in [el, *el.iterancestors()])


def _jsonld_date(tree: Any) -> str | None:
    """Raw datePublished (else dateCreated) of the page's JSON-LD, article types first."""
    found = _jsonld_dates(tree)
    return min(found)[1] if found else None


def _jsonld_dates(tree: Any) -> list[tuple[int, str]]:
    """(rank, raw date) of the page's top-level JSON-LD objects: rank 0 an article's
    datePublished, 1 its dateCreated, 2 and 3 the same of another type."""
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
    return found


def _moment(value: str) -> _dt.datetime | None:
    """The instant a raw ISO stamp gives, in UTC when it states its offset."""
    try:
        moment = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(_dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _earliest_published(meta_value: str, tree: Any) -> str:
    """The meta tag's publication stamp, or the article's JSON-LD datePublished when that one is
    earlier: both claim the publication, and a CMS that refreshes one of them on each edit (a
    "datepublished" meta tag carrying the last modification) only ever moves it later. Only
    instants that state their zone are compared (a stamp without one could be hours off)."""
    if not _ZONED.search(meta_value):
        return meta_value
    found = _jsonld_dates(tree)
    rank, value = min(found) if found else (None, "")
    if rank == 0 and _ZONED.search(value):
        first, other = _moment(meta_value), _moment(value)
        if first is not None and other is not None and other < first:
            return value
    return meta_value


# an ISO stamp with its time and zone: "2025-03-04T17:43:09.974Z", "2025-03-04T22:57-05:00"
_ZONED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\s*$")


def _metadata_date(tree: Any) -> str | None:
    """Raw publication date from meta tags, JSON-LD or microdata."""
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if not (meta.get("itemprop") and _in_comment(meta)):
            metas.setdefault(key.strip(), meta.get("content", ""))
    for key in _META_KEYS:
        if parse_stated_date(metas.get(key, "")):
            return _earliest_published(metas[key], tree)
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


def stated_date(tree: Any) -> tuple[str, str] | None:
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
