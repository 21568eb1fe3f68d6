"""Correction and update notices are page furniture: a note that "the toll rose to 15, not 13" is not
a report of 15 deaths, so it must leave the body before claims and tolls are read from it."""
import pytest

from sitrep.clean.chrome import chrome_reason


@pytest.mark.parametrize("line", [
    "(This story has been corrected to show that the death toll rose to 15, not 13, in paragraph 1)",
    "(Corrects paragraph 3 to show the raid was on Sunday, not Saturday)",
    "Correction: An earlier version of this article misstated the number of displaced families.",
    "(Updates with army statement in paragraphs 4-6)",
    "An earlier version of this report misspelled the commander's name.",
    "Editor's note: this article was updated on March 3 to add comment from the governor.",
])
def test_correction_notices_are_chrome(line):
    assert chrome_reason(line) == ("correction notice", "")


@pytest.mark.parametrize("line", [
    "Rebels added details about the attack on Bunia, the army said.",
    "The ministry corrected its earlier figure to 15 dead on Tuesday.",
    "Updates were posted on the army's Telegram channel on Monday.",
])
def test_prose_about_corrections_stays(line):
    assert chrome_reason(line) is None
