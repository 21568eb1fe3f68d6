"""The abbreviation check is remembered per 13-character window before a full stop; the answer
must stay what the text around it says, whatever was seen before."""
from sitrep.nlp.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviation_and_initial_do_not_split_twice():
    text = "Gen. Karimov met Col. Osei in Halvik. They spoke for an hour."
    for _ in range(2):                    # second pass reads the remembered answers
        assert _texts(text) == ["Gen. Karimov met Col. Osei in Halvik.", "They spoke for an hour."]
    assert len(split_sentences("Aid reached Ivan K. Petrov on Friday. Fighting resumed.")) == 2


def test_same_word_end_in_other_text_splits():
    assert _texts("The convoy left at dawn. Shelling followed.") == ["The convoy left at dawn.",
                                                                      "Shelling followed."]
    # "Gen." at a sentence end still joins the next words; a plain word does not
    assert len(split_sentences("He saw the Gen. Later it rained.")) == 1
    assert len(split_sentences("He saw the men. Later it rained.")) == 2
