"""Actors named by a modifier or an of-phrase, places that are no actors, and dates a since-phrase,
a dateline or an interval must not give (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Islamic State": "ORG", "JNIM": "ORG", "FARC": "ORG", "Janjaweed": "ORG", "Iran": "GPE",
          "Cabo Delgado": "GPE", "Gao": "GPE", "Cauca": "GPE", "Nyala": "GPE", "Syria": "GPE",
          "Bamako": "GPE", "Kidal": "GPE", "Rakhine": "GPE", "Afgooye": "GPE", "MOGADISHU": "GPE"}
PUBLISHED = "2025-06-12"          # a Thursday


def coded(text: str) -> list:
    return coded_with_dates(text, ACTORS, PUBLISHED)


def named(text: str) -> list[tuple[str, str | None]]:
    """(action, actor's name) of every fact."""
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.actor)) for f in coded(text)]


def actor_of(text: str) -> str | None:
    return next(a for act, a in named(text) if act == "ASSAULT")


def test_a_linked_or_affiliated_modifier_names_the_actor():
    assert actor_of("Islamic State-linked insurgents killed five civilians in Cabo Delgado on Monday.") == "Islamic State"
    assert actor_of("JNIM-affiliated fighters ambushed an army convoy near Gao on Monday.") == "JNIM"


def test_a_sponsor_modifier_still_names_no_actor():
    assert ("ASSAULT", "Iran") not in named("Iran-backed militias attacked a base in Syria on Monday.")


def test_members_of_a_former_group_act_for_it():
    assert actor_of("Dissidents of the former FARC ambushed a police patrol in Cauca on Monday.") == "FARC"
    assert actor_of("Remnants of the former Janjaweed attacked a market in Nyala on Monday.") == "Janjaweed"


def test_a_place_before_a_relative_clause_is_not_its_subject():
    facts = coded("Last month's drone attack on a police station in Bamako, which killed three officers, shocked the capital.")
    assert facts and all(f.actor is None for f in facts)
    assert any(f.fatalities == 3 for f in facts)


def test_an_unnamed_attackers_killing_is_coded_without_actor():
    facts = coded("Militants killed five people in Rakhine on Tuesday.")
    assert [(f.action, f.actor, f.date, f.fatalities) for f in facts] == [("ASSAULT", None, "2025-06-10", 5)]
    assert coded("The flu killed five people in Rakhine on Tuesday.") == []


def test_a_since_phrase_is_no_date_of_the_act():
    facts = coded("A drone strike has killed five people in Rakhine, the latest attack since the truce began in early April.")
    assert [(f.date, f.date_basis) for f in facts] == [("2025-06", "publication")]
    facts = coded("A drone strike killed five people in Rakhine on Tuesday, the first attack since the truce began on April 2.")
    assert [f.date for f in facts] == ["2025-06-10"]


def test_a_since_phrase_is_no_context_for_the_next_sentence():
    facts = coded("Calm has held since the truce began on April 2. The JNIM then ambushed a bus near Gao.")
    assert [(f.action, f.date) for f in facts] == [("ASSAULT", None)]


def test_the_datelines_date_yields_to_the_sentences_own_time():
    text = "MOGADISHU, June 11 (Reuters) - A roadside bomb killed three soldiers near Afgooye on Tuesday."
    assert [f.date for f in coded(text)] == ["2025-06-10"]
    text = "MOGADISHU, June 11 (Reuters) - A roadside bomb killed three soldiers near Afgooye, police said."
    assert [f.date for f in coded(text)] == ["2025-06-11"]


def test_an_act_a_month_before_the_reference_time_is_shifted_not_copied():
    text = "Fighting flared on Saturday near Kidal. The ambush came a month after the JNIM launched an offensive across the north."
    assert named(text) == [("ASSAULT", "JNIM")]
    assert [(f.date, f.date_basis) for f in coded(text)] == [("2025-05", "context")]
    text = "The JNIM attacked Kidal on Saturday. It came two days after the JNIM shelled Gao."
    assert [f.date for f in coded(text)] == ["2025-06-07", "2025-06-05"]


def test_a_running_total_since_a_date_is_no_incident():
    assert coded("JNIM attacks have killed nearly 300 people since the truce came into force on April 2, 2025.") == []
    assert coded("More than 40 soldiers have been killed near Gao since May, officials say.") == []
    assert [f.action for f in coded("JNIM has attacked Gao since the truce began.")] == ["ASSAULT"]
