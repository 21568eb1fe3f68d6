"""Key points above a story: a list of short summary lines, each its own news.

Pages of some broadcasters open with a few short lines summing the story up ("The bodies of 64 men
were recovered after Sunday's ambush" / "The council has approved sending more soldiers"), with no
full stops, like subheadings. A subheading retells the section below it and takes that section's
time (``timescope.subheading``); a key point does not: each tells its own piece of news, so it is
dated like any sentence of the report (its own time, its tense)."""
from __future__ import annotations

import re

_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def summary_line(text: str, lo: int, max_len: int) -> bool:
    """Whether the short line at ``lo`` follows another short summary line (not the text's first
    line, not a time stamp): a list of key points above the story ("The bodies of 64 men were
    recovered" / "The council has approved sending more soldiers"), each its own news, not a
    subheading retelling the section below it."""
    j = lo - 1
    while j > 0 and text[j - 1] in "\n \t":
        j -= 1
    if j <= 0:
        return False
    a = text.rfind("\n", 0, j) + 1
    if a == 0:
        return False                          # the line above is the headline
    above = text[a:j].strip()
    return (len(above) <= max_len and above[-1:] not in ".!?:;,\"”’')" and not _CLOCK.search(above)
            and len(_LOWER_WORD.findall(above)) >= 4)
