"""A demonym that describes the counted or held people is the event's target as that group, not
its state; a demonym naming the acting party still stands for the state (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.target_people import group_subject, names_people
from sitrep.model import EventFact

ACTORS = {"TBILISI": "GPE", "Georgian": "NORP", "Ossetian": "NORP", "Tskhinvali": "GPE"}


def _targets(text: str) -> list[tuple[str, str | None, int | None]]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.target), f.fatalities) for f in coded_with_dates(text, ACTORS, "2025-05-08")]


def test_a_dateline_city_is_no_subject_of_a_counted_group():
    text = ("TBILISI, May 8 (AFP) - Four Georgian border guards were killed when their post came under "
            "mortar fire near Tskhinvali, officials said on Thursday.")
    assert ("ASSAULT", "Georgian", 4) in _targets(text)
    assert not any(t == "TBILISI" for _a, t, _f in _targets(text))


def test_group_subject_needs_only_people_and_auxiliaries():
    text = "Six Ossetian conscripts had been detained. Ossetian leaders in Tskhinvali were detained."
    assert group_subject(text, text.index("Ossetian") + 8, text.index("detained"))
    second = text.index("Ossetian leaders")
    assert not group_subject(text, second + 8, text.index("detained", second))   # a place between


def test_names_people_for_tolls_and_arrests_only():
    assert names_people(EventFact("ASSAULT", 0, 10, target=0, fatalities=3))
    assert names_people(EventFact("COERCE", 0, 10, target=0))
    assert not names_people(EventFact("ASSAULT", 0, 10, target=0))
    assert not names_people(EventFact("ACCUSE", 0, 10, target=0))


# merge: ids the knowledge base knows as a demonym and its state
def _merged(fact: EventFact, ents: dict) -> tuple[str | None, str | None]:
    ev = merge_events([("d1", fact)], ents, {"d1": DocInfo("Outlet", "2025-05-08")})
    return ev[0].actor, ev[0].target


def test_a_killed_group_keeps_its_demonym_as_target():
    ents = {("d1", 0): "russian"}
    f = EventFact("ASSAULT", 0, 60, target=0, date="2025-05-07", fatalities=5)
    assert _merged(f, ents)[1] == "russian"
    held = EventFact("COERCE", 0, 60, target=0, date="2025-05-07")
    assert _merged(held, ents)[1] == "russian"


def test_a_demonym_actor_and_an_uncounted_target_still_mean_the_state():
    ents = {("d1", 0): "russian", ("d1", 1): "ukraine"}
    actor, _ = _merged(EventFact("ASSAULT", 0, 60, actor=0, target=1, date="2025-05-07", fatalities=2), ents)
    assert actor != "russian"                      # "Russian strikes killed two": Russia's
    _, target = _merged(EventFact("ACCUSE", 0, 60, actor=1, target=0, date="2025-05-07"), ents)
    assert target != "russian"                     # "accused Russian officials": the state
