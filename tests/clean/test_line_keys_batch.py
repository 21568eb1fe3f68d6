"""``line_keys`` folds a whole page at once; each key must equal ``line_key`` of its line."""
import pytest

from sitrep.clean.lines import line_key, line_keys


@pytest.mark.parametrize("texts", [
    ["“Nobody came,” said a resident of Kessar.", "READ MORE", "Photo: Amira Tal/AFP"],
    ["\u0301accent that starts a line", "Café de la Paix — Straße", "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ", "ﬁnal ﬂight"],
    ["İstanbul office", "ΣΟΦΙΑ Ὀδυσσεύς", "snake_case_label", "١٢ Arabic digits ٣"],
    ["한국어 기사", "ᄀ", "ᅡ", "tab\tand\u00a0nbsp", "…", ""],
])
def test_batched_keys_equal_the_line_by_line_keys(texts):
    assert line_keys(texts) == [line_key(t) for t in texts]


def test_ascii_and_unicode_lines_mixed():
    texts = ["Plain ASCII line, with punctuation!", "Déjà vu – again", "42 killed"]
    assert line_keys(texts) == ["plainasciilinewithpunctuation", "déjàvuagain", "42killed"]
