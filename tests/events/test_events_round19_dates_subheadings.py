"""An act told in a subheading takes the time the section below it states first, never the
report's day (invented texts)."""
from __future__ import annotations

from sitrep.events.dating import Clock
from sitrep.timex import find_timexes

PUBLISHED = "2025-03-10"          # a Monday

TEXT = ("Junta courts new allies as fighting spreads\n\n"
        "NAYPYIDAW - The military government hosted envoys from three neighbours on Friday, "
        "state media said.\n\n"
        "Rebels reject talks, general warns\n\n"
        "The Arakan Army rejected the offer of talks on Wednesday. The following day, a senior "
        "general warned that the air force would strike rebel-held towns.\n\n"
        "Aid agencies said the situation was dire.\n")


def _date(text: str, phrase: str, published: str | None = PUBLISHED, statement: bool = True,
          tense: str | None = "present") -> str | None:
    start = text.index(phrase)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    clock = Clock(text, find_timexes(text, published), published)
    return clock.date(line_start, line_end, start, start + len(phrase), tense, statement=statement)[0]


def test_a_subheading_statement_takes_the_sections_first_time():
    assert _date(TEXT, "reject") == "2025-03-05"          # Wednesday, not the report's Monday


def test_a_subheading_material_act_takes_it_too():
    text = TEXT.replace("Rebels reject talks, general warns", "Drones strike fuel depot")
    assert _date(text, "strike", statement=False) == "2025-03-05"


def test_a_line_with_a_full_stop_is_prose_not_a_subheading():
    text = TEXT.replace("Rebels reject talks, general warns", "Rebels reject talks.")
    assert _date(text, "reject") == PUBLISHED


def test_a_subheading_over_an_undated_section_keeps_the_old_reading():
    text = TEXT.replace("on Wednesday", "in a statement").replace("The following day", "Later")
    assert _date(text, "reject") == PUBLISHED


def test_a_subheading_over_a_list_is_no_section_heading():
    text = ("Road to the ceasefire\n\nRebels reject talks\n\nMore stories\nFighting on Wednesday\n")
    assert _date(text, "reject") == PUBLISHED


# ----------------------------------------------------------------------------- a time opening the next clause


def _act_date(text: str, word: str, tense: str | None, published: str = PUBLISHED) -> str | None:
    start = text.index(word)
    clock = Clock(text, find_timexes(text, published), published)
    return clock.date(0, len(text), start, start + len(word), tense)[0]


def test_a_time_opening_the_next_coordinated_clause_is_not_the_acts():
    text = ("The interior ministry has deployed 3,000 gendarmes to the north, and on Friday the "
            "president signed a curfew order.")
    assert _act_date(text, "deployed", "perfect") == "2025-03"       # the report's month, not Friday
    assert _act_date(text, "signed", "past") == "2025-03-07"


def test_a_clause_with_its_own_subject_after_a_comma_and_a_name():
    text = "Militiamen burned the market in Kalehe, and on Sunday Mai-Mai fighters ambushed a convoy."
    assert _act_date(text, "burned", "past") != "2025-03-09"


def test_a_time_in_the_acts_own_clause_still_dates_it():
    text = "Militiamen burned the market in Kalehe on Sunday, and the army sent reinforcements."
    assert _act_date(text, "burned", "past") == "2025-03-09"
    text = "The army shelled the ridge for hours, and on Sunday."
    assert _act_date(text, "shelled", "past") == "2025-03-09"
