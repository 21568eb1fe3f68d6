"""Round 31 (acts): a toll revised or risen for a named incident ("the death toll from Tuesday's
blast rose to 20") is that incident's report, unless the blast was an accident; and a sum announced
as humanitarian assistance is AID (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str):
    return analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default()).events


def test_revised_toll_of_a_named_explosion_is_its_assault():
    ev = _events("Regional officials revised the death toll from Monday evening's explosion at the "
                 "ammunition dump outside Kramatorsk to 68.")
    assert [(e.action, e.fatalities) for e in ev] == [("ASSAULT", 68)]


def test_risen_toll_of_a_blast_is_its_assault():
    ev = _events("The death toll from Sunday's blast at a market in Bunia rose to 20, the provincial "
                 "health office said.")
    assert [(e.action, e.fatalities) for e in ev] == [("ASSAULT", 20)]


def test_toll_of_an_industrial_accident_is_no_event():
    assert _events("The death toll from a gas explosion at a coal mine in Soma rose to 41.") == []


def test_toll_put_at_a_figure_without_incident_word_codes_nothing():
    assert _events("The hospital director put the toll at 9 by Wednesday morning.") == []


def test_sentence_with_its_own_attack_verb_is_coded_once():
    ev = _events("Militants attacked a checkpoint near Gao on Friday, and officials later revised "
                 "the death toll from the attack to 12.")
    assert [e.action for e in ev].count("ASSAULT") == 1


def test_sum_announced_in_humanitarian_assistance_is_aid():
    ev = _events("The aid agency's chief announced $40 million in humanitarian assistance during a "
                 "visit to Chad on Tuesday.")
    assert "AID" in {e.action for e in ev}


def test_sum_allocated_of_relief_is_aid():
    assert "AID" in {e.action for e in _events("Norway allocated 15 million euros of emergency relief to Yemen.")}


def test_announced_arrests_or_truce_is_not_aid():
    assert "AID" not in {e.action for e in _events("The army announced 40 arrests in the capital.")}
    assert "AID" not in {e.action for e in _events("The junta announced a $2 million reward for the rebel leader.")}
