"""Concessions of policy, reinforcements ordered, and boycotts that only describe an election
(invented text)."""
from event_helpers import coded_roles, named_events


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    return coded_roles(text, names)


def test_a_contested_bill_withdrawn_is_a_concession_not_a_retreat() -> None:
    acts = _acts("President Ilan Dorsk withdrew the finance bill on Thursday after a week of protests.",
                 {"Ilan Dorsk": "PERSON"})
    assert any(a[0] == "CONCEDE" and a[1] == "Ilan Dorsk" for a in acts)
    assert not any(a[0] == "RETREAT" for a in acts)


def test_amendments_dropped_and_quotas_scaled_back_are_concessions() -> None:
    acts = _acts("Mara Quist flew to the region on Saturday and dropped the proposed amendments.",
                 {"Mara Quist": "PERSON"})
    assert any(a[0] == "CONCEDE" and a[1] == "Mara Quist" for a in acts)
    acts = _acts("The Supreme Court of Varnia scaled back the job quotas on Sunday.",
                 {"Supreme Court of Varnia": "ORG"})
    assert any(a[0] == "CONCEDE" for a in acts)


def test_troops_withdrawn_stay_a_retreat() -> None:
    acts = _acts("Varnia withdrew its troops from the border on Monday.", {"Varnia": "GPE"})
    assert any(a[0] == "RETREAT" and a[1] == "Varnia" for a in acts)
    assert not any(a[0] == "CONCEDE" for a in acts)


def test_reinforcements_ordered_are_a_mobilization() -> None:
    acts = named_events("Ghana declared a state of emergency on its northern border on Tuesday and ordered "
                        "police reinforcements there.")
    assert any(a[0] == "MOBILIZE" and a[1] == "Ghana" for a in acts)


def test_an_election_boycotted_by_a_party_is_background() -> None:
    acts = _acts("Dorsk won a fourth term in January in an election boycotted by the Unity Party.",
                 {"Dorsk": "PERSON", "Unity Party": "ORG"})
    assert not any(a[0] == "PROTEST" for a in acts)
    acts = _acts("The last referendum was boycotted by the Unity Party.", {"Unity Party": "ORG"})
    assert not any(a[0] == "PROTEST" for a in acts)


def test_a_party_boycotting_elections_protests() -> None:
    acts = _acts("The Unity Party boycotted the local elections in four districts.", {"Unity Party": "ORG"})
    assert any(a[0] == "PROTEST" and a[1] == "Unity Party" for a in acts)


def test_an_accord_signed_to_end_fighting_is_an_agreement() -> None:
    acts = _acts("Varnia and Orland signed a protocol on Monday to end the border fighting.",
                 {"Varnia": "GPE", "Orland": "GPE"})
    assert any(a[0] == "AGREE" and a[1] == "Varnia" for a in acts)
    assert not any(a[0] == "SUPPORT" for a in acts)


def test_a_trade_accord_signed_stays_support() -> None:
    acts = _acts("Varnia and Orland signed an agreement on Monday to increase trade by half.",
                 {"Varnia": "GPE", "Orland": "GPE"})
    assert any(a[0] == "SUPPORT" for a in acts)
    assert not any(a[0] == "AGREE" for a in acts)
