"""The state a generic force word belongs to when the document names no such body but says whose
forces they are: "Five Cameroonian soldiers were killed ... Soldiers sealed off the district and
arrested 20 men" -- the soldiers are Cameroon's; "Kenyan police ... police fired tear gas" -- Kenya's.

Only the state's own force words count (the army and police families of ``force_words.json``:
"soldiers", "troops", "the army", "police"); "gunmen" or "the rebels" belong to no state. The
nationality is read where the text pairs it with a force word of the same family: a NORP mention
right before it ("Thai soldiers", "Pakistani security forces"), or a place's possessive ("Mali's
army"). One nationality so paired: its first mention stands for the force. Two paired equally often
("Thai and Cambodian troops exchanged fire"): none, and the words stay a description, since
recency alone would give one side's act to the other.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from sitrep.actors import forces
from sitrep.knowledge import load
from sitrep.model import Mention

# the families whose generic words are a state's forces (by their ``force_words.json`` role name)
_STATE_FAMILIES = ("army", "police", "security forces")
_NATIONAL_TYPES = frozenset({"NORP", "GPE"})
# nouns after a force word that make the phrase another thing: a ruler, an office, a site, a source
_NOT_FORCE = ("rulers?|leaders?|junta|government|regime|chiefs?|commanders?|officials?|officers?|spokes(?:man|woman|person)|"
              "sources?|bases?|court|courts|intelligence|attach[eé]s?|hospital|academy|cooperation|aid|presence|"
              "equipment|advisers?|advisors?|instructors?|trainers?|headquarters|doctrine|budget|spending")


@lru_cache(maxsize=1)
def _after_name() -> dict[str, re.Pattern]:
    """Per state family, what follows a nationality to make it that family's force: the family's
    words and heads without an article ("soldiers", "army", "security forces")."""
    out: dict[str, re.Pattern] = {}
    for e in load("force_words.json"):
        if e["name"] not in _STATE_FAMILIES or e["name"] in out:
            continue
        words = {re.sub(r"^the\s+", "", w.lower()) for w in (*e.get("words", ()), *e["heads"])}
        if e["name"] == "army":
            words |= {"forces", "security forces", "government forces"}
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        # "Cameroonian soldiers", "Mali's army", "Kenya's national police": at most one word between;
        # "Niger's military ruler", "the Chadian army chief" name a person or an office, not the force
        out[e["name"]] = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:" + alt + r")\b(?!['’-]|\s+(?:" + _NOT_FORCE + r")\b)")
    return out


def _family(word: str) -> str | None:
    fw = forces.family(word)
    return fw.name if fw is not None and fw.name in _STATE_FAMILIES else None


_memo: list = [None, {}]            # (the document's mention list, family -> answer)


def national_force(text: str, mentions: Sequence[Mention], word: str, at: int) -> Mention | None:
    """The nationality mention a state's generic force ``word`` stands for in this document (its
    first pairing with a force word of that family), or None: no state word, no pairing before
    ``at`` (the end of the word's sentence), or two nationalities paired equally often before it.
    Only pairings before count: a story about Cameroon's army that later recalls "40 Chadian
    soldiers killed three weeks ago" still means Cameroon's by its earlier "soldiers"."""
    fam = _family(word)
    if fam is None:
        return None
    if _memo[0] is not mentions:
        _memo[0], _memo[1] = mentions, {}
    got = _memo[1]
    pairs = got.get(fam)
    if pairs is None:
        rx = _after_name()[fam]
        pairs = got[fam] = [m for m in mentions if m.type in _NATIONAL_TYPES
                            # "Mali's army"; "Mali army" is more often a unit's name
                            and (m.type != "GPE" or text.startswith(("'s", "’s"), m.end))
                            and rx.match(text, m.end) is not None]
    count: dict[str, list[Mention]] = {}
    for m in pairs:
        if m.start < at:
            count.setdefault(m.key, []).append(m)
    ranked = sorted(count.values(), key=len, reverse=True)
    return ranked[0][0] if ranked and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])) else None


_COUNT = (r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|an\s+estimated)\s+)?"
          r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
          r"forty|fifty|a\s+dozen|dozens\s+of|scores\s+of|several|a)")


@lru_cache(maxsize=1)
def _counted() -> re.Pattern:
    """A counted state force as a verb's object: "killed two soldiers", "wounding three policemen"."""
    words = {re.sub(r"^the\s+", "", w.lower()) for e in load("force_words.json") if e["name"] in _STATE_FAMILIES
             for w in e.get("words", ()) if not w.lower().startswith("the ")}
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # one lower-case word may stand between ("two off-duty soldiers"); a capitalised one names the
    # state itself ("two Malian soldiers"), which the mention rules read
    return re.compile(r"\s+" + _COUNT + r"\s+(?:(?-i:[a-z][\w-]*)\s+)?(" + alt + r")\b(?![-'’])", re.I)


def counted_force(text: str, end: int, hi: int) -> str | None:
    """The generic force word of a counted object right after a verb ending at ``end`` ("killed
    two soldiers" -> "soldiers"), or None."""
    m = _counted().match(text, end, hi)
    return None if m is None else m.group(1)
