"""Round 14: states since a past year, the act of a "since YEAR, when ..." clause, headlines
dated by their lead, the struck-on night of a toll update."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.timex import find_timexes

_KB = KnowledgeBase.default()


def _events(text: str, pub: str):
    return analyze_text("d", text, pub, None, _KB).events


def _one(text: str, action: str, pub: str, part: str | None = None):
    got = [e for e in _events(text, pub) if e.action == action and (part is None or part in text[e.start:e.end])]
    assert got, [(e.action, e.date, text[e.start:e.end][:40]) for e in _events(text, pub)]
    return got[0]


def test_habit_since_a_past_year_is_not_the_reports_month():
    e = _one("Rebels have attacked convoys near Kidal since 2021.", "ASSAULT", "2025-11-13")
    assert e.date is None and e.date_basis == "background"


def test_state_since_a_year_in_a_passive_sentence_is_undated():
    text = "The Ansar Brigade has been weakened by army raids since 2022, according to a UN panel."
    assert all(e.date is None for e in _events(text, "2025-10-16") if e.action == "ASSAULT")


def test_only_a_since_period_of_more_than_a_season_is_long():
    from sitrep.events.timescope import long_since
    found = {t.text: t for t in find_timexes("Raids since October and since 2022 and since June.", "2025-11-13")}
    assert not long_since(found["since October"])
    assert long_since(found["since 2022"]) and long_since(found["since June"])


def test_when_clause_after_since_year_is_that_years_act():
    text = ("The conflict in the hills has intensified since 2016, when the rebels killed at least 23 "
            "miners in Tarko.")
    e = _one(text, "ASSAULT", "2025-11-13")
    assert e.date is None and e.date_basis == "year" and e.date_text == "since 2016"


def test_when_clause_after_since_month_takes_that_month():
    text = "The clashes are the worst since August, when rebels seized the Kano bridge."
    e = _one(text, "COERCE", "2025-11-13")
    assert (e.date, e.date_basis) == ("2025-08", "stated")


def test_main_act_after_the_when_clause_is_not_dated_by_it():
    text = ("Since 2019, when the truce collapsed, gunmen have raided villages near Dori every month, "
            "residents said.")
    got = [e for e in _events(text, "2025-11-13") if e.action in ("ASSAULT", "COERCE")]
    assert got and all(e.date is None and e.date_basis != "stated" for e in got)


def test_headline_act_takes_the_lead_day_not_the_report_day():
    text = ("Peacekeeper killed in Kaga as UN accuses rebels\n\n"
            "A member of the UN mission died on Monday after gunmen opened fire on a patrol close to Kaga.\n")
    e = _one(text, "ASSAULT", "2025-10-14", "Peacekeeper killed")
    assert e.date == "2025-10-13"


def test_present_headline_skips_a_share_bar_and_the_statement_day():
    text = ("Six killed as suicide bomber strikes Herat mosque\n\nShare on Facebook  Share on X\n\n"
            "HERAT — A suicide bomber blew himself up outside a mosque in Herat on Friday morning, "
            "killing six people, officials said on Saturday.\n")
    e = _one(text, "ASSAULT", "2025-10-19", "Six killed")
    assert e.date == "2025-10-17"


def test_first_line_ending_in_a_full_stop_is_no_headline():
    text = ("Gunmen killed four farmers near Bama, the police said.\n\n"
            "On Monday soldiers arrested two suspects in Konduga.\n")
    e = _one(text, "ASSAULT", "2025-10-16", "Gunmen killed")
    assert e.date != "2025-10-13"


def test_toll_update_lead_takes_the_strikes_night():
    text = ("The number of civilians killed in a Turkish drone strike near the village of Deraluk on "
            "Tuesday night has risen to five, local officials said on Thursday.")
    e = _one(text, "ASSAULT", "2025-10-16")
    assert e.date == "2025-10-14"


def test_capitalised_month_abbreviation_dates_are_read():
    found = {t.text: t.value for t in find_timexes("Issued: 07 MAR 2025 0410 UTC. Boarded on 3 FEB 2025.", "2025-03-08")}
    assert found.get("07 MAR 2025") == "2025-03-07" and found.get("3 FEB 2025") == "2025-02-03"


def test_a_clock_time_alone_dates_nothing():
    text = "The tanker was struck by an unknown projectile at 1935 UTC, causing a fire."
    assert all(e.date is None for e in _events(text, "2025-11-12"))
