"""Round 32 (dates 2), invented texts: a wire lead's time carries to the paragraph that retells its
incident and to an act measured from it ("The attack came three days after ..."); a lead naming the
report's day by its weekday keeps a weekday of that day today's; a past act's month-day never lies
after the report; a "saying ..." participle's time dates what is said, not the refusal; an act a
speaker ordered is dated as the order."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"JNIM": "ORG", "Boni": "GPE", "Mali": "GPE", "Boko Haram": "ORG", "Chadian": "NORP",
          "Kousseri": "GPE", "Ambazonian": "NORP", "Bamenda": "GPE", "Zulum": "PERSON",
          "Governor Babagana Zulum": "PERSON", "Chad": "GPE"}


def dated(text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(f.action, f.date, text[f.start:f.end]) for f in coded_with_dates(text, ACTORS, published)]


def of(text: str, published: str, action: str, words: str) -> set[str | None]:
    got = {d for a, d, s in dated(text, published) if a == action and words in s}
    assert got, dated(text, published)
    return got


LEAD = ("BAMAKO, March 4 (Wire) - JNIM fighters ambushed an army convoy near Boni on Monday, killing nine "
        "soldiers, the army said.\n\n"
        "Four soldiers were wounded when a second patrol came under fire from JNIM gunmen on motorbikes, "
        "the army said in a statement, adding that troops arrested two suspects.\n\n")


def test_the_paragraph_after_a_wire_lead_retells_its_incident():
    assert of(LEAD, "2025-03-04", "ASSAULT", "Four soldiers") == {"2025-03-03"}


def test_without_a_dateline_the_next_paragraph_does_not_borrow_the_time():
    text = LEAD.split(" - ", 1)[1]
    assert of(text, "2025-03-04", "ASSAULT", "Four soldiers") == {None}


def test_an_act_measured_from_the_incident_takes_the_leads_day_moved():
    text = ("N'DJAMENA, June 12 (Wire) - Boko Haram fighters attacked an army post on Lake Chad late on "
            "Tuesday, killing six soldiers, the army said.\n\n"
            "The army said the gunmen fled toward the islands. Residents said the post was burned down.\n\n"
            "The attack came three days after Chadian jets bombed Boko Haram camps on the islands.")
    assert of(text, "2025-06-12", "ASSAULT", "Chadian jets") == {"2025-06-07"}


def test_an_unrelated_subject_before_an_offset_does_not_take_the_leads_day():
    text = ("N'DJAMENA, June 12 (Wire) - Boko Haram fighters attacked an army post on Lake Chad late on "
            "Tuesday, killing six soldiers, the army said.\n\n"
            "The army said the gunmen fled toward the islands. Residents said the post was burned down.\n\n"
            "Fishermen from three villages left the lake three days after Chadian jets bombed Boko Haram camps.")
    assert of(text, "2025-06-12", "ASSAULT", "Chadian jets") == {None}


def test_a_lead_naming_today_by_its_weekday_keeps_that_weekday_today():
    text = ("GAROUA, Aug 19 (Wire) - At least three people were killed in fighting that erupted overnight "
            "in Kousseri, the town hospital said on Tuesday.\n\n"
            "Late on Tuesday, Boko Haram fighters attacked a checkpoint in Kousseri.\n\n"
            "The fighting came after last week's raid on the Kousseri market.")
    assert of(text, "2025-08-19", "ASSAULT", "checkpoint") == {"2025-08-19"}


def test_without_that_lead_a_todays_weekday_in_a_last_week_story_is_last_weeks():
    # the older rule stays: a past act on "Tuesday" told in a story of last week's raid
    text = ("Late on Tuesday, Boko Haram fighters attacked a checkpoint in Kousseri.\n\n"
            "The fighting came after last week's raid on the Kousseri market.")
    assert of(text, "2025-08-19", "ASSAULT", "checkpoint") == {"2025-08-12"}


def test_a_past_act_on_a_month_day_after_the_report_is_last_years():
    text = "The mayor says Ambazonian fighters kidnapped him and drove him to Bamenda on May 25."
    assert of(text, "2025-03-10", "ASSAULT", "kidnapped") == {"2024-05-25"}


def test_a_past_acts_month_day_before_the_report_stays_in_its_year():
    text = "The mayor says Ambazonian fighters kidnapped him and drove him to Bamenda on February 27."
    assert of(text, "2025-03-10", "ASSAULT", "kidnapped") == {"2025-02-27"}


def test_a_refusal_saying_when_the_act_happened_is_not_dated_by_that_act():
    text = ("A JNIM spokesman rejected the charge, saying the convoy was attacked near Boni on Monday "
            "by bandits and that its fighters had only defended themselves.")
    assert of(text, "2025-03-05", "REJECT", "rejected") == {"2025-03-05"}


def test_an_ordered_act_is_dated_as_the_order():
    text = ("Governor Babagana Zulum condemned what he called barbaric attacks, and ordered the state's "
            "emergency agency to cater for the wounded.")
    dates = {d for a, d, _ in dated(text, "2024-07-01") if a in ("AID", "MOBILIZE")}
    assert dates == {"2024-07-01"}, dated(text, "2024-07-01")
