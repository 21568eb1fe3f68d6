"""The date-free reading of a document (``prepared``) dates like a fresh run, after pickling too."""
from __future__ import annotations

import pickle

from event_helpers import mentions_from

from sitrep.events import find_events
from sitrep.events.coder import date_events, prepare_events
from sitrep.model import QuoteFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

TEXT = ("KHARTOUM — Rapid Support Forces shelled El Obeid on Tuesday, killing 12 civilians, "
        "local officials said.\n"
        "The attack came a day after the Sudanese army struck RSF positions near Bara. "
        "Three more people were killed in the attack, medics said.\n"
        "On Thursday the army arrested four men in Kosti and accused the RSF of recruiting them. "
        "\"We will answer every strike,\" the army spokesman warned.")
ACTORS = {"Rapid Support Forces": "ORG", "RSF": "ORG", "Sudanese army": "ORG", "army": "ORG",
          "El Obeid": "GPE", "Bara": "GPE", "Kosti": "GPE"}


def _inputs():
    sentences = split_sentences(TEXT)
    mentions = mentions_from(TEXT, ACTORS)
    words = "We will answer every strike,"
    q0 = TEXT.index(words)
    s0 = TEXT.index("the army spokesman")
    quotes = [QuoteFact(q0, q0 + len(words), words, mentions_from(TEXT, ACTORS)[-1].local, "the army spokesman",
                        "warned", s0, s0 + len("the army spokesman"))]
    return sentences, mentions, quotes


def _fresh(published):
    sentences, mentions, quotes = _inputs()
    tx = find_timexes(TEXT, published)
    return find_events(TEXT, sentences, mentions, tx, published, quotes=quotes)


def test_second_dating_from_prepared_matches_a_fresh_run():
    sentences, mentions, quotes = _inputs()
    prepared: dict = {}
    first = find_events(TEXT, sentences, mentions, find_timexes(TEXT, None), None, quotes=quotes, prepared=prepared)
    assert first == _fresh(None)
    assert "events" in prepared
    second = find_events(TEXT, sentences, mentions, find_timexes(TEXT, "2023-06-15"), "2023-06-15",
                         quotes=quotes, prepared=prepared)
    assert second == _fresh("2023-06-15")
    assert any(f.date and f.date.startswith("2023-06") for f in second)
    assert any(f.fatalities for f in second)


def test_prepared_reading_survives_pickling():
    sentences, mentions, quotes = _inputs()
    part = pickle.loads(pickle.dumps(prepare_events(TEXT, sentences, mentions, quotes)))
    published = "2023-06-15"
    got = date_events(TEXT, sentences, find_timexes(TEXT, published), published, part)
    assert got == _fresh(published)


def test_dating_twice_leaves_the_prepared_reading_unchanged():
    # the casualty figures and quote speakers are written onto fresh facts, not the prepared rows
    sentences, mentions, quotes = _inputs()
    part = prepare_events(TEXT, sentences, mentions, quotes)
    before = pickle.dumps(part)
    for published in ("2023-06-15", "2023-06-15"):
        date_events(TEXT, sentences, find_timexes(TEXT, published), published, part)
    assert pickle.dumps(part) == before


def test_a_reading_of_another_text_is_not_reused():
    sentences, mentions, quotes = _inputs()
    prepared: dict = {}
    other = "Militants attacked a checkpoint near Kosti on Monday."
    find_events(other, split_sentences(other), mentions_from(other, ACTORS), find_timexes(other, None), None,
                prepared=prepared)
    got = find_events(TEXT, sentences, mentions, find_timexes(TEXT, "2023-06-15"), "2023-06-15",
                      quotes=quotes, prepared=prepared)
    assert got == _fresh("2023-06-15")
