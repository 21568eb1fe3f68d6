"""Round 24 role fixes: a parent's name before "affiliate", relative-clause objects, verbs inside quotes."""
from event_helpers import named_events as _events


def test_affiliate_phrase_credits_named_group_not_parent():
    ev = _events("Gunmen raided a base near Mopti on Friday. The al Qaeda affiliate that claimed the raid "
                 "said its fighters had killed dozens of soldiers. Jama'at Nusrat al-Islam wal-Muslimin (JNIM) "
                 "posted photographs of the raid.")
    actors = [a for act, a, _, trig in ev if trig == "killed"]
    assert actors and all(a != "al Qaeda" for a in actors), ev
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in actors or "JNIM" in actors, ev


def test_parent_kept_without_other_group():
    ev = _events("The al Qaeda affiliate said its fighters had killed dozens of soldiers near Mopti.")
    assert any(a == "al Qaeda" for act, a, _, trig in ev if trig == "killed"), ev


def test_relative_clause_object_is_no_subject():
    from sitrep.events import roles
    assert roles._REL_OBJECT.search("A trader from Gao who reached ") is not None
    assert roles._REL_OBJECT.search("A trader from Gao reached ") is None


def test_quoted_clause_gerund_not_credited_to_speaker():
    ev = _events("A farmer from Gidan Bawa who reached Kaura Namoda told Radio Kano that the bandits "
                 "“went from house to house, asking for the men and shooting anyone who tried to run.”")
    assert not any(a == "REQUEST" and actor in ("Kaura Namoda", "Radio", "Radio Kano") for a, actor, _, _ in ev), ev
