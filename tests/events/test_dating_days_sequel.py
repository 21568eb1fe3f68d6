"""A "Days later," opener dates its act to the month of the narrative's last stated time."""
from sitrep.events.dating import Clock
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _date(text: str, phrase: str, published: str):
    sents = split_sentences(text)
    st = text.index(phrase)
    a, b = next((a, b) for a, b in sents if a <= st < b)
    clock = Clock(text, find_timexes(text, published), published, sents)
    return clock.date(a, b, st, st + len(phrase), "past")


_MONTH = ("The unrest began in May last year, when militiamen briefly held the town of Korvel.\n\n"
          "{opener} the interior ministry imposed a curfew on the province.\n\n"
          "Residents say shops have stayed shut since.\n")


def test_days_later_after_a_month_takes_that_month() -> None:
    text = _MONTH.format(opener="Days later,")
    assert _date(text, "imposed", "2025-02-10")[:1] == ("2024-05",)


def test_a_few_days_later_takes_the_month_too() -> None:
    text = _MONTH.format(opener="A few days later,")
    assert _date(text, "imposed", "2025-02-10")[0] == "2024-05"


def test_days_later_after_an_early_day_takes_its_month() -> None:
    text = ("Rebels overran the garrison at Tesso on March 4, the army said.\n\n"
            "Only days later, government jets bombed the rebels' depots near the river.\n")
    assert _date(text, "bombed", "2025-04-20")[0] == "2025-03"


def test_days_later_after_a_late_day_gives_no_month() -> None:
    # March 28 plus a few days may be April: the opener says nothing of which month
    text = ("Rebels overran the garrison at Tesso on March 28, the army said.\n\n"
            "Days later, government jets bombed the rebels' depots near the river.\n")
    assert _date(text, "bombed", "2025-04-20")[0] != "2025-03"


def test_days_later_inside_the_paragraph_is_not_the_previous_day() -> None:
    text = ("Rebels overran the garrison at Tesso on March 4. Days later, government jets bombed "
            "the rebels' depots near the river.\n")
    assert _date(text, "bombed", "2025-04-20")[0] == "2025-03"


def test_without_the_opener_no_month_across_paragraphs() -> None:
    text = _MONTH.format(opener="Meanwhile,")
    assert _date(text, "imposed", "2025-02-10")[0] != "2024-05"
