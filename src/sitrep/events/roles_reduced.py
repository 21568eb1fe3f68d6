"""A headline's reduced passive after a counted group: "At least nine Palestinians killed as drones
move into the camp", "Three soldiers wounded in Kidal blast", "12 villagers abducted near Zurmi".
Headlines drop "were", so the participle followed by no object but an adjunct (or nothing) tells
the counted people suffered the act; "Two gunmen killed three guards" (an object after it) stays
active. The drafting rule for reduced passives only knew lower-case plurals and "in/by a ..." after."""
from __future__ import annotations

import re

# a count, up to two words and a plural noun (a demonym or "civilians") right before the participle
_COUNTED = re.compile(r"(?:^|[^\w-])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"dozens|scores|hundreds|several|many|more\s+than\s+\w+|at\s+least\s+\w+)\s+"
                      r"(?:[\w-]+\s+){0,2}?[A-Za-z][\w-]*s\s+$", re.I)
# an adjunct or the clause's end after the participle; "at least 12" is an object
_ADJUNCT_NEXT = re.compile(r"\s*(?:$|[,;:()\u2013\u2014-])|\s+(?:as|in|when|after|during|by|near|on|amid|while|"
                           r"over|following|across|outside|inside|at(?!\s+least\b))\b", re.I)


def counted_reduced_passive(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the participle at ``start:end`` is a reduced passive after a counted group (the
    sentence spans ``lo:hi``)."""
    return _COUNTED.search(text, max(lo, start - 60), start) is not None \
        and _ADJUNCT_NEXT.match(text, end, hi) is not None
