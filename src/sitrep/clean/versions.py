"""A wire flash and its updates filed as one text: the versions, and the title of the latest.

A wire service files a flash ("URGENT" / headline / one paragraph / "More to follow.") and then
rewrites it as "UPDATE 1-<headline>", "UPDATE 2-<headline>", each with its "(Adds ...)" note. When
such a file reaches us as one text, the slug lines and the notes are chrome (the line rules in
``knowledge/chrome.json`` label them), the latest slug without its "UPDATE n-" prefix is the
story's title (it supersedes the earlier ones), and the flash's own headline above the first
paragraph is chrome too, superseded like the slugs. The text of every version stays: each
paragraph carries the facts as they stood when it was filed, and toll updates are read from
their sequence.
"""
from __future__ import annotations

import re

from sitrep.clean.lines import BLANK, BODY, CHROME, META, Line
from sitrep.clean.zones import is_prose, last_prose_line

SLUG_REASON = "wire update slug"
SUPERSEDED = "superseded headline (wire flash)"
# the version prefix the line rule allowed before the headline ("UPDATE 2-", "REFILE-UPDATE 1-")
_PREFIX = re.compile(r"(?:(?:UPDATE|REFILE|CORRECTED|REPEAT|RPT|RECASTS?|WRAPUP|ADVISORY)(?:\s*\d{1,2})?\s*-\s*)+")
# a flash headline stands within the first lines of the file, above its first paragraph
_FLASH_SCAN = 6


def version_title(lines: list[Line]) -> str | None:
    """The title of a file holding a wire story's versions (the latest slug's headline), marking
    the flash's superseded headline as chrome; None when the file has no update slug."""
    slugs = [i for i, line in enumerate(lines) if line.label == CHROME and line.reason == SLUG_REASON]
    # a version heads text; a slug with no prose under it is a related story's link in the foot
    last_prose = last_prose_line(lines)
    slugs = [i for i in slugs if last_prose is not None and i < last_prose]
    if not slugs or _republished(lines, slugs):
        return None
    flash = False
    for k, line in enumerate(lines[:min(slugs[0], _FLASH_SCAN)]):
        if line.label == BLANK or line.label != BODY:
            continue
        if is_prose(line.text):
            break                       # the flash's first paragraph: no headline above it
        if len(line.text.split()) < 4:
            continue                    # a priority label ("URGENT", "FLASH")
        if not any(x.label == BODY and is_prose(x.text) for x in lines[k + 1:slugs[0]]):
            break                       # a site's name over its menu and the slug: no flash
        line.mark(CHROME, SUPERSEDED)
        flash = True
        break
    latest = lines[slugs[-1]].text
    if len(slugs) == 1 and not flash:
        return latest.strip() or None   # a page headed by one version: its headline as printed
    return latest[_PREFIX.match(latest).end():].strip() or None


def _republished(lines: list[Line], slugs: list[int]) -> bool:
    """Whether a site republished one version under a headline of its own: the slug stands in the
    page's head, under a headline its byline or date stamp anchors ("Ten killed in gunfight" /
    "Reuters" / "Updated: ..." / "UPDATE 1-Ten killed in gunfight with police"), or right above it
    ("Ten Killed in Gunfight" / "UPDATE 1-Ten killed in gunfight with police" / "By Reuters"). That
    headline is the page's title; the slug only names the wire's."""
    if len(slugs) != 1:
        return False
    head = lines[:slugs[0]]
    if any(line.label == BODY and is_prose(line.text) for line in head):
        return False                    # a flash and its paragraph came first
    shaped = [i for i, line in enumerate(head) if line.label == BODY and len(line.text.split()) >= 4]
    if not shaped:
        return False
    between = head[shaped[-1] + 1:]
    # "Kyrgyz, Tajik Chiefs Sign Deal" right over "UPDATE 1-Kyrgyzstan, Tajikistan sign protocol":
    # a portal's headline over the wire's slug, its byline under both
    return any(line.label == META for line in between) or all(line.label == BLANK for line in between)
