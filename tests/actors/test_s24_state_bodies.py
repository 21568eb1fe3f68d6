"""Session 24: one generic body name, several states' bodies ("State Committee for National
Security" of two neighbours); a bare body name joining the one state's body of that name; a
name "known as" renames a larger phrase than the one it follows. Invented reports; real
countries only where the KB's states are needed."""
from sitrep.actors import find_mentions
from sitrep.actors.kbcache import default
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def _entities(*docs: str):
    kb = default()
    items = [(f"d{n}", find_mentions(t, split_sentences(t), kb)) for n, t in enumerate(docs)]
    entities, _ = resolve_entities(items, kb)
    return entities


def _holders(entities, name: str):
    return [e for e in entities if name == e.name or name in e.aliases]


def _holder(entities, name: str):
    found = _holders(entities, name)
    assert len(found) == 1, (name, [(e.name, e.aliases) for e in entities])
    return found[0]


def test_two_states_bodies_of_one_generic_name_stay_apart():
    ents = _entities(
        "Talant Osmon, head of Kyrgyzstan's State Committee for National Security (UKMK), and his "
        "counterpart Rustam Sharif, chairman of Tajikistan's State Committee for National Security, "
        "met on Monday. The UKMK said the talks went well.",
        "The Chairman of the State Committee for National Security (SCNS) of Tajikistan spoke. "
        "The SCNS said its border guards had withdrawn.",
        "The State Committee for National Security of Kyrgyzstan denied the report.")
    kg, tj = _holder(ents, "UKMK"), _holder(ents, "SCNS")
    assert kg is not tj
    assert kg is _holder(ents, "State Committee for National Security of Kyrgyzstan")
    assert tj.name == "State Committee for National Security of Tajikistan"


def test_two_defence_ministries_named_by_possessives_stay_apart():
    ents = _entities("Kenya's Ministry of Defence and Uganda's Ministry of Defence signed a pact.",
                     "Uganda's Ministry of Defence said the patrols would start in March.")
    bodies = _holders(ents, "Ministry of Defence")
    assert len(bodies) == 2
    assert {e.name for e in bodies} == {"Ministry of Defence of Kenya", "Ministry of Defence of Uganda"}


def test_generic_body_no_state_owns_keeps_its_name():
    ents = _entities("The Ministry of Defence said two soldiers were hurt near the border.")
    assert _holder(ents, "Ministry of Defence").name == "Ministry of Defence"


def test_bare_body_name_joins_the_one_state_body_of_that_name():
    ents = _entities("The Investigative Committee announced that it had opened a case.",
                     "Russia's Investigative Committee said the suspects were detained.",
                     "The Investigative Committee of Russia named three suspects.")
    assert _holder(ents, "Investigative Committee") is _holder(ents, "Investigative Committee of Russia")


def test_bare_body_name_with_two_states_bodies_stays_alone():
    ents = _entities("The Communist Party of Nepal and the Communist Party of India met in Delhi.",
                     "The Communist Party said it would boycott the vote.")
    bare = _holder(ents, "Communist Party")
    assert bare is not _holder(ents, "Communist Party of Nepal")
    assert bare is not _holder(ents, "Communist Party of India")


def test_known_as_after_a_name_inside_an_of_phrase_links_nothing():
    ents = _entities("The northern branch of Hezbollah, known as Jund Tahrir, claimed the attack.")
    assert _holder(ents, "Hezbollah") is not _holder(ents, "Jund Tahrir")


def test_known_as_right_after_a_name_still_links():
    ents = _entities("The Deterrence Force, known as Rada, said it had arrested three men.")
    assert _holder(ents, "Deterrence Force") is _holder(ents, "Rada")


def test_generic_body_joins_the_one_body_a_known_place_owns():
    ents = _entities("The Health Ministry in Gaza said 30 people were killed overnight.",
                     "The Ministry of Health said the toll had risen to 40.")
    assert _holder(ents, "Ministry of Health") is _holder(ents, "Health Ministry in Gaza")


def test_generic_body_with_two_places_bodies_stays_alone():
    ents = _entities("The Health Ministry in Gaza and Kenya's Ministry of Health both reported cases.",
                     "The Ministry of Health said the toll had risen to 40.")
    bare = [e for e in ents if e.name == "Ministry of Health"]
    assert len(bare) == 1 and "Health Ministry in Gaza" not in bare[0].aliases


def test_a_ministry_in_its_two_word_orders_is_one_body():
    ents = _entities("The Ministry of Emergency Situations said 20 houses burned.",
                     "The Emergency Situations Ministry said it had moved 1,000 people.",
                     "Officials at the Ministry of the Interior declined to comment.",
                     "The Interior Ministry said the curfew would stay.")
    assert _holder(ents, "Ministry of Emergency Situations") is _holder(ents, "Emergency Situations Ministry")
    assert _holder(ents, "Ministry of the Interior") is _holder(ents, "Interior Ministry")
    assert _holder(ents, "Interior Ministry") is not _holder(ents, "Emergency Situations Ministry")


def test_government_of_the_republic_form_joins_the_state_government():
    ents = _entities("The Government of the Kyrgyz Republic issued a statement on Friday.",
                     "The Kyrgyz government denied the report.")
    assert _holder(ents, "Government of the Kyrgyz Republic") is _holder(ents, "Kyrgyz government")


def test_delegation_and_military_district_are_organisation_heads():
    ents = _entities("Head of the National Delegation, Ahmed Salem, said the talks had failed.",
                     "Rostov is the headquarters of Russia's Southern Military District.")
    assert _holder(ents, "National Delegation").type == "ORG"
    assert _holder(ents, "Southern Military District").type == "ORG"


def test_title_of_a_state_before_a_name_leaves_the_state_out_of_the_name():
    ents = _entities("On Friday, President of Tajikistan Tolib Nazarov met with President of "
                     "Kyrgyzstan Almaz Usenov on the sidelines of the summit.")
    assert _holder(ents, "Tolib Nazarov").type == "PERSON"
    assert _holder(ents, "Almaz Usenov").type == "PERSON"
    assert _holder(ents, "Tajikistan").type == "GPE"


def test_portfolio_after_of_the_or_a_list_is_no_part_of_the_name():
    ents = _entities("The minister of the Defence Tamba Osei Koroma is awaited in the capital.",
                     "Coordinating Minister for Political, Legal and Security Affairs Budi Santoso "
                     "said the government would pay.")
    assert _holder(ents, "Tamba Osei Koroma").type == "PERSON"
    assert _holder(ents, "Budi Santoso").type == "PERSON"
    assert not _holders(ents, "Defence Tamba Osei Koroma")
    assert not _holders(ents, "Security Affairs Budi Santoso")


def test_a_feature_named_without_its_head_joins_the_feature():
    ents = _entities("In Derbent, an old city on the Caspian Sea, gunmen attacked a church.",
                     "The assailants in Derbent, a city on the Caspian coast, stormed the church.")
    assert _holder(ents, "Caspian") is _holder(ents, "Caspian Sea")


def test_a_town_is_not_the_region_or_river_of_its_name():
    ents = _entities("Fighting near Batken spread to the Batken region on Friday.",
                     "The Mbomou River rose after the rains. Mbomou prefecture was hit.")
    assert _holder(ents, "Batken") is not _holder(ents, "Batken region") if _holders(ents, "Batken region") else True
    assert _holder(ents, "Mbomou River") is not _holder(ents, "Mbomou prefecture")


def test_agency_acronym_then_its_heads_name_are_two_actors():
    ents = _entities("The head of the American agency USAID Linda Moravec, who visited the camps, said aid would rise.")
    assert _holder(ents, "USAID").type == "ORG"
    assert _holder(ents, "Linda Moravec").type == "PERSON"


def test_state_owned_body_joins_its_bare_name_in_the_other_spelling():
    ents = _entities("Cambodia's Ministry of National Defence welcomed the ceasefire.",
                     "Troops opened fire at the temple, according to the Ministry of National Defense.")
    assert _holder(ents, "Ministry of National Defence") is _holder(ents, "Ministry of National Defense")
