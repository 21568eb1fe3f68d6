"""The words that give a described speaker's only name: "a commander, who gave his name only as
X", "a trader, identified only by her first name, X", "a nurse, known only as X". The name after
them is the speaker's own, not a third person's.
"""
from __future__ import annotations

import re

# an apposition giving the only name a described speaker gave: "a commander, who gave his name only
# as X,", "a trader, identified only by her first name, X,", "a nurse, known only as X,"
_NAMING_WORDS = (r"(?:who\s+)?(?:(?:gave|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+)?"
                 r"name(?:\s+only)?\s+as|(?:who\s+(?:was|is|asked\s+to\s+be)\s+)?(?:identified|known|named)"
                 r"\s+only\s+(?:as|by\s+(?:his|her|their)\s+(?:first\s+|last\s+|given\s+)?name,?))\s+")
NAMING = re.compile(_NAMING_WORDS + r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})$", re.I)
# the naming words right before a name: the name is the speaker's, not a third person's
NAMING_LEAD = re.compile(_NAMING_WORDS + r"$", re.I)
# the same with a rank or title between them and the name ("gave his name as Captain X")
NAMING_TITLED = re.compile(_NAMING_WORDS + r"(?:[A-Za-z]+\.?\s+){1,2}$", re.I)
