"""Round 26 role fixes: names inside an apposition or a bracketed relative clause are no subject."""
from event_helpers import named_events as _events


def test_relative_clause_with_bracketed_abbreviation_keeps_head_subject():
    ev = _events("The Northern Front, which also includes the Hill Tigers and the Lake Brigade (LB), "
                 "resumed fighting in late June.")
    actors = [a for act, a, _, _ in ev if act == "ASSAULT"]
    assert actors and "Lake Brigade" not in actors and "LB" not in actors, ev
    assert "Northern Front" in actors, ev


def test_apposition_names_leave_subject_to_head():
    ev = _events("Speaking in Bamako, Moussa Keita, the security adviser to President Assimi Goita, "
                 "rejected accusations of massacres.")
    actors = [a for act, a, _, _ in ev if act == "REJECT"]
    assert actors == ["Moussa Keita"], ev


def test_subject_without_apposition_still_found():
    ev = _events("President Assimi Goita rejected accusations of massacres.")
    assert any(act == "REJECT" and a == "Assimi Goita" for act, a, _, _ in ev), ev


def test_sentence_apposition_spans():
    from sitrep.events.sentence import _APPOSITIVE
    assert _APPOSITIVE.search("Keita, the adviser to President Goita, rejected") is not None
    assert _APPOSITIVE.search("Nour, spokesman for the army, denied") is not None
    assert _APPOSITIVE.search("Nour, killing three, denied") is None
