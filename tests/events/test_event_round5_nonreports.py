"""Round 5b: words of violence that report no incident (a tally, a casualty count, the injured, a
forecast, a history of repeated attacks), a frontier as where, and a place set after a place."""
from event_helpers import coded_with_dates

PUB = "2024-09-18"     # a Wednesday


def _coded(text, actors):
    return coded_with_dates(text, actors, PUB)


def _assaults(text, actors):
    return [e for e in _coded(text, actors) if e.action == "ASSAULT"]


def test_a_tally_naming_who_the_dead_were_is_no_attack():
    text = "The police said all nine dead were bandits and that two constables were wounded."
    assert _assaults(text, {}) == []


def test_gunmen_in_the_toll_sentence_still_make_it_an_attack():
    text = "Two constables were wounded when gunmen fired on a checkpoint near Dosso on Monday."
    (e,) = _assaults(text, {"Dosso": "GPE"})
    assert e.date == "2024-09-16"


def test_putting_the_number_of_dead_at_is_a_count_not_an_attack():
    text = "The Karst Army has put the number of civilians killed in Velsk at five."
    assert _assaults(text, {"Karst Army": "ORG", "Velsk": "GPE"}) == []


def test_visiting_the_injured_is_neither_attack_nor_meeting():
    text = "Governor Amina Bello visited the wounded at the General Hospital in Dosso."
    assert _coded(text, {"Amina Bello": "PERSON", "General Hospital": "FAC", "Dosso": "GPE"}) == []


def test_visiting_a_leader_is_still_a_meeting():
    text = "Governor Amina Bello visited President Idris Kamara in Dosso on Monday."
    got = _coded(text, {"Amina Bello": "PERSON", "Idris Kamara": "PERSON", "Dosso": "GPE"})
    assert [e.action for e in got] == ["CONSULT"]


def test_a_front_line_is_where_never_the_target():
    text = "Shelling along the Demarcation Line killed six villagers on Monday."
    (e,) = _assaults(text, {"Demarcation Line": "LOC"})
    assert e.target is None and e.fatalities == 6


def test_a_forecast_of_attacks_is_no_attack():
    text = "Outlook: Dune Front attacks on police posts in Tessit are likely to continue."
    assert _assaults(text, {"Dune Front": "ORG", "Tessit": "GPE"}) == []


def test_attacks_repeated_since_a_year_are_a_history():
    text = "The mayor said the rebels had attacked Velsk several times since 2019."
    assert _assaults(text, {"Velsk": "GPE"}) == []


def test_a_headline_attack_on_a_site_keeps_its_place_as_where():
    text = "Attack on army outpost in Boni District, Mopti Region"
    (e,) = _assaults(text, {"Boni": "GPE", "Mopti Region": "GPE"})
    assert e.target is None and e.location == 1        # Boni (the longer name is numbered first)


def test_a_place_after_a_place_is_where():
    text = "Gunmen attacked a police post in Tessit, Gao Region, on Monday."
    (e,) = _assaults(text, {"Tessit": "GPE", "Gao Region": "GPE"})
    assert e.target is None and e.location == 1        # Tessit


def test_the_person_identified_is_held_not_the_group_of_the_apposition():
    text = "On Monday soldiers detained in Gubta a man identified as Tomas Velo Arce, alleged chief of gunmen of the Dune Front."
    (e,) = [f for f in _coded(text, {"Gubta": "GPE", "Dune Front": "ORG"}) if f.action == "COERCE"]
    assert e.target is None and e.target_name == "Tomas Velo Arce"


def test_a_frontier_leaves_where_to_the_named_district():
    text = "Shelling along the Demarcation Line killed four villagers in Ardan district on Monday."
    (e,) = _assaults(text, {"Demarcation Line": "LOC", "Ardan": "GPE"})
    assert e.target is None and e.location == 1 and e.fatalities == 4


def test_a_key_figure_since_a_day_is_no_incident():
    text = "• 23 civilians killed on both sides of the Demarcation Line since 2 September"
    assert _assaults(text, {"Demarcation Line": "LOC"}) == []
