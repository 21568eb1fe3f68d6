"""A present-perfect summary of a statement takes the day of the next sentence that retells it
("has denied the charge. In a statement on Sunday, ... said"), never the report's day (invented
texts)."""
from __future__ import annotations

from sitrep.events.dating import CONTEXT, PUBLICATION, Clock
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

PUBLISHED = "2023-06-14"          # a Wednesday

PARA = ("KHARTOUM - Fighting flared again in Omdurman this week.\n\n"
        "The paramilitary force has denied shelling the market. In a video posted on Sunday, "
        "its field commander said the army had fired the rockets from across the river.\n\n"
        "Residents said they could not leave.\n")


def _dates(text: str, phrase: str, statement: bool = True, tense: str = "perfect"):
    sentences = split_sentences(text)
    start = text.index(phrase)
    s_start, s_end = next((a, b) for a, b in sentences if a <= start < b)
    clock = Clock(text, find_timexes(text, PUBLISHED), PUBLISHED, sentences)
    return clock.date(s_start, s_end, start, start + len(phrase), tense, statement=statement)


def test_a_summary_denial_takes_the_day_of_the_retelling():
    date, text, basis = _dates(PARA, "denied")
    assert (date, text, basis) == ("2023-06-11", "Sunday", CONTEXT)


def test_a_next_sentence_of_another_act_dates_no_summary():
    text = PARA.replace("In a video posted on Sunday, its field commander said the army had fired",
                        "On Sunday, army jets bombed the bridge and fired")
    assert _dates(text, "denied")[2] == PUBLICATION


def test_a_retelling_in_the_next_paragraph_dates_nothing():
    text = PARA.replace("market. In a video", "market.\n\nIn a video")
    assert _dates(text, "denied")[0] == PUBLISHED


def test_a_material_act_in_the_present_perfect_keeps_the_reports_month():
    text = PARA.replace("has denied shelling", "has shelled")
    assert _dates(text, "shelled", statement=False)[0] == PUBLISHED[:7]


def test_a_day_after_the_report_dates_no_summary():
    text = PARA.replace("posted on Sunday", "to be posted on June 20")
    assert _dates(text, "denied")[0] == PUBLISHED


# ----------------------------------------------------------------------------- since ..., when ...

SINCE = ("Saturday's shelling was the fourth attack on the town since March, when militia fighters "
         "overran the garrison and burned the market.\n")


def _since(text: str, phrase: str) -> tuple:
    start = text.index(phrase)
    clock = Clock(text, find_timexes(text, PUBLISHED), PUBLISHED)
    return clock.date(0, len(text) - 1, start, start + len(phrase), "past")


def test_a_when_clause_after_since_takes_the_periods_start_not_the_sentences_day():
    assert _since(SINCE, "overran")[:2] == ("2023-03", "since March")


def test_the_main_clause_keeps_its_own_day():
    assert _since(SINCE, "shelling")[0] == "2023-06-10"


def test_a_when_clause_with_its_own_day_keeps_it():
    text = SINCE.replace("when militia fighters", "when on March 9 militia fighters")
    assert _since(text, "overran")[0] == "2023-03-09"


# ----------------------------------------------------------------------------- live-blog entries

BLOG = ("Sahel live: junta reshuffles cabinet\n\n"
        "16:05 - Gunmen attacked a convoy on the road to Kaya, a security source said.\n\n"
        "09:30 - The prime minister met the defence chiefs in Ouagadougou.\n")


def _blog(text: str, phrase: str) -> str | None:
    sentences = split_sentences(text)
    start = text.index(phrase)
    s_start, s_end = next((a, b) for a, b in sentences if a <= start < b)
    clock = Clock(text, find_timexes(text, PUBLISHED), PUBLISHED, sentences)
    return clock.date(s_start, s_end, start, start + len(phrase), "past")[0]


def test_an_undated_entry_of_a_live_blog_is_of_the_blogs_day():
    assert _blog(BLOG, "met") == PUBLISHED


def test_a_blog_with_day_headings_dates_no_entry_by_the_report():
    text = BLOG.replace("09:30 -", "Tuesday, June 13\n\n09:30 -")
    assert _blog(text, "met") != PUBLISHED


def test_prose_without_an_entry_heading_stays_undated():
    assert _blog(BLOG.replace("09:30 - The", "The"), "met") is None
