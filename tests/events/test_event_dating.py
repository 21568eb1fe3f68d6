"""Dating acts the sentence does not date: narrative context, periods, ongoing reports (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

ACTORS = {"RSF": "ORG", "Sudanese army": "ORG", "El Fasher": "GPE", "Arakan Army": "ORG",
          "Myanmar junta": "ORG", "Sittwe": "GPE", "JNIM": "ORG", "Mali": "GPE", "Kidal": "GPE"}
PUBLISHED = "2024-05-20"


def dated(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.date, f.date_basis) for f in coded_with_dates(text, ACTORS, published)]


def test_a_stated_date_is_marked_stated():
    assert dated("On May 12, the RSF shelled El Fasher.") == [("ASSAULT", "2024-05-12", "stated")]


def test_a_past_act_takes_the_time_its_paragraph_last_stated():
    text = "On May 12, the RSF attacked El Fasher. The RSF then shelled the Sudanese army."
    assert dated(text)[-1] == ("ASSAULT", "2024-05-12", "context")


def test_context_does_not_cross_a_paragraph():
    text = "On May 12, the RSF attacked El Fasher.\n\nThe RSF shelled the Sudanese army."
    assert dated(text)[-1] == ("ASSAULT", None, None)


def test_a_present_perfect_report_is_dated_by_publication_month():
    text = "The Arakan Army has attacked the Myanmar junta across Rakhine."
    assert dated(text) == [("ASSAULT", "2024-05", "publication")]


def test_ongoing_reports_do_not_borrow_the_paragraphs_past_time():
    text = "On May 2, the Arakan Army seized Sittwe. The Arakan Army has been attacking the Myanmar junta."
    assert dated(text) == [("ASSAULT", "2024-05-02", "stated"), ("ASSAULT", "2024-05", "publication")]


def test_a_period_dates_an_act_to_its_last_full_month():
    text = "JNIM has attacked Mali repeatedly in the past two months."
    assert dated(text, "2024-06-01") == [("ASSAULT", "2024-05", "period")]


def test_without_a_publication_date_an_ongoing_report_stays_undated():
    assert dated("The Arakan Army has attacked the Myanmar junta.", None) == [("ASSAULT", None, None)]


def test_a_future_stated_time_does_not_date_past_acts_in_context():
    text = "Talks are planned for June 30. The RSF shelled El Fasher."
    assert dated(text)[-1] == ("ASSAULT", None, None)


def test_inferred_dates_neither_merge_nor_split_reports():
    """Two ongoing reports a month apart are no evidence of one happening on a day: their inferred
    (publication) dates do not line them up with a stated day, and the event says it is inferred."""
    ent = {("a", 0): "e-aa", ("a", 1): "e-junta", ("b", 0): "e-aa", ("b", 1): "e-junta"}
    docs = {"a": DocInfo("Outlet A", "2024-05-20"), "b": DocInfo("Outlet B", "2024-05-21")}
    ongoing = EventFact("ASSAULT", 0, 40, actor=0, target=1, date="2024-05", date_basis="publication")
    stated = EventFact("ASSAULT", 0, 40, actor=0, target=1, date="2024-05-02", date_basis="stated")
    events = merge_events([("a", ongoing), ("b", stated)], ent, docs)
    assert len(events) == 2                  # May 2 is not within days of the ongoing report
    events = merge_events([("a", ongoing), ("b", EventFact("ASSAULT", 0, 40, actor=0, target=1))], ent, docs)
    assert len(events) == 1 and events[0].date == "2024-05" and events[0].date_basis == "publication"
