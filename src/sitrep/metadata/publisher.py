"""The page's own publisher where a scraper kept it outside the masthead and footer: the site
name after the headline in a copied ``<title>`` ("Curfew imposed in X | The Kathmandu Post") and
the page's address on a line above the text ("https://www.thehindu.com/news/...").

Both name the site that published the page, so they outrank a wire's dateline credit or byline
on a republished copy (``extract._pick_outlet``), as a masthead does.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sitrep.clean.lines import BLANK, BODY, Line
from sitrep.metadata.dates import url_date
from sitrep.metadata.masthead import _SKIP_REASONS, _key, _masthead, _spelled, copyright_outlet
from sitrep.metadata.outlet import looks_like_outlet, outlet_index

# "Headline | Site", "Headline - Site", "Headline — Site": the last separator splits the name off
_TITLE_SPLIT = re.compile(r"\s+(?:\||[-–—]|::|•|·)\s+(?=[^|–—•·]+$)")
_SITE = re.compile(r"(?:The\s+)?[A-Z0-9][\w'’.&-]*(?:\s+(?:of|the|and|&|de|du|la|le|el|al|[A-Z0-9][\w'’.&-]*)){0,5}")
_URL = re.compile(r"(?:source\s*:\s*|url\s*:\s*)?(?P<url>https?://\S+|www\.\S+)", re.I)
# a page's own address, or its original's on a translated copy: "Source: https://...",
# "Translated automatically from French. Original: https://..."
_OWN_URL = re.compile(r"(?:^|\b(?:source|original|url|link|permalink)\s*:\s*)(?P<url>https?://\S+|www\.\S+)", re.I)
_ELSEWHERE = frozenset({"read-more link", "related links"})
_TOP = 12               # the lines a page's head may hold above its text
_HEAD_MIN_WORDS = 4     # a headline, not a section label ("World | Reuters")


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def title_suffix_outlet(lines: Sequence[Line]) -> str | None:
    """The site named after a copied page title whose headline the page repeats below it."""
    top = [line for line in lines[:_TOP * 2] if line.label != BLANK and line.text.strip()][:_TOP]
    if not top:
        return None
    first = top[0].text.strip()
    parts = _TITLE_SPLIT.split(first)
    if len(parts) != 2:
        return None
    head, site = parts[0].strip(), parts[1].strip()
    if len(head.split()) < _HEAD_MIN_WORDS or not _SITE.fullmatch(site):
        return None
    folded = _fold(head)
    if not any(_fold(line.text) == folded for line in top[1:]):
        return None
    known = outlet_index().lookup(site)
    return known or (site if looks_like_outlet(site) or len(site.split()) <= 3 else None)


def top_link_outlet(lines: Sequence[Line]) -> str | None:
    """The known outlet whose address a line above the article's first prose gives."""
    index = outlet_index()
    for line in lines[:_TOP * 2]:
        text = line.text.strip()
        if not text or line.label == BLANK:
            continue
        if line.label == BODY and len(text) > 200:
            return None             # the text has begun: a later link is a reference
        m = _URL.fullmatch(text)
        if m and (name := index.from_domain(m.group("url"))):
            return name
    return None


def top_link_date(lines: Sequence[Line]) -> dt.date | None:
    """The date in the address of the page (or of the original it translates) that a line above
    the article's text gives: "https://site.example/2024/09/21/rebels-free-pilot". A link under
    the text, or one a "Read more" line offers, is another page's."""
    for line in lines[:_TOP * 2]:
        text = line.text.strip()
        if not text or line.label == BLANK:
            continue
        if line.label == BODY and len(text) > 200:
            return None
        if line.reason in _ELSEWHERE:
            continue
        for m in _OWN_URL.finditer(text):
            if found := url_date(m.group("url")):
                return found
    return None


def _known_host(head: str, owners: list[str]) -> str | None:
    """A known outlet's masthead over a copy whose only copyright lines are the wire's ("U.S. News
    & World Report" ... "Copyright 2025 Thomson Reuters."): the wire's notice travels with its
    copy, and the site that carries it is the publisher."""
    index = outlet_index()
    host = index.lookup(head)
    if host is None or host in index.wires:
        return None
    return host if all(index.lookup(owner) in index.wires for owner in owners) else None


def confirmed_publisher(lines: Sequence[Line]) -> tuple[str, str] | None:
    """(outlet, basis) when the page names its own publisher twice over: a masthead its copyright
    footer repeats ("LE PHARE DU KIVU" ... "© 2025 Le Phare du Kivu"; "Nation" ... "© Nation Media
    Group"), the site's name after the copied page title, or the page's own address. A masthead
    alone, or one whose footer names another company (a portal's corporate owner), is weaker than
    a wire's credit on the copy it carries."""
    head = _masthead(lines)
    if head is not None:
        owner = None
        owners = []
        for line in lines:
            if line.label != BLANK and line.reason not in _SKIP_REASONS and (name := copyright_outlet(line.text)):
                owner = name
                owners.append(name)
        if owner is not None and (_key(owner) == _key(head) or _key(owner).startswith(_key(head) + " ")):
            return outlet_index().lookup(head) or _spelled(head), "masthead and copyright line"
        if owners and (known := _known_host(head, owners)):
            return known, "masthead over the wire's copyright"
    if own := title_suffix_outlet(lines):
        return own, "page title"
    if own := top_link_outlet(lines):
        return own, "url line"
    return None
