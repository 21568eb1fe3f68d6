"""Round 35 (quotes and claims): "one of its crew members was killed", a translated unit ("blue
helmets") after a nationality, "suffered shrapnel wounds", an apposition between a count and its
state, places counted ("at least six locations") but not places already known ("the two regions"),
a model's plural ("F-16s"), wounded people evacuated (not displaced), huts, and "an estimated"
written as "estimated" (invented text: Mali, Somalia, Yemen, Kashmir, Caucasus settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-06-04") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _by_q(found: list[ClaimFact]) -> dict:
    return {c.quantity: c for c in found}


def test_one_of_its_crew_members_killed():
    found = _by_q(_claims("The aid agency said one of its crew members was killed and two others were "
                          "injured when the plane came under fire near Baidoa."))
    assert 1 in found and found[1].unit.endswith("killed")
    assert 2 in found and found[2].unit.endswith("injured")


def test_blue_helmets_after_a_nationality():
    found = _by_q(_claims("The mission said one of its Bangladeshi blue helmets was wounded near Kidal."))
    assert 1 in found and found[1].unit == "soldiers injured"
    found = _by_q(_claims("Three Senegalese blue helmets were killed by a roadside bomb."))
    assert 3 in found and found[3].unit == "soldiers killed"


def test_suffered_shrapnel_wounds_is_injured():
    found = _by_q(_claims("A mine exploded under a patrol near Marib. Two soldiers lost legs and three "
                          "others suffered shrapnel wounds, the army said."))
    assert 3 in found and found[3].unit.endswith("injured")


def test_apposition_between_count_and_state():
    found = _by_q(_claims("One woman, a 62-year-old retired teacher, was killed by shelling near Uri."))
    assert 1 in found and found[1].unit.endswith("killed")


def test_places_counted_but_not_the_known_ones():
    found = _claims("Shelling spread to at least seven locations along the line of contact on Friday.")
    assert [c.quantity for c in found] == [7] and found[0].qualifier == "at least"
    found = _claims("Some 120,000 people remain displaced within the two northern provinces.")
    assert [c.quantity for c in found] == [120000]


def test_model_designation_plural_counts_aircraft():
    found = _by_q(_claims("Four Su-25s took off from the base before dawn, the ministry said."))
    assert 4 in found and found[4].unit == "Su-25s"


def test_evacuated_wounded_are_injured_not_displaced():
    found = _by_q(_claims("The five wounded policemen were evacuated to a hospital in Gao."))
    assert 5 in found and found[5].unit.endswith("injured")
    found = _by_q(_claims("Troops evacuated 400 villagers from the frontline hamlets."))
    assert 400 in found and found[400].unit.endswith("displaced")


def test_huts_burned_are_counted():
    found = _claims("Survivors said dozens of huts in the camp had been burned by the raiders.")
    assert [c.quantity for c in found] == ["dozens"]


def test_an_estimated_keeps_the_word_estimated():
    found = _claims("The war has claimed an estimated 250,000 lives since 2014.")
    assert found and found[0].qualifier == "estimated"


def test_killing_of_one_member_of_its_crew():
    found = _by_q(_claims("The agency condemned the killing of one member of its crew near Bosaso."))
    assert 1 in found and found[1].unit.endswith("killed")
    assert not _claims("The pilot spoke of one village near the river.")


def test_one_of_the_crew_is_no_count_but_one_of_its_crew_members_is():
    assert not _claims("One of the crew of the ferry was hurt, the captain said.")
    assert [c.quantity for c in _claims("One of the ferry's crew members was hurt.")] == [1]


def test_rival_figure_takes_the_count_it_is_set_against():
    found = _claims("Villagers counted eight dead, far fewer than the 23 claimed by the rebels.")
    assert sorted(c.quantity for c in found) == [8, 23]
    assert all(c.unit.endswith("killed") for c in found)


def test_toll_put_at_one():
    found = _claims("Police later put the death toll at one, denying reports of six dead.")
    assert 1 in [c.quantity for c in found]
    assert not _claims("He was the one that led the convoy.")


def test_relative_clause_between_count_and_state():
    found = _by_q(_claims("Three reporters who tried to film the protest in Tbilisi were detained."))
    assert 3 in found and found[3].unit.endswith("detained")
    found = _by_q(_claims("Two officers who said five were killed were later arrested."))
    assert found.get(5) is not None and found[5].unit.endswith("killed")
