"""A comma-enclosed participial aside on the subject keeps its time to itself (invented texts:
"the premier, already weakened by the March 3 riots, told parliament on Tuesday that ...")."""
from __future__ import annotations

from event_helpers import coded_with_dates

from sitrep.events.dating_aside import asides

ACTORS = {"Al-Shabaab": "ORG", "Somali army": "ORG", "Kismayo": "GPE", "National Security Council": "ORG",
          "Jubaland": "GPE", "Ahmed Madobe": "PERSON", "Parliament": "ORG"}


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(f.action, f.date) for f in coded_with_dates(text, ACTORS, "2031-02-21")]


def test_the_asides_time_does_not_date_the_main_act():
    text = "Al-Shabaab, weakened by airstrikes on Sunday, attacked the Somali army near Kismayo on Monday."
    assert dated(text) == [("ASSAULT", "2031-02-17")]


def test_a_saying_time_dates_the_reported_act_past_an_aside():
    text = ("Ahmed Madobe, already weakened by the January 10 riots in Kismayo that left 16 dead, told "
            "Parliament on Tuesday that the National Security Council had approved the deployment of more "
            "soldiers to Jubaland.")
    assert ("MOBILIZE", "2031-02-18") in dated(text)


def test_an_act_inside_the_aside_keeps_its_time():
    text = "Two soldiers, killed by Al-Shabaab on Monday in an ambush near Kismayo, were buried on Wednesday."
    assert dated(text) == [("ASSAULT", "2031-02-17")]


def test_what_is_no_aside():
    for text in ("Al-Shabaab attacked Kismayo, Jubaland, on Monday.",          # a place and its region
                 "Al-Shabaab attacked Kismayo on Monday, killing 12, officials said.",
                 "The army said it was attacked in Kismayo on Monday."):        # no closing comma
        assert asides(text, 0, len(text)) == []
    text = "The premier, elected in 2028, spoke."
    assert [text[a:b] for a, b in asides(text, 0, len(text))] == [", elected in 2028"]
