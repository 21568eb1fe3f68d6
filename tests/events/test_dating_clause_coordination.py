"""A time opening a coordinated clause (with its own subject) dates that clause only, and is no
coordination of times with the time before it."""
from sitrep.events.dating import Clock
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

_PUB = "2024-12-14"


def _date(text: str, phrase: str, published: str = _PUB):
    sents = split_sentences(text)
    st = text.index(phrase)
    a, b = next((a, b) for a, b in sents if a <= st < b)
    clock = Clock(text, find_timexes(text, published), published, sents)
    return clock.date(a, b, st, st + len(phrase), "past")[0]


def test_a_time_after_a_comma_and_opening_a_clause_is_its_own() -> None:
    text = "The militia shelled the market on Sunday, and on Monday it stormed the police post."
    assert _date(text, "stormed") == "2024-12-09"
    assert _date(text, "shelled") == "2024-12-08"


def test_coordinated_days_still_date_one_act() -> None:
    text = "Gunmen attacked the villages on Sunday and Monday, the governor said."
    assert _date(text, "attacked") == "2024-12-08"
    text = "Gunmen attacked the villages on Sunday, and on Monday, the governor said."
    assert _date(text, "attacked") == "2024-12-08"
