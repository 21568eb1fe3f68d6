"""Explicit pledges of concrete aid code the aid; "ruled out" negates the act it governs (invented text)."""
from event_helpers import named_events


def test_promised_delivery_is_aid() -> None:
    evs = named_events("Kenya promised to send medical supplies and 400 police officers to Haiti on Friday.")
    assert any(e[0] == "AID" and e[1] == "Kenya" for e in evs)
    assert not any(e[0] == "AGREE" for e in evs)


def test_pledged_medicines_is_aid() -> None:
    evs = named_events("Turkey pledged to send medicines to Somalia after the floods, the foreign ministry said.")
    assert any(e[0] == "AID" for e in evs)


def test_bare_future_aid_stays_agree() -> None:
    evs = named_events("Norway will provide $20 million in aid to Sudan next year, its foreign minister said.")
    assert not any(e[0] == "AID" and e[1] == "Norway" for e in evs)


def test_bare_pledge_to_help_stays_agree() -> None:
    evs = named_events("Qatar pledged to help the Sudanese government on Monday.")
    assert any(e[0] == "AGREE" for e in evs)


def test_ruled_out_negates_the_concession() -> None:
    evs = named_events("The Nigerien junta has so far ruled out lifting the curfew in Niamey before March.")
    assert not any(e[0] == "CONCEDE" for e in evs)


def test_promise_of_a_future_state_is_no_agreement() -> None:
    evs = named_events("President Ruto has promised that the displaced families of Turkana will be compensated.")
    assert not any(e[0] == "AGREE" for e in evs)


def test_promise_of_a_response_stays_a_threat() -> None:
    evs = named_events("The minister promised a firm response to the attack on Goma.")
    assert any(e[0] == "THREATEN" for e in evs)


def test_planned_meeting_that_never_happened_is_no_consultation() -> None:
    evs = named_events("The Doha track collapsed in May when a planned meeting between Ruto and Museveni was cancelled.")
    assert not any(e[0] == "CONSULT" for e in evs)


def test_proposed_summit_is_no_consultation() -> None:
    evs = named_events("Kenya proposed a joint summit with Ethiopia on the border dispute.")
    assert not any(e[0] == "CONSULT" for e in evs)


def test_held_meeting_stays_a_consultation() -> None:
    evs = named_events("Ruto held a meeting with Museveni in Kampala on Monday.")
    assert any(e[0] == "CONSULT" for e in evs)


def test_originally_pledged_number_is_no_agreement() -> None:
    evs = named_events("A Kenyan-led security mission backed by the United Nations has about 400 officers in Haiti, "
                       "far short of the 2,500 originally pledged, and has struggled to contain the gangs.")
    assert not any(e[0] == "AGREE" for e in evs)
