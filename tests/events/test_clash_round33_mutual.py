"""Mutual fighting ("fighting between A and B") is one assault, the side named first acting on the
other; the clash's toll verb and its conjunct victim are no further events (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from, named_events

from sitrep.events import roles
from sitrep.events.clash import sides

ACTORS = {"Amal": "ORG", "Hezbollah": "ORG", "Beirut": "GPE", "Lebanese": "NORP",
          "Northern Shield Brigade": "ORG", "Cedar Guard": "ORG", "Tripoli": "GPE"}


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(names.get(f.actor), names.get(f.target))
            for f in coded_with_dates(text, ACTORS, "2025-04-02") if f.action == "ASSAULT"]


def test_a_toll_in_fighting_between_two_named_sides_is_one_clash_first_named_acting():
    text = ("BEIRUT, April 2 (Wire) - At least 14 people were killed and 40 wounded in fighting that erupted "
            "overnight in the Lebanese capital between two rival factions, Amal and Hezbollah, medics said.")
    assert _assaults(text) == [("Amal", "Hezbollah")]


def test_fighting_between_as_subject_of_its_toll():
    text = "The clashes came days after fighting in Tripoli between the Cedar Guard and the Northern Shield Brigade killed 9 people."
    assert _assaults(text) == [("Cedar Guard", "Northern Shield Brigade")]


def test_an_onset_verb_with_the_sides_after_a_date_is_a_clash():
    events = named_events("Heavy fighting erupted on Monday between the Sudanese army and the Rapid Support Forces "
                          "in El Fasher, residents said.")
    assert [(a, t) for act, a, t, _ in events if act == "ASSAULT"] == [("Sudanese army", "Rapid Support Forces")]


def test_fighting_that_breaks_out_without_sides_codes_nothing():
    assert not [e for e in named_events("Fighting broke out in Tripoli on Monday.") if e[0] == "ASSAULT"]


def test_a_call_to_end_fighting_between_sides_is_no_clash():
    events = named_events("Mediators called for an end to the fighting between Hezbollah and Amal.")
    assert not [e for e in events if e[0] == "ASSAULT"]


def _sentence(text: str) -> roles.Sentence:
    ments = mentions_from(text, ACTORS)
    return roles.Sentence(text, text.lower(), 0, len(text), ments, roles.Subjects([], 0, {}, None), [], {}, {}, ments)


def test_sides_skip_a_gap_that_is_another_clause():
    # "clashes ... after fighting between": the first noun's gap holds a clause; the second is the fight
    s = _sentence("The clashes came after fighting between Amal and Hezbollah in Beirut.")
    found = sides(s)
    assert found is not None and (found[2].text, found[3].text) == ("Amal", "Hezbollah")
    assert sides(_sentence("The clashes said to be between Amal and Hezbollah.")) is None


def test_sides_need_two_named_parties_joined_by_and():
    assert sides(_sentence("Fighting between Amal fighters in Beirut on Monday left five dead.")) is None
    assert sides(_sentence("Fighting between Amal, Hezbollah said, was fierce.")) is None


def test_an_attack_of_its_own_after_the_clash_keeps_its_roles():
    # the strikes are an act of their own: the clash's sides do not replace their maker
    text = "Hostilities between Amal and Hezbollah escalated on Tuesday after Lebanese air strikes on Tripoli."
    assert ("Amal", "Hezbollah") not in _assaults(text)
