"""Round 32 (claims2): counts after "more" and a name, "shot down" people, translated qualifiers
("minimum", "near to"), injuries "suffered", a quoted label as the counted noun, definite
re-mentions of a count already given, and headings or bullets that restate a figure below them
(invented text: Sahel, Caucasus, Myanmar, Yemen, Philippines settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, names: tuple[str, ...] = (), published: str = "2025-05-12") -> list[ClaimFact]:
    ms = []
    for i, surface in enumerate(names):
        s = text.index(surface)
        ms.append(Mention(s, s + len(surface), surface, "ORG", f"name:{surface.lower()}", "test", i))
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def _qs(found: list[ClaimFact]) -> list:
    return [c.quantity for c in found]


def test_more_before_a_named_force_counts_its_troops():
    text = "The defence minister said 450 more Presidential Guard troops would reach Gao by Friday."
    found = _claims(text, ("Presidential Guard",))
    assert _qs(found) == [450] and found[0].unit == "troops"


def test_more_before_a_name_without_a_person_noun_is_no_troop_count():
    found = _claims("Officials expect 40 more Red Cross trucks at the crossing.", ("Red Cross",))
    assert all(c.unit != "troops" for c in found)


def test_shot_down_people_are_killed():
    found = _claims("Marines shot down five suspected pirates off the coast of Basilan on Sunday.")
    assert _qs(found) == [5] and found[0].unit.endswith("killed")


def test_bare_count_shot_down_is_no_death_toll():
    found = _claims("Air defences shot down 17 overnight over the port of Hodeidah, the coalition said.")
    assert all(not c.unit.endswith("killed") for c in found)


def test_alleged_before_a_noun_is_a_modifier():
    found = _claims("Police in Mandalay arrested nine alleged smugglers on Tuesday.")
    assert _qs(found) == [9] and found[0].unit == "smugglers detained"


def test_minimum_is_a_lower_bound():
    found = _claims("A car bomb hit the market of Menaka in which minimum thirty one persons were killed.")
    assert _qs(found) == [31] and found[0].qualifier == "at least"


def test_near_to_with_dot_thousands_and_disappeared():
    found = _claims("According to the commission, near to 2.400 have been reported disappeared in the province.")
    assert _qs(found) == [2400] and found[0].qualifier == "about" and found[0].unit == "people missing"


def test_suffered_injuries_is_a_state():
    found = _claims("The convoy was hit by a mine near Kidal, and three peacekeepers suffered injuries.")
    assert _qs(found) == [3] and found[0].unit.endswith("injured")


def test_translated_resulted_wounded():
    found = _claims("In the exchange of fire four gendarmes resulted wounded, the statement said.")
    assert _qs(found) == [4] and found[0].unit.endswith("injured")


def test_quoted_label_is_the_counted_noun():
    found = _claims('The ministry said six "infiltrators" were killed when they crossed near Lachin.')
    assert _qs(found) == [6] and found[0].unit.endswith("killed")


def test_definite_re_mention_of_detainees_is_no_new_claim():
    text = ("Police arrested three suspects in Sittwe on Monday, the junta said. "
            "A spokesman said the three detainees belonged to an insurgent cell.")
    found = _claims(text)
    assert _qs(found) == [3]


def test_definite_re_mention_of_deaths_is_no_new_claim():
    text = ("Medics recovered six bodies, including the two civilians. "
            "The governor ordered an inquiry into the two deaths. "
            "The agency said the deaths of the two civilians would be investigated.")
    assert _qs(_claims(text)) == [6, 2]


def test_re_mention_needs_an_earlier_count_of_the_same_people():
    text = ("Four soldiers were wounded in the ambush near Shusha. "
            "The two civilians in the car were unhurt, and the two deaths reported on Monday were not linked.")
    found = _claims(text)
    assert 4 in _qs(found) and _qs(found).count(2) >= 1


def test_re_mention_in_a_new_state_stays_a_claim():
    text = "Four soldiers were wounded in the blast at Timbuktu. The four soldiers later died in hospital."
    found = _claims(text)
    assert [c.unit for c in found] == ["soldiers injured", "soldiers killed"]


def test_first_definite_count_stays_a_claim():
    assert _qs(_claims("The three medics were killed when their ambulance was shelled.")) == [3]


def test_bullets_restating_the_text_are_one_claim_each():
    text = ("Rebels attacked a base in the north on Monday, the army said.\n\n"
            "Highlights:\n\n"
            "• Nine rebels dead, three soldiers wounded\n\n"
            "• More than 800 killings in the region since March\n\n"
            "The army said its troops repelled the attack and three soldiers sustained injuries.\n\n"
            "According to the rights group, more than 800 people have been murdered in the region "
            "since the fighting began.")
    found = _claims(text)
    assert sorted(str(q) for q in _qs(found)) == ["3", "800", "9"]


def test_subheading_toll_restated_below_is_one_claim():
    text = ("Drones struck a market in Marib on Saturday, residents said.\n\n"
            "Medics put death toll at 21\n\n"
            "Medics at the main hospital said 21 people had died by Sunday evening.")
    assert _qs(_claims(text)) == [21]


def test_live_blog_heading_is_its_own_report():
    text = ("Fighting continued around the city on Monday, witnesses said.\n\n"
            "14:05 GMT - Death toll from Taiz shelling rises to 11\n\n"
            "Local medics say at least 11 people were killed when shells hit a market in Taiz.")
    assert len(_claims(text)) == 2


def test_standfirst_figure_is_not_merged_in_other_words():
    text = ("Army says nine militants killed in retaliatory fire\n\n"
            "Troops responded and sent nine of the attackers to hell during the exchange, the army said.")
    assert len(_claims(text)) == 2
