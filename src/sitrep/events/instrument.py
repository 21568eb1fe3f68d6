"""Attacks told through their weapon or their toll, not through who carried them out.

News often makes the weapon the subject ("a drone launched from Iraq hit a base", "rockets fired by
the X Brigade slammed into a market", "an airstrike killed 12") or states only the toll ("two
soldiers were killed when ..."). The lexicon's ``instrument`` regex entries find the first kind;
this module reads their roles:
  - actor: the "by" agent of the weapon's participle ("fired by Y"), else whoever owns or modifies
    the weapon ("Russian missiles", "the RSF's drones", "its drones" resolved), else nobody. A
    "from X" origin is never the actor: it says where the weapon came from, not whose it was.
  - target: the first actor or place object after the verb, as for any active verb.
Such reports, and passive tolls in a sentence that speaks of an attack (``attack_context`` cues),
are kept even with no actor and no target: the act, its place, date, mode and toll are known.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events import roles, roles_nominal
from sitrep.events.lexicon import Lexicon, Spec
from sitrep.model import Mention

# ``Draft.bare`` values: may a draft with neither actor nor target stand?
BARE_NO = 0
BARE_FRESH = 1          # yes: it reports a new act
BARE_ANAPHORIC = 2      # only if no recent report of an attack is what "the attack" refers to
# lemmas whose passive states a toll ("were killed", "were wounded")
TOLL_LEMMAS = frozenset({"kill", "wound", "injure"})
# a security force's word for killing: "eight gang members were neutralised" reports its own operation
KILLING_LEMMAS = frozenset({"neutralise", "neutralize"})
# a definite or demonstrative before an attack word refers back to an act already reported
_DEFINITE = re.compile(r"(?<![\w-])(?:the|that|this|these|those|same|its|their)\s+(?:[\w-]+\s+)?$", re.I)
_POSSESSIVE = frozenset({"its", "their", "his", "her"})
# weapons that are actors rather than tools: their own words describe who acted
_PERSONS = re.compile(r"(?:suicide\s+)?(?:bombers?|gunmen|assailants|attackers)\b", re.I)


@lru_cache(maxsize=64)
def _compiled(term: str) -> re.Pattern:
    return re.compile(term)


def parse(s: roles.Sentence, start: int, spec: Spec) -> re.Match | None:
    """The instrument match at ``start`` (on the lower-cased text), or None when it is no weapon:
    a capitalised "Shell" is the company, not a shell."""
    m = _compiled(spec.lemma).match(s.lower, start)
    if m is None:
        return None
    if s.text.startswith("Shell", start) and not s.text.startswith("Shells", start):
        return None
    return m


# "the vessel reported a drone exploding in the water near it": the ship that reports a weapon
# going off beside it was its target
_NEAR_IT = re.compile(r"(?:\s+(?:in|into|on)\s+the\s+(?:water|sea))?\s+(?:near|close\s+to|beside|next\s+to|near\s+to|"
                      r"in\s+the\s+vicinity\s+of)\s+(?:it|her)\b", re.I)
_REPORTED_BEFORE = re.compile(r"(?<![\w-])reported\s+(?:an?\s+|the\s+|one\s+|two\s+)?$", re.I)


def _reporter(s: roles.Sentence, start: int, lex: Lexicon) -> Mention | None:
    rep = _REPORTED_BEFORE.search(s.text, max(s.start, start - 20), start)
    if rep is None:
        return None
    who, _ = roles.subject(s, rep.start(), lex)
    return who if who is not None and who.type not in roles.PLACE_TYPES else None


def roles_of(lex: Lexicon, s: roles.Sentence, m: re.Match, hi: int
             ) -> tuple[Mention | None, Mention | None, str | None]:
    """(actor, target, actor description) of an instrument match ``m`` whose clause ends at ``hi``."""
    start, verb_end = m.start(), m.end("verb")
    if "between" in m.re.groupindex and m.group("between") is not None:
        # "fighting between the army and rebels broke out ..., killing 12": the two sides
        first, _ = roles.obj(s, m.start("between") + len(" between"), m.end("between"), "ASSAULT")
        second, _ = roles.obj(s, first.end, verb_end, "ASSAULT") if first is not None else (None, None)
        return first, second, None
    actor = None
    if m.group("part") is not None:
        # "fired by Y hit ...": the agent stands before the verb; "rockets fired by Y": after it
        before_verb = m.start("part") < m.start("verb")
        actor = roles.agent_after(s, m.start("part"), m.start("verb") if before_verb else hi)
    if actor is None:
        actor, _ = roles_nominal.noun_actor(s, start, lex)
        if actor is not None and (s.origin(actor) or actor.start >= start):
            actor = None
    if actor is None:
        pron = s.last("pronoun", max(s.start, start - 24), start)
        if pron is not None and pron.group(0) in _POSSESSIVE and not s.text[pron.end():start].strip(" -").count(" ") > 1:
            actor = roles.resolve(s, pron)        # "its drones hit ...": the group the sentence is about
    target, _ = roles.obj(s, verb_end, hi, "ASSAULT")
    if target is None and _NEAR_IT.match(s.text, verb_end, hi):
        target = _reporter(s, start, lex)
    if target is None:
        # "gunmen killed 34 soldiers", "attackers stormed an army post": the force they serve was hit
        from sitrep.events import roles_np
        target = roles_np.owning_force(s, verb_end)[0]
    described = None
    if actor is None:
        who = _PERSONS.match(s.lower, start)
        if who is not None:
            described = s.text[start:who.end()]
    return actor, target, described


def toll_bare(s: roles.Sentence) -> int:
    """Whether a passive toll with no actor ("three people were killed in ...") reports an attack:
    only where the sentence speaks of one; one it refers back to ("in the attack") may be old."""
    hits = s.all("attack_context", s.start, s.end)
    if not hits:
        return BARE_NO
    from sitrep.events.nonreports import tally_predicate     # (it reads the lexicon, as this does)
    fresh = False
    for h in hits:
        if tally_predicate(s, h.start()):
            continue                      # "all 12 dead were gunmen": who was counted, no attack word
        fresh = True
        if not _DEFINITE.search(s.text, max(s.start, h.start() - 30), h.start()):
            return BARE_FRESH
    return BARE_ANAPHORIC if fresh else BARE_NO


# what may stand between an attack word and a killing verb whose subject it is: "militants killed",
# "an attack on a post in X, which killed"
# "a drone attack on an army base in the town of X killed": the attack's own object phrase, which
# may place it twice ("on a market in the town of X in Ethiopia's Amhara region killed")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$|\s+(?:on|in|at|near|against)\s[^,;:.\"“”]{1,50},\s+(?:which|that)\s+(?:\w+ly\s+)?$"
                          r"|\s+(?:on|against|at|near)\s+(?:an?|the)\s[^,;:.\"“”]{1,90}?\s+$", re.I)


def subject_bare(s: roles.Sentence, start: int) -> int:
    """Whether an active killing verb with no named actor or target ("Militants killed five people",
    "a drone attack on a post in X, which killed three") reports an attack: only where its subject
    is an attack word; a definite one ("the attack, which killed") may retell an old one."""
    hits = s.all("attack_context", max(s.start, start - 110), start)
    if not hits or _SUBJECT_GAP.match(s.text, hits[-1].end(), start) is None:
        return BARE_NO
    h = hits[-1]
    return BARE_ANAPHORIC if _DEFINITE.search(s.text, max(s.start, h.start() - 30), h.start()) else BARE_FRESH


# "Monday's attack", "last night's strikes": an attack its day identifies, whoever made it
_DAY_OWNED = re.compile(r"(?<![\w-])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                        r"last\s+night|(?:this|last)\s+week)(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+"
                        r"(?:[\w-]+\s+){0,2}$", re.I)


def dated_bare(s: roles.Sentence, start: int) -> int:
    """Whether an attack noun with no actor and no target stands as a report: "concerned by
    Monday's drone attack on a base in X" speaks of that day's attack."""
    return BARE_FRESH if _DAY_OWNED.search(s.text, max(s.start, start - 40), start) else BARE_NO


def instrument_bare(s: roles.Sentence, start: int) -> int:
    """"The drone hit ..." may retell an attack already reported; "a drone hit ..." is a new one."""
    return BARE_ANAPHORIC if _DEFINITE.search(s.text, max(s.start, start - 30), start) else BARE_FRESH


# "was struck by an unknown projectile", "was hit by a drone": a weapon as the passive's agent
_BY_WEAPON = re.compile(r"\s+by\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def weapon_bare(s: roles.Sentence, end: int) -> int:
    """Whether a passive attack with no one named ("the tanker was struck by an unknown projectile")
    names a weapon as its agent: an attack by someone, a new one unless the weapon is definite."""
    h = s.first("attack_context", end, min(s.end, end + 40))
    if h is None or _BY_WEAPON.fullmatch(s.text, end, h.start()) is None:
        return BARE_NO
    return BARE_ANAPHORIC if _DEFINITE.search(s.text, end, h.start()) else BARE_FRESH
