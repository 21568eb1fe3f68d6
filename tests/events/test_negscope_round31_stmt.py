"""A negation inside a reported clause does not reach a past verb coordinated after it with its own object."""
from sitrep.analysis import analyze_text, knowledge_base


def _acts(text: str) -> list[tuple[str, str | None]]:
    an = analyze_text("t", text, "2024-06-10", None, knowledge_base())
    return [(f.action, f.date) for f in an.events]


def test_coordinated_accusation_after_negated_report_is_asserted() -> None:
    text = ("The Arakan Army said in a statement on Friday that its units were not shelling the villages "
            "and blamed the military for the burning of a market in Buthidaung.")
    assert ("ACCUSE", "2024-06-07") in _acts(text)


def test_shared_passive_stays_negated() -> None:
    text = "The convoy near Kidal had not been attacked and looted the day before, officials said."
    assert not any(a in ("ASSAULT", "SEIZE") for a, _ in _acts(text))


def test_negated_report_alone_is_no_act() -> None:
    text = "The militia said on Friday that its fighters were not shelling the camp near El Fasher."
    assert not any(a == "ASSAULT" for a, _ in _acts(text))
