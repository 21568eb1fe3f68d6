"""A figure's period is the span it covers (a part of the year, the past hours), not the date
the figure was stated."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str, mentions=()):
    ms = []
    for surface, typ, local in mentions:
        s = text.index(surface)
        ms.append(Mention(s, s + len(surface), surface, typ, f"name:{surface.lower()}", "test", local))
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def test_statement_date_is_not_the_period_of_a_quarter_figure():
    text = ("UNICEF said last week that more than 900 children were killed in Sudan in the first "
            "three months of the year.")
    (c,) = _claims(text, "2024-04-16", [("UNICEF", "ORG", 1), ("Sudan", "GPE", 2)])
    assert (c.quantity, c.period, c.claimant) == (900, "2024-01-01/2024-03-31", 1)


def test_part_of_a_named_year():
    (c,) = _claims("Rebels staged 75 attacks in the first half of 2023, the monitor said.", "2024-04-16")
    assert c.period == "2023-01-01/2023-06-30"
    (c,) = _claims("In the first nine months of 2022, 41 aid workers were killed.", "2024-04-16")
    assert c.period == "2022-01-01/2022-09-30"


def test_past_hours_and_start_of_year():
    (c,) = _claims("Air defences shot down 31 drones over the past 24 hours, the military said.", "2024-04-16")
    assert c.period == "2024-04-15/2024-04-16"
    (c,) = _claims("Since the start of the year, 212 civilians have been killed, the mission said.", "2024-04-16")
    assert c.period == "since 2024-01-01"
