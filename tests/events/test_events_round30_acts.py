"""Round 30 (acts): a protesting crowd named only by its kind is the protest's actor, and a state
leaving a bloc, court or treaty is SANCTION, not a military RETREAT (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str):
    return analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default()).events


def test_crowd_gathering_with_demand_is_a_protest_by_the_crowd():
    ev = _events("Thousands of demonstrators gathered outside the parliament in Tbilisi on Sunday "
                 "demanding the resignation of the interior minister.")
    protests = [e for e in ev if e.action == "PROTEST"]
    assert protests and protests[0].actor_name and "demonstrators" in protests[0].actor_name
    # the demand is the protest's own: no separate REQUEST
    assert not [e for e in ev if e.action == "REQUEST"]


def test_bare_protesters_marching_is_coded():
    ev = _events("Protesters marched through Dhaka on Friday against the new security law.")
    assert [e.actor_name for e in ev if e.action == "PROTEST"] == ["Protesters"]


def test_described_attackers_unchanged():
    ev = _events("Gunmen attacked a bus station in Maiduguri on Monday.")
    assert [e.actor_name for e in ev if e.action == "ASSAULT"] == ["Gunmen"]


def test_leaving_a_regional_bloc_is_sanction_not_retreat():
    ev = _events("Guinea and Chad announced their withdrawal from the Economic Community of Central "
                 "African States in March.")
    acts = {e.action for e in ev}
    assert "SANCTION" in acts and "RETREAT" not in acts


def test_leaving_a_court_is_sanction():
    ev = _events("Venezuela withdrew from the International Criminal Court on Tuesday.")
    assert {e.action for e in ev} == {"SANCTION"}


def test_troop_withdrawal_stays_retreat():
    ev = _events("The army announced the withdrawal of its troops from the town of Goma on Tuesday.")
    acts = {e.action for e in ev}
    assert "RETREAT" in acts and "SANCTION" not in acts


def test_quitting_the_bloc_is_sanction():
    ev = _events("Nicaragua quit the regional bloc on Friday, the foreign ministry said.")
    assert "SANCTION" in {e.action for e in ev}


def test_residents_leaving_a_community_is_no_sanction():
    ev = _events("Residents were forced to leave the community after militants burned homes in Djibo.")
    assert "SANCTION" not in {e.action for e in ev}
