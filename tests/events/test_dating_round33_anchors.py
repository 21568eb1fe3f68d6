"""Dating against the right anchor (invented Sahel and Kivu wire copy): a weekday that names the
day of a dated dateline, the main clause's time an "N days after" clause is measured from, a
vague interval, an act reported in such a clause, and a time that modifies a noun."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"JNIM": "ORG", "Gao": "GPE", "Kidal": "GPE", "M23": "ORG", "Sake": "GPE", "Goma": "GPE",
          "FARDC": "ORG", "Menaka": "GPE"}


def dated(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.trigger, f.date) for f in coded_with_dates(text, ACTORS, published)]


# a Wednesday
WED = "2025-03-12"
LEAD = ("KIDAL, Mali, March 12 (Sahel Wire) - JNIM fighters attacked an army convoy near Kidal on "
        "Wednesday, killing six soldiers, as the army pressed on with an offensive that began last week.")


def test_a_weekday_of_a_dateline_dated_today_is_today_despite_last_week():
    facts = dated(LEAD, WED)
    assert any(a == "ASSAULT" and d == WED for a, _, d in facts), facts
    assert not any(d == "2025-03-05" for _, _, d in facts)


def test_without_a_dated_dateline_last_weeks_story_still_moves_the_weekday_back():
    text = ("Kidal residents count losses after last week's attack on the garrison.\n\n"
            "JNIM fighters stormed the garrison in Kidal on Wednesday night, killing at least nine soldiers.")
    assert any(a == "ASSAULT" and d == "2025-03-05" for a, _, d in dated(text, WED))


MON = "2025-03-10"


def test_an_after_clause_is_measured_from_the_main_clauses_time():
    text = ("FARDC troops shelled M23 positions near Goma on Friday, local officials said, two days after "
            "the M23 seized Sake.")
    facts = dated(text, MON)
    seized = [d for a, t, d in facts if t and "seized" in t]
    assert seized == ["2025-03-05"], facts
    # the main act keeps its own day
    assert any(d == "2025-03-07" for a, t, d in facts if t and "shelled" in t)


def test_a_vague_interval_gives_the_clause_no_day_of_the_main_clause():
    text = "FARDC troops shelled M23 positions near Goma on Friday, more than two weeks after the M23 seized Sake."
    facts = dated(text, MON)
    seized = [d for a, t, d in facts if t and "seized" in t]
    assert seized and all(d != "2025-03-07" for d in seized), facts


def test_an_act_reported_in_an_after_clause_is_dated_with_the_report():
    text = ("GAO, March 10 (Sahel Wire) - JNIM fighters ambushed an army convoy near Gao late on Sunday, "
            "killing four soldiers, officials said.\n\n"
            "The ambush came three days after the governor announced that soldiers, backed by drones, "
            "had killed a senior JNIM commander near Menaka.")
    facts = dated(text, MON)
    killed = [d for a, t, d in facts if a == "ASSAULT" and t and "killed" in t and d != "2025-03-09"]
    assert killed == ["2025-03-06"], facts


def test_a_time_modifying_the_object_noun_does_not_date_the_verb():
    text = "JNIM was blamed for the December 2024 bombing of a market in Gao, the governor said on Monday."
    facts = dated(text, MON)
    blamed = [d for a, t, d in facts if a == "ACCUSE"]
    assert blamed and all(d != "2024-12" for d in blamed), facts


def test_a_place_only_dateline_opens_a_lead_however_late_its_time_comes():
    text = ("MENAKA, Mali – Four soldiers were killed and nine others were wounded when JNIM fighters on "
            "motorbikes ambushed a supply convoy carrying fuel, food and medicine on the road between "
            "the town and the border post here Monday morning, the army said.\n\n"
            "In a phone interview, a battalion commander said the soldiers were on their way back "
            "when JNIM fighters fired rockets at the convoy at about 9:30 a.m.\n\n")
    assert text.find("Monday") > 200
    fired = [d for a, t, d in dated(text, "2025-03-11") if t and "fired" in t]
    assert fired == ["2025-03-10"], dated(text, "2025-03-11")


def test_a_time_of_the_after_clause_itself_dates_its_act():
    text = ("The M23 named a new commander on Tuesday, more than a month after FARDC drones struck "
            "M23 positions near Goma on February 2.")
    facts = dated(text, MON)
    assert any(a == "ASSAULT" and d == "2025-02-02" for a, _, d in facts), facts
