"""Round 11: present-tense reports, a participle's own time, verbal acts inside a speaker's words."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text

_KB = KnowledgeBase.default()


def _events(text: str, pub: str = "2025-03-14"):
    return analyze_text("d", text, pub, None, _KB).events


def _one(text: str, action: str, pub: str = "2025-03-14"):
    got = [e for e in _events(text, pub) if e.action == action]
    assert got, [(e.action, e.date) for e in _events(text, pub)]
    return got[0]


def test_present_tense_report_dates_act_to_report_day():
    e = _one("The army says its troops killed 12 militants near Tubas.", "ASSAULT")
    assert (e.date, e.date_basis) == ("2025-03-14", "publication")


def test_trailing_present_attribution_dates_act_to_report_day():
    e = _one("Soldiers killed three fighters near Gao, the army says.", "ASSAULT")
    assert (e.date, e.date_basis) == ("2025-03-14", "publication")


def test_past_attribution_keeps_material_act_undated():
    e = _one("Soldiers killed three fighters near Gao, the army said.", "ASSAULT")
    assert e.date is None


def test_says_inside_a_quote_is_no_present_report():
    e = _one('"The rebels says nothing," he said. Soldiers killed three fighters near Gao.', "ASSAULT")
    assert e.date is None


def test_participle_takes_its_own_later_time_not_the_main_verbs():
    text = ("Hundreds of villagers marched through Kidal on Friday behind the coffins of five herders "
            "killed in a drone strike on their camp at dawn on Thursday.")
    assert _one(text, "ASSAULT").date == "2025-03-13"
    assert _one(text, "PROTEST").date == "2025-03-14"


def test_protest_over_deaths_dates_killing_by_its_own_clause():
    text = ("Students protested in Sittwe on Friday over the deaths of four fishermen killed by "
            "navy gunfire on Wednesday.")
    assert _one(text, "ASSAULT").date == "2025-03-12"


def test_accusation_in_speakers_words_is_not_dated_by_the_attack():
    text = ("Gunmen stormed a police post in Bamenda late on Tuesday, killing four officers. Army "
            "spokesman Colonel Paul Ebong said two soldiers were killed and accused the Ambazonia "
            "Defence Forces of attacking civilians.")
    e = _one(text, "ACCUSE")
    assert (e.date, e.date_basis) == ("2025-03-14", "publication")


def test_accusation_after_a_dated_statement_keeps_the_statement_day():
    text = ("The interior minister spoke to reporters on Wednesday in Bamenda. He said two soldiers "
            "were killed and accused the Ambazonia Defence Forces of attacking civilians.")
    e = _one(text, "ACCUSE")
    assert e.date == "2025-03-12"
