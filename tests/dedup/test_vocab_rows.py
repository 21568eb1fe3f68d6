import numpy as np

from sitrep.dedup import vocab
from sitrep.dedup.fingerprint import _WORD, normalise
from sitrep.dedup.sketch import _split, sketch


def test_rows_of_new_and_seen_words_match_words_hashed_alone():
    v = vocab.Vocabulary()
    words = ["Shelling", "resumed", "near", "Goma", "near", "twelve", "12", "Goma", "the"]
    rows = v.ids(words)
    assert rows[2] == rows[4] and rows[3] == rows[7] and len(v.rows) == 7
    again = v.ids(["Goma", "Bukavu", "the"])              # one new word among seen ones
    assert again[0] == rows[3] and again[2] == rows[8] and len(v.rows) == 8
    for word, row in zip(words + ["Bukavu"], list(rows) + [again[1]]):
        alone = vocab.Vocabulary()
        assert (v.table[row] == alone.table[alone.ids([word])[0]]).all(), word
    # a number word and its digits share the number hash; "the" is a stopword: no content, no name
    assert v.table[rows[5], vocab.NUMBER] == v.table[rows[6], vocab.NUMBER] != 0
    assert v.table[rows[8], vocab.CONTENT] == 0 and v.table[rows[8], vocab.NAME] == 0


def test_table_grows_past_its_first_size():
    v = vocab.Vocabulary()
    words = [f"w{i}x" for i in range(len(v.table) + 10)]
    rows = v.ids(words)
    assert len(set(rows.tolist())) == len(words) and len(v.table) >= len(words)
    assert (v.table[rows[-1]] == vocab.Vocabulary().table[0]).sum() < vocab.COLUMNS


def test_empty_and_single_word():
    v = vocab.Vocabulary()
    assert v.ids([]).shape == (0,) and v.ids(["Gao"]).tolist() == [0]


def _reference(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def test_words_same_on_ascii_and_unicode_texts():
    ascii_after_quotes = "Officials said it\u2019s \u201cthe worst\u201d strike: 12 dead in Gao.\n\nRepairs start."
    accented = "Le préfet de Mopti a parlé. Les drones ont frappé Sévaré à 3h."
    for text in (ascii_after_quotes, accented):
        assert _split(text)[0] == _reference(text)
    assert "it's" in _split(ascii_after_quotes)[0] and "Sévaré" in _split(accented)[0]


def test_sketch_unchanged_by_vocabulary_state():
    text = "Drones struck a depot near Gao on Tuesday. The governor said 14 were hurt."
    first = sketch(text)
    vocab.VOCABULARY.ids(["Timbuktu", "Kidal"])          # other words seen in between
    second = sketch(text)
    assert np.array_equal(first.words, second.words) and np.array_equal(first.wording, second.wording)


def test_a_full_vocabulary_starts_again_with_the_same_sketches(monkeypatch):
    """The word table is bounded (memory flat over a large ingest): when it fills, it is cleared
    and refilled, and every sketch stays what it was (hashes are stable)."""
    from sitrep.dedup import vocab as vocab_mod
    from sitrep.dedup.sketch import sketch as make_sketch, to_blob
    texts = [f"Militia fighters of unit {k} shelled the village of Qarzan-{k} on Monday, officials said. "
             f"The governor of Kereth province, Amadou Sellik-{k}, said {k + 3} civilians were wounded.\n\n"
             f"Residents fled towards the river crossing at Tessin-{k}." for k in range(40)]
    expected = [to_blob(make_sketch(t)) for t in texts]
    small = vocab_mod.Vocabulary()
    monkeypatch.setattr(vocab_mod, "VOCABULARY", small)
    monkeypatch.setattr(vocab_mod, "MAX_WORDS", 64)
    got = [to_blob(make_sketch(t)) for t in texts]
    assert len(small.rows) <= 64
    assert got == expected
