"""The agent of an agentless detention reported by a force: "Police said 98 people were detained",
"Police in Tbilisi say 45 protesters have been arrested". A police or army that reports arrests
reports its own (no one else detains in its name), so the reporting force is the actor. Killings are
left alone: "the army said 12 civilians were killed" is often someone else's attack on them.

The force may speak through its officer or its statement, as leads put it: "According to a police
spokesman, 47 people were arrested", "Army chief of staff General X told reporters that 20 suspects
had been arrested", "a police statement said nine men were detained"."""
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


# the force's voice: its officer or statement after the force word ("police spokesman", "army chief
# of staff General X", "military source"), up to a few title or name words
_VOICE = (r"(?:spokesman|spokeswoman|spokesperson|spokespeople|chief(?:\s+of\s+staff)?|commander|official|officials"
          r"|source|sources|statement|officer|chief\s+of\s+defence\s+staff)\b(?:\s+[\w'’.-]+){0,4}?")
_PASSIVE_TAIL = r"[^;:.\"“”]{0,90}?\s(?:were|was|had\s+been|have\s+been|has\s+been|are|being)\s+(?:\w+ly\s+)?$"
_BARE_FORCES = ("army", "military", "police", "gendarmerie", "navy", "coast guard", "security forces")


@lru_cache(maxsize=1)
def _voice_before_passive() -> re.Pattern:
    """A force's officer or statement reporting the passive clause up to the trigger."""
    words = sorted(set(force_words()) | set(_BARE_FORCES), key=len, reverse=True)
    verbs = sorted(lexicon().words.get("attribution_verbs", ()) or ("said", "says"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    say = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(
        # "according to a police spokesman, ... were arrested"
        r"(?:^|(?<=[\s\"“(]))according\s+to\s+(?:an?\s+|the\s+)?(" + alt + r")\s+" + _VOICE + r"\s*," + _PASSIVE_TAIL
        # "Army chief of staff General X told reporters (on Tuesday) that 20 suspects had been arrested"
        + r"|(?:^|(?<=[\s\"“(]))(" + alt + r")\s+" + _VOICE + r"\s+(?:" + say + r"|told\s+(?:reporters|journalists|\w+))\b"
        + _PASSIVE_TAIL, re.I)


def custody(lemma: str) -> bool:
    """Whether a trigger's lemma is an arrest, which a reporting force makes itself (the cue set
    ``custody_lemmas``: "seized", "held" or "taken" may be a kidnapper's act and are not in it)."""
    return lemma in lexicon().words.get("custody_lemmas", frozenset())


def detaining_sayer(s: Sentence, pos: int) -> tuple[Mention | None, str | None] | None:
    """(the named force, None), (None, the force word) or None: who made the detention reported by a
    force whose passive trigger starts at ``pos``."""
    m = _sayer_before_passive().search(s.lower, max(s.start, pos - 120), pos)
    if m is None:
        m = _voice_before_passive().search(s.lower, max(s.start, pos - 200), pos)
        if m is None:
            return None
        return _named_or_described(s, m.group(1) or m.group(2))
    return _named_or_described(s, m.group(1))
