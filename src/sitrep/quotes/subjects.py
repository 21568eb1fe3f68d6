"""The subject of a sentence before its reporting verb: which words before a name still leave
the name the subject (``lead_ok``), and a subject set apart from its verb by a subordinate
clause with no commas (``interposed_subject``: "The spokesman X when he was asked about the
attack said")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.model import Mention
from sitrep.quotes.cues import Cues

if TYPE_CHECKING:
    from sitrep.quotes.speakers import MentionIndex

_WORD = re.compile(r"[\w'’.\-]+")
CLAUSE = re.compile(r"(?:^|\s)(?:that|and|but|while|as|after|before|because|when|which|who|whom|"
                    r"where|if|since|though|although|whereas|so|then|than)\s", re.I)
# words that put a name into an adverbial or a clause, not the subject: "After meeting X, ..."
_LEAD_BLOCKERS = frozenset(("after", "before", "with", "without", "in", "on", "at", "by", "for", "from",
                            "to", "against", "when", "while", "as", "since", "during", "despite",
                            "unlike", "like", "amid", "following", "under", "over", "between", "among",
                            "near", "than", "if", "because", "and", "but", "or", "that", "which", "who",
                            "whom", "whose", "where", "about", "told", "said", "met", "says"))
ADVERBIAL = re.compile(r"[^,]{0,40},\s*")
# subordinators whose clause may stand between a subject and its verb: "X when asked ... said"
_SUBORDINATORS = frozenset(("when", "while", "as", "after", "before", "once", "if", "since"))
SUBJECT_TYPES = frozenset(("PERSON", "ORG"))
# a verb of the clause's own: an auxiliary or a past form ("when he was asked", "after visiting")
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|been|being|[a-z]{3,}(?:ed|ing))\b")


def lead_ok(lead: str, cues: Cues) -> bool:
    """Whether ``lead``, the words of a sentence before a name, leaves the name its subject:
    leading adverbials end at the last comma ("On Monday, speaking at a briefing, Spokesperson
    X ..."); what remains must be titles and names ("Foreign Minister", "The mediator")."""
    comma = lead.rfind(",")
    if comma != -1:
        lead = lead[comma + 1:]
    words = _WORD.findall(lead)
    if len(words) > 6 or (words and words[0].lower() in _LEAD_BLOCKERS):
        return False
    for w in words:
        low = w.lower()
        if w[0].isupper() or low in cues.title_words:
            continue
        if low in _LEAD_BLOCKERS or low.endswith(("ed", "ing")):
            return False
    return True


def interposed_subject(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Mention | None:
    """The subject before a subordinate clause set between it and its verb with no commas, as
    translated copy does: "The spokesman X when he was asked about the attack said": X, not "the
    attack". Only when the clause opens right after a name that closes the sentence's first noun
    phrase, and holds a verb of its own."""
    last = None
    for cm in CLAUSE.finditer(text, a, b):
        if last is not None:
            return None         # "X said that when ...": the name is no subject of this verb
        last = cm
    if last is None or last.group().strip().lower() not in _SUBORDINATORS:
        return None
    lead_a = a
    am = ADVERBIAL.match(text, a, last.start())
    if am and not idx.within(a, am.end() - 1):
        lead_a = am.end()
    ms = idx.within(lead_a, last.start())
    if not ms or ms[-1].type not in SUBJECT_TYPES or text[ms[-1].end:last.start()].strip() \
            or not lead_ok(text[lead_a:ms[-1].start], cues) or not _FINITE.search(text, last.end(), b):
        return None
    return ms[-1]


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "another", "one", "some", "several"))


def lead_description(text: str, a: int, b: int, cues: Cues) -> tuple[int, int] | None:
    """The describing noun phrase opening the clause ``text[a:b]`` ("The general also outlined
    ...": "The general"; "The Republican nominee also ...": "The Republican nominee"): a
    determiner, then titles, speaker nouns and capitalised words; the span, or None when the
    clause opens otherwise or the phrase stands alone (no verb follows it)."""
    words = list(_WORD.finditer(text, a, b))
    if len(words) < 3 or words[0].group().lower() not in _DETERMINERS:
        return None
    end = None
    for w in words[1:6]:
        tok = w.group()
        low = tok.lower()
        if tok[0].isupper() or low in cues.title_words or low in cues.speaker_nouns:
            end = w.end()
            continue
        break
    else:
        return None
    if end is None or end >= words[-1].end():
        return None
    return words[0].start(), end


_LAST_WORD = re.compile(r"\s([a-z]{3,})\s*$")


def strip_adverb(text: str, a: int, b: int, cues: Cues) -> int:
    """Where the stretch ``text[a:b]`` before a reporting verb ends once a manner adverb closing
    it is set aside ("Gingrich cynically", "X, head of Y, forcefully"); ``b`` when none does."""
    m = _LAST_WORD.search(text, max(a, b - 24), b)
    if m is None:
        return b
    word = m.group(1)
    if not word.endswith(cues.adverb_suffix) or word in cues.not_adverbs:
        return b
    return m.start()

