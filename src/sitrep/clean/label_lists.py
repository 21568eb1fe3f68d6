"""The short items a page lists under a widget's label ("In this article:" / "Ethiopia" /
"Sudan", "Suggested Topics:" / "Crime"): the label is chrome by its rule, its items only by
their place under it, since a one-word item reads like a heading or a place name anywhere else.
A run of topic links with no label, set between the headline's chrome (a caption, the share bar)
and the text, is read by its place too."""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.lines import BLANK, BODY, CHROME, TITLE, Line

LIST_REASON = "label list"
_ITEM_WORDS = 3         # an item is a name or a topic: a few words, no sentence
_ITEMS_MAX = 12
_LABEL_REASONS = frozenset({"ui word"})


def mark_label_lists(lines: Sequence[Line]) -> None:
    """Label the short items right under a chrome label that ends in a colon."""
    for i, line in enumerate(lines):
        if line.label != CHROME or line.reason not in _LABEL_REASONS or not line.text.endswith(":"):
            continue
        for item in lines[i + 1:i + 1 + _ITEMS_MAX]:
            if item.label == BLANK:
                break           # a list is written line under line; a blank line ends it
            if item.label != BODY:
                continue
            text = item.text
            if len(text.split()) > _ITEM_WORDS or text[-1] in ".!?:;,\"”" or not text[0].isupper():
                break
            item.mark(CHROME, LIST_REASON)


TAGS_REASON = "topic tags"
_TAGS_MIN = 3           # fewer short lines may be a standfirst's pieces or a dateline


def _item(text: str) -> bool:
    return len(text.split()) <= _ITEM_WORDS and text[0].isupper() and text[-1] not in ".!?:;,\"”"


_TAGS_REACH = 20        # lines under the headline: the head's chrome, a standfirst, the tags


def mark_topic_runs(lines: Sequence[Line]) -> None:
    """Label a run of three or more topic links under the headline ("Solomon Islands" /
    "Australia" / "China" / "Security") that chrome closes on both sides (a caption or credit
    above, the share bar below)."""
    start = next((i + 1 for i, line in enumerate(lines) if line.label == TITLE), None)
    if start is None:
        return
    prose = min(len(lines), start + _TAGS_REACH)
    i = start
    while i < prose:
        if lines[i].label != BODY or not _item(lines[i].text.strip()):
            i += 1
            continue
        j = i
        while j < prose and lines[j].label == BODY and _item(lines[j].text.strip()):
            j += 1
        if j - i >= _TAGS_MIN and lines[i - 1].label == CHROME and j < len(lines) and lines[j].label == CHROME:
            for line in lines[i:j]:
                line.mark(CHROME, TAGS_REASON)
        i = j
