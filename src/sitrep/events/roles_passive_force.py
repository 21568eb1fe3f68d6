"""The agent of a passive of a hostile act given by a generic force word or by the act's own
wording: "a student was shot dead by police" (the body the document names of that kind,
``roles_np.force_body``: "police" for the Zandorian National Police; only after a participle of
a hostile act, the ``undergone_participles`` of ``role_words.json``: "were met by soldiers" is no
act done to anyone), and "forty terrorists were neutralised" (a word only a state's forces use of
their own acts: the state's army the document names).

A force word as a passive's subject ("four soldiers were killed") was tried as the act's target
and left out: the one army a story names is often not the victims' ("four soldiers were killed"
in a story naming only the US forces), and it split one clash into two events.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.actors import forces
from sitrep.actors.forces import force_words
from sitrep.events.roles_np import force_body
from sitrep.events.sentence import Sentence
from sitrep.knowledge import load
from sitrep.model import Mention


@lru_cache(maxsize=1)
def _words(name: str) -> frozenset[str]:
    return frozenset(t.lower() for e in load("role_words.json") if e.get("name") == name for t in e.get("terms", ()))


def _alternation() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(force_words(), key=len, reverse=True)) or "(?!x)x"


@lru_cache(maxsize=1)
def _by_force() -> re.Pattern:
    # "by police", "by the security forces", "by government troops": the agent is a force word
    # ending its phrase (not "by police officials", "by soldiers' relatives")
    return re.compile(r"(?<![\w'’-])by\s+(?:the\s+)?(" + _alternation() + r")(?![\w'’-])(?!\s+(?-i:[a-z]+)\s+(?:of|from)\b)", re.I)


def by_force(s: Sentence, end: int, hi: int) -> Mention | None:
    """The body a force word names as the agent right after a passive of a hostile act ending at
    ``end`` ("was shot dead by police"), or None."""
    if not s.doc:
        return None
    last = _LAST_WORDS.search(s.text, max(s.start, end - 30), end)
    if last is None or not {w.lower() for w in last.groups() if w} & _words("undergone_participles"):
        return None                        # "were met by soldiers": no hostile act undergone
    m = _by_force().search(s.text, end, min(hi, end + _BY_REACH))
    if m is None or _BREAK.search(s.text, end, m.start()):
        return None                        # "killed two, the army said, by ...": no agent of this verb
    return _only_body(s, m.group(1))


def _only_body(s: Sentence, word: str) -> Mention | None:
    """The body ``word`` stands for when the document names one body of that kind: with several
    ("four soldiers were killed" in a story of US and Iraqi troops) the victims may be any side's."""
    if len(forces.named_bodies(s.doc, word)) > 1:
        return None
    return force_body(s, word)


# the trigger's last word, and the one before it ("shot dead")
_LAST_WORDS = re.compile(r"(?:([a-z]+)\s+)?([a-z]+)$", re.I)
_BY_REACH = 40                             # "was shot dead on Monday by police"
_BREAK = re.compile(r"[,;:()\"“”]")


_LAST_WORD = re.compile(r"([a-z]+)$", re.I)
# the state's own forces, in the order a document is likeliest to name them
_STATE_FORCE_WORDS = ("the army", "the security forces")


def own_force_agent(s: Sentence, end: int) -> Mention | None:
    """The agent of an agentless passive only a state's forces use of their own acts ("around forty
    terrorists were neutralised", "11 assailants had been 'neutralised'", the
    ``own_force_participles`` of ``role_words.json``): the state's army (else security forces) the
    document names, or None."""
    if not s.doc:
        return None
    word = _LAST_WORD.search(s.text, max(s.start, end - 24), end)
    if word is None or word.group(1).lower() not in _words("own_force_participles"):
        return None
    return next((b for w in _STATE_FORCE_WORDS if (b := force_body(s, w)) is not None), None)
