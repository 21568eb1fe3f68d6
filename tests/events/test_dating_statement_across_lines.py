"""A statement with no time of its own does not take the time of the one-line paragraph above
when that time dates another act, not a statement: in a wire's run of one-line paragraphs each
line is often another speaker's news (invented Sahel report)."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"RSF": "ORG", "Sudanese army": "ORG", "El Fasher": "GPE", "Burhan": "PERSON", "Hemedti": "PERSON",
          "Sudan": "GPE"}
PUB = "2024-05-13"        # a Monday

WIRE = ("EL FASHER, Sudan, May 13 (Reuters) - About 25 soldiers were injured in El Fasher on Monday in clashes "
        "with RSF fighters who tried to take the airport, the Sudanese army said.\n\n"
        "Eleven soldiers were hurt, three of them seriously, the army said.\n\n"
        "Hemedti said 52 fighters had been injured and accused the Sudanese army of provoking the violence.\n\n"
        "Burhan on Friday put the army on the highest level of alert and ordered units to move closer to "
        "El Fasher.\n\n"
        "Hemedti blamed the Sudanese army for the violence.\n")


def _dated(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(f.action, f.date, f.date_basis, text[f.start:f.end]) for f in coded_with_dates(text, ACTORS, PUB)]


def test_a_reaction_after_another_actors_dated_line_is_of_the_news_cycle():
    got = _dated(WIRE)
    blame = next(g for g in got if g[0] == "ACCUSE" and "blamed" in g[3])
    assert blame[1:3] == ("2024-05-13", "publication")
    # the line above keeps its own Friday
    assert any(g[0] == "MOBILIZE" and g[1] == "2024-05-10" for g in got)


def test_the_same_paragraph_still_dates_the_statement():
    text = "Burhan on Friday put the army on alert. Hemedti blamed the Sudanese army for the violence."
    blame = next(g for g in _dated(text) if g[0] == "ACCUSE")
    assert blame[1:3] == ("2024-05-10", "context")


def test_a_saying_time_on_the_line_above_still_dates_the_statement():
    text = ("Hemedti said on Saturday that the RSF held the airport.\n\n"
            "He accused the Sudanese army of shelling El Fasher.\n")
    blame = next(g for g in _dated(text) if g[0] == "ACCUSE")
    assert blame[1] == "2024-05-11"
