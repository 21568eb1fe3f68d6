"""Session 29: a surname that is also a demonym, "Parliamentarian" as a title, and an honorific
that is also a given name after a role word. Invented names throughout."""
from sitrep.actors import find_mentions
from sitrep.actors.kbcache import default
from sitrep.nlp.sentences import split_sentences


def _people(text: str) -> list[tuple[str, str, int]]:
    ms = find_mentions(text, split_sentences(text), default())
    return [(text[m.start:m.end], m.type, m.local) for m in ms]


def test_demonym_surname_with_speech_verb_is_the_person():
    got = _people("Marten Dane, the UN envoy for refugees, said 22 people died. "
                  "“I am shocked,” Dane said in a statement.")
    full = [x for x in got if x[0] == "Marten Dane"][0]
    bare = [x for x in got if x[0] == "Dane"][0]
    assert bare[1] == "PERSON" and bare[2] == full[2]


def test_demonym_without_speech_verb_stays_a_people():
    got = _people("Marten Dane, the UN envoy, visited the camp. A Dane was among the dead.")
    assert ("Dane", "NORP") in [(t, ty) for t, ty, _ in got]


def test_parliamentarian_is_a_title():
    got = _people("Eight people including Parliamentarian Tavalo Merikande were killed.")
    assert ("Tavalo Merikande", "PERSON") in [(t, ty) for t, ty, _ in got]


def test_honorific_given_name_after_a_role_opens_the_name():
    got = _people("Police arrested senior party leader Amir Tavaro Meshkin on Friday night.")
    assert ("Amir Tavaro Meshkin", "PERSON") in [(t, ty) for t, ty, _ in got]


def test_honorific_alone_before_a_name_is_still_a_title():
    got = _people("Amir Tavaro Meshkin was detained by the police.")
    assert "Amir Tavaro Meshkin" not in [t for t, _, _ in got]


def test_two_domain_words_joined_by_and_name_one_body():
    got = _people("A group of officers of the Defence and Tavaran Security Forces left. "
                  "Officers of the Defence and Security Forces appeared on television in Korvala.")
    assert ("Defence and Security Forces", "ORG") in [(t, ty) for t, ty, _ in got]


def test_sentence_opening_possessive_keeps_the_body():
    got = _people("Our Defence and Security Forces are at work in Korvala.")
    assert ("Defence and Security Forces", "ORG") in [(t, ty) for t, ty, _ in got]


def test_a_body_before_and_stays_apart():
    got = _people("The Police and Armed Forces were deployed in Korvala.")
    assert "Police and Armed Forces" not in [t for t, _, _ in got]


def test_plural_possessive_inside_a_name_keeps_one_body():
    got = _people("The Tavara National Teachers' Union (TANATU) on Monday called for calm.")
    assert ("Tavara National Teachers' Union", "ORG") in [(t, ty) for t, ty, _ in got]


def test_irregular_plural_possessive_inside_a_name():
    got = _people("The party is a partner in the People's Alliance of Korvala, officials said.")
    assert any(t.startswith("People's Alliance") for t, ty, _ in got if ty == "ORG")


def test_possessive_of_a_name_still_splits():
    got = _people("Broadcasts on the Tavarans' Korvala Radio were cut.")
    assert "Tavarans' Korvala Radio" not in [t for t, _, _ in got]


def test_stringer_credit_is_no_person():
    from sitrep.credits import credited_people
    line = "Residents flee Korvala, January 26, 2025. REUTERS/Stringer Purchase Licensing Rights, opens new tab"
    assert credited_people([("caption", line)]) == []
    assert credited_people([("caption", "Residents flee Korvala. REUTERS/Anna Stringer")]) == \
        [("Anna Stringer", "photographer")]


def test_possessive_credit_is_a_body_not_a_person():
    from sitrep.credits import credited_people
    assert credited_people([("caption", "Photo: RFE/RL's Korvalan Service")]) == []
    assert credited_people([("caption", "Photo: AFP/Tavo O'Merikan")]) == [("Tavo O'Merikan", "photographer")]


def test_town_and_compass_word_name_a_district():
    # "Quetta" is a listed town; "Quetta East" and "Quetta West" are no listed places
    got = _people("The administrations of Quetta West and Quetta East imposed a curfew.")
    names = [(t, ty) for t, ty, _ in got]
    assert ("Quetta West", "GPE") in names and ("Quetta East", "GPE") in names


def test_compass_word_opening_a_longer_name_is_left_alone():
    got = _people("Protesters gathered in Beirut Central District on Sunday.")
    assert "Beirut Central" not in [t for t, _, _ in got]


def test_coordinated_adjectives_before_a_head_are_two_bodies():
    got = _people("Officers of the Civil and Military Police were killed in Korvala.")
    assert "Civil and Military Police" not in [t for t, _, _ in got]
