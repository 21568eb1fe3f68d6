"""Round 7: a given name alone refers back to the one full name it opens ("Tesfaye Worku ...
Tesfaye said"); a headline name the gazetteer saw only in part
("Tena" of "Wad Tena") takes the whole name settled in the body. Invented reports (an Ethiopian and a Sudanese setting)."""
from sitrep.actors import find_mentions
from sitrep.nlp.sentences import split_sentences


def _find(text, kb):
    return find_mentions(text, split_sentences(text), kb)


def test_a_given_name_refers_back_to_its_full_name(geo_kb):
    text = ("Regional spokesperson Tesfaye Worku denied the report on Tuesday. "
            "Tesfaye said the army had targeted armed men.")
    ms = _find(text, geo_kb)
    full = [m for m in ms if m.text == "Tesfaye Worku"]
    bare = [m for m in ms if m.text == "Tesfaye"]
    assert full and bare and bare[0].local == full[0].local


def test_a_given_name_shared_by_two_people_stays_alone(geo_kb):
    text = ("Tesfaye Worku and Tesfaye Alemu met on Tuesday. Tesfaye said the talks went well.")
    ms = _find(text, geo_kb)
    bare = [m for m in ms if m.text == "Tesfaye"]
    locals_full = {m.local for m in ms if m.text in ("Tesfaye Worku", "Tesfaye Alemu")}
    assert len(locals_full) == 2
    assert not bare or bare[0].local not in locals_full


def test_a_headline_place_seen_only_in_part_takes_the_whole_name(geo_kb):
    text = ("Opinion: Wad Tena shows the war has no logic\n\n"
            "Last Friday, shells fell on the town of Wad Tena, killing nine people.")
    ms = find_mentions(text, split_sentences(text), geo_kb, title="Opinion: Wad Tena shows the war has no logic")
    tena = [m for m in ms if "Tena" in m.text]
    assert [m.text for m in tena] == ["Wad Tena", "Wad Tena"] and len({m.local for m in tena}) == 1
