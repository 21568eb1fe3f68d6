"""Session 29 triggers: custody phrases (COERCE), people evacuated from danger (AID) and military exercises
begun (MOBILIZE); a side's own diplomats evacuated and an offensive launched are not these (invented text)."""
from __future__ import annotations

from event_helpers import coded_roles

_NAMES = {"Kosovo Police": "ORG", "Karl Imre": "PERSON", "Varnian Navy": "ORG", "Dalmo": "GPE", "Ostravia": "GPE",
          "Varnian Red Crescent": "ORG", "Varnian army": "ORG"}


def _acts(text: str) -> list[tuple]:
    return coded_roles(text, _NAMES)


def test_taken_into_custody_is_an_arrest() -> None:
    acts = _acts("Two attackers were taken into custody by the Kosovo Police, Interior Minister Karl Imre said.")
    assert ("COERCE", "Kosovo Police", None) in acts


def test_people_evacuated_from_danger_is_aid() -> None:
    acts = _acts("The Varnian Red Crescent said its crews had evacuated 234 families from homes caught between "
                 "the two sides.")
    assert any(a[0] == "AID" and a[1] == "Varnian Red Crescent" for a in acts)
    acts = _acts("The Varnian army has evacuated hundreds of people by helicopter.")
    assert any(a[0] == "AID" and a[1] == "Varnian army" for a in acts)


def test_own_diplomats_evacuated_is_no_aid() -> None:
    assert not any(a[0] == "AID" for a in _acts("Ostravia evacuated its remaining diplomats from Dalmo."))


def test_military_exercises_begun_mobilize() -> None:
    acts = _acts("The Varnian Navy on Saturday launched three days of military exercises off Dalmo with 2,500 troops.")
    assert any(a[0] == "MOBILIZE" and a[1] == "Varnian Navy" for a in acts)
    acts = _acts("The Varnian Navy began large-scale naval drills off Dalmo on Monday.")
    assert any(a[0] == "MOBILIZE" and a[1] == "Varnian Navy" for a in acts)


def test_an_offensive_launched_is_no_exercise() -> None:
    assert not any(a[0] == "MOBILIZE" for a in _acts("The Varnian army launched an offensive on Dalmo."))


def test_two_sides_exercising_together_is_no_mobilization() -> None:
    assert not any(a[0] == "MOBILIZE" for a in _acts(
        "Varnian and Ostravian warships on Monday launched ten days of war games off Dalmo."))
    assert not any(a[0] == "MOBILIZE" for a in _acts("The Varnian Navy started joint military drills with Ostravia."))


def test_struck_a_tone_or_a_note_is_no_strike() -> None:
    assert not any(a[0] == "ASSAULT" for a in _acts("Karl Imre struck a similar tone on Wednesday."))
    assert not any(a[0] == "ASSAULT" for a in _acts("Karl Imre struck a conciliatory note on Tuesday."))
    assert any(a[0] == "ASSAULT" for a in _acts("The Varnian Navy struck a military base in Dalmo on Tuesday."))


def test_an_act_under_inquiry_is_its_topic_not_a_report() -> None:
    names = {"Ombra Committee": "ORG", "Karl Imre": "PERSON", "Ombra Council": "ORG", "Dalmo": "GPE"}
    acts = coded_roles("The Ombra Committee said it had opened a criminal case into hostage-taking and an attack on "
                       "law enforcement officers.", names)
    assert not any(a[0] == "ASSAULT" for a in acts)
    acts = coded_roles("Karl Imre has ordered a special investigation into the attack on the protesters in Dalmo.", names)
    assert not any(a[0] == "ASSAULT" for a in acts)
    acts = coded_roles("The Ombra Council called for an independent investigation into the Dalmo strike.", names)
    assert not any(a[0] == "ASSAULT" for a in acts) and any(a[0] == "REQUEST" for a in acts)


def test_a_force_called_in_or_out_mobilizes() -> None:
    names = {"Varnian government": "ORG", "Varnian Army": "ORG", "Varnian foreign ministry": "ORG", "Karl Imre": "PERSON",
             "Varnian police": "ORG"}
    acts = coded_roles("The Varnian government imposed a curfew on Friday and called in the army as violence spread.", names)
    assert ("MOBILIZE", "Varnian government", None) in acts
    acts = coded_roles("The Varnian Army was called in and deployed around the parliament by the evening.", names)
    assert ("MOBILIZE", "Varnian Army", None) in acts
    assert not any(a[0] == "MOBILIZE" for a in coded_roles(
        "The Varnian foreign ministry called in the Ostravian ambassador Karl Imre on Tuesday.", names))
    assert not any(a[0] == "MOBILIZE" for a in coded_roles(
        "Karl Imre was called in for questioning by the Varnian police.", names))


def test_troops_called_in_from_another_side_is_no_mobilization() -> None:
    acts = coded_roles("President Tomas Velde called in troops from the Northern Alliance.",
                       {"Tomas Velde": "PERSON", "Northern Alliance": "ORG"})
    assert not any(a[0] == "MOBILIZE" for a in acts)


def test_an_act_done_again_with_re_is_the_act() -> None:
    acts = coded_roles("The Varnian police re-arrested Karl Imre on Monday.", {"Varnian police": "ORG", "Karl Imre": "PERSON"})
    assert ("COERCE", "Varnian police", "Karl Imre") in acts
    assert not coded_roles("A pro-attack rally was held in Dalmo.", {"Dalmo": "GPE"})


def test_a_leader_refusing_to_go_rejects() -> None:
    names = {"Tomas Velde": "PERSON"}
    assert ("REJECT", "Tomas Velde", None) in coded_roles("Tomas Velde said he would not step down.", names)
    assert ("REJECT", "Tomas Velde", None) in coded_roles("Tomas Velde said he would not resign.", names)
    assert not any(a[0] == "REJECT" for a in coded_roles("Tomas Velde said the minister would resign.", names))


def test_a_vigil_stepped_up_mobilizes() -> None:
    names = {"Karst Union": "ORG", "Dalmo": "GPE", "Varnian Border Force": "ORG"}
    assert ("MOBILIZE", "Varnian Border Force", None) in coded_roles(
        "The Varnian Border Force has stepped up vigil along the frontier following the violence.", names)


def test_appeals_thanks_and_envoys() -> None:
    names = {"Ombra Union": "ORG", "Karl Imre": "PERSON", "Varnian security forces": "ORG", "Ostra": "GPE", "Dalmo": "GPE"}
    assert ("REQUEST", "Karl Imre", None) in coded_roles(
        "The Varnian minister Karl Imre called the populations to collaborate with the security forces.", names)
    assert ("REQUEST", "Ombra Union", None) in coded_roles("The Ombra Union invited the population to the calm.", names)
    assert not coded_roles("Karl Imre called the meeting to order.", names)
    # the population is the addressee; the forces it is asked to help are no target
    assert ("REQUEST", "Karl Imre", None) in coded_roles(
        "Karl Imre called the populations to collaborate with the Varnian security forces.", names)
    assert ("SUPPORT", "Ombra Union", "Varnian security forces") in coded_roles(
        "The Ombra Union expressed gratitude to the Varnian security forces.", names)
    assert any(a[0] == "CONSULT" and a[1] == "Ombra Union" for a in coded_roles(
        "The Ombra Union has sent envoys to Ostra to urge the two leaders to save the peace agreement.", names))
