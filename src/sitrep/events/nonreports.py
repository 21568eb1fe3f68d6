"""Words of violence that report no incident of their own: a count of casualties ("put the number
of civilians killed at three"), a group named by what befell it ("visited the injured"), a tally
that says who the dead were ("all 12 dead were gunmen"), a forecast ("attacks on bases are likely
to continue"), acts repeated over a period ("had attacked the town several times since 2021"),
and a frontier, which is where shelling falls, never whom it is aimed at ("along the Line of
Control"). Coded, each invents an undated attack or a wrong target. The patterns are data
(``event_nonreports.json``; the frontier words are ``frontier_heads`` of ``event_cues.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.events.sentence import Sentence
from sitrep.knowledge import load
from sitrep.model import Mention


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    """The named patterns of ``event_nonreports.json``, compiled once per process; a later entry of
    a name (a user file) replaces the shipped one."""
    out: dict[str, re.Pattern] = {}
    for e in load("event_nonreports.json"):
        out[e["name"]] = re.compile(e["regex"], re.I if e.get("ignorecase", True) else 0)
    return out


def counted_participle(s: Sentence, start: int) -> bool:
    """"the number of civilians killed in Poonch": a count (a claim), not an act by anyone."""
    return _rx()["counted"].search(s.text, max(s.start, start - 50), start) is not None


def persons_participle(s: Sentence, start: int, end: int) -> bool:
    """"visited the injured", "the wounded were taken": a group of persons, no act. "the injured
    man" too: the participle describes, it does not report."""
    return _rx()["persons_determiner"].search(s.text, max(s.start, start - 24), start) is not None \
        and not _rx()["persons_then_act"].match(s.text[end:end + 10])


def visits_no_party(s: Sentence, trigger: str, end: int) -> bool:
    """A visit whose object is persons named by their plight ("visited the injured"): no meeting."""
    return trigger.lower().startswith("visit") and _rx()["visited_persons"].match(s.text, end, min(s.end, end + 30)) is not None


def places_meet(s: Sentence, trigger: str, start: int) -> bool:
    """"the zone where Niger, Mali and Burkina Faso meet": places that touch, no meeting."""
    if not trigger.lower().startswith("meet"):
        return False
    m = _rx()["places_meet"].search(s.text, max(s.start, start - 120), start)
    # "where Putin and Erdogan met": persons meet; only a list of places touches
    return m is not None and all(x.type in ("GPE", "LOC") for x in s.mentions if m.start() <= x.start < start) \
        and any(m.start() <= x.start < start for x in s.mentions)


def state_participle(s: Sentence, start: int) -> bool:
    """"X remains detained", "the town remained besieged": a state that goes on, no new act."""
    return _rx()["state_participle"].search(s.text, max(s.start, start - 40), start) is not None


def attributive_participle(s: Sentence, start: int, end: int) -> bool:
    """"the banned X claimed", "sons of jailed drug lord X": a custody or ban participle used as an
    adjective describes a standing status of the noun after it; it reports no arrest or ban."""
    return _rx()["attributive_before"].search(s.text, max(s.start, start - 30), start) is not None \
        and _rx()["attributive_after"].match(s.text, end, min(s.end, end + 40)) is not None


def held_since(s: Sentence, start: int, end: int) -> bool:
    """"has been imprisoned on the island since 1999": a detention that has lasted for years is a
    state (background), not a new arrest dated to the report."""
    return _rx()["held_since_before"].search(s.text, max(s.start, start - 30), start) is not None \
        and _rx()["held_since_after"].match(s.text, end, s.end) is not None


def tally_predicate(s: Sentence, start: int) -> bool:
    """Whether the attack word at ``start`` says who the counted were ("the dead were gunmen")."""
    return _rx()["tally_copula"].search(s.text, max(s.start, start - 30), start) is not None


def forecast(s: Sentence, end: int, hi: int) -> bool:
    """Whether the act noun ending at ``end`` is the subject of a forecast ("are likely to continue")."""
    return _rx()["forecast"].match(s.text, end, hi) is not None


def repeated(s: Sentence, start: int, end: int) -> bool:
    """Acts told as repeated over a period: "had attacked Marte several times since 2021"."""
    lo, hi = max(s.start, start - 40), min(s.end, end + 90)
    if _rx()["repeatedly_since"].search(s.text, lo, hi) is not None:
        return True
    m = _rx()["repeated"].search(s.text, lo, hi)
    if m is None:
        return False
    return _rx()["perfect"].search(s.text, max(s.start, start - 30), start) is not None \
        or _rx()["period"].search(s.text, end, hi) is not None


def round_count(s: Sentence, start: int, end: int) -> bool:
    """"It is the fourth wave of Israeli strikes on Yemen since July": an act counted among the
    rounds of a period is a tally of earlier acts, not an incident of its own."""
    return _rx()["round_count_before"].search(s.text, max(s.start, start - 70), start) is not None \
        and _rx()["round_count_after"].match(s.text, end, min(s.end, end + 80)) is not None


@lru_cache(maxsize=1)
def _frontier() -> re.Pattern:
    words = sorted(lexicon().words.get("frontier_heads", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")$", re.I)


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def frontier(m: Mention | None) -> bool:
    """A border or a front line ("the Line of Control", "the Blue Line"): a place, never a target."""
    if m is None or m.type not in _PLACES:
        return False
    # an abbreviation ("the LoC") answers through the knowledge base entry it was linked to
    return _frontier().search(m.text) is not None or (
        bool(m.kb_id) and _frontier().search(m.kb_id.replace("-", " ")) is not None)


@lru_cache(maxsize=1)
def _headline_site() -> re.Pattern:
    words = sorted(lexicon().words.get("facility_heads", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")s?\s+(?:in|near|at|outside)\s", re.I)


def headline_site(s: Sentence, start: int, end: int) -> bool:
    """"Attack on military base in Marte, Borno State": a headline naming an attack on a site in a
    place reports that attack, though it names no one; the place is where."""
    return not s.text[s.start:start].strip(" \"“‘'") and _headline_site().match(s.text, end, min(s.end, end + 60)) is not None


def identified_person(s: Sentence, end: int, target: Mention | None) -> str | None:
    """The name of "a man identified as NAME" right after the verb ending at ``end``, when no
    mention stands at that name (the target found is then further on, in an apposition)."""
    m = _rx()["identified_person"].match(s.text, end, min(s.end, end + 120))
    if m is None or (target is not None and target.start <= m.start(1)):
        return None
    return m.group(1)


def figure_since(s: Sentence, action: str) -> bool:
    """Whether the sentence is a key figure counted since a day (no finite verb, a toll, "since")."""
    return action == "ASSAULT" and _rx()["figure_since"].match(s.text, s.start, s.end) is not None


_HAZARD_REACH = 120      # back from a killing verb: "Storm Daniel devastated the eastern city of Derna in ..., killing"


def natural_hazard(s: Sentence, start: int, end: int, actor: Mention | None, actor_name: str | None) -> bool:
    """"Storm Daniel devastated Derna, killing thousands", "an earthquake killed 300", "died in the
    floods": a disaster kills, no party attacks. A named or described actor standing between the
    hazard and the verb ("after the floods, rebels killed five") is still an attacker."""
    if _rx()["hazard_after"].match(s.text, end, min(s.end, end + 80)) is not None:
        return True
    last = None
    for m in _rx()["natural_hazard"].finditer(s.text, max(s.start, start - _HAZARD_REACH), start):
        last = m
    if last is None or actor_name is not None:
        return False
    return actor is None or actor.end <= last.start()


def bare_toll(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] counts dead of fighting without a trigger of its own ("the death
    toll from the clashes has risen to 11", "regrets the death of 11 persons in the confrontations"),
    never those of a disaster."""
    # "the toll from the blast rose to 20": a blast counts, but not one told as an accident
    return _rx()["toll_conflict"].search(text, start, end) is not None and \
        _rx()["natural_hazard"].search(text, start, end) is None and \
        _rx()["toll_accident"].search(text, start, end) is None


def death_of(text: str, start: int, end: int) -> re.Match | None:
    """"regrets the death of 11 persons": a toll told as the death of a counted group."""
    return _rx()["death_of"].search(text, start, end)
