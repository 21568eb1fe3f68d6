"""A "Hours later," opener dates its act to the narrative's last stated day, across paragraphs."""
from sitrep.events.dating import Clock
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

_STORY = (
    "GOMA, March 6 (Wire) - Government jets bombed rebel positions near Sake on Tuesday, "
    "killing at least 12 fighters, the army said.\n\n"
    "The rebel alliance condemned the raids as a violation of the ceasefire.\n\n"
    "The governor called for calm and urged residents to stay indoors.\n\n"
    "{opener} rebel spokesman Lawrence Kanyuka said the fighters had shelled an army base "
    "outside the city.\n\n"
    "The fighting is the worst since {background}, when the rebels seized the town of Rubaya.\n"
)


def _date(text: str, phrase: str, published: str = "2025-03-06"):
    sents = split_sentences(text)
    st = text.index(phrase)
    a, b = next((a, b) for a, b in sents if a <= st < b)
    clock = Clock(text, find_timexes(text, published), published, sents)
    return clock.date(a, b, st, st + len(phrase), "past")


def test_hours_later_takes_the_lead_day_across_paragraphs() -> None:
    text = _STORY.format(opener="Hours later,", background="January")
    assert _date(text, "had shelled")[0] == "2025-03-04"


def test_later_that_day_opener_takes_the_lead_day() -> None:
    text = _STORY.format(opener="Later that day,", background="January")
    assert _date(text, "had shelled")[0] == "2025-03-04"


def test_no_opener_no_date_across_paragraphs() -> None:
    # without the explicit link the lead's day stays in its own paragraph
    text = _STORY.format(opener="On the ground,", background="January")
    assert _date(text, "had shelled")[0] is None


def test_opener_after_a_month_gives_no_day() -> None:
    # the last stated time is a month: it says nothing of which day the previous act fell on
    text = ("The rebels seized Rubaya in February.\n\nThe governor called for calm.\n\n"
            "Hours later, the rebels shelled an army base outside the city.\n")
    assert _date(text, "shelled", "2025-05-20")[0] is None


def test_hours_later_than_is_not_an_opener() -> None:
    text = ("Jets bombed the depot on Tuesday.\n\nThe council met.\n\n"
            "Hours later than planned the convoy was ambushed near the bridge.\n")
    assert _date(text, "ambushed", "2025-03-06")[0] is None
