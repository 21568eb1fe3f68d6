"""Willingness to talk, dismissed versions, euphemisms and quoted acts (invented Somalia/Kenya text)."""
from event_helpers import coded_with_dates


def _acts(text: str, names: list[str]) -> list[str]:
    return [e.action for e in coded_with_dates(text, {n: "ORG" for n in names}, "2024-03-12")]


def test_open_to_talks_is_agree_not_consult() -> None:
    acts = _acts("President Ruto has said the government is open to talks with Shabaab, but no date was set.",
                 ["Ruto", "Shabaab"])
    assert "AGREE" in acts and "CONSULT" not in acts


def test_talks_held_stay_consult() -> None:
    assert "CONSULT" in _acts("Ruto held talks with Shabaab envoys in Mombasa on Monday.", ["Ruto", "Shabaab"])


def test_dismissed_that_version_is_reject() -> None:
    assert "REJECT" in _acts("Turkana elders dismissed that version.", ["Turkana elders"])


def test_dismissed_an_official_stays_no_reject() -> None:
    assert "REJECT" not in _acts("Turkana elders dismissed the district commissioner on Monday.", ["Turkana elders"])


def test_put_out_of_action_is_assault() -> None:
    acts = _acts("The Somali army said it had put out of action more than 120 Shabaab fighters near Jilib.",
                 ["Somali army", "Shabaab", "Jilib"])
    assert "ASSAULT" in acts


def test_quoted_speech_of_an_attack_stays_out() -> None:
    acts = _acts("“We will strike Shabaab wherever they hide,” the Somali army said.", ["Somali army", "Shabaab"])
    assert "ASSAULT" not in acts


def test_troops_crossing_a_border_is_mobilize() -> None:
    acts = _acts("Eritrean troops had crossed the border in large numbers, the army spokesman said.", ["Eritrean"])
    assert "MOBILIZE" in acts


def test_refugees_crossing_a_border_is_no_mobilization() -> None:
    assert "MOBILIZE" not in _acts("Thousands of refugees crossed the border into Chad on Monday.", ["Chad"])


def test_blocked_aid_is_no_aid() -> None:
    acts = _acts("The US envoy said Washington would punish anyone blocking aid to people facing famine in Darfur.",
                 ["Washington", "Darfur"])
    assert "AID" not in acts


def test_announced_aid_stays_aid() -> None:
    assert "AID" in _acts("The EU announced new humanitarian aid to Niger on Monday.", ["EU", "Niger"])


def test_negotiating_delegation_is_no_consultation() -> None:
    acts = _acts("Prosecutors reactivated arrest warrants against 31 Tatmadaw officers, including members of its "
                 "negotiating team.", ["Tatmadaw"])
    assert "CONSULT" not in acts


def test_negotiated_with_stays_consult() -> None:
    assert "CONSULT" in _acts("Qatar negotiated with Hamas on Monday.", ["Qatar", "Hamas"])
