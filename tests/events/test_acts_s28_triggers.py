"""Triggers of unrest and power struggles: impeachment, suspension by a bloc, a leader dismissing his own
government, a legislature dissolved, and a vote that does the act (invented text)."""
from event_helpers import coded_roles


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    return coded_roles(text, names)


def test_voted_to_impeach_is_a_sanction_on_the_leader() -> None:
    acts = _acts("The Federal Assembly voted to impeach President Tomas Velde on Tuesday.",
                 {"Federal Assembly": "ORG", "Tomas Velde": "PERSON"})
    assert ("SANCTION", "Federal Assembly", "Tomas Velde") in acts


def test_impeached_in_the_active_is_a_sanction() -> None:
    acts = _acts("Lawmakers in Orland impeached Governor Mara Quist on Friday.",
                 {"Orland": "GPE", "Mara Quist": "PERSON"})
    assert any(a[0] == "SANCTION" and a[2] == "Mara Quist" for a in acts)


def test_bloc_suspending_a_member_state_is_a_sanction() -> None:
    acts = _acts("The Southern Union suspended Varnia from the bloc on Wednesday until order is restored.",
                 {"Southern Union": "ORG", "Varnia": "GPE"})
    assert ("SANCTION", "Southern Union", "Varnia") in acts


def test_suspended_services_or_a_court_order_is_no_sanction() -> None:
    acts = _acts("The Northern Railway suspended services on Monday.", {"Northern Railway": "ORG"})
    assert not any(a[0] == "SANCTION" for a in acts)
    acts = _acts("The Supreme Court suspended the High Court's order on Sunday.",
                 {"Supreme Court": "ORG", "High Court": "ORG"})
    assert not any(a[0] == "SANCTION" for a in acts)


def test_leader_dismissing_his_own_government_concedes() -> None:
    acts = _acts("President Ilan Dorsk dismissed the government of Prime Minister Pavel Amsen on Wednesday "
                 "as protests spread.", {"Ilan Dorsk": "PERSON", "Pavel Amsen": "PERSON"})
    assert any(a[0] == "CONCEDE" and a[1] == "Ilan Dorsk" for a in acts)
    assert not any(a[0] == "COERCE" for a in acts)


def test_sacked_the_cabinet_concedes_but_a_named_official_removed_is_coerced() -> None:
    acts = _acts("Ilan Dorsk sacked the entire cabinet on Monday.", {"Ilan Dorsk": "PERSON"})
    assert any(a[0] == "CONCEDE" and a[1] == "Ilan Dorsk" for a in acts)
    acts = _acts("The council dismissed Prime Minister Pavel Amsen on Monday.",
                 {"council": "ORG", "Pavel Amsen": "PERSON"})
    assert any(a[0] == "COERCE" and a[2] == "Pavel Amsen" for a in acts)


def test_a_legislature_dissolved_is_coerced() -> None:
    acts = _acts("Hours earlier, President Ilan Dorsk issued a decree dissolving the National Assembly.",
                 {"Ilan Dorsk": "PERSON", "National Assembly": "ORG"})
    assert any(a[0] == "COERCE" and a[2] == "National Assembly" for a in acts)


def test_a_dissolved_movement_or_a_dissolved_crowd_is_no_coercion() -> None:
    acts = _acts("The rebels of the Front agreed to dissolve their movement.", {"Front": "ORG"})
    assert not any(a[0] == "COERCE" for a in acts)
    acts = _acts("Ilan Dorsk said the protest dissolved peacefully at dusk.", {"Ilan Dorsk": "PERSON"})
    assert not any(a[0] in ("COERCE", "CONCEDE") for a in acts)


def test_a_parliament_dissolved_to_call_elections_is_no_coercion() -> None:
    acts = _acts("President Ilan Dorsk dissolved parliament the same night and set elections for March.",
                 {"Ilan Dorsk": "PERSON"})
    assert not any(a[0] == "COERCE" for a in acts)
