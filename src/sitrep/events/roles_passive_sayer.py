"""The agent of an agentless detention reported by a force: "Police said 98 people were detained",
"Police in Tbilisi say 45 protesters have been arrested". A police or army that reports arrests
reports its own (no one else detains in its name), so the reporting force is the actor. Killings are
left alone: "the army said 12 civilians were killed" is often someone else's attack on them."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.actors.forces import force_words
from sitrep.events.lexicon import lexicon
from sitrep.events.roles_np import _named_or_described
from sitrep.events.sentence import Sentence
from sitrep.model import Mention


@lru_cache(maxsize=1)
def _sayer_before_passive() -> re.Pattern:
    """A force word, a saying verb, then the passive clause up to the trigger (no clause break)."""
    words = force_words() or ("(?!x)x",)
    verbs = sorted(lexicon().words.get("attribution_verbs", ()) or ("said", "says"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    say = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    # "police (in Tbilisi) said (on Monday) (that) 45 people were detained": the force is the sayer
    # and the subject of the saying verb (no other subject word between them)
    place = r"(?:(?:in|at)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+)?"
    return re.compile(r"(?:^|(?<=[\s\"“(]))(" + alt + r")\s+" + place + r"(?:\w+ly\s+)?(?:" + say + r")\b"
                      r"[^,;:.\"“”]{0,70}?\s(?:were|was|had\s+been|have\s+been|has\s+been|are|being)\s+"
                      r"(?:\w+ly\s+)?$", re.I)


def custody(lemma: str) -> bool:
    """Whether a trigger's lemma is an arrest, which a reporting force makes itself (the cue set
    ``custody_lemmas``: "seized", "held" or "taken" may be a kidnapper's act and are not in it)."""
    return lemma in lexicon().words.get("custody_lemmas", frozenset())


def detaining_sayer(s: Sentence, pos: int) -> tuple[Mention | None, str | None] | None:
    """(the named force, None), (None, the force word) or None: who made the detention reported by a
    force whose passive trigger starts at ``pos``."""
    m = _sayer_before_passive().search(s.lower, max(s.start, pos - 120), pos)
    return None if m is None else _named_or_described(s, m.group(1))
