"""Round 31: spelling variants of well-known actors that outlets print differently (the
Egyptian-style "Golani" of "Jolani"; the hyphenated "Wa-Jama" of Ahlu Sunnah Wal Jamaah) join
their actor, while look-alike bodies and namesakes stay apart (invented sentences)."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def _entities(docs: dict[str, str]):
    kb = KnowledgeBase.default()
    ents, _ = resolve_entities([(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)
    return ents


def _holding(ents, alias: str):
    return [e for e in ents if alias in e.aliases]


def test_golani_and_jolani_are_one_person() -> None:
    ents = _entities({
        "a": "HTS leader Abu Mohammed al-Golani said on Tuesday the army had shelled Idlib overnight.",
        "b": "Its leader, Abu Muhammad al-Jolani, told reporters the group was not involved in the clashes."})
    hit = _holding(ents, "Abu Mohammed al-Golani")
    assert len(hit) == 1 and "Abu Muhammad al-Jolani" in hit[0].aliases


def test_hyphenated_ahlu_sunnah_joins_its_acronym() -> None:
    ents = _entities({
        "a": "Insurgents linked to Ahlu Sunnah Wa-Jama attacked a village in Cabo Delgado on Monday.",
        "b": "ASWJ fighters burned homes near the district capital, residents said."})
    hit = _holding(ents, "Ahlu Sunnah Wa-Jama")
    assert len(hit) == 1 and "ASWJ" in hit[0].aliases
    assert not _holding(ents, "Wa")


def test_country_qualified_bodies_and_namesakes_stay_apart() -> None:
    ents = _entities({
        "a": "The Russian Defence Ministry said its troops took two villages, while the Ukrainian Defence "
             "Ministry said 14 tanks were destroyed. Minister Ahmed Ali and his deputy Ali Ahmed visited.",
        "b": "Regional official Mohamed Abdi said the attackers fled. Another official, Mohamed Farah, "
             "said the area was calm."})
    for a, b in (("Russian Defence Ministry", "Ukrainian Defence Ministry"), ("Ahmed Ali", "Ali Ahmed"),
                 ("Mohamed Abdi", "Mohamed Farah")):
        hit = _holding(ents, a)
        assert len(hit) == 1 and b not in hit[0].aliases


def test_same_acronym_of_two_conflicts_stays_two_actors() -> None:
    ents = _entities({
        "a": "Fighters attacked a Somali National Army (SNA) base in Lower Shabelle. The SNA repelled them.",
        "b": "The Turkish-backed Syrian National Army (SNA) clashed with government forces near Aleppo."})
    somali = _holding(ents, "Somali National Army")
    assert len(somali) == 1 and not any("Syrian" in a for a in somali[0].aliases)


def test_nickname_of_a_known_spokesman_joins_his_full_name() -> None:
    ents = _entities({
        "a": "The militants' spokesman Ali Dhere claimed the raid on the base in a radio broadcast.",
        "b": "Spokesman Sheikh Ali Mohamud Rage said its fighters killed 12 soldiers at the base."})
    hit = _holding(ents, "Ali Dhere")
    assert len(hit) == 1 and "Ali Mohamud Rage" in hit[0].aliases


def test_a_branch_named_by_its_country_stays_apart_from_the_parent() -> None:
    ents = _entities({
        "a": "Separately, Islamic State Somalia claimed an attack on a checkpoint in the hills on Tuesday.",
        "b": "The Islamic State group said in a statement that its fighters had struck in Iraq."})
    hit = _holding(ents, "Islamic State Somalia")
    assert len(hit) == 1 and "Islamic State" not in hit[0].aliases
