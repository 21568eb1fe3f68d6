"""Tolls in one document: a later line restating the main attack's toll ("UPDATE: the death toll
rose to five"), a toll reported with no trigger of its own ("the death toll from the clashes has
risen to 11"), and which assault a sentence's casualty figures belong to."""
from __future__ import annotations

import bisect
import re

from sitrep.events import nonreports, roles
from sitrep.events.figures import casualties, toll_update
from sitrep.events.tense import PAST
from sitrep.model import EventFact, Mention


def raise_main_toll(text: str, a: int, b: int, facts: list[EventFact], own: list[int | None] = ()) -> None:
    """"UPDATE: the death toll rose to five": a later line restating the toll of the article's main
    incident (its first attack with a stated toll); the latest stated toll wins. ``own``: where the
    line's own attacks are ("the toll from a strike near X rose to four"): one elsewhere is
    another incident, whose toll is its own."""
    main = next((f for f in facts if f.action == "ASSAULT" and f.fatalities is not None), None)
    if main is None or (main.location is not None and any(w is not None and w != main.location for w in own)):
        return
    fig = toll_update(text, a, b)
    if fig is not None and fig.value > main.fatalities:
        main.fatalities, main.fatalities_bound = fig.value, fig.bound
        main.toll_update = True


_TOLL_WORD = re.compile(r"\b(?:death\s+)?toll\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|on)\s+(?:the\s+)?$", re.I)


def bare_toll(text: str, lower: str, a: int, b: int, toll: bool, ments: list[Mention],
               mstarts: list[int]) -> tuple[tuple, tuple] | None:
    """"The death toll from the clashes has risen to 11", "the Ministry regrets the death of 11
    persons in the confrontations": a count of the dead of fighting with no trigger of its own. It
    is an assault's toll report (flagged ``toll_update`` so the merge folds it into its attack),
    as a fact row and its casualties ``(dead, hurt, "bare")``, or None."""
    fig, span = None, None
    if toll:
        fig = toll_update(text, a, b)
        m = _TOLL_WORD.search(text, a, b)
        span = (m.start(), m.end()) if m is not None else None
    if fig is None:
        m = nonreports.death_of(text, a, b)
        if m is None:
            return None
        fig, span = casualties(text, a, b)[0], (m.start(), m.start() + len(m.group(0).split()[0]))
    if fig is None or span is None or not nonreports.bare_toll(text, a, b):
        return None
    where = None
    for m in ments[bisect.bisect_left(mstarts, a):bisect.bisect_left(mstarts, b)]:
        if m.type in roles.PLACE_TYPES and m.local >= 0 and not text.startswith("'s", m.end) \
                and not text.startswith("’s", m.end):
            if where is None:
                where = m.local       # "in the Abu Salim district": where, never a party
            # "the Kivu authorities revised the toll from the blast outside Goma": the place the
            # toll's own phrase locates wins over a place naming whoever keeps the toll
            if m.start > span[1] and _LOCATIVE.search(text, max(a, m.start - 16), m.start):
                where = m.local
                break
    hurt = casualties(text, a, b)[1]
    row = ("ASSAULT", span[0], span[1], PAST, [(None, None, where, None, text[span[0]:span[1]], None, None)])
    return row, (fig, hurt, "bare")


def elsewhere(f: EventFact, where: tuple[int, ...]) -> bool:
    """Whether a line naming the places ``where`` (and none of them ``f``'s) is about another
    incident than the attack ``f``: "Separately, two people were killed in Qamishli"."""
    return f.location is not None and bool(where) and f.location not in where


def restated(cas: tuple, facts: list[EventFact], recent: list[tuple[int, EventFact]], index: int,
             where: tuple[int, ...] = ()) -> bool:
    """Whether a bare toll (``bare_toll``) restates the toll of an attack the document already
    reported: its main attack with a toll (raised when the count grew) or one just before with none,
    unless the toll names another place than that attack's."""
    dead = cas[0]
    main = next((f for f in facts if f.action == "ASSAULT" and f.fatalities is not None), None)
    if main is not None and elsewhere(main, where):
        return False
    if main is not None:
        if dead.value > main.fatalities:
            main.fatalities, main.fatalities_bound = dead.value, dead.bound
            main.toll_update = True
        return True
    near = next((f for i, f in reversed(recent) if f.action == "ASSAULT" and index - i <= 2
                 and f.fatalities is None and f.injuries is None), None)
    if near is None or elsewhere(near, where):
        return False
    near.fatalities, near.fatalities_bound = dead.value, dead.bound
    if cas[1] is not None:
        near.injuries, near.injuries_bound = cas[1].value, cas[1].bound
    return True


def assign_casualties(cas: tuple, new: list[EventFact], recent: list[tuple[int, EventFact]], index: int,
                      where: tuple[int, ...] = ()) -> None:
    """The sentence's casualty figures ``cas`` go to its assault, else (when it retells or refers
    back to one) to the assault reported just before that has none yet and no other place."""
    assaults = [f for f in new if f.action == "ASSAULT"]
    if not assaults:
        # "Two soldiers were killed in the attack." after the sentence that reported it
        assaults = [f for i, f in reversed(recent) if f.action == "ASSAULT" and index - i <= 2
                    and f.fatalities is None and f.injuries is None and not elsewhere(f, where)][:1]
        if not assaults:
            return
    dead, hurt = cas[0], cas[1]
    target = assaults[0]
    if dead is not None and target.fatalities is None:
        target.fatalities, target.fatalities_bound = dead.value, dead.bound
        target.toll_update = len(cas) > 2     # "the toll ... rose to nine" (see ``prepare_events``)
    if hurt is not None and target.injuries is None:
        target.injuries, target.injuries_bound = hurt.value, hurt.bound
