"""Session 26: people listed after a coordination of places ("the leaders of A and B, X Y and
Z W"), a known place that is the surname of someone the text names, doubled long vowels in
transliterations, and a group's provincial affiliate named after its parent. Invented names."""
from sitrep.actors import find_mentions
from sitrep.actors.affiliates import affiliate_candidates
from sitrep.actors.fold import fold_text
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.kbcache import default
from sitrep.actors.match import Cand
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.translit import _compatible, skeleton
from sitrep.nlp.sentences import split_sentences

_KB = [
    {"id": "velorian-front", "name": "Velorian Front", "type": "ORG", "aliases": []},
    {"id": "velorian-front-tarsk", "name": "Velorian Front Tarsk Province", "type": "ORG",
     "aliases": ["Velorian Front Tarsk"]},
    {"id": "lanvik", "name": "Lanvik", "type": "GPE", "aliases": []},
    {"id": "orsavia", "name": "Orsavia", "type": "GPE", "aliases": []},
    {"id": "drumia", "name": "Drumia", "type": "GPE", "aliases": []},
]


def _kb() -> KnowledgeBase:
    return KnowledgeBase.build(_KB)


def _mentions(text: str, kb: KnowledgeBase | None = None) -> dict[str, str]:
    kb = kb or default()
    return {text[m.start:m.end]: m.type for m in find_mentions(text, split_sentences(text), kb)}


def _entities(texts: list[str], kb: KnowledgeBase | None = None) -> list[tuple[str, str, set[str]]]:
    kb = kb or default()
    items = [(f"d{n}", find_mentions(t, split_sentences(t), kb)) for n, t in enumerate(texts)]
    ents, _ = resolve_entities(items, kb)
    return [(e.name, e.type, set(e.aliases)) for e in ents]


# --- people of listed places ---------------------------------------------------------------

def test_people_after_two_places_are_people():
    got = _mentions("The ministers of Orsavia and Drumia, Tavel Ruskonen and Amadi Kestrelbo, met at "
                    "the border on Monday.", _kb())
    assert got.get("Tavel Ruskonen") == "PERSON"
    assert got.get("Amadi Kestrelbo") == "PERSON"
    assert got.get("Orsavia") == "GPE" and got.get("Drumia") == "GPE"


def test_place_after_one_place_stays_a_place():
    got = _mentions("Shelling hit Lanvik, Orsavia, and Tarmelo on Monday.", _kb())
    assert got.get("Lanvik") == "GPE" and got.get("Orsavia") == "GPE"
    assert got.get("Tarmelo") != "PERSON"


def test_place_of_a_listed_pair_stays_a_place():
    # one name of several words after "A and B," and no second name: their region
    got = _mentions("Fighting spread to Lanvik and Drumia, Upper Selvara, on Monday.", _kb())
    assert got.get("Upper Selvara") != "PERSON"


# --- a known place that is someone's surname ------------------------------------------------

def test_titled_place_word_is_the_named_persons_surname():
    text = ("A delegation led by the Minister of Security, Commissioner Tirso Lanvik, went to the "
            "town. On site, Minister Lanvik conveyed the condolences. Lanvik said more would come. "
            "Flights to Lanvik resumed.")
    kb = _kb()
    ms = find_mentions(text, split_sentences(text), kb)
    person = [m for m in ms if m.text == "Tirso Lanvik"]
    assert person and person[0].type == "PERSON"
    bare = [m for m in ms if m.text == "Lanvik"]
    assert [m.type for m in bare] == ["PERSON", "PERSON", "GPE"]
    assert bare[0].local == person[0].local == bare[1].local


def test_place_word_without_a_namesake_stays_a_place():
    got = _mentions("Minister Hadrien Colt said Lanvik was calm.", _kb())
    assert got.get("Lanvik") == "GPE"


# --- transliteration: doubled long vowels ---------------------------------------------------

def test_doubled_long_vowels_fold_like_single_ones():
    assert skeleton("Abdul Mateen Qaravi") == skeleton("Abdulmatin Qaravi")
    assert skeleton("Mahmood Tarzi") == skeleton("Mahmud Tarzi")


def test_doubled_vowel_spellings_join_across_documents():
    ents = _entities(["Spokesman Abdul Mateen Qaravi said five people died.",
                      "Abdulmatin Qaravey, the ministry spokesman, said the toll was five."])
    people = [e for e in ents if e[1] == "PERSON"]
    assert len(people) == 1
    assert {"Abdul Mateen Qaravi", "Abdulmatin Qaravey"} <= people[0][2]


def test_different_vowels_stay_apart():
    a, b = skeleton("Hamid Tarzi"), skeleton("Hamood Tarzi")
    assert a[0] == b[0] and not _compatible(a[1], b[1])


# --- affiliates named after their parent ----------------------------------------------------

def test_dashed_affiliate_is_the_known_affiliate():
    got = _mentions("The Velorian Front \u2013 Tarsk Province (VFTP) later said it did it.", _kb())
    assert got.get("Velorian Front \u2013 Tarsk Province") == "ORG"
    assert "Velorian Front" not in got


def test_possessive_affiliate_and_unknown_affiliates_stay_apart_from_the_parent():
    texts = ["The Velorian Front's Marsh Province claimed the raid.",
             "Velorian Front Desert Province fighters attacked a base.",
             "The Velorian Front praised both attacks."]
    ents = _entities(texts, _kb())
    by_alias = {a: name for name, _, aliases in ents for a in aliases}
    assert by_alias["Velorian Front's Marsh Province"] != by_alias["Velorian Front Desert Province"]
    assert by_alias["Velorian Front"] not in (by_alias["Velorian Front's Marsh Province"],
                                              by_alias["Velorian Front Desert Province"])


def test_affiliate_needs_a_known_parent_and_the_head():
    kb = _kb()
    text = "Velorian Front Tarsk fighters attacked. The Granite Front Lake Province attacked."
    f = fold_text(text)
    cands = [Cand(0, 2, "ORG", "kb", 30, kb_id="velorian-front")]
    assert affiliate_candidates(text, f, kb, cands) == []      # no head word after the parent
    assert affiliate_candidates(text, f, kb, []) == []         # no known parent at all


# --- roads named after towns ----------------------------------------------------------------

def test_road_named_after_a_town_is_not_the_town():
    got = _mentions("Police mounted roadblocks on Lanvik Road and Torvesi Way on Monday.", _kb())
    assert got.get("Lanvik Road") == "FAC"
    assert got.get("Torvesi Way") == "FAC"
    assert "Lanvik" not in got


def test_site_named_after_a_town_keeps_the_town():
    got = _mentions("Ships waited at the port of Lanvik for a week.", _kb())
    assert got.get("Lanvik") == "GPE"


# --- a body's name in two word orders -------------------------------------------------------

def test_commission_on_x_joins_x_commission():
    from sitrep.actors.resolve_body_order import _order_key
    assert _order_key("Velorian National Commission on Human Rights") == \
        _order_key("Velorian National Human Rights Commission")
    assert _order_key("Velorian Human Rights Commission") != \
        _order_key("Velorian National Commission on Human Rights")
    assert _order_key("Committee for the Protection of Journalists of Velora") is None


def test_two_orders_of_one_commission_are_one_entity():
    ents = _entities(["The Tarvelian National Commission on Human Rights said 31 people died.",
                      "The Tarvelian National Human Rights Commission put the toll at 31."], _kb())
    orgs = [e for e in ents if e[1] == "ORG"]
    assert len(orgs) == 1


# --- languages and police titles ------------------------------------------------------------

def test_a_language_after_in_is_no_place():
    got = _mentions("The president said in Swahili that looters would be shot, and repeated it "
                    "in Amharic.", _kb())
    assert "Swahili" not in got and "Amharic" not in got


def test_inspector_general_of_police_is_a_title():
    got = _mentions("Deputy Inspector General of Police Tavel Ruskonen did not respond.", _kb())
    assert got.get("Tavel Ruskonen") == "PERSON"
    assert "Inspector General" not in got
