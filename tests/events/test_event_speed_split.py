"""Speed paths of the coder give what the slow paths gave: the clock reuses the caller's sentence
split (``date_events(split=...)``) instead of splitting the text again."""
from __future__ import annotations

from event_helpers import mentions_from

from sitrep.events.coder import date_events, prepare_events
from sitrep.events.incidents import split_incidents
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

# one-sentence paragraphs (the clock's paragraph reading) with a week and its day
TEXT = ("Rebels shelled Kidal last week, officials said.\n"
        "The army struck rebel positions near Gao on Monday.\n"
        "Militants ambushed a convoy on the road to Gao, and the army said three soldiers died.\n"
        "On Thursday the army arrested four men in Kidal.\n"
        "Last week's attack on the base began on Sunday, residents said.")
ACTORS = {"Rebels": "ORG", "army": "ORG", "Kidal": "GPE", "Gao": "GPE"}


def test_split_given_or_found_dates_alike():
    published = "2024-05-13"
    sentences = split_sentences(TEXT)
    cut = split_incidents(TEXT, sentences)
    part = prepare_events(TEXT, cut, mentions_from(TEXT, ACTORS))
    tx = find_timexes(TEXT, published)
    assert part.steps
    assert date_events(TEXT, cut, tx, published, part, split=sentences) == \
        date_events(TEXT, cut, tx, published, part)
