"""The fast paths of the actor stage: datelines with an outlet in brackets, token runs found by
regex, word frequencies without tokenizing, and the corpus reduce at the scale of many names."""
from sitrep.actors import find_mentions
from sitrep.actors.cues import cues, is_common_word
from sitrep.actors.fold import fold_text
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.runs import runs
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences


def mentions(text, kb):
    return find_mentions(text, split_sentences(text), kb)


def test_a_dateline_outlet_in_brackets_is_no_acronym_of_the_place(small_kb):
    # "Baghdad (INA)": the agency that filed the story, not a short name of the city
    text = ("Baghdad (INA) - Gunmen attacked a checkpoint on Sunday. INA said three soldiers were "
            "wounded, and the Northern Unity Front (NUF) denied any role. NUF fighters left the area.")
    ms = mentions(text, small_kb)
    baghdad = next(m for m in ms if m.text == "Baghdad")
    assert baghdad.kb_id == "baghdad" and baghdad.type == "GPE"
    assert all(m.local != baghdad.local for m in ms if m.text == "INA")
    # a real definition still links every later use
    nuf = [m for m in ms if m.text in ("Northern Unity Front", "NUF")]
    assert len(nuf) == 3 and len({m.local for m in nuf}) == 1


def test_two_known_actors_never_join_through_brackets():
    kb = KnowledgeBase([
        {"id": "upper-nile", "name": "Upper Nile", "type": "GPE", "aliases": []},
        {"id": "nile-radio", "name": "Nile Radio", "type": "MEDIA", "aliases": ["NR"]},
    ], places=False, outlets=False)
    text = "Upper Nile (NR) - Shelling resumed near Malakal overnight, NR reported."
    ms = mentions(text, kb)
    by = {m.text: m for m in ms}
    assert by["Upper Nile"].kb_id == "upper-nile" and by["NR"].kb_id == "nile-radio"
    assert by["Upper Nile"].local != by["NR"].local


def spans(text):
    f = fold_text(text)
    return [text[f.starts[a]:f.ends[b - 1]] for a, b in runs(f, text, cues())]


def test_runs_join_titles_particles_and_connectors():
    text = ("Gen. Tomasz Nowak met Mohammed Shia al-Sudani at the Institute for the Study of War. "
            "Later Nowak, Haddad and Khoury left; the Council of all the Elders met. Dr. Vera "
            "Sokolov spoke.")
    # runs are stretches before classification: a title's full stop and up to two lowercase
    # connectors join, a comma, a sentence's full stop or three lowercase words end one
    assert spans(text) == ["Gen. Tomasz Nowak", "Mohammed Shia al-Sudani at the Institute for the Study of War",
                           "Later Nowak", "Haddad and Khoury", "Council", "Elders", "Dr. Vera Sokolov"]


def test_word_frequencies_of_unlisted_words_need_no_tokenizer():
    assert is_common_word("Police") and is_common_word("police")
    assert not is_common_word("Zhelstovin")          # an invented name wordfreq does not list
    assert not is_common_word("Gao", 4.2)            # a place, below the everyday threshold


def mention(doc, start, text, local, typ="PERSON"):
    from sitrep.actors.fold import name_key
    return Mention(start, start + len(text), text, typ, "name:" + name_key(text), "name-shape", local,
                   None, text)


def test_resolve_joins_variants_in_a_crowded_block_and_keeps_mentions_in_order():
    # two hundred distinct names in one block (type, word count, initials): the block is split
    # and scored in C, and the one spelling variant among them still joins its name
    items = []
    for k in range(200):
        name = "Amadou T" + "".join("bcdfgklmnprstvz"[(k * 7 + j * 3) % 15] + "aeiou"[(k + j) % 5]
                                    for j in range(4))
        items.append((f"d{k:03d}", [mention(f"d{k:03d}", 10, name, 0)]))
    items.append(("z1", [mention("z1", 40, "Amadou Traorre", 0), mention("z1", 5, "Amadou Traorre", 0)]))
    items.append(("z0", [mention("z0", 7, "Amadou Traore", 0)]))
    entities, mapping = resolve_entities(items, KnowledgeBase([], places=False, outlets=False))
    traore = [e for e in entities if "Amadou Traore" in e.aliases]
    assert len(traore) == 1 and "Amadou Traorre" in traore[0].aliases
    assert traore[0].mentions == sorted(traore[0].mentions)
    assert mapping[("z0", 0)] == mapping[("z1", 0)] == traore[0].id
    # nothing else joined the name
    assert set(traore[0].aliases) == {"Amadou Traore", "Amadou Traorre"}


def test_a_bare_surname_with_many_mentions_joins_its_one_full_name(small_kb):
    items = [("a", [mention("a", 0, "Oksana Kovalenko", 0)])]
    items += [(f"b{k}", [mention(f"b{k}", 3, "Kovalenko", 0)]) for k in range(50)]
    entities, mapping = resolve_entities(items, small_kb)
    assert len({mapping[(d, 0)] for d, _ in items}) == 1
