"""Where an article starts on a whole page, and the headline over its standfirst.

A crude scraper keeps the whole page: a site's menus, a newsletter pitch and related stories'
teasers stand above the article, and some of them read as prose ("In-depth reporting, data and
intelligence, all in one place."). The first prose line is then no article's opening: the
article's text is the longest run of prose on the page, and its headline stands a few lines
above that run (over the standfirst, the byline and the date stamp), not at the page's top.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lines import BODY, CHROME, META, Line
from sitrep.clean.zones import is_prose, looks_like_headline
from sitrep.metadata.byline import names_in

# non-prose lines a run of paragraphs may hold (a caption, an "Advertisement", a pull quote)
_RUN_GAP = 1
# the article's run holds at least this share of the longest run's text (a listicle's sections
# are runs of their own, a promo in capitals cuts the text, a comment thread's run may be longer)
_RUN_SHARE = 0.3
# lines between the first prose line and the article's run that show a page's chrome (menus,
# teasers) stands between them, not one standfirst and its byline
_CHROME_GAP = 8
# lines above the article's run where its headline, standfirst, byline and stamp stand
HEAD_WINDOW = 14
# lines under a standfirst where its byline or date stamp stands (a share bar, a caption between)
_STANDFIRST_REACH = 4
# a line the page repeats this often is a label (a section's kicker over every teaser)
_LABEL_REPEATS = 3
# "By" alone on its line, the author's name on the next (a page's markup splits the byline)
_BY_ALONE = re.compile(r"\s*(?:[Bb]y|BY)\s*:?\s*")


def article_run(lines: Sequence[Line], prose: int) -> int:
    """The first line of the article's text: the first run of prose lines holding at least a
    third as much text as the longest run (a list of teasers, a standfirst under each headline,
    holds less), when the first prose line (``prose``) stands apart from it, many lines above;
    else ``prose`` itself."""
    runs = _runs(lines, prose)
    if not runs:
        return prose
    most = max(size for _, size in runs)
    best = next(start for start, size in runs if size >= most * _RUN_SHARE)
    between = sum(1 for line in lines[prose:best] if line.text)
    return best if between >= _CHROME_GAP else prose


def _runs(lines: Sequence[Line], prose: int) -> list[tuple[int, int]]:
    """(first line, characters) of each run of prose lines from ``prose`` on: paragraphs with at
    most one other text line between two of them (a caption, a pull quote) and any chrome (an
    "Advertisement", a share bar). A headline between two teasers' standfirsts ends a run."""
    runs: list[tuple[int, int]] = []
    start, size, gap = None, 0, 0
    for i in range(prose, len(lines)):
        line = lines[i]
        if not line.text or (start is not None and line.label == CHROME):
            continue
        if line.label == BODY and is_prose(line.text):
            if start is None:
                start, size = i, 0
            size += len(line.text)
            gap = 0
        elif start is not None:
            gap += 1
            if gap > _RUN_GAP or looks_like_headline(line.text):
                runs.append((start, size))
                start, size, gap = None, 0, 0
    if start is not None:
        runs.append((start, size))
    return runs


def head_start(lines: Sequence[Line], body: int) -> int:
    """The first line of the window above the article's run where its head stands."""
    seen = 0
    for k in range(body - 1, -1, -1):
        if lines[k].text:
            seen += 1
            if seen >= HEAD_WINDOW:
                return k
    return 0


def anchored(lines: Sequence[Line], i: int, prose: int, reach: int = 2) -> bool:
    """Whether a byline or a date stamp follows line ``i`` with at most ``reach`` text lines
    between (chrome aside: a standfirst, a caption): what heads an article."""
    seen = 0
    for k in range(i + 1, min(len(lines), prose + 1)):
        line = lines[k]
        if not line.text or line.label == CHROME:
            continue
        if line.label == META and line.reason != "credit line" or _BY_ALONE.fullmatch(line.text):
            return True
        seen += 1
        if seen > reach:
            return False
    return False


def standfirst_headline(lines: Sequence[Line], prose: int, top: int) -> int | None:
    """The headline over a standfirst: when the first prose line has a byline or a date stamp
    under it (a share bar or a caption between), it is the article's standfirst, and the
    headline-shaped line right above it (a kicker of a few words aside) is the headline."""
    if prose >= len(lines) or not _stamp_under(lines, prose):
        return None
    above = [k for k in range(prose - 1, top - 1, -1) if lines[k].text and lines[k].label != CHROME][:2]
    if not above or lines[above[0]].label != BODY:
        return None
    near = above[0]
    if len(above) == 2 and lines[above[1]].label == BODY and len(lines[near].text.split()) <= 3 \
            and looks_like_headline(lines[above[1]].text) \
            and len(lines[above[1]].text.split()) > len(lines[near].text.split()) + 2:
        return above[1]             # a kicker between the headline and its standfirst ("'YOU'RE DONE'")
    text = lines[near].text.strip()
    if not looks_like_headline(text, min_words=2) or names_in(text) == [text]:
        return None                 # one person's name alone over the text is a byline
    if sum(1 for line in lines if line.text.strip() == text) >= _LABEL_REPEATS:
        return None
    return near


def _stamp_under(lines: Sequence[Line], i: int) -> bool:
    seen = 0
    for k in range(i + 1, len(lines)):
        line = lines[k]
        if not line.text or line.label == CHROME:
            continue
        if line.label == META and line.reason != "credit line":
            return True
        seen += 1
        if seen >= _STANDFIRST_REACH or (line.label == BODY and is_prose(line.text)):
            return False
    return False
