"""Round 14: spurious places and people from name pieces, accents, outlets and rank abbreviations
(invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _m(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_mentions(text, split_sentences(text), KnowledgeBase.default())]


def test_ezafe_place_is_one_name_not_its_tail():
    got = _m("A mortar round hit Herat's Pul-e-Sokhta district and the Deh-i-Sabz market on Friday.")
    texts = [t for t, _ in got]
    assert "Sokhta" not in texts and "Sabz" not in texts
    assert "Pul-e-Sokhta" in texts


def test_hyphenated_pair_of_places_kept():
    texts = [t for t, _ in _m("Convoys on the road from Kandahar to Herat were stopped in Kandahar.")]
    assert "Kandahar" in texts and "Herat" in texts


def test_accented_given_name_and_everyday_word_are_no_towns():
    got = _m("Photo: Hervé Malonga / Reuters. The crew survived, thank God, the captain said.")
    assert ("Hervé", "GPE") not in got and ("God", "GPE") not in got


def test_outlet_after_told_is_media():
    got = _m("A port official told Baltic Shipping Wire that the tanker was hit.")
    assert ("Baltic Shipping Wire", "MEDIA") in got


def test_police_rank_abbreviations_are_titles():
    got = _m("Deputy police chief Adj. Sr. Comr. Rudi Hartono and AKBP Dewi Lestari said two "
             "suspects fled. Task force spokesman Sr. Comr. Anton Mandacan confirmed it.")
    texts = [t for t, _ in got]
    assert "Rudi Hartono" in texts and "Dewi Lestari" in texts and "Anton Mandacan" in texts
    assert not {"Adj", "Sr", "AKBP", "Sr. Comr"} & set(texts)


def test_qari_title_before_name():
    texts = [t for t, _ in _m("Provincial spokesman Qari Mohammad Yousuf Ahmadi said the market reopened.")]
    assert "Mohammad Yousuf Ahmadi" in texts
