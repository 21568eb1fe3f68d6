"""Independent reports of one happening: the same story, though neither copies the other.

A second outlet's own report of an incident shares little wording and no sentence order with the
wire (so it is no copy and no rewrite, and must not count as one when events are corroborated), but
it reports the same tolls and counts, names the same people and places, and appears within days.
Such a pair joins one story (``story_groups.relink_stories``) and is kept as a story link, apart from
the duplicates.

Figures carry the test: two articles on one conflict share names, places and background ("11
million displaced" is a count any of them may cite), while two reports of one incident share
several of its specific figures (``sketch.specific_figures``: no small counts, no years) and much
of their content vocabulary. A template's next event (another night, another toll) shares neither.
"""
from __future__ import annotations

import datetime as dt

import numpy as np

from sitrep.dedup.fingerprint import jaccard_estimate
from sitrep.dedup.align import _lead
from sitrep.dedup.incident import FIGURE_LEAD, other_incident
from sitrep.dedup.live_blog import live_blog
from sitrep.dedup.retold import leads_share_figure
from sitrep.dedup.lead_facts import texts_differ
from sitrep.dedup.sketch import Sketch, specific_figures
from sitrep.model import Document, StoryLink

SAME_STORY_FIGURES = 3       # specific figures both documents report ...
SAME_STORY_SHARE = 0.4       # ... at least this share of the figures of the one with fewer
SAME_STORY_CONTENT = 0.30    # estimated Jaccard similarity of their content words, at least
SAME_STORY_DAYS = 3          # published at most this many days apart, when both dates are known
# two reports that share this many specific figures (a toll, the injured, the arrested, the troops
# sent) tell one incident's own facts, not a conflict's background: an explainer or another outlet's
# own report words the rest its own way, and shares less vocabulary (an estimated 0.25-0.30 on the
# fix sets' pairs of one story; the pairs of two stories sharing four figures shared 0.22 or less)
MANY_FIGURES = 4
MANY_FIGURES_SHARE = 0.6     # ... and most of the figures of the text with fewer (a follow-up and a
# roundup that each recall a third report share its figures, not most of their own: 6 of 13)
MANY_FIGURES_CONTENT = 0.25


def same_story(a: Document, b: Document, sa: Sketch, sb: Sketch) -> StoryLink | None:
    """The story link between two documents that are not duplicates, or None (``a`` and ``b``
    need only id, publication date and the head of the text)."""
    content = jaccard_estimate(sa.content, sb.content)
    if content < MANY_FIGURES_CONTENT or _days_apart(a.published, b.published) > SAME_STORY_DAYS:
        return None
    fa, fb = specific_figures(sa), specific_figures(sb)
    both = len(np.intersect1d(fa, fb, assume_unique=True))
    if both < SAME_STORY_FIGURES or both < SAME_STORY_SHARE * min(len(fa), len(fb)):
        return None
    # (a live blog shares figures with every report of its day, one entry each: no relief there)
    if content < SAME_STORY_CONTENT and (both < MANY_FIGURES or both < MANY_FIGURES_SHARE * min(len(fa), len(fb))
                                         or live_blog(a.text) or live_blog(b.text)):
        return None
    # one desk's report of another incident shares its background figures (a yearly toll) and
    # recalls the earlier attack's toll, while each lead tells its own place, day and figures
    if other_incident(sa, sb) or texts_differ(a.text, b.text):
        return None
    # a live blog shares figures with every report of its day, one entry each: it is a report's
    # story only when its lead tells that report's figures (``live_blog``)
    if (live_blog(a.text) or live_blog(b.text)) and not leads_share_figure(sa, sb, _lead(sa, FIGURE_LEAD),
                                                                            _lead(sb, FIGURE_LEAD)):
        return None
    first, second = sorted((a.id, b.id))
    return StoryLink(first, second, round(content, 3), both)


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0
