"""The shared zipf table answers exactly what wordfreq's ``zipf_frequency`` answers, so the actor
cues need not import wordfreq (its tokenizer) to judge everyday words."""
import wordfreq

from sitrep.actors.cues import is_common_word
from sitrep.clean.lexicon import english_zipf, zipf_frequency


def test_every_listed_word_matches_wordfreq_sample():
    words = list(english_zipf())
    for w in words[::97] + words[:300]:
        assert zipf_frequency(w) in (None, wordfreq.zipf_frequency(w, "en")), w


def test_one_token_words_match_wordfreq():
    # invented names and forms: apostrophes straight and curly, accents, Cyrillic, initials
    for w in ["zyrtakhov", "don’t", "we're", "o'brannagh", "d’aunoy", "césaire", "вертолёт",
              "u.s.", "u.n.", "p.o.", "st.", "police", "the"]:
        z = zipf_frequency(w)
        assert z is not None, w
        assert z == wordfreq.zipf_frequency(w, "en"), w


def test_words_wordfreq_would_split_are_left_to_it():
    # a French particle before a vowel, digits, a final apostrophe, uppercase, spaceless script
    for w in ["l'aube", "o'hara", "t72", "tis'", "Police", "ไทย", "maß"]:
        assert zipf_frequency(w) is None, w


def test_common_word_verdicts():
    assert is_common_word("Police") and is_common_word("Mobile")
    assert not is_common_word("Zyrtakhov")
    assert is_common_word("don’t") == (wordfreq.zipf_frequency("don’t", "en") >= 3.6)
