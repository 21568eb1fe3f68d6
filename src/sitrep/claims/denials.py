"""Counts the number reader does not see, and counts that are none. Denied propositions: a count inside "the claim that 21 of our comrades were killed is a lie"
or "denied reports that 40 civilians died" is nobody's claim, least of all the denier's."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.claims.numbers import Number
from sitrep.knowledge import load


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    entries = [e for e in load("claim_units.json") if e.get("kind") == "denial"]
    subjects = [w for e in entries for w in e.get("subjects", ())] or ["(?!)"]
    verdicts = [w for e in entries for w in e.get("verdicts", ())] or ["(?!)"]
    verbs = [w for e in entries for w in e.get("verbs", ())] or ["(?!)"]
    # the proposition opens before the count, in the same sentence, with no clause break between
    opened = re.compile(rf"(?i)\b(?:{_alt(subjects)})\s+that\b[^.;:!?,]*$")
    verdict = re.compile(rf"(?i)[^.;!?]*?\b(?:is|are|was|were)\s+(?:(?:all|simply|completely|totally|"
                         rf"just|utterly)\s+)?(?:{_alt(verdicts)})\b")
    denied = re.compile(rf"(?i)\b(?:{_alt(verbs)})\s+(?:(?:the\s+)?(?:{_alt(subjects)})\s+)?that\b[^.;:!?,]*$")
    return opened, verdict, denied


def is_denied(text: str, s0: int, start: int, end: int, s1: int) -> bool:
    """Whether the count at ``text[start:end]`` (sentence ``text[s0:s1]``) sits in a denied
    proposition: "the claim that N ... is a lie", "denied (reports) that N ...". Cheap: most
    sentences hold no "that" before the count."""
    before = text[s0:start]
    if "that" not in before.lower():
        return False
    opened, verdict, denied = _patterns()
    if denied.search(before):
        return True
    return opened.search(before) is not None and verdict.match(text, end, s1) is not None


_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _owned() -> tuple[re.Pattern[str], dict[str, str]]:
    entries = [e for e in load("claim_units.json") if e.get("kind") == "denial"]
    subjects = [w for e in entries for w in e.get("subjects", ())] or ["(?!)"]
    verbs = [w for e in entries for w in e.get("verbs", ())] or ["(?!)"]
    owners = {k.lower(): v for e in entries for k, v in e.get("owners", {}).items()}
    word = r"[\w'’.-]+"
    owned = re.compile(rf"(?i)\b(?:{_alt(verbs)})\s+(?:(?:a|an|the)\s+)?"
                       rf"(?:(?P<own>{word}(?:\s+{word}){{0,3}}?)(?:['’]s?)?\s+)?(?:{_alt(subjects)})"
                       rf"(?:\s+(?:made\s+)?by\s+(?P<by>[^.;:!?,]{{2,60}}?))?\s+that\b[^.;:!?,]*$")
    return owned, owners


def denied_owner(text: str, s0: int, start: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the owner of a denied claim the count at ``start`` sits in: "the
    army said, rejecting a *rebel* claim that three soldiers had been killed", "denied claims
    by *the ADF* that ...": the owner claims the figure, not the denier. None when the claim
    has no owner the text names ("denied reports that ..." is nobody's, see ``is_denied``)."""
    before = text[s0:start]
    if "that" not in before.lower():
        return None
    owned, owners = _owned()
    m = owned.search(before)
    if m is None:
        return None
    if m.group("by"):
        name = m.group("by").strip()
        head, _, rest = name.partition(" ")
        name = rest if rest and head.lower() == "the" else name
        return s0 + m.end("by") - len(name), s0 + m.end("by"), name
    own = m.group("own")
    if not own:
        return None
    own = _POSSESSIVE.sub("", own)         # "the militia's claim"
    end = s0 + m.start("own") + len(own)
    last = own.split()[-1]
    if last.lower() in owners:
        return end - len(last), end, owners[last.lower()]
    if own[0].isupper() and not own.lower().startswith(("false", "earlier", "previous", "recent")):
        return s0 + m.start("own"), end, own
    return None


@lru_cache(maxsize=1)
def _article_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]]:
    """The article, what may stand before it, and the passive subject after it. The scan starts
    from the article (rare enough) rather than trying every verb and clause opener at every
    position of the text, which cost a tenth of the claims stage."""
    verbs = [w for e in load("claim_units.json") if e.get("kind") == "article_count" for w in e["verbs"]]
    passive = [w for e in load("claim_units.json") if e.get("kind") == "article_count" for w in e.get("passive", ())]
    # "\b(?i:an?)\s+", with the word boundary as lookbehinds after the letters: the scan then
    # looks for an "a" first, not for a boundary at every position (a third faster)
    article = re.compile(r"([aA][nN]?)(?<!\w[aA])(?<!\w[aA][nN])\s+(?=[A-Za-z])")
    # "killing a crew member": a killing or wounding verb right before the article
    before = re.compile(rf"(?i:\b(?:{_alt(verbs or ['(?!)'])})\s+)\Z|"
                        # or the article opens a clause (sentence start, "when", "and") ...
                        r"(?P<open>\A\Z|(?<=\n)\Z|(?<=[.!?;]\s)\Z|\b(?:when|after|and|as|while|but)\s+\Z)")
    # ... and its noun phrase of one to three words is the subject of a passive casualty verb:
    # "A crew member was killed and ..."
    # "a Palestinian man in the West Bank was killed": a named place may stand before the verb
    subject = re.compile(rf"(?:[A-Za-z][\w-]*\s+){{1,3}}(?:(?:with|from|serving\s+with|attached\s+to)\s+(?:the\s+)?[A-Z]"
                         rf"[A-Za-z'’-]*\s+(?:(?!and\b)[A-Za-z'’-]+\s+){{0,8}}?"
                         rf"|(?:in|near|at)\s+(?:the\s+)?[A-Z][A-Za-z'’-]*\s+(?:[A-Z][A-Za-z'’-]*\s+){{0,2}})?"
                         rf"(?:{_alt(passive)})\b") if passive else None
    # the last word of what may stand before the article, for a cheap test ahead of ``before``
    ends = tuple(sorted({w.split()[-1].lower() for w in verbs if w.strip()}
                        | {"when", "after", "and", "as", "while", "but"}))
    return article, before, subject, ends


def _may_open(text: str, a: int, ends: tuple[str, ...]) -> bool:
    """Whether ``before`` can match right before the article at ``a``: a necessary condition,
    so most articles ("a statement", "of a village") skip the regex search. Every alternative
    of ``before`` ends in whitespace right before ``a`` (or is the text's start), after a
    sentence end, a newline, or a word of ``ends``."""
    if a == 0 or text[a - 1] == "\n":
        return True
    j = a
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == a:
        return False
    if text[j - 1] in ".!?;":
        return True
    word = text[max(0, j - 10):j]
    # (?i) may match a non-ASCII letter to an ASCII one ("\u017f" to "s"): leave those to the regex
    return not word.isascii() or word.lower().endswith(ends)


def article_counts(text: str) -> list[Number]:
    """"killing a crew member": the article as the count one, right after a killing or wounding
    verb. Whether a person noun follows is the caller's check, on the unit it reads."""
    article, before, subject, ends = _article_patterns()
    out = []
    for m in article.finditer(text):
        a, end = m.start(1), m.end()
        if not _may_open(text, a, ends):
            continue
        b = before.search(text, max(0, a - 40), a)
        if b is None or (b.group("open") is not None and (
                subject is None or text[a] not in "Aa" or (m.end(1) - a > 1 and text[a + 1] != "n")
                or subject.match(text, end) is None)):
            continue
        out.append(Number(a, m.end(1), m.group(1), 1, a, words=True))
    return out
