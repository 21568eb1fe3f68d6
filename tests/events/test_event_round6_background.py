"""Round 6: acts a sentence names without reporting them (a speech's venue, a denied report, a
label in a reduced relative, victims of an attack told before) and the lead's day for an act that
refers back to it. Invented Kyrgyz-Tajik and Sudan sentences."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"Japarov": "PERSON", "Sadyr Japarov": "PERSON", "Dushanbe": "GPE", "Rahmon": "PERSON",
          "Kyrgyz": "NORP", "Tajik": "NORP", "Vorukh": "GPE", "Bishkek": "GPE",
          "Rapid Support Forces": "ORG", "Omdurman": "GPE"}


def _events(text: str, published: str = "2025-09-12") -> list:
    return coded_with_dates(text, ACTORS, published)


def _actions(text: str) -> list[str]:
    return [e.action for e in _events(text)]


def test_lead_reference_takes_the_leads_day_not_the_datelines():
    text = ("KHARTOUM, March 4, 2025 (Reuters) - Paramilitary fighters killed at least 30 people in an "
            "assault on a market in Omdurman on Sunday, witnesses said.\nThe raid, claimed by the Rapid "
            "Support Forces, began around 6:00 am when dozens of fighters stormed the market.\n")
    dates = [(e.action, e.date) for e in _events(text, "2025-03-04")]
    assert dates and all(d == "2025-03-02" for a, d in dates if a == "ASSAULT")


def test_lead_reference_keeps_the_dateline_when_the_lead_has_no_other_day():
    text = ("KHARTOUM, March 4, 2025 (Reuters) - Paramilitary fighters killed at least 30 people in an "
            "assault on a market in Omdurman, witnesses said.\nThe raid, claimed by the Rapid "
            "Support Forces, began when dozens of fighters stormed the market.\n")
    assert "2025-03-04" in [e.date for e in _events(text, "2025-03-04") if e.action == "ASSAULT"]


def test_speech_venue_is_no_meeting():
    assert "CONSULT" not in _actions("Speaking at a cabinet meeting, Japarov accused Dushanbe of planning the attack.")


def test_meeting_with_a_party_stays_a_meeting():
    assert "CONSULT" in _actions("At a meeting with Rahmon in Moscow, Japarov agreed to a truce.")


def test_denied_report_is_no_attack():
    text = ("The ministry rejected reports in Tajik media that Kyrgyz units had opened fire first near "
            "Vorukh, calling them a provocation.")
    acts = _actions(text)
    assert "ASSAULT" not in acts and "REJECT" in acts


def test_reported_attack_without_denial_stays():
    assert "ASSAULT" in _actions("Kyrgyz troops opened fire near Vorukh, the ministry said.")


def test_reduced_relative_label_is_no_accusation():
    assert "ACCUSE" not in _actions("The militia, accused by rights groups of abuses against civilians, has grown quickly.")


def test_apposition_before_main_verb_accusation_stays():
    assert "ACCUSE" in _actions("The president, Sadyr Japarov, accused Dushanbe of lying.")


def test_victims_of_an_attack_told_before_are_no_new_attack():
    text = "The four guards killed in the shelling were buried in Bishkek's central military cemetery on Saturday."
    assert "ASSAULT" not in _actions(text)


def test_passive_retelling_with_its_own_day_stays():
    assert "ASSAULT" in _actions("Four guards were killed in the shelling on Saturday.")
