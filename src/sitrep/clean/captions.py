"""A photo caption that ends in its credit keeps the caption and loses only the credit.

Gallery and figure captions often carry the article's facts ("Aid agencies say 8,000 people have
fled"), so dropping the whole line because its tail is a credit ("Photo: A. Deng/Nile Picture
Desk") loses content. The credit patterns are data (``knowledge/caption_credits.json``); a line
is trimmed only on a gallery page and when what stands before the credit reads as a sentence, so
a bare credit line or a short label stays chrome as a whole.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BODY, CHROME, Line, cut_lines
from sitrep.clean.zones import is_prose

CAPTION_REASON = "photo caption"
CREDIT_REASON = "photo credit"


@lru_cache(maxsize=1)
def _credit_tails() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(entry["pattern"], 0 if entry.get("case") else re.IGNORECASE)
                 for entry in knowledge.load("caption_credits.json"))


def caption_split(text: str) -> int | None:
    """Where the credit of a caption line starts, when the text before it is a sentence."""
    for tail in _credit_tails():
        # the tail is anchored at "$": only the end of the line is worth trying
        window = max(0, len(text) - 140)
        m = tail.search(text, window)
        if m is None:
            continue
        cut = m.start()
        head = text[:cut].rstrip()
        if is_prose(head):
            return len(head)
    return None


GALLERY_COUNTER = "gallery counter"
# distinct credited captions that make a page a gallery
GALLERY_CAPTIONS = 3


def trim_caption_credits(lines: list[Line]) -> list[Line]:
    """The lines, with each credited caption of a photo gallery split into its kept sentence and
    its dropped credit (``lines`` itself otherwise). Runs right after the chrome rules, before
    anything indexes the lines.

    Only a gallery's captions are kept: there they are the content, while the one or two captions
    of a news story usually describe a file picture of an older event, whose facts would be
    dated to the story."""
    cuts: dict[int, int] = {}
    gallery = False
    for i, line in enumerate(lines):
        if line.label != CHROME:
            continue
        if line.reason == GALLERY_COUNTER:
            gallery = True
        elif line.reason == CAPTION_REASON:
            keep = caption_split(line.text)
            if keep is not None:
                cuts[i] = keep
    if not cuts or not (gallery or len({lines[i].text for i in cuts}) >= GALLERY_CAPTIONS):
        return lines
    return cut_lines(lines, {i: (keep, CREDIT_REASON) for i, keep in cuts.items()})


# a bare credit line ("Image: A. Name/AFP"): the caption it credits stands on the line above
_BARE_CREDIT = re.compile(r"(?:image|photo|picture|foto|credit|photo credit)\s*:", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ";", ",")


def _stamp(text: str) -> bool:
    """A date stamp line ("Published: 8 Mar 2025, 18:40 | Updated: ...") over a picture's credit
    is the article's stamp, not the picture's caption."""
    from sitrep.metadata.dates import stamp_date    # metadata imports clean: import here
    return stamp_date(text) is not None


def mark_credited_captions(lines: list[Line]) -> None:
    """Label a caption whose credit stands alone on the next line (a DW-style "Image: ..." line).

    Only a line that does not end like a sentence is taken: captions are noun phrases without a
    full stop, while a paragraph above a picture credit ends in one and must stay body (a sentence
    over a credit in the page's head is ``head_captions``)."""
    prev: Line | None = None
    for line in lines:
        if not line.text.strip():
            continue
        if (prev is not None and prev.label == BODY and line.label == CHROME
                and line.reason == CAPTION_REASON and _BARE_CREDIT.match(line.text)
                and 20 <= len(prev.text) <= 300 and not prev.text.rstrip().endswith(_SENTENCE_END)
                and len(prev.text.split()) >= 5 and not _stamp(prev.text)):
            prev.mark(CHROME, CAPTION_REASON, "")
        prev = line
