"""Round 20: numbered armed units are organisations, one actor across their written forms; a
hyphenated surname alone joins the full name (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _mentions(text: str):
    return analyze_text("d", text, "2025-06-03", None, KnowledgeBase.default()).mentions


def test_numbered_unit_forms_are_one_org():
    ms = _mentions("Fighters of the Frente 12 raided Puerto Lema. The 12th Front later withdrew, "
                   "and Front 12 commanders denied any role.")
    units = [m for m in ms if m.text in ("Frente 12", "12th Front", "Front 12")]
    assert len(units) == 3
    assert {m.type for m in units} == {"ORG"} and len({m.local for m in units}) == 1


def test_spelled_and_digit_ordinals_share_a_unit_but_not_other_numbers():
    ms = _mentions("The Fourth Division moved north. The 4th Division denied it, while the 14th "
                   "Division stayed in Kassala.")
    by = {m.text: m.local for m in ms}
    assert by["Fourth Division"] == by["4th Division"] != by["14th Division"]


def test_figures_and_lowercase_ordinals_are_no_units():
    texts = {m.text for m in _mentions("Some 40,000 troops and Brigade 5,000 volunteers joined "
                                       "the second division of the league.")}
    assert not any(t.startswith("Brigade") or "division" in t for t in texts)


def test_hyphenated_surname_alone_joins_the_full_name():
    ms = _mentions("Senator Jean-Baptiste Pierre-Louis spoke in Jacmel. Pierre-Louis said the "
                   "gangs had taken the port.")
    by = {m.text: m.local for m in ms}
    assert by["Pierre-Louis"] == by["Jean-Baptiste Pierre-Louis"]
