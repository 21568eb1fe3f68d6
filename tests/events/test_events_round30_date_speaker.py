"""Round 30: a speaker's statement in the paragraph after the one that dated the speaker
(invented Caucasus briefing)."""
from sitrep.events.dating import Clock
from sitrep.timex import find_timexes

_TEXT = ("YEREVAN (Wire) - Border guards reported fresh shelling near the village of Sotk. Farmers "
         "left their fields as the guns fired.\n\n"
         "Defence ministry spokeswoman Aram Vardanyan Petrosyan told reporters on Tuesday that two "
         "posts had been hit. She gave no toll for the posts.\n\n"
         "Aram Vardanyan Petrosyan also accused the other side of breaking the truce. The truce has "
         "held poorly.\n\n"
         "Lusine Harutyunyan accused the ministry of hiding losses. The ministry did not reply.\n")


def _date(text: str, trigger: str, published: str) -> tuple:
    clock = Clock(text, find_timexes(text, published), published)
    j = text.index(trigger)
    s = text.rfind("\n", 0, j) + 1
    return clock.date(s, text.index(".", j) + 1, j, j + len(trigger), "past", statement=True)


def test_same_speaker_keeps_the_briefing_day() -> None:
    date, text, _ = _date(_TEXT, "accused the other side", "2023-09-14")
    assert (date, text) == ("2023-09-12", "Tuesday")


def test_another_speaker_takes_the_report_day() -> None:
    date, text, _ = _date(_TEXT, "accused the ministry", "2023-09-14")
    assert (date, text) == ("2023-09-14", None)


_BULLETS = ("Key points of the raid on Kharkiv's outskirts, as reported so far. Officials gave few details.\n\n"
            "- The brigade denied any losses. \"Nothing was hit,\" Taras Bondar Melnyk, the brigade's "
            "press officer, said in a statement on Friday.\n\n"
            "- Taras Bondar Melnyk blamed the air defence command for the confusion.\n")


def test_bulleted_follow_up_keeps_the_statement_day() -> None:
    # a list item retelling the same speaker; the saying verb stands three words from its time
    date, text, _ = _date(_BULLETS, "blamed the air", "2022-05-16")
    assert (date, text) == ("2022-05-13", "Friday")
