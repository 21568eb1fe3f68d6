"""Police and military rank abbreviations do not end a sentence."""
from sitrep.nlp.sentences import split_sentences


def test_police_rank_abbreviations_do_not_split():
    text = ("Police said on Monday. Task force spokesman Sr. Comr. Yusuf Tanamal said the pilot was safe. "
            "Adj. Sr. Comr. Frans Wanimbo and Supt. Ann Oyoo agreed, as did Insp. Juma.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Police said on Monday.",
        "Task force spokesman Sr. Comr. Yusuf Tanamal said the pilot was safe.",
        "Adj. Sr. Comr. Frans Wanimbo and Supt. Ann Oyoo agreed, as did Insp. Juma."]
