"""Where a trigger's subject or object may be looked for, beyond the clause cues.

- A dateline ("Maiduguri (Nigeria) (AFP) -", "TRIPOLI, Aug 15 (Reuters) -", "Goma - ") names where the
  story was filed: a place in it is never the actor of the lead sentence's act.
- A common noun opening a new clause after a comma ("Rada blames the brigade, brigade denies ...",
  "the army shelled the town, residents fled") is the subject of the verb it stands before: no name
  left of that comma is.
- A person's possessive after a partitive ("one of his members was killed") stands for the part,
  never for the person (a body's own force stays: "two of its soldiers were killed").
- An inverted attribution (", said civil defence spokesman X, and forty were injured") names the
  speaker, never the subject of the clause that follows it.
- A comma-led coordinated verb with its own object (", and demanded that the court ...") ends the
  object of the verb before it.
"""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

__all__ = ["lead_end", "new_clause_start", "prepositional_possessive", "partitive", "inverted_sayer", "coordinated_verb"]

# the head of a dateline: up to four capitalised words (a slash joins two cities), optional bracketed
# country or agency, optional date, then a dash; nothing but places and outlets may be named in it
_LEAD = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:[ /](?:[A-Z][\w'’.-]*|al|el|de|du))*){1,4}?"
                   r"(?:\s*\([^()\n]{1,30}\))*"
                   r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?"
                   r"(?:\s*\([^()\n]{1,30}\))*\s*[-–—]{1,2}\s+(?=\S)")
_LEAD_TYPES = frozenset({"GPE", "LOC", "MEDIA"})


def lead_end(s: Sentence) -> int:
    """Where a dateline opening the sentence ends (``s.start`` when there is none)."""
    key = ("lead_end", s.start)
    got = s.memo.get(key)
    if got is None:
        got = s.start
        m = _LEAD.match(s.text, s.start, min(s.end, s.start + 90))
        if m is not None and all(x.type in _LEAD_TYPES for x in s.mentions if x.start < m.end()):
            got = m.end()
        s.memo[key] = got
    return got


# ", brigade denies", ", residents fled", ", two soldiers were": one to three lower-case words after a
# comma, right before the verb; a conjunction, relative, pronoun or sentence adverb opens no such clause
_NEW_CLAUSE = re.compile(r",\s+(?:the\s+)?((?-i:[a-z0-9][\w-]*))(?:\s+(?-i:[a-z0-9][\w-]*)){0,2}\s+$")
_NOT_SUBJECT = frozenset({
    "and", "or", "but", "nor", "which", "who", "whom", "whose", "that", "while", "when", "whereas", "as", "then",
    "also", "however", "meanwhile", "later", "too", "reportedly", "allegedly", "it", "they", "he", "she", "we",
    "its", "their", "his", "her", "a", "an", "after", "before", "since", "until", "if", "though", "although",
    "because", "where", "so", "yet", "in", "on", "at", "by", "with", "from", "for", "of", "to", "into", "near",
    "during", "amid", "according", "including", "not", "still", "again", "once", "now", "instead", "thus",
    "i", "you", "this", "these", "those", "there", "here", "what", "both", "each", "all", "such",
    # an auxiliary or modal continues the clause before the comma ("X, a key ally, has refused")
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "did", "does", "do", "been", "being", "be", "not", "never", "who", "said", "says"})


def new_clause_start(s: Sentence, lo: int, pos: int) -> int:
    """``lo``, moved past a comma after which a common-noun subject stands right before the verb at
    ``pos`` ("..., brigade denies"): names left of that comma belong to another clause."""
    m = _NEW_CLAUSE.search(s.text, max(lo, pos - 60), pos)
    if m is None or m.group(1) in _NOT_SUBJECT or m.group(1).endswith(("ing", "ly")) or _COUNT.match(m.group(1)):
        # ", killing three": a participle; ", reportedly": an adverb; ", three people died": a count
        # the roles before it may still own (left as it was)
        return lo
    if any(m.start() < x.start < pos for x in s.mentions):
        return lo
    return m.start() + 1


_COUNT = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                    r"thirty|forty|fifty|hundreds|thousands|dozens|scores|several|many|some|most)$")

_PREP_POSSESSIVE = re.compile(r"(?<![\w-])(?:on|in|of|at|with|from|to|into|onto|under|over|behind|for|by|"
                              r"near|inside|against|across|through|around)\s+$", re.I)


def prepositional_possessive(s: Sentence, start: int, end: int, word: str) -> bool:
    """Whether the pronoun ``word`` at ``start`` is a possessive inside a prepositional phrase ("on her
    back", "one of his members"): it determines a noun, it is no subject."""
    return word.lower() in ("his", "her", "its", "their") \
        and _PREP_POSSESSIVE.search(s.text, max(s.start, start - 12), start) is not None


_PARTITIVE = re.compile(r"(?<![\w-])(?:one|two|three|four|five|some|several|many|most|all|none|dozens|scores|"
                        r"each|any|both)\s+of\s+$", re.I)


def partitive(s: Sentence, start: int) -> bool:
    """Whether the possessive at ``start`` follows a partitive ("one of his men"): the part is meant."""
    return _PARTITIVE.search(s.text, max(s.start, start - 16), start) is not None


# ", said civil defence spokesman ": the reporting verb before the speaker's name and title
_INVERTED = re.compile(r"(?:^|[,;])\s*(?:said|says|told|added|according\s+to)\s+(?:[\w.'’-]+\s+){0,5}$", re.I)


def inverted_sayer(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` is the speaker of an inverted attribution (", said spokesman X,")."""
    return _CLOSED.match(s.text, m.end, s.end) is not None \
        and _INVERTED.search(s.text, max(s.start, m.start - 60), m.start) is not None


# the speaker's name closes the attribution: ", said X, and ..." (not "said Russia asked Iran")
_CLOSED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[,;.]|$)")


_COORD_VERB = re.compile(r",\s+and\s+(?:also\s+|then\s+|later\s+)?(?-i:[a-z]{3,}ed)\s")


def coordinated_verb(s: Sentence, end: int, hi: int) -> int:
    """``hi``, cut where a comma-led coordinated past verb starts after the trigger ending at ``end``
    ("condemned the crime, and demanded that the court ..."): the court is the second verb's."""
    m = _COORD_VERB.search(s.text, end, hi)
    return m.start() if m is not None and m.start() > end else hi
