"""A participle clause between counted people and their state ("two men riding a motorcycle were
shot dead", "two journalists working for a local outlet had been arrested"): the state after it
is theirs, as after a relative clause (invented text: Burkina Faso, Yemen, Somalia, Colombia,
Ethiopia settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-10") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qu(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


def test_participle_clause_before_a_killing():
    assert _qu("Two men riding a motorcycle were shot dead near the market in Fada N'Gourma.") == \
        [(2, "men killed")]


def test_participle_clause_before_a_wounding():
    assert _qu("Four soldiers guarding the checkpoint outside Marib were wounded on Sunday.") == \
        [(4, "soldiers injured")]


def test_participle_clause_before_an_arrest_with_pluperfect():
    found = _qu("The union said two journalists working for a Mogadishu radio station had been arrested.")
    assert found == [(2, "civilians detained")]


def test_participle_clause_of_aid_workers():
    assert (3, "civilians killed") in _qu("Three aid workers travelling in a convoy were killed near Cucuta.")


def test_relative_clause_still_read():
    assert _qu("Two local reporters who tried to film the site were detained in Bahir Dar.") == \
        [(2, "civilians detained")]


def test_including_is_no_participle_clause():
    # "including" opens a part of the count, read as before: both counts share the state
    assert _qu("Twelve people including three children were killed in the raid.") == \
        [(12, "people killed"), (3, "children killed")]


def test_participle_clause_naming_a_figure_gives_no_state():
    # a clause stating a figure or speech of its own is no description of the counted people
    assert (5, "soldiers killed") not in _qu("Five soldiers reporting that ten were killed were questioned.")


def test_participle_without_a_passive_state_gives_none():
    assert (6, "students killed") not in _qu("Six students sitting an exam in Dori heard the blast.")


# "fighting for their lives" in hospital: critically wounded

def test_fighting_for_their_lives_is_injured():
    assert _qu("Eight others were fighting for their lives in hospital in Kaya, the governor said.") == \
        [(8, "people injured")]


def test_fighting_for_his_life_is_injured():
    assert _qu("One soldier was fighting for his life after the blast near Djibo.") == [(1, "soldiers injured")]


# "were among those killed": the count is a part of the killed, in their state

def test_among_those_killed():
    assert _qu("Residents said his two brothers were among those killed in Wad Madani.") == \
        [(2, "civilians killed")]


def test_among_those_wounded():
    assert _qu("Two soldiers were among those wounded in the attack on the base at Gao.") == \
        [(2, "soldiers injured")]


def test_among_the_dead_unchanged():
    assert _qu("Three journalists were among the dead in Khan Younis.") == [(3, "civilians killed")]
