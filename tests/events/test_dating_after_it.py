"""A reaction dated by a trailing "N days after it happened" counts from the story's incident."""
from corpus_checks import clock_date

# a feature weeks after a massacre recalls the reactions to it; the page's own day is no date of them
_FEATURE = ("A month after gunmen stormed the market town of Velkor, the families still wait for a death toll.\n\n"
            "On the evening of Friday, March 7, fighters on pickups surrounded the market and opened fire.\n\n"
            "On Tuesday, the interior minister dismissed the figures published abroad.\n\n"
            "The African Union chairperson condemned the massacre {offset}.\n")


def test_days_after_it_happened_counts_from_the_incident() -> None:
    text = _FEATURE.format(offset="two days after it happened")
    assert clock_date(text, "condemned", "2025-04-10")[0] == "2025-03-09"


def test_one_day_before_it_took_place() -> None:
    text = _FEATURE.format(offset="one day before it took place").replace("condemned the massacre", "warned of an attack")
    assert clock_date(text, "warned", "2025-04-10")[0] == "2025-03-06"


def test_the_lead_time_anchors_before_a_later_day() -> None:
    text = ("KORVEL, March 12 - Rebels shelled the port of Korvel on Sunday, killing nine civilians.\n\n"
            "On Tuesday the navy evacuated the harbour.\n\n"
            "The governor denounced the shelling a day after it happened.\n")
    assert clock_date(text, "denounced", "2025-03-12")[0] == "2025-03-10"


def test_no_incident_day_leaves_the_act_to_the_usual_rules() -> None:
    text = ("Gunmen stormed the market town of Velkor last month.\n\n"
            "The African Union chairperson condemned the massacre two days after it happened.\n")
    date = clock_date(text, "condemned", "2025-04-10")
    assert date[2] != "context" or date[0] != "2025-04-12"


def test_a_stated_time_of_its_own_wins() -> None:
    text = _FEATURE.format(offset="on Monday, two days after it happened")
    assert clock_date(text, "condemned", "2025-04-10")[0] == "2025-04-07"


def test_an_offset_from_a_named_event_is_not_it() -> None:
    text = _FEATURE.format(offset="two days after the elections")
    assert clock_date(text, "condemned", "2025-04-10")[0] != "2025-03-09"


def test_the_happening_itself_keeps_the_incidents_day() -> None:
    text = _FEATURE.format(offset="two days after it happened")
    assert clock_date(text, "massacre", "2025-04-10")[0] == "2025-03-07"
