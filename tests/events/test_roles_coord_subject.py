"""Two parties coordinated as the subject of a joint act (sitrep.events.roles_coord_subject), and a
signed ceasefire, peace or security accord coded AGREE: invented sentences."""
from __future__ import annotations

from event_helpers import named_events


def _roles(text: str, action: str) -> set[tuple]:
    return {(e[1], e[2]) for e in named_events(text) if e[0] == action}


def test_pair_holding_talks_is_actor_and_target() -> None:
    assert ("Ghana", "Togo") in _roles("Ghana and Togo held talks on Monday.", "CONSULT")


def test_pair_agreeing() -> None:
    assert ("Ghana", "Togo") in _roles("Ghana and Togo agreed to a ceasefire on Monday.", "AGREE")


def test_people_with_a_counterpart_phrase() -> None:
    text = "Ghanaian Foreign Minister Ama Mensah and her Togolese counterpart Kofi Adjei met in Vienna on Monday."
    assert ("Ama Mensah", "Kofi Adjei") in _roles(text, "CONSULT")


def test_hostile_acts_keep_their_subject_rule() -> None:
    # an attack by two parties has a target of its own; the pair rule is only for joint acts
    got = named_events("Ghana and Togo bombed rebel positions near Tarvo.")
    assert not any(e[2] == "Togo" for e in got if e[0] == "ASSAULT")


def test_signed_ceasefire_is_agree_and_friendship_treaty_support() -> None:
    assert ("Ghana", "Togo") in _roles("Ghana and Togo signed a ceasefire agreement on Monday.", "AGREE")
    assert ("Ghana", "Togo") in _roles("Ghana signed a security pact with Togo on Monday.", "AGREE")
    text = "Ghana and Togo signed a treaty of friendship on Monday."
    assert _roles(text, "SUPPORT") and not _roles(text, "AGREE")


def test_opening_phrase_object_is_no_conjunct() -> None:
    got = _roles("According to Akufo-Addo, Ghana and Togo held talks on Monday.", "CONSULT")
    assert ("Ghana", "Togo") in got and not any(a == "Akufo-Addo" for a, _ in got)


def test_president_of_a_country_is_the_first_party() -> None:
    # "President X of Y and Z": X is the first conjunct, not the country in his "of" phrase
    from event_helpers import coded_roles
    actors = {"Ali Kerem": "PERSON", "Zandoria": "GPE", "Morvan": "NORP", "Piet Lund": "PERSON"}
    got = coded_roles("President Ali Kerem of Zandoria and Morvan President Piet Lund agreed to a ceasefire on "
                      "Thursday.", actors)
    assert ("AGREE", "Ali Kerem", "Piet Lund") in got


def test_of_phrase_without_a_person_keeps_no_pair() -> None:
    # "the talks of Zandoria and Y": no person owns the "of" phrase, no pair is made up
    from event_helpers import coded_roles
    got = coded_roles("Delegates of Zandoria and Piet Lund agreed to a ceasefire on Thursday.",
                      {"Zandoria": "GPE", "Piet Lund": "PERSON"})
    assert all(e[1] != "Zandoria" for e in got)
