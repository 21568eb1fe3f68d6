"""Elapsed spans from a stated date ("one week since the March 4, 2025 raid") date an undated report."""
import datetime as dt

from sitrep.timex.elapsed import elapsed_floor
from sitrep.timex.find import find_timexes
from sitrep.timex.infer import CORPUS, infer_publication

_RAID = ("OUAHIGOUYA - Friday marked one week since the March 14, 2025 raid on the Titao convoy, "
         "and families said on Wednesday they were still waiting for news.")


def _floor(text):
    return elapsed_floor(text, find_timexes(text, None))


def test_week_since_date_gives_report_day():
    day, phrase = _floor(_RAID)
    assert day == dt.date(2025, 3, 21)
    assert phrase.startswith("one week since")


def test_days_after_and_month_since():
    assert _floor("Ten days after March 3, 2025, the militia left Djibo.")[0] == dt.date(2025, 3, 13)
    assert _floor("It is two months since the January 31, 2025 ambush.")[0] == dt.date(2025, 3, 31)
    assert _floor("It is one month since the January 31, 2025 ambush.") is None  # no February 31


def test_vague_or_unanchored_spans_are_ignored():
    assert _floor("Weeks after March 3, 2025, the town was quiet.") is None
    assert _floor("One week since the raid, no aid has arrived.") is None


def test_corpus_guess_respects_elapsed_span():
    pool = [("2025-03-12", "x"), ("2025-03-16", "x"), ("2025-03-20", "x")]
    exprs = find_timexes(_RAID, None)
    date, basis = infer_publication(exprs, pool, whose=CORPUS, wording=_RAID)
    assert date == "2025-03-21"
    assert "one week since" in basis
    # without the wording the old median stands
    assert infer_publication(exprs, pool, whose=CORPUS)[0] == "2025-03-16"


def test_far_span_does_not_void_the_guess():
    text = "Residents marked ten months since the March 14, 2025 raid."
    pool = [("2025-03-12", "x"), ("2025-03-16", "x")]
    date, _ = infer_publication(find_timexes(text, None), pool, wording=text)
    assert date == "2025-03-16"           # the stated floor still applies; the far span is ignored


_CLAUSE = ("SITTWE - Saturday marked ten days since Arakan fighters overran the coastal garrison "
           "on February 8, and the navy has not returned. On Thursday, villagers fled north.")


def test_anchor_closing_an_event_clause_with_on():
    day, phrase = _floor(_CLAUSE.replace("February 8", "February 8, 2025"))
    assert day == dt.date(2025, 2, 18)
    assert phrase.endswith("February 8, 2025")


def test_clause_anchor_needs_on_and_the_same_sentence():
    assert _floor("It was ten days since the siege began. On February 8, 2025 food ran out.") is None
    assert _floor("Ten days since fighters came, after February 8, 2025 talks failed.") is None


def test_yearless_anchor_takes_the_year_of_the_guess():
    exprs = find_timexes(_CLAUSE, None)
    assert elapsed_floor(_CLAUSE, exprs) is None           # no year anywhere: nothing to add to
    assert elapsed_floor(_CLAUSE, exprs, "2025-02-10")[0] == dt.date(2025, 2, 18)
    pool = [("2025-02-09", "x"), ("2025-02-10", "x"), ("2025-02-12", "x")]
    date, basis = infer_publication(exprs, pool, whose=CORPUS, wording=_CLAUSE)
    assert date == "2025-02-18"
    assert "ten days since" in basis
