"""Round 35 (speed): the word table's batched hashing and the factored word search give exactly
what the word-by-word forms gave."""
import random
import re

import numpy as np

from sitrep.dedup import vocab
from sitrep.dedup.fingerprint import _WORD, number_of, stem, stopwords
from sitrep.dedup.sketch import _ASCII_WORD, _WORD_SEARCH, _factored

TRICKY = ["The", "the", "a", "I", "5", "12", "twelve", "Twelve", "13,350", "11,5", "2024", "UN", "U.S.",
          "Kosovo's", "kosovo's", "Vučić", "Sévaré", "attacks", "militias", "Goma", "it's", "x", "is",
          "twenty-five", "Hundred", "ok", "OK", "Ab", "ab", "1.5", "s", "'s", "Ōsaka"]


def _reference_row(word: str) -> list[int]:
    """The row as the word-by-word ``_add`` of session 34 computed it."""
    low = word.casefold()
    stop = low in stopwords()
    number = number_of(low)
    key = vocab.fold(low)
    content = vocab.stable_hash("c:" + stem(key)) if not stop else 0
    return [vocab.stable_hash("t:" + low),
            content if len(low) > 2 else 0,
            content if not number and len(low) > 1 else 0,
            vocab.stable_hash("n:" + number) if number else 0,
            vocab.stable_hash("p:" + key) if word[:1].isupper() and not stop else 0]


def test_rows_equal_the_word_by_word_hashes():
    v = vocab.Vocabulary()
    rows = v.ids(TRICKY)
    for word, row in zip(TRICKY, rows.tolist()):
        assert v.table[row].tolist() == _reference_row(word), word


def test_rows_after_a_reset_are_rewritten_whole(monkeypatch):
    monkeypatch.setattr(vocab, "MAX_WORDS", 8)
    v = vocab.Vocabulary()
    v.ids(["Goma", "Bukavu", "twelve", "Kinshasa", "the"])
    rows = v.ids(["attacks", "12", "a", "Kosovo's", "x"])        # past the bound: the table starts again
    for word, row in zip(["attacks", "12", "a", "Kosovo's", "x"], rows.tolist()):
        assert v.table[row].tolist() == _reference_row(word), word


def test_batched_hashes_equal_stable_hash():
    texts = ["", "goma", "Vučić", "13350", "a b"]
    got = vocab._hashes(vocab._NAME_SALT, texts)
    assert got.dtype == np.uint64
    assert got.tolist() == [vocab.stable_hash("p:" + t) for t in texts]


def test_factored_word_search_finds_the_same_words():
    old_ascii = re.compile(_WORD.pattern.replace("[^\\W_]", "[A-Za-z0-9]"))
    assert _WORD_SEARCH.pattern != _WORD.pattern          # the factored form is in use
    fixed = ["13 350 people, 2024 300 more", "1,200,000 and 11,5 million; 3,000.5", "it's U.S.-led",
             "2,1,3 a_b 12\u00a0000 fled", "Sévaré 1 200 000", "x,12 9,99,9 1234 567"]
    rng = random.Random(35)
    alphabet = list("0123456789,,,.. -'aZ_\n") + ["\u00a0", "é"]
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(20000)]
    for text in fixed + fuzz:
        assert _WORD_SEARCH.findall(text) == _WORD.findall(text), text
        if text.isascii():
            assert _ASCII_WORD.findall(text) == old_ascii.findall(text), text


def test_an_unknown_word_pattern_is_used_as_it_is():
    assert _factored(r"\w+") == r"\w+"
