"""A person named after a preposition and a title: "in a letter to UN Secretary-General X", "held a
call with US Secretary of Defense Y", "called in Turkish ambassador Z". The sentence's own
preposition check sees only a lower-case word between the preposition and a name, so a capitalised
title (and the body or demonym before it) hid the preposition and made the addressee the subject
of the verb that follows ("X in a letter to Secretary-General Y called for ...": X called)."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.sentence import Sentence
from sitrep.knowledge import load
from sitrep.model import Mention

# prepositions that put a titled person in an adjunct or an object; "of" and "by" are left out:
# "the government of President X" and "by President X" are read by the owner and agent rules
_PREPS = ("to", "with", "in", "for", "from", "against", "on", "at", "between", "among", "toward", "towards",
          "including", "near", "like", "upon", "into")
# title words that are as often something else ("U Thant" is a name, "Miss" a verb, "State" a noun)
_AMBIGUOUS = frozenset({"u", "me", "miss", "state", "private", "ally", "sri", "rival", "head", "member"})
# a date between the preposition and the title ("On Tuesday President X ordered") keeps X the subject
_DATES = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
          "July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    titles = {w for e in load("actor_cues.json") if e.get("kind") == "title" for w in e.get("words", [])
              if w.split()[-1].lower() not in _AMBIGUOUS}
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    # the preposition, an optional determiner, up to three capitalised words (a body or demonym:
    # "UN", "US", "Turkish") and the title, right before the name; no comma, so a fronted
    # adjunct ("In Kabul, President X said") never counts
    return re.compile(r"(?:^|[^\w-])(?:" + "|".join(_PREPS) + r")\s+(?:(?:the|a|an)\s+)?"
                      r"(?:(?!(?:" + _DATES + r")\b)(?-i:[A-Z][\w.'’-]*)\s+){0,3}"
                      r"(?:(?-i:[a-z]+)\s+)?(?:" + alt + r")\s+$", re.I)


def after_titled_preposition(s: Sentence, m: Mention) -> bool:
    """Whether the person ``m`` stands after a preposition and a title, so it is no subject."""
    if m.type != "PERSON":
        return False
    return _pattern().search(s.text, max(s.start, m.start - 70), m.start) is not None


@lru_cache(maxsize=1)
def _possessive() -> re.Pattern:
    titles = {w for e in load("actor_cues.json") if e.get("kind") == "title" for w in e.get("words", [])
              if w.split()[-1].lower() not in _AMBIGUOUS}
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    return re.compile(r"['’]s\s+(?:(?:former|ex-|late|then|outgoing|acting|interim|deputy|exiled|jailed)\s+)?"
                      r"(?:" + alt + r")\s+", re.I)


def possessive_title(s: Sentence, m: Mention, person: Mention) -> bool:
    """Whether ``m`` owns the title of the person right after it ("Bolivia's former president
    |Evo Morales|"): the person, not the state, is the one named."""
    return person.type == "PERSON" and _possessive().fullmatch(s.text, m.end, person.start) is not None
