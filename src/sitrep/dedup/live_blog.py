"""A live blog: a day's many happenings as timestamped entries ("19:40 – The Health Ministry said
...", "14:32 - Israeli army ..."), the most recent first.

Such a page cites, one entry each, the tolls, counts and quotes of every report of that day, so it
shares several specific figures and much vocabulary with each of them; which story it belongs to
is told by what it leads with (its headline and first entries), not by the figures it shares with
one report among many (``same_story``).
"""
from __future__ import annotations

import re

# an entry's time stamp opening a paragraph: "19:40 –", "9.15 -", "14h32 :"
_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.h]\d{2}\b(?:\s*(?:GMT|UTC|[AP]M|a\.m\.|p\.m\.))?\s*[-–—:|]", re.M | re.I)
LIVE_ENTRIES = 3        # time-stamped entries in a text's head that make it a live blog


def live_blog(head: str) -> bool:
    """Whether ``head`` (a text's first characters) is a live blog's: LIVE_ENTRIES time-stamped entries."""
    return len(_STAMP.findall(head)) >= LIVE_ENTRIES
