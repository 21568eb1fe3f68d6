"""Threats in quotations and reported speech, and statements that report no act (round 33)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from, named_events

from sitrep.events import threat_speech


def _num(text: str, actors: dict[str, str], name: str) -> int:
    return next(m.local for m in mentions_from(text, actors) if m.text == name)


def _found(text: str) -> list[str]:
    low = text.lower()
    return [text[t.start:t.end] for t in threat_speech.find(low, 0, len(low))]


def test_future_acts_and_sufferings_are_threats() -> None:
    assert _found("If they cross the river, we will be forced to retaliate.")
    assert _found("The junta will pay dearly for this massacre.")
    assert _found("Those who shelled the market will be dealt with.")
    assert _found("The council reserves the right to respond at a time of its choosing.")
    assert _found("He said there would be 'grave consequences' for Baku.")
    assert _found("Operations against the Wa militia in the hills would continue until the last camp falls.")


def test_forecasts_answers_and_relief_are_no_threats() -> None:
    assert not _found("Analysts said the army would likely respond within days.")
    assert not _found("The movement said it would respond to the mediators' proposal on Monday.")
    assert not _found("Relief operations will continue through the rainy season.")
    assert not _found("The ministry described the raid as a proportional response.")
    assert not _found("The government will act to protect the harvest.")


def test_reported_threat_is_the_speakers_and_names_the_threatened() -> None:
    text = ("Defence Minister Aung Kyaw said on Tuesday that the army would not hesitate to strike "
            "the Arakan Army again.")
    actors = {"Aung Kyaw": "PERSON", "Arakan Army": "ORG"}
    threats = [e for e in coded_with_dates(text, actors, "2025-03-04") if e.action == "THREATEN"]
    assert [(e.actor, e.target) for e in threats] == [(_num(text, actors, "Aung Kyaw"), _num(text, actors, "Arakan Army"))]


def test_suffered_threat_targets_its_subject() -> None:
    text = "Rebel commander Idris Kaka said the Chadian army would pay a heavy price for the raid."
    actors = {"Idris Kaka": "PERSON", "Chadian army": "ORG"}
    threats = [e for e in coded_with_dates(text, actors, "2025-03-04") if e.action == "THREATEN"]
    assert [(e.actor, e.target) for e in threats] == [(_num(text, actors, "Idris Kaka"), _num(text, actors, "Chadian army"))]


def test_quoted_threat_past_the_fixed_cues() -> None:
    text = ('"If the separatists fire on our villages again, we will be obliged to hit back," '
            'Azerbaijani defence spokesman Anar Eyvazov told reporters on Monday.')
    acts = named_events(text, "2025-03-04")
    assert any(a[0] == "THREATEN" and a[1] and "Eyvazov" in a[1] for a in acts)


def test_unsaid_or_questioned_threat_is_none() -> None:
    for text in ("Defence Minister Aung Kyaw did not say whether the army would strike the Arakan Army.",
                 "The Arakan Army said aid operations would continue in Sittwe."):
        events = coded_with_dates(text, {"Aung Kyaw": "PERSON", "Arakan Army": "ORG", "Sittwe": "GPE"}, "2025-03-04")
        assert not [e for e in events if e.action == "THREATEN"], text


def test_denied_cooperation_is_no_cooperation() -> None:
    text = ("The SNA security spokesman, Abdi Farah, denies that the SNA had advance notice of the Kenyan "
            "operation or coordinated with the KDF.")
    actors = {"Abdi Farah": "PERSON", "SNA": "ORG", "KDF": "ORG", "Kenyan": "NORP"}
    events = coded_with_dates(text, actors, "2025-03-04")
    assert [e.action for e in events] == ["REJECT"]


def test_second_statement_verb_keeps_the_first_ones_speaker() -> None:
    text = ('The office of Governor Musa Bello condemned the raid as "a crime" and called on the '
            'international community to intervene.')
    events = coded_with_dates(text, {"Musa Bello": "PERSON"}, "2025-03-04")
    assert any(e.action == "REQUEST" and e.actor == _num(text, {"Musa Bello": "PERSON"}, "Musa Bello") for e in events)


def test_scheduled_meeting_is_no_agreement() -> None:
    text = "Diplomats said the Security Council would meet on Friday at Armenia's request."
    events = coded_with_dates(text, {"Security Council": "ORG", "Armenia": "GPE"}, "2025-03-04")
    assert not [e for e in events if e.action in ("AGREE", "CONSULT")]


def test_quoted_operation_name_is_no_pledge() -> None:
    text = 'The Guards said they had struck two bases in an operation they called "Firm Promise III".'
    events = coded_with_dates(text, {"Guards": "ORG"}, "2025-03-04")
    assert not [e for e in events if e.action == "AGREE"]


def test_definition_of_a_word_codes_no_act() -> None:
    text = ('Myanmar officials use the term "cleared" to mean the insurgents fled, were killed or were '
            'detained by the Tatmadaw.')
    events = coded_with_dates(text, {"Tatmadaw": "ORG"}, "2025-03-04")
    assert not events


def test_standing_designation_is_no_sanction_but_a_new_listing_is() -> None:
    actors = {"Al-Shabaab": "ORG", "Kenya": "GPE", "Uganda": "GPE"}
    standing = "The attack came a week after Al-Shabaab - listed as a terrorist group by Kenya and Uganda - vowed revenge."
    assert not [e for e in coded_with_dates(standing, actors, "2025-03-04") if e.action == "SANCTION"]
    also = "Al-Shabaab is designated as a terrorist organisation by Kenya."
    assert not [e for e in coded_with_dates(also, actors, "2025-03-04") if e.action == "SANCTION"]


def test_price_already_paid_is_a_complaint_not_a_threat() -> None:
    text = 'Governor Ali Mahdi said the herders of Bentiu "have paid a heavy price" for the fighting.'
    acts = named_events(text, "2025-03-04")
    assert not [a for a in acts if a[0] == "THREATEN"]
    text = 'Governor Ali Mahdi said: "The raiders will pay a heavy price for Bentiu."'
    assert [a for a in named_events(text, "2025-03-04") if a[0] == "THREATEN"]
