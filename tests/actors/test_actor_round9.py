"""Round 9: an acronym beside "television"/"state channel" is an outlet; "Units of the X Army" names
the army; "Center for A and B" keeps its last words; a ministry's official long name joins its
listed everyday name; a listed group's capitalised singular used as a modifier is no mention; a
resident named once by a speech verb and an age is a person. Invented reports (Sahel, Caucasus,
Balkans settings)."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences

_KB = KnowledgeBase.build([
    {"id": "velaria-ministry-of-defence", "name": "Ministry of Defence of Velaria", "type": "ORG",
     "aliases": ["Velaria's Defence Ministry", "Velaria's Defense Ministry"]},
    {"id": "velaria", "name": "Velaria", "type": "GPE", "aliases": []},
    {"id": "insurgents", "name": "Insurgent", "type": "NORP", "aliases": ["insurgents", "Insurgents"]},
])


def _find(text, kb=None):
    return find_mentions(text, split_sentences(text), kb or KnowledgeBase.default())


def _types(ms):
    return {m.text: m.type for m in ms}


def test_an_acronym_read_on_state_television_is_an_outlet():
    ms = _find("The junta's statement was read on state television ORTN on Tuesday evening. "
               "Its account, aired on the ORTN state channel, gave no toll.")
    assert [m.type for m in ms if m.text == "ORTN"] == ["MEDIA", "MEDIA"]


def test_an_acronym_before_a_plain_verb_stays_an_organisation():
    ms = _find("Fighters of the MLNA attacked the convoy near Kidal, and the MLNA said it held two soldiers.")
    assert {m.type for m in ms if m.text == "MLNA"} == {"ORG"}


def test_units_of_an_army_name_the_army():
    ms = _find("Units of the Dravian Army shelled the village on Monday. The Dravian Army denied it.")
    names = [m.text for m in ms if m.type == "ORG"]
    assert "Units of the Dravian Army" not in names
    assert names.count("Dravian Army") == 2
    assert len({m.local for m in ms if m.text == "Dravian Army"}) == 1


def test_an_institute_for_a_and_b_keeps_its_whole_name():
    ms = _find("Lena Hovhannes, head of the Caucasus Institute for Peace and Security Studies, said the "
               "talks had stalled.")
    assert "Caucasus Institute for Peace and Security Studies" in [m.text for m in ms]


def test_and_before_a_title_still_splits_two_names():
    ms = _find("The Ministry of Defence and Interior Minister Dragan Petrov met in Kostar.")
    texts = [m.text for m in ms]
    assert "Dragan Petrov" in texts
    assert not any("Interior" in t and "Ministry" in t for t in texts)


def test_a_ministrys_official_name_joins_its_everyday_name():
    text = ("The Ministry of Defense of the Republic of Velaria said its positions came under fire. "
            "Velaria's Defence Ministry later gave a toll.")
    ms = _find(text, _KB)
    mod = [m for m in ms if "Defen" in m.text]
    assert len(mod) == 2
    assert {m.kb_id for m in mod} == {"velaria-ministry-of-defence"}
    assert len({m.local for m in mod}) == 1


def test_a_group_singular_used_as_a_modifier_is_no_mention():
    ms = _find("Insurgent gunmen raided the market on Friday. Insurgents returned a week later.", _KB)
    assert [m.text for m in ms if m.kb_id == "insurgents"] == ["Insurgents"]


def test_a_resident_named_by_a_speech_verb_and_an_age_is_a_person():
    ms = _find('"They burned the granary," said Fatoumata, 38, who fled to the regional capital. '
               'Oumarou, 60, said the gunmen came at dawn.')
    t = _types(ms)
    assert t.get("Fatoumata") == "PERSON"
    assert t.get("Oumarou") == "PERSON"


def test_a_place_and_a_distance_are_no_aged_person():
    ms = _find("The convoy stopped at Tessit, 40 km from the border, and soldiers searched it.")
    assert all(m.type != "PERSON" for m in ms)
