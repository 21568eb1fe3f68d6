"""Trigger words news leads use that the lexicon lacked: disapproval idioms, battles, retaking a
place, labour strikes (invented text: Nigeria, Sudan, Somalia, Kenya, Bangladesh settings)."""
from event_helpers import coded_with_dates


def _acts(text: str, actors: dict[str, str]) -> list[str]:
    return [e.action for e in coded_with_dates(text, actors, "2025-06-10")]


def test_ridiculed_is_accuse() -> None:
    assert "ACCUSE" in _acts("Opposition leader Amina Bello on Tuesday ridiculed Governor Sani Yaro over the curfew.",
                             {"Amina Bello": "PERSON", "Sani Yaro": "PERSON"})


def test_hit_out_at_is_accuse() -> None:
    assert "ACCUSE" in _acts("The Awami League hit out at the interim government on Friday.",
                             {"Awami League": "ORG"})


def test_parting_shot_is_criticism_not_shooting() -> None:
    acts = _acts("Outgoing envoy Lena Voss took a parting shot at the Transitional Council on Monday.",
                 {"Lena Voss": "PERSON", "Transitional Council": "ORG"})
    assert "ACCUSE" in acts and "ASSAULT" not in acts


def test_troops_battle_militants_in_a_headline_is_assault() -> None:
    assert "ASSAULT" in _acts("Somali troops battle al-Shabaab near Jowhar",
                              {"Somali": "NORP", "al-Shabaab": "ORG", "Jowhar": "GPE"})


def test_battling_a_blaze_is_no_fight() -> None:
    assert "ASSAULT" not in _acts("Firefighters in Mombasa battled a blaze at the port for six hours.",
                                  {"Mombasa": "GPE"})


def test_legal_battle_is_no_fight() -> None:
    assert "ASSAULT" not in _acts("The Kenyan firm is locked in a legal battle with Tanzania over the pipeline.",
                                  {"Tanzania": "GPE"})


def test_battle_with_a_named_group_is_assault() -> None:
    assert "ASSAULT" in _acts("The army said it was engaged in a fierce battle with ISWAP fighters near Monguno.",
                              {"ISWAP": "ORG", "Monguno": "GPE"})


def test_retook_a_town_is_assault() -> None:
    assert "ASSAULT" in _acts("The Sudanese army retook the town of Sinja on Saturday.",
                              {"Sudanese army": "ORG", "Sinja": "GPE"})


def test_unlimited_strike_is_protest_not_assault() -> None:
    acts = _acts("The Sudan Doctors Union began an unlimited strike on Sunday over unpaid wages.",
                 {"Sudan Doctors Union": "ORG"})
    assert "PROTEST" in acts and "ASSAULT" not in acts


def test_air_strike_stays_assault() -> None:
    assert "ASSAULT" in _acts("A Kenyan air strike hit an al-Shabaab camp near Kismayo on Sunday.",
                              {"Kenyan": "NORP", "al-Shabaab": "ORG", "Kismayo": "GPE"})
