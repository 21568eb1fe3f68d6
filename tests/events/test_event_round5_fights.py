"""Round 5: a fight as the subject of its toll, a day of the month next to a toll, victims after
"overran", and a creed word standing where an actor's name would."""
from event_helpers import coded_with_dates

PUB = "2024-06-12"


def _assaults(text, actors, published=PUB):
    return [e for e in coded_with_dates(text, actors, published) if e.action == "ASSAULT"]


def test_gunbattle_that_left_dead_is_an_assault():
    text = "A gunbattle between rival gangs in Port Halden left 9 people dead on Sunday."
    (e,) = _assaults(text, {"Port Halden": "GPE"})
    assert e.fatalities == 9 and e.date == "2024-06-09"


def test_clashes_broke_out_killing_is_an_assault():
    text = "Clashes broke out on Monday near Velsk, killing 7 people."
    (e,) = _assaults(text, {"Velsk": "GPE"})
    assert e.fatalities == 7 and e.date == "2024-06-10"


def test_fighting_between_named_sides_takes_them_as_actor_and_target():
    text = "Fighting between the Karst Army and the Dune Front broke out in Ostrava on Monday, killing 11 people."
    (e,) = _assaults(text, {"Karst Army": "ORG", "Dune Front": "ORG", "Ostrava": "GPE"})
    assert e.fatalities == 11
    assert {e.actor, e.target} == {0, 1}


def test_fighting_that_displaced_people_is_an_assault():
    text = "Fighting around the reservoir on Tuesday forced some 3,000 villagers from their homes."
    assert len(_assaults(text, {})) == 1


def test_a_battle_that_left_no_dead_is_no_assault():
    text = "A legal battle over the pipeline left two ministries at odds."
    assert _assaults(text, {}) == []


def test_a_running_total_of_fighting_is_no_report():
    text = "Fighting since 2021 has killed more than 40,000 people in the region."
    assert all(e.fatalities != 40000 for e in _assaults(text, {}))


def test_a_day_of_the_month_is_no_toll():
    text = "The raid followed an attack by the Dune Front on a police station near Tessit on 17 May that killed three officers."
    (e,) = _assaults(text, {"Dune Front": "ORG", "Tessit": "GPE"})
    assert e.fatalities == 3


def test_overran_makes_the_base_owner_the_target_not_the_actor():
    text = "Armed men overran a Malian army post in Boni on Monday, killing at least 9 soldiers."
    (e,) = _assaults(text, {"Malian army": "ORG", "Boni": "GPE"})
    assert e.actor is None and e.target == 0 and e.fatalities == 9


def test_a_claim_gives_the_overrun_its_actor():
    text = ("Armed men overran a Malian army post in Boni on Monday, killing at least 9 soldiers. "
            "JNIM claimed the attack.")
    events = _assaults(text, {"Malian army": "ORG", "Boni": "GPE", "JNIM": "ORG"})
    assert len(events) == 1
    assert events[0].actor == 2
