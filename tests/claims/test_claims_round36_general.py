"""Round 36 (general claim causes across all visible sets): a single companion between a count
and its state ("four workers and a farmer were killed"), a live blog's time stamp or a dateline's
dash before a capitalised number word, wounded "in critical condition" and "one of them"/"three
among them" in that state, "1.5m people" (a glued million before people), leaving the city or
crossing the border as displacement, and counted herds, flights, shops, motorcycles, kin and
clergy (invented text: Mozambique, Burkina Faso, Somalia, Kashmir, South Sudan, Ukraine settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-14") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qu(text: str) -> list[tuple]:
    return [(c.quantity, c.unit) for c in _claims(text)]


# a single person joined to a count without a figure of their own shares the count's state

def test_count_and_a_single_companion_share_the_state():
    assert _qu("Six fishermen and a boy were killed when the boat hit a mine off Palma.") == \
        [(6, "civilians killed")]
    assert _qu("Three gendarmes and an interpreter were wounded near Djibo, the ministry said.") == \
        [(3, "soldiers injured")]


def test_companion_with_adjectives_shares_the_state():
    found = _qu("Eleven foreign construction workers and a Somali driver were abducted near Beledweyne.")
    assert found == [(11, "civilians kidnapped")]


def test_companion_without_a_state_gives_no_state():
    # no state after the pair: the count is what it was, a bare count
    assert (4, "soldiers killed") not in _qu("Four soldiers and a priest walked to the church in Kaya.")


def test_second_count_is_not_swallowed_as_a_companion():
    found = _qu("Two policemen and three civilians were killed in Anantnag.")
    assert (2, "police officers killed") in found and (3, "civilians killed") in found


# a dash before a capitalised number word opens a clause

def test_live_blog_time_stamp_before_a_number_word():
    assert _qu("11:42 – Seven miners were killed when drones struck a bus near Pokrovsk.") == \
        [(7, "civilians killed")]


def test_dateline_with_a_dash_before_a_number_word():
    assert (5, "soldiers killed") in _qu("Ouagadougou — Five soldiers were killed in an ambush near Djibo on Sunday.")


def test_name_with_a_number_word_still_no_count():
    assert _qu("The Big Three – Russia, China and the US – met in Geneva.") == []


# wounded in critical condition, and the part of them in it

def test_in_critical_condition_is_injured():
    found = _qu("Nine people were wounded in the blast at the market in Baidoa. Three among them were in "
                "critical condition, a nurse said.")
    assert (9, "people injured") in found and (3, "people injured") in found


def test_one_of_them_in_a_casualty_state_counts():
    found = _qu("Six rangers were wounded in the ambush; one of them remained in a serious condition.")
    assert (1, "rangers injured") in found or any(q == 1 and u.endswith("injured") for q, u in found)


def test_one_of_them_without_a_casualty_state_stays_a_pronoun():
    assert _qu("Villagers fled to Pemba; one of them told reporters the town was empty.") == []
    found = _qu("Four jets took off and one of them had destroyed a bridge by noon.")
    assert all(q != 1 for q, _ in found)


# "1.5m people": a glued million before people, a distance elsewhere

def test_glued_million_before_people_is_a_count():
    found = _claims("The war has displaced 1.5m people in Cabo Delgado since 2017.")
    assert [(c.quantity, c.unit) for c in found] == [(1500000, "people displaced")]
    assert (2000000, "refugees") in _qu("Some 2m refugees have crossed into Ethiopia.") or \
        any(q == 2000000 for q, _ in _qu("Some 2m refugees have crossed into Ethiopia."))


def test_glued_m_without_people_is_no_count():
    assert _qu("Troops advanced 500m towards the bridge at Kherson.") == []


def test_glued_m_money_still_money():
    assert _qu("Donors pledged $2.5m for the camps.") == [(2500000, "US dollars")]


# leaving or crossing as displacement, for a vague count too

def test_vague_counts_leaving_or_crossing_are_displaced():
    assert _qu("Thousands crossed the border into Malawi after the raid.") == [("thousands", "people displaced")]
    assert _qu("Tens of thousands left the town on Friday as the rebels advanced.") == \
        [("tens of thousands", "people displaced")]


# counted nouns added as classes

def test_herds_flights_shops_motorcycles_kin_and_clergy_are_counted():
    assert (400, "livestock") in _qu("Raiders from Jonglei drove off 400 cattle and killed two herders.")
    assert any(q == 3 for q, u in _qu("At least three flights were cancelled at Juba airport."))
    assert (18, "facilities destroyed") in _qu("Fighters torched 18 shops in the market of Djibo.")
    assert (30, "vehicles") in _qu("Gunmen on 30 motorcycles surrounded the village.")
    assert (2, "civilians killed") in _qu("His two brothers were killed in the raid on Kupwara.")
    assert (2, "civilians kidnapped") in _qu("Gunmen abducted two priests from the parish in Kaya.")


def test_flight_attendant_is_crew_not_a_flight():
    assert _qu("Gunfire hit the plane in Mogadishu, wounding a flight attendant.") == [(1, "crew members injured")]


# active verbs of killing and detaining before the count

def test_killing_verbs_before_a_civilian_count():
    assert _qu("Insurgents beheaded five villagers near Mocimboa da Praia.") == [(5, "civilians killed")]
    assert _qu("Raiders slaughtered 12 herders in Pibor.") == [(12, "herders killed")]
    assert _qu("Troops rounded up 40 men in Bucha.") == [(40, "men detained")]


def test_slaughtered_cattle_are_no_dead_people():
    assert _qu("Some 3,000 cattle were slaughtered for the feast in Bor.") == [(3000, "livestock")]


def test_infiltration_bids_and_encounters_are_counted_events():
    assert (2, "incidents") in _qu("Two infiltration bids were foiled along the Line of Control.")
    found = _qu("Five militants were killed in two encounters in Shopian.")
    assert (5, "fighters killed") in found and (2, "clashes") in found


def test_figure_quoted_after_its_verb_keeps_the_state():
    assert _qu('Al-Shabaab said it had killed "hundreds" of soldiers in the raid on the base.') == \
        [("hundreds", "soldiers killed")]
    assert _qu("The insurgents claimed to have killed “dozens”, a figure nobody could verify.") == \
        [("dozens", "people killed")]


def test_half_a_million_and_a_quarter_of_a_million():
    assert _qu("Half a million people have been displaced in North Kivu.") == [(500000, "people displaced")]
    assert _qu("About a quarter of a million people fled Khartoum.") == [(250000, "people displaced")]
    assert _qu("Half a dozen soldiers were wounded near Kidal.") == [(6, "soldiers injured")]


def test_found_dead_is_killed():
    assert _qu("Fourteen migrants were found dead near the border with Niger.") == [(14, "civilians killed")]
