"""Time expressions from a date-free reading (``prepare_timexes``) for any publication date."""
from __future__ import annotations

import pickle

from sitrep.timex import find_timexes
from sitrep.timex.find import date_timexes, prepare_timexes

TEXT = ("Drones struck Odesa overnight on Friday, officials said. Since March 3 the city has been hit "
        "almost nightly; between 2022 and 2023 the port lost half its traffic. The following day "
        "repairs began, and the governor said crews will finish by next Tuesday.")


def test_prepared_reading_dates_like_a_fresh_run_for_each_date():
    prepared: dict = {}
    for published in (None, "2024-05-12", "2023-11-02", None):
        assert find_timexes(TEXT, published, prepared=prepared) == find_timexes(TEXT, published)


def test_pickled_reading_dates_the_same():
    part = pickle.loads(pickle.dumps(prepare_timexes(TEXT)))
    got = date_timexes(TEXT, part, "2024-05-12")
    assert got == find_timexes(TEXT, "2024-05-12")
    assert any(t.value == "2024-05-10" for t in got)          # the Friday before
    assert any(t.basis == "range-since" for t in got)


def test_a_reading_of_another_text_is_read_again():
    prepared: dict = {}
    find_timexes("Nothing happened on Monday.", "2024-05-12", prepared=prepared)
    assert find_timexes(TEXT, "2024-05-12", prepared=prepared) == find_timexes(TEXT, "2024-05-12")
