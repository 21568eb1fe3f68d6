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
    if len(merged) > 2 and _heading(lines, *merged[-1]) is None and _heading(lines, *merged[-2]) is not None:
        # a digest's sign-off after its last excerpt ("The review is sent every weekday.")
        tail = [i for i in range(*merged[-1]) if lines[i].label == BODY]
        if len(tail) == 1:
            lines[tail[0]].mark(CHROME, "digest footer")
            merged[-2:] = [(merged[-2][0], merged[-1][1])]
    if len(merged) > 1:
        _mark_digest_preface(lines, merged)
    return merged


def _heading(lines: list[Line], start: int, end: int) -> int | None:
    """The index of the section's first line when it is an upper-case heading (an outlet's name
    over its excerpt: "THE NILE COURIER"), else None."""
    for i in range(start, end):
        line = lines[i]
        if line.label == BLANK:
            continue
        text = line.text
        if line.label == BODY and text.isupper() and len(text.split()) <= 8 and text[-1] not in ".!?:":
            return i
        return None
    return None


def _mark_digest_preface(lines: list[Line], sections: list[tuple[int, int]]) -> None:
    """A press review opens with its own name, date and introduction before the first excerpt's
    heading: when every later excerpt opens with an upper-case heading, the first one's heading
    ends that preface, whose text is the digest's, not the first excerpt's."""
    if any(_heading(lines, a, b) is None for a, b in sections[1:]):
        return
    start, end = sections[0]
    body_before = False
    for i in range(start, end):
        line = lines[i]
        if line.label != BODY:
            continue
        text = line.text
        if body_before and text.isupper() and len(text.split()) <= 8 and text[-1] not in ".!?:":
            for k in range(start, i):
                if lines[k].label == BODY:
                    lines[k].mark(CHROME, "digest preface")
            return
        body_before = True
