"""A generic force word as the subject of a coordinated verb: "Soldiers sealed off the district after
the blast and arrested around 20 young men", "Police cordoned off the square and detained 30".

``roles_np.generic_subject`` reads a force word right before its verb; the second verb of a
coordinated predicate stands far from it, so its subject is looked for at the clause's opening:
a force word opening the sentence (after a dateline) and followed by a verb, the trigger right
after "and". A reporting verb or a quotation on the way means the force word is a speaker or
speaks of another act ("Police said gunmen stormed the village and killed 12"): no subject then.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.actors.forces import force_words
from sitrep.events import roles_np
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?$", re.I)
# a speaker or a second subject on the way: the coordinated verb may be someone else's
_BREAK = re.compile(r"\b(?:said|says|say|told|tells|according|reported|claimed|alleged|accused|who|which|that|whom|"
                    r"while|when|but|because|although|as|if|[\"“”;:])", re.I)
_REACH = 160              # from the force word to the coordinated verb


@lru_cache(maxsize=1)
def _opening_force() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in force_words()) or "(?!x)x"
    # "Soldiers", "The soldiers", "Security forces", "Riot police on Monday": the sentence opens
    # with the force word (an article or one modifier before it), then a verb of its own
    return re.compile(r"\s*(?:[A-Z][A-Z .,'’-]{1,40}(?:\([^()]{1,30}\))?\s*[—–-]+\s*)?(?:the\s+)?(?:[\w-]+\s+)?(" + alt +
                      r")\s+(?:(?:on|late|early|last)\s+\w+\s+)?(?:(?:\w+ly|also|then|later|have|has|had)\s+){0,2}"
                      r"(?-i:[a-z]+(?:ed|ew|ook|ent|ove|ame|ought|ire|ut|et|aw))\b", re.I)


def coordinated_force(s: Sentence, start: int) -> tuple[Mention | None, str | None]:
    """(the document's body, None) or (None, the words) for a force word opening the sentence whose
    coordinated verb starts at ``start``; (None, None) when the sentence is not so built."""
    if start - s.start > _REACH or _AND_BEFORE.search(s.text, max(s.start, start - 24), start) is None:
        return None, None
    m = _opening_force().match(s.text, s.start, start)
    if m is None or _BREAK.search(s.text, m.end(), start) is not None:
        return None, None
    return roles_np._named_or_described(s, m.group(1))

