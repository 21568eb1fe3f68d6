"""Counts whose noun is given once for two figures: a pair sharing one noun ("three Israeli and
two Palestinian civilians"), a bare "N more" after a stateless count, and counted prisons, people
let go and passengers "on board" (invented text in several outlets' styles)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.claims.elliptic import more_of_previous
from sitrep.claims.units import Unit
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-10") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qu(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


# two figures, one noun: the first count takes the second's noun and state

def test_nationality_pair_shares_noun_and_state():
    assert _qu("Nine Georgian and 12 Armenian border guards were wounded in the exchange.") == \
        [(9, "soldiers injured"), (12, "soldiers injured")]
    assert _qu("Two Thai and three Cambodian soldiers were killed on Tuesday, officials said.") == \
        [(2, "soldiers killed"), (3, "soldiers killed")]


def test_pair_keeps_the_first_qualifier():
    found = _claims("At least four Kenyan and six Somali civilians died in the blast in Mandera.")
    assert [(c.quantity, c.qualifier, c.unit) for c in found][:1] == [(4, "at least", "civilians killed")]


def test_no_pair_across_a_verb_or_preposition():
    # "were" and "in" are no adjectives: nothing is shared
    assert (20, "people injured") not in _qu("Twenty were arrested in Gao and 30 people were injured.")
    assert _qu("In 2023 and 2024 the rebels carried out 40 attacks.") == [(40, "attacks")]


def test_no_pair_when_the_second_count_is_money():
    assert all(c.unit != "US dollars" or c.quantity != 3 for c in
               _claims("Three Dutch and $2 million in aid arrived on Friday."))


# "N more" / "N others" after a count in no state counts the same noun

def test_more_continues_a_stateless_count():
    assert _qu("Niger has stationed 1,200 troops along the border and pledged 800 more.") == \
        [(1200, "troops"), (800, "troops")]
    assert _qu("The navy sent two frigates on Monday and three others on Thursday.") == \
        [(2, "ships"), (3, "ships")]


def test_more_than_is_a_bound_not_a_count():
    previous = [Unit("troops", 20, "troops", "person")]
    text = "sent 1,200 troops and 500 more than planned"
    assert more_of_previous(text, text.index(" more"), previous) is None
    text = "sent 1,200 troops and 500 more"
    assert more_of_previous(text, text.index(" more"), previous) == ("troops", len(text), "troops", "person")


def test_more_after_a_state_keeps_the_state():
    assert _qu("Four police officers were killed and two more were wounded in Zamfara.") == \
        [(4, "police officers killed"), (2, "police officers injured")]


def test_more_with_no_count_before_is_no_claim():
    assert _qu("Officials expect 300 more on Friday.") == []


# counted places and states

def test_prisons_are_counted_facilities():
    found = _claims("Inmates rioted in at least seven prisons across the country on Sunday.")
    assert [(c.quantity, c.qualifier, c.unit) for c in found] == [(7, "at least", "facilities")]


def test_let_go_is_released():
    assert _qu("Four passengers were let go unharmed, police said.") == [(4, "civilians released")]


def test_on_board_between_noun_and_state():
    assert _qu("The six passengers on board were released on Monday.") == [(6, "civilians released")]
    assert _qu("Eleven crew members aboard were rescued by the coast guard.") == [(11, "crew members released")]


# "one of them critically": a part of the wounded, told by how badly

def test_one_of_them_critically_is_a_part_of_the_wounded():
    assert _qu("Three gendarmes sustained injuries, one of them critically, when the mine exploded.") == \
        [(3, "soldiers injured"), (1, "soldiers injured")]
    assert _qu("Five villagers were wounded, one of them seriously.") == \
        [(5, "civilians injured"), (1, "civilians injured")]


def test_one_of_them_after_another_state_is_no_part():
    assert _qu("Police arrested two men, one of them badly beaten.") == [(2, "men detained")]


def test_jawans_are_soldiers():
    # Indian outlets' word for soldiers and paramilitary personnel
    assert _qu("Four jawans were killed when their vehicle hit an IED in Bijapur.") == [(4, "soldiers killed")]


# a size compound counts the members of what follows it

def test_member_compound_counts_members():
    assert _qu("The 15-member transitional council met in Bamako on Monday.") == [(15, "members")]
    assert _qu("A 3,000-strong force was sent to the border.") == [(3000, "troops")]


def test_other_hyphen_compounds_are_no_count():
    assert _qu("The 42-year-old driver was released after a 12-hour standoff.") == []


def test_plural_noun_before_and_is_no_adjective():
    found = _qu("Three Serbs and one member of the Kosovo police were killed in the clash.")
    assert (3, "police officers killed") not in found
