"""Which clause a time expression dates: subordinate and complement clauses, coordinated dates,
anaphoric dates with nothing to count from (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates


ACTORS = {"Ankara": "GPE", "Baku": "GPE", "Tehran": "GPE", "Yerevan": "GPE", "RSF": "ORG",
          "El Fasher": "GPE", "Sudanese army": "ORG", "Wagner": "ORG", "Menaka": "GPE", "JNIM": "ORG"}
PUBLISHED = "2024-11-21"


def dated(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.date, f.date_basis) for f in coded_with_dates(text, ACTORS, published)]


def test_a_date_in_the_complement_of_an_accusation_dates_the_reported_act_not_the_accusation():
    got = dated("On Monday, Ankara accused Baku of letting Tehran strike Yerevan in April.")
    assert ("ACCUSE", "2024-11-18", "stated") in got
    assert ("ACCUSE", "2024-04", "stated") not in got


def test_an_accusation_whose_only_date_is_in_its_complement_is_not_dated_by_it():
    got = [g for g in dated("Ankara has accused Baku of letting Tehran strike Yerevan in April.") if g[0] == "ACCUSE"]
    assert got and all(g[1] != "2024-04" for g in got)


def test_a_date_in_an_adverbial_clause_is_context_not_stated_for_the_main_act():
    got = dated("The RSF has shelled El Fasher for months, attacks that only subsided after Wagner intervened in February.")
    assert got and all(basis != "stated" for _, _, basis in got)
    assert ("ASSAULT", "2024-02", "context") in got


def test_a_failed_attack_is_no_clause_of_its_own():
    # "after a failed assault on Monday": a participle after a determiner is no verb
    assert dated("The RSF attacked the Sudanese army after a failed assault on Monday.")[0][1] == "2024-11-18"


def test_coordinated_dates_give_one_act_each():
    got = dated("JNIM attacked Menaka in April and October.")
    assert [g[1] for g in got] == ["2024-04", "2024-10"]


def test_a_statement_with_coordinated_dates_is_made_once():
    got = [g for g in dated("On Monday and Tuesday, Ankara accused Baku of provocations.") if g[0] == "ACCUSE"]
    assert len(got) == 1 and got[0][1] == "2024-11-18"


def test_the_following_day_counts_from_the_last_stated_day():
    got = dated("On October 4, 2024, JNIM attacked Menaka. The following day, the RSF shelled El Fasher.")
    assert got[-1] == ("ASSAULT", "2024-10-05", "stated")


def test_the_next_day_with_nothing_to_count_from_dates_nothing_after_the_report():
    got = dated("The next day, the RSF shelled El Fasher.")
    assert got and all(d is None or d <= PUBLISHED for _, d, _ in got)


def test_the_time_of_a_main_clause_does_not_date_the_participle_that_modifies_its_object():
    # 2024-11-21 is a Thursday: the prayers were on Thursday, the killing the day before
    got = dated("Funeral prayers were held on Thursday for three soldiers killed when the RSF "
                "shelled their base in El Fasher the previous day.")
    assert [g for g in got if g[0] == "ASSAULT"] == [("ASSAULT", "2024-11-20", "context")]


def test_the_participles_own_time_wins_over_the_main_clauses():
    got = dated("Mourners gathered in Menaka on Monday for the 16 soldiers killed in Sunday's JNIM ambush.")
    assert ("ASSAULT", "2024-11-17", "stated") in got


def test_with_no_other_time_the_main_clauses_time_still_dates_the_act():
    got = dated("Funeral prayers were held on Monday for five civilians killed in an RSF ambush in El Fasher.")
    assert [g[1] for g in got if g[0] == "ASSAULT"] == ["2024-11-18"]


def test_a_finite_verb_after_the_time_is_dated_by_it():
    assert dated("On Monday the RSF killed five civilians in El Fasher.")[0][1] == "2024-11-18"
