"""Round 9 (qc9): "the mission said" resolved to the one mission the document names (an acronym
whose canonical name holds "Mission" counts), and nested attribution ("X quoted Y as saying"
makes the quote Y's). All invented (a South Sudan, a Sahel, a Yemen setting)."""
from __future__ import annotations

from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.quotes import find_quotes


def _acronym_mentions(text: str, acronym: str, canonical: str) -> list[Mention]:
    out, i = [], text.find(acronym)
    while i != -1:
        out.append(Mention(i, i + len(acronym), acronym, "ORG", "name:" + canonical.lower(), "test", 0, None,
                           canonical))
        i = text.find(acronym, i + 1)
    return out


def test_the_mission_resolves_to_the_acronym_of_the_only_mission():
    text = ('UNMISS sent patrols to Malakal on Sunday. "UNMISS is alarmed by the shelling of the camp," '
            'the mission said in a statement.')
    ms = _acronym_mentions(text, "UNMISS", "United Nations Mission in South Sudan")
    qs = find_quotes(text, split_sentences(text), ms)
    assert len(qs) == 1
    assert qs[0].speaker == 0 and qs[0].speaker_name == "United Nations Mission in South Sudan"


def test_the_mission_resolves_to_a_named_mission(quotes_of):
    text = ('The African Union Mission in Somalia moved troops to Baidoa. "Our forces are on alert," '
            'the mission said.')
    qs = quotes_of(text, {"African Union Mission in Somalia": "ORG", "Baidoa": "GPE"})
    assert qs[0].speaker_name == "African Union Mission in Somalia"


def test_the_mission_on_a_tie_is_the_one_named_last_before_it(quotes_of):
    # "the mission" is a generic force word (force_words.json): the one rule for "the army said"
    # applies, and on a tie the body named last before the word is meant
    text = ('The EU Training Mission and the UN Verification Mission met in Bogota. "Talks must resume," '
            'the mission said.')
    qs = quotes_of(text, {"EU Training Mission": "ORG", "UN Verification Mission": "ORG"})
    assert qs[0].speaker_name == "UN Verification Mission"


def test_the_mission_does_not_take_a_body_named_later(quotes_of):
    text = ('"We are concerned," the mission said. Later the UN Mission in Haiti sent a team.')
    qs = quotes_of(text, {"UN Mission in Haiti": "ORG"})
    assert qs[0].speaker is None


def test_nested_attribution_after_the_quote(quotes_of):
    text = ('"The army started this war when they burned our market," the official quoted the Kaya '
            'Brigade leadership as saying.')
    qs = quotes_of(text, {"Kaya Brigade": "ORG"})
    assert qs[0].speaker_name == "Kaya Brigade"
    assert qs[0].cue == "quoted as saying"


def test_nested_attribution_before_the_quote(quotes_of):
    text = ('Saba news agency quoted Defence Minister Nasser Taher as saying: "The port will be '
            'defended at any cost."')
    qs = quotes_of(text, {"Saba": "MEDIA", "Nasser Taher": "PERSON"})
    assert qs[0].speaker_name == "Nasser Taher"


def test_nested_attribution_with_a_described_source(quotes_of):
    text = ('State radio cited a senior commander as saying that "the rebels have been pushed back '
            'across the river."')
    qs = quotes_of(text, {})
    assert qs[0].speaker_name == "a senior commander"


def test_quoted_by_without_as_saying_is_not_nested(quotes_of):
    text = '"We will return," said Amadou Kone, who was quoted in the local press.'
    qs = quotes_of(text, {"Amadou Kone": "PERSON"})
    assert qs[0].speaker_name == "Amadou Kone"
