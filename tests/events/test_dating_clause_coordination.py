"""A time opening a coordinated clause (with its own subject) dates that clause only, and is no
coordination of times with the time before it."""
from corpus_checks import clock_date

_PUB = "2024-12-14"


def _date(text: str, phrase: str, published: str = _PUB):
    return clock_date(text, phrase, published)[0]


def test_a_time_after_a_comma_and_opening_a_clause_is_its_own() -> None:
    text = "The militia shelled the market on Sunday, and on Monday it stormed the police post."
    assert _date(text, "stormed") == "2024-12-09"
    assert _date(text, "shelled") == "2024-12-08"


def test_coordinated_days_still_date_one_act() -> None:
    text = "Gunmen attacked the villages on Sunday and Monday, the governor said."
    assert _date(text, "attacked") == "2024-12-08"
    text = "Gunmen attacked the villages on Sunday, and on Monday, the governor said."
    assert _date(text, "attacked") == "2024-12-08"
