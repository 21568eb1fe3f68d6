"""A past verb coordinated after a passive backshifted report ("said 30 had been killed and urged")
belongs to the sayer; hostile verbs and active reports keep their own reading."""
from event_helpers import named_events


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [e[:3] for e in named_events(text)]


def test_request_after_passive_toll_report_goes_to_the_sayer() -> None:
    evs = _events("The Mindanao Peace Watch said at least 30 villagers had been killed in the raid and called "
                  "on the authorities to send troops.")
    assert ("REQUEST", "Mindanao Peace Watch") in [(a, b) for a, b, _ in evs]


def test_appositive_sayer_and_urged() -> None:
    evs = _events("A second monitor, the Tigray Civic Forum (TCF), said dozens of homes had been looted "
                  "and urged the federal government to open an inquiry.")
    assert any(a == "REQUEST" and b in ("Tigray Civic Forum", "TCF") for a, b, _ in evs)


def test_hostile_participle_after_passive_report_is_not_the_sayers() -> None:
    evs = _events("The Mindanao Peace Watch said 30 villagers had been killed and 12 wounded in the raid.")
    assert not any(a == "ASSAULT" and b == "Mindanao Peace Watch" for a, b, _ in evs)


def test_statement_after_any_report_goes_to_the_sayer() -> None:
    # "said it was alarmed ... and called on": a statement verb joined to a report is the sayer's
    evs = _events("The Andean Rights Observatory said it was \"alarmed\" by the rising toll and called on "
                  "prosecutors to open an independent inquiry.")
    assert any(a == "REQUEST" and b == "Andean Rights Observatory" for a, b, _ in evs)
    evs = _events("The Andean Rights Observatory said on Wednesday that several bodies showed wounds to the "
                  "head and accused the police of summary executions.")
    assert any(a == "ACCUSE" and b == "Andean Rights Observatory" for a, b, _ in evs)


def test_material_verb_after_an_active_report_is_not_the_sayers() -> None:
    evs = _events("The Andean Rights Observatory said gunmen stormed the village and burned the school.")
    assert not any(b == "Andean Rights Observatory" for a, b, _ in evs if a == "ASSAULT")
