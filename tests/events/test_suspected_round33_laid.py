"""An attack told without its maker takes the group that the next sentences, or the report's
"no group has claimed responsibility, but ..." line, lay it at (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"al-Shabaab": "ORG", "Islamic State": "ORG", "Mogadishu": "GPE", "Malian army": "ORG",
          "Wagner": "ORG", "Hezbollah": "ORG", "Benue": "GPE"}


def _assaults(text: str) -> list[str | None]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [names.get(f.actor) for f in coded_with_dates(text, ACTORS, "2025-06-10") if f.action == "ASSAULT"]


def test_hallmarks_in_the_next_sentence():
    text = ("A car bomb killed at least 11 people at a market in Mogadishu on Tuesday. No group has claimed "
            "responsibility, but the bombing bore the hallmarks of al-Shabaab, which often targets markets.")
    assert _assaults(text) == ["al-Shabaab"]


def test_a_no_claim_line_far_from_the_lead_names_the_lead_attack():
    text = ("A car bomb killed at least 11 people at a market in Mogadishu on Tuesday. Ambulances took the "
            "wounded to hospital. Traders counted their losses. Shops stayed shut. Police sealed the area.\n\n"
            "No group has so far claimed responsibility, but the attack bore the hallmarks of al-Shabaab.")
    assert _assaults(text) == ["al-Shabaab"]


def test_residents_blaming_a_force():
    text = ("A drone strike killed seven people at a wedding near Gao on Sunday, witnesses said. "
            "Residents blamed the Malian army, which operates the only drones in the area.")
    assert "Malian army" in _assaults(text)


def test_two_suspects_name_no_maker():
    text = ("A car bomb killed at least 11 people at a market in Mogadishu on Tuesday. No group has claimed "
            "responsibility, but the bombing bore the hallmarks of al-Shabaab and Islamic State.")
    assert _assaults(text) == [None]


def test_a_blame_for_another_act_or_too_far_is_not_taken():
    own = "Gunmen killed four farmers in Benue on Monday. Police blamed Hezbollah for the killing of a trader last week."
    assert _assaults(own)[0] is None
    far = ("Gunmen killed four farmers in Benue on Monday. The governor flew in. He met elders. "
           "Later that week residents blamed Wagner.")
    assert _assaults(far)[0] is None

