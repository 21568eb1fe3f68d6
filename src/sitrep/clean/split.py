"""Split a page that holds several articles (an aggregator's excerpts) into its articles.

Aggregator pages end each excerpt with a terminator ("READ FULL ARTICLE", "SOURCE: ...") that may
be followed by trailers (related links, comment widgets). Whatever comes after that run and is not
a trailer starts the next article: its caption, its outlet label, its date stamp or its text.
"""
from __future__ import annotations

from sitrep.clean.lines import BLANK, BODY, CHROME, Line


def split_sections(lines: list[Line]) -> list[tuple[int, int]]:
    """Line-index ranges ``[start, end)``, one per article on the page (one range for most pages)."""
    bounds = [0]
    body_seen = False
    ended = False
    for i, line in enumerate(lines):
        if line.label == BLANK:
            continue
        if line.label == CHROME and line.role in ("terminator", "trailer"):
            if line.role == "terminator" and body_seen:
                ended = True
            continue
        if ended:
            bounds.append(i)
            body_seen = ended = False
        if line.label == BODY:
            body_seen = True
    bounds.append(len(lines))
    ranges = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    # a "section" with no article text is chrome that belongs to the one before it
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        has_body = any(lines[i].label == BODY for i in range(start, end))
        if merged and not has_body:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1 and not any(lines[i].label == BODY for i in range(*merged[0])):
        merged[1] = (merged[0][0], merged[1][1])
        merged.pop(0)
    return merged
