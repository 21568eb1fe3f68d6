"""Round 38 (classes that transfer): a spokesman's quote restating the toll the lead attributed
to his body is one claim; a part of a count a possessive owns ("17 of Kenya's 47 counties")
(invented text: Chad, Mali, Guinea, Peru, Zambia settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.claims.quoted import _spokesman_quote
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, mentions=(), published: str = "2025-04-02") -> list[ClaimFact]:
    ms = sorted((Mention(text.index(s), text.index(s) + len(s), s, typ, f"name:{s.lower()}", "test", local)
                 for s, typ, local in mentions), key=lambda m: m.start)
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def test_spokesman_quote_after_an_attributed_lead_is_one_claim():
    text = ("A car bomb exploded outside a bank in Abeche on Monday, killing six people and wounding "
            "nine others, the interior ministry said.\n\n"
            "\"The attacker drove into the queue. Six people were killed and nine others were wounded,\" "
            "ministry spokesman Idriss Mahamat told reporters.")
    found = _claims(text, mentions=(("interior ministry", "ORG", 0), ("Idriss Mahamat", "PERSON", 1)))
    assert sorted(c.quantity for c in found) == [6, 9]
    assert all(c.claimant_name == "interior ministry" for c in found)


def test_quote_led_in_by_a_spokesman_is_one_claim():
    text = ("A grenade thrown into a bar in Mopti killed one person on Friday, police said.\n\n"
            "Moussa Traore, spokesman for the regional police, confirmed the attack, saying that "
            "\"one person was killed and several were hurt\".")
    found = _claims(text, mentions=(("police", "ORG", 0), ("Moussa Traore", "PERSON", 1)))
    assert [c.quantity for c in found] == [1]


def test_quote_of_a_named_witness_still_stays():
    # a doctor's own count is a second statement, as a mayor's is
    text = ("A drone strike killed seven people at a market near Kindia, officials said.\n\n"
            "\"Seven people were killed in front of me,\" said Mamadou Bah, a doctor at the clinic.")
    found = _claims(text, mentions=(("Mamadou Bah", "PERSON", 1),))
    assert [c.quantity for c in found].count(7) == 2


def test_spokesman_quote_with_a_new_figure_stays():
    text = ("Gunmen killed four soldiers near Puno, the army said.\n\n"
            "\"Four soldiers were killed and two were wounded,\" army spokesman Luis Vega said.")
    found = _claims(text, mentions=(("army", "ORG", 0), ("Luis Vega", "PERSON", 1)))
    assert sorted(c.quantity for c in found) == [2, 4]


def test_spokesman_attribution_is_read_around_the_quote():
    text = '"Six died," police spokesman Ali Said told AFP.'
    assert _spokesman_quote(text, text.index("Six"))
    text = '"Six died," said Ali Said, a shopkeeper.'
    assert not _spokesman_quote(text, text.index("Six"))


# a part of a count owned by a possessive: "17 of Kenya's 47 counties"

def test_part_of_a_possessed_count_takes_its_noun():
    found = _claims("Protests were reported in at least 17 of Zambia's 10 provinces and 40 districts.")
    assert (17, "at least", "regions") in [(c.quantity, c.qualifier, c.unit) for c in found]
    found = _claims("Rebels now hold 12 of the country's 30 districts, the army said.")
    assert [(c.quantity, c.unit) for c in found] == [(12, "regions"), (30, "regions")]


def test_a_possessive_name_before_a_count_owns_it():
    found = _claims("Unrest has spread to Zambia's 10 provinces.")
    assert [(c.quantity, c.unit) for c in found] == [(10, "regions")]
    # a name with a number in it, and a year after a possessive, stay no count
    assert _claims("Channel 14 reported the raid.") == []
    assert all(c.quantity != 2006 for c in _claims("Hezbollah's 2006 war with Israel killed many."))


# nouns that count: cases of an abuse, police stations, office holders, rioters

def test_cases_of_an_abuse_are_counted():
    found = _claims("The rights group documented 14 deaths and three cases of enforced disappearance in Lusaka.")
    assert (3, "cases of enforced disappearance") in [(c.quantity, c.unit) for c in found]


def test_police_stations_attacked_are_counted():
    found = _claims("Rioters have attacked more than 30 police stations since the vote, the ministry said.")
    assert [(c.quantity, c.qualifier, c.unit) for c in found] == [(30, "more than", "facilities")]


def test_office_holders_are_counted_people():
    found = _claims("Crowds set fire to the homes of four ministers and nine lawmakers in Kathmandu.")
    assert [(c.quantity, c.unit) for c in found] == [(4, "lawmakers"), (9, "lawmakers")]
    # ministers as a source of what is said are no count
    assert _claims("Two ministers said the talks had failed.") == []


def test_rioters_are_people():
    found = _claims("Hundreds of rioters stormed the airport in Lima on Sunday.")
    assert [(c.quantity, c.unit) for c in found] == [("hundreds", "civilians")]


def test_arrest_warrants_are_counted():
    found = _claims("Prosecutors issued 45 arrest warrants after the riot in Arequipa.")
    assert [(c.quantity, c.unit) for c in found] == [(45, "arrest warrants")]


def test_a_year_before_events_dates_them():
    assert _claims("Students marked a year since the deadly 2023 demonstrations in Lusaka.") == []
    # a count of events written with a thousands comma stays one
    found = _claims("The monitor recorded 2,010 attacks on civilians last year.")
    assert [(c.quantity, c.unit) for c in found] == [(2010, "attacks")]


# definite re-mentions of a count stated before

def test_whole_of_a_part_restates_the_count_before():
    text = ("Gunmen killed 30 worshippers and injured 11 others at a mosque near Tahoua.\n\n"
            "Five of the 11 injured persons are in critical condition, the ministry said.")
    assert sorted(c.quantity for c in _claims(text)) == [5, 11, 30]


def test_bare_definite_count_restates_the_count_before():
    text = ("Police arrested three students in Lusaka on Friday.\n\n"
            "An officer said the three had been taken into custody for their own safety.")
    assert [c.quantity for c in _claims(text)] == [3]


def test_head_without_its_modifier_restates_the_count_before():
    text = ("At least 40 people, including six police officers, were killed in the raid.\n\n"
            "The toll still includes the six officers, the governor said.")
    assert sorted(c.quantity for c in _claims(text) if c.quantity == 6) == [6]


def test_definite_dead_in_a_new_clause_stays():
    # "the three dead were local men" states who they were: a figure of its own
    text = ("Three attackers were killed in the gunfight, police said.\n\n"
            "The mayor said the three dead were local men.")
    assert [c.quantity for c in _claims(text)].count(3) == 2


def test_headline_after_a_desk_label_merges_with_its_body():
    text = ("UPDATE: Four attackers killed and three arrested after siege, minister says\n\n"
            "LIMA, May 4 (Reuters) - By evening four attackers had been killed and three arrested, "
            "Interior Minister Jorge Paz told reporters.")
    found = _claims(text, mentions=(("Jorge Paz", "PERSON", 0),))
    assert sorted(c.quantity for c in found) == [3, 4]


def test_desk_label_is_no_dateline():
    from sitrep.claims.restated import desk_label
    assert desk_label("EXCLUSIVE - Rebels seize town", 0, 30)
    assert desk_label("UPDATE: Four killed", 0, 19)
    assert not desk_label("KABUL - Four killed", 0, 19)


def test_places_of_worship_are_facilities():
    found = _claims("Gunmen attacked two churches, two synagogues and a police post in Derbent on Sunday.")
    assert [(c.quantity, c.unit) for c in found] == [(2, "facilities"), (2, "facilities")]


def test_kin_of_a_named_person_is_no_count():
    assert _claims("The attackers included two sons of Ali Musa, the district head.") == []
    # in a state they are counted
    found = _claims("Two sons of the mayor were killed in the attack.")
    assert [(c.quantity, c.unit) for c in found] == [(2, "civilians killed")]


def test_protesters_gathering_are_a_crowd():
    assert _claims("Hundreds of protesters gathered outside parliament in Lima on Tuesday.") == []
    assert _claims("Thousands of people protested in the capital.") == []
    # a crowd in a casualty state is counted
    found = _claims("Police shot and killed 12 protesters who had gathered outside the palace.")
    assert [(c.quantity, c.unit) for c in found] == [(12, "civilians killed")]
