"""Round 32: a state of many months dated by the month it began; a participle after "remains"
is a state holding at the report's time."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text

_KB = KnowledgeBase.default()


def _events(text: str, pub: str):
    return analyze_text("d", text, pub, None, _KB).events


def _of(text: str, action: str, pub: str) -> list:
    got = [e for e in _events(text, pub) if e.action == action]
    assert got, [(e.action, e.date, text[e.start:e.end][:40]) for e in _events(text, pub)]
    return got


def test_a_state_since_a_month_long_past_takes_that_month():
    text = "The militia commander has been under European Union sanctions since March 2021, officials said."
    got = _of(text, "SANCTION", "2025-06-10")
    assert all(e.date == "2021-03" and e.date_basis == "background" for e in got), \
        [(e.date, e.date_basis) for e in got]


def test_a_habit_since_a_yearless_month_months_back_takes_that_month_not_the_reports():
    text = "Separatist fighters have attacked army convoys on the coastal road since February."
    got = _of(text, "ASSAULT", "2025-09-18")
    assert [e.date for e in got] == ["2025-02"] and got[0].date_basis == "background"


def test_a_habit_since_a_bare_year_stays_undated():
    got = _of("Rebels have attacked convoys near the dam since 2019.", "ASSAULT", "2025-11-13")
    assert got[0].date is None and got[0].date_basis == "background"


def test_a_short_since_period_is_still_a_period_of_the_report():
    got = _of("Separatist fighters have attacked army convoys on the coastal road since August.",
              "ASSAULT", "2025-09-18")
    assert got[0].date == "2025-09" and got[0].date_basis == "period"


def test_remains_closed_is_a_state_of_the_report():
    from sitrep.events.tense import _STATE_VERB
    text = "Mobile internet remains shut down"
    assert _STATE_VERB.search(text, 0, text.index("shut")) is not None
    text = "The border crossing remained largely closed"
    m = _STATE_VERB.search(text, 0, text.index("closed"))
    assert m is not None and m.group(0).lower().startswith("remained")
    assert _STATE_VERB.search("The army closed", 0, len("The army ")) is None


def test_a_shutdown_that_remains_in_force_is_dated_to_the_reports_month():
    text = ("Paramilitary fighters shelled El Fasher on Monday, killing six.\n\n"
            "Mobile internet remains shut down in most of the Darfur region.")
    got = [e for e in _events(text, "2025-04-17") if "remains" in text[e.start:e.end]]
    assert [(e.date, e.date_basis) for e in got] == [("2025-04", "publication")]


def test_a_shutdown_that_remained_in_force_is_of_the_paragraphs_time():
    text = ("Paramilitary fighters shelled El Fasher on Monday, killing six. "
            "Mobile internet remained shut down in most of the Darfur region.")
    got = [e for e in _events(text, "2025-04-17") if "remained" in text[e.start:e.end]]
    assert [e.date for e in got] == ["2025-04-14"]


def test_a_year_in_what_the_speaker_said_does_not_date_her_condemnation():
    text = ("Displaced families reached Kassala on foot, aid workers said.\n\n"
            "UN Resident Coordinator Maria Lopez condemned the killings and said the attacks mirrored "
            "atrocities committed in Darfur in 2023.")
    got = _of(text, "ACCUSE", "2024-10-30")
    assert [(e.date, e.date_basis) for e in got] == [("2024-10-30", "publication")]


def test_a_year_in_the_acts_own_clause_still_puts_it_in_that_year():
    got = _of("UN envoy Maria Lopez condemned the Northern Front in 2019 and said the raid was a warning.",
              "ACCUSE", "2024-10-30")
    assert got[0].date is None and got[0].date_basis == "year"


def test_the_saying_clause_opener():
    from sitrep.events.dating_reported import in_said_clause
    text = "condemned the raid and said the war of 2019 was worse"
    assert in_said_clause(text, len("condemned the raid"), text.index("2019"))
    text = "condemned the raid, saying the war of 2019 was worse"
    assert in_said_clause(text, len("condemned the raid"), text.index("2019"))
    text = "condemned the raid in Darfur in 2019"
    assert not in_said_clause(text, len("condemned the raid"), text.index("2019"))
