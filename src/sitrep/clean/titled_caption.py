"""A picture caption that names who is shown by office first: "Borno State Governor, Babagana
Zulum", "Interior Minister, Jane Doe". Under a byline it reads like one more name line, but a
byline names its writer first ("Jane Doe, political correspondent"); an office before the comma
is the caption of the portrait below the byline."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep import knowledge

# a writer's own role before the name is a credit ("Staff Reporter, Jane Doe"), not a caption
_WRITING = frozenset("correspondent reporter editor writer journalist columnist contributor author "
                     "photographer photojournalist presenter anchor producer".split())
# an office phrase: capitalised words (and "of"/"the"/"and"), then a comma and a name of 2-4 words
_SHAPE = re.compile(r"(?P<office>[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*)){0,6}),\s+"
                    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\.?")


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """The last word of each title of ``actor_cues.json`` ("Governor", "Minister", "Commander")."""
    words = set()
    for entry in knowledge.load("actor_cues.json"):
        if entry.get("kind") != "title":
            continue
        for title in entry.get("words", []):
            last = title.split()[-1].rstrip(".").casefold()
            if len(last) > 3 and last not in _WRITING:
                words.add(last)
    return frozenset(words)


def titled_caption(text: str) -> bool:
    """Whether a short header line is an office and a name, the caption of a portrait."""
    if len(text) > 90 or "," not in text:
        return False
    m = _SHAPE.fullmatch(text.strip())
    if m is None:
        return False
    office = m.group("office").split()
    # one word is a name's first part as often as an office ("Governor, Jane Doe" stays): the
    # office names its seat too ("Borno State Governor", "Interior Minister")
    return len(office) >= 2 and office[-1].rstrip(".").casefold() in _offices()
