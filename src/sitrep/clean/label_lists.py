"""The short items a page lists under a widget's label ("In this article:" / "Ethiopia" /
"Sudan", "Suggested Topics:" / "Crime"): the label is chrome by its rule, its items only by
their place under it, since a one-word item reads like a heading or a place name anywhere else."""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.lines import BLANK, BODY, CHROME, Line

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
