"""A happening named in a since-phrase by a dated noun ("since the July 2010 bombings") is dated
by that time; the since-phrase stays a lower bound for every other act (invented texts)."""
from corpus_checks import clock_date

from sitrep.events.dating_since_noun import since_noun_time
from sitrep.timex import find_timexes

_PUB = "2023-06-17"


def _date(text: str, phrase: str, published: str = _PUB):
    return clock_date(text, phrase, published)[0]


def test_the_relative_clause_of_a_dated_noun_takes_its_time() -> None:
    text = ("The raid is the deadliest in Norvia since the May 2011 twin bombings in Tallus, "
            "claimed by the Red Dawn group, which killed 40 people at a stadium.")
    assert _date(text, "killed") == "2011-05"
    assert _date(text, "claimed") == "2011-05"


def test_the_noun_itself_takes_its_time() -> None:
    text = "It was the worst attack since the March 2015 bombing of a market in Ostra by rebels."
    assert _date(text, "bombing") == "2015-03"


def test_a_main_clause_after_the_since_phrase_is_not_dated_by_it() -> None:
    text = "Since the March 2015 election, the rebels have attacked dozens of villages."
    assert _date(text, "attacked") != "2015-03"


def test_an_act_before_the_since_phrase_keeps_its_own_time() -> None:
    text = "Gunmen killed 12 villagers on Monday, the deadliest attack since the July 2010 bombings."
    assert _date(text, "killed") == "2023-06-12"


def test_a_since_time_with_no_noun_after_it_is_a_bound() -> None:
    text = "Attacks have risen since the end of March 2015, when rebels seized the border post."
    times = find_timexes(text, _PUB)
    assert not any(since_noun_time(text, t, text.index("seized")) for t in times)


def test_the_verb_of_a_since_clause_takes_its_time() -> None:
    text = ("Aid agencies said on Friday that the Dorra crossing had been shut since government "
            "forces seized it in May.")
    assert _date(text, "seized", "2024-08-10") == "2024-05"
    assert _date(text, "shut", "2024-08-10") != "2024-05"


def test_a_verb_before_an_after_clause_in_the_since_clause_is_not_dated_by_it() -> None:
    text = "The town has been hit repeatedly since the army accused rebels of hiding there after the March 2014 raid."
    assert _date(text, "accused", "2024-08-10") != "2014-03"
