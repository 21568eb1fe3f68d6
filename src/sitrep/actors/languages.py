"""Language names ("said in Swahili", "a speech in Pashto"): the place phrase "in X" reads them
as places, and no language is one. Data: ``language`` in ``actor_cues.json``."""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .fold import light


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """Light keys of the language names, words joined by one space."""
    return frozenset(" ".join(light(w) for w in x.split()) for e in load("actor_cues.json")
                     if e.get("kind") == "language" for x in e.get("words", ()))
