"""Round 12 (fixact2): an unlisted acronym the copy credits as its source (a dateline's bracketed
agency, "told XNA", "XNA could not independently verify") is a news outlet (MEDIA); an acronym
with armed words after it stays an organisation. Invented wire copy."""
from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


def _types(text):
    ms = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return {(m.text, m.type) for m in ms}


def test_dateline_credit_is_media():
    t = ("GAROUA, Cameroon, March 3 (SAPN) - Gunmen burned two granaries near Garoua on Sunday, "
         "a local chief said. SAPN saw the ruins on Monday.")
    got = _types(t)
    assert ("SAPN", "MEDIA") in got
    assert ("SAPN", "ORG") not in got


def test_told_and_could_not_verify_are_media():
    t = ("The prefect told NKTV that eleven villagers were missing. NKTV could not independently "
         "verify the figure, and NKTV reporters were barred from the area.")
    assert ("NKTV", "MEDIA") in _types(t)


def test_acronym_with_armed_words_stays_an_org():
    t = ("A village chief told KLFM that the attackers came at night. KLFM fighters later "
         "denied it. KLFM said it had no units in the area.")
    got = _types(t)
    assert ("KLFM", "MEDIA") not in got
    assert ("KLFM", "ORG") in got


def test_told_before_more_words_is_no_credit():
    t = ("The colonel told RDLF commanders to pull back. RDLF said it would comply. RDLF "
         "accepted the truce.")
    assert ("RDLF", "MEDIA") not in _types(t)
