"""A party named as a member of a group that fills a role: "Several countries, including Saudi Arabia
and Qatar, have condemned ...", "Rights groups including Amnesty International have called for ...",
"Police arrested 51 people, including opposition leader X". The group itself is a description
("several countries", "51 people") that names no party; the named member is the party the act is
told of, and the one a reader (and a coder) records. Without this the act has no actor (or no
target) at all, and the named party is read as a prepositional object and skipped.

Only a group noun phrase that opens its clause (subject side) or a counted object right after the
verb (object side) qualifies, so "attacks on several villages, including X" (a place inside a
prepositional phrase) keeps its reading.
"""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# the words that introduce the named members of a group
_MEMBERS = r"(?:including|among\s+them|such\s+as)"
# up to three words between the cue and the name: a title or description ("former Vice President",
# "opposition leader", "the"), never a clause break or a preposition that makes the name an owner
_TITLE = r"(?:(?!(?:of|in|on|at|from|for|by|with|near|and|or|who|which|that)\b)[\w.'’-]+\s+){0,3}"
# a clause-opening group: up to three modifiers and a plural head ("rights groups", "several
# countries", "opposition leaders", "other Western governments"); no preposition inside, so the
# group is the subject itself, not the object of a phrase before it
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?!(?:of|in|on|at|from|for|by|with|against|near|into|over|after|before|since)\b)[A-Za-z][\w'’-]*\s+){0,3}?"
    r"(?:[a-z][\w'’-]*s|people)\s*,?\s+" + _MEMBERS + r"\s+" + _TITLE + r"$")
# right after a counted object ("51 people| , including X"), or after a short adjunct of time or
# place set between ("detained 20 people| on Monday, including X"): the cue and a title
_AFTER_OBJECT = re.compile(r"(?:\s+(?:on|in|at|near|during|across|after|since)\s+[^,;.:()\"“”]{1,40}?)?"
                           r"\s*,?\s+" + _MEMBERS + r"\s+" + _TITLE + r"$")
_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def member_subject(s: Sentence, m: Mention, lo: int) -> bool:
    """Whether ``m`` is the first named member of the group that opens the clause at ``lo``
    ("Rights groups including |Amnesty International| have called for")."""
    return m.type in _PARTY_TYPES and m.start > lo and _GROUP_SUBJECT.fullmatch(s.text, lo, m.start) is not None


def member_object(s: Sentence, after: int, hi: int) -> Mention | None:
    """The first party named as a member of the counted object ending at ``after`` ("arrested 51
    people, including |X|"), before ``hi``; None when the object names no member."""
    for m in s.mentions:
        if m.start < after:
            continue
        if m.end > hi or m.start - after > 60:
            return None
        if m.type in _PARTY_TYPES and _AFTER_OBJECT.fullmatch(s.text, after, m.start) is not None:
            return m
    return None


_CUE = re.compile(r"\b" + _MEMBERS + r"\b")


def group_member(s: Sentence, lo: int, pos: int) -> Mention | None:
    """The first named member of a group opening the clause [lo, pos), or None."""
    if _CUE.search(s.lower, lo, pos) is None:
        return None                        # the common case: no member list at all
    for m in s.mentions:
        if m.start >= pos:
            break
        if m.start > lo and member_subject(s, m, lo):
            return m
    return None
