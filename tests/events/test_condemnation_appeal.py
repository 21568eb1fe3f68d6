"""An appeal for accountability or restraint coordinated after a condemnation is part of it
(invented text)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor, e.actor_name), texts.get(e.target, e.target_name))
            for e in coded_with_dates(text, names, "2025-06-03")]


def test_condemned_and_called_for_justice_is_one_condemnation() -> None:
    acts = _acts("The Arvan Union condemned the attack on Saturday and called for those responsible to be "
                 "brought to justice.", {"Arvan Union": "ORG"})
    assert [a[0] for a in acts] == ["ACCUSE"]


def test_condemnation_then_participle_appeal_to_all_sides() -> None:
    acts = _acts("Envoy Mira Tal condemned the shelling of Doru, urging both sides to respect the truce.",
                 {"Mira Tal": "PERSON", "Doru": "GPE"})
    assert "REQUEST" not in [a[0] for a in acts] and "ACCUSE" in [a[0] for a in acts]


def test_appeal_with_its_own_content_stays() -> None:
    acts = _acts("The Arvan Union condemned the attacks and called for an immediate ceasefire.", {"Arvan Union": "ORG"})
    assert {"ACCUSE", "REQUEST"} <= {a[0] for a in acts}


def test_appeal_to_a_named_party_stays() -> None:
    acts = _acts("Belmar condemned the strike and called on Ostravia to bring those responsible to justice.",
                 {"Belmar": "GPE", "Ostravia": "GPE"})
    assert any(a[0] == "REQUEST" and a[2] == "Ostravia" for a in acts)


def test_appeal_in_a_new_sentence_stays() -> None:
    acts = _acts("Rights group Veritas condemned the killings. It also urged all sides to hold those responsible to account.",
                 {"Veritas": "ORG"})
    assert {"ACCUSE", "REQUEST"} <= {a[0] for a in acts}


def test_another_speakers_appeal_stays() -> None:
    acts = _acts("The Arvan Union condemned the raid, while Belmar called for those responsible to be punished.",
                 {"Arvan Union": "ORG", "Belmar": "GPE"})
    assert any(a[0] == "REQUEST" and a[1] == "Belmar" for a in acts)


def test_a_call_for_an_inquiry_or_prosecution_closes_the_condemnation() -> None:
    # session 29: an inquiry into the act condemned, or the prosecution of those behind it, is accountability
    acts = _acts("The Ombra Council condemned the violence against peaceful protesters and called for a full "
                 "investigation.", {"Ombra Council": "ORG"})
    assert [a[0] for a in acts] == ["ACCUSE"]
    acts = _acts("Opposition leader Tomas Velde accused the Varnian government of using excessive force and demanded "
                 "that officers responsible for the killings be prosecuted.",
                 {"Tomas Velde": "PERSON", "Varnian government": "ORG"})
    assert "REQUEST" not in [a[0] for a in acts] and "ACCUSE" in [a[0] for a in acts]


def test_a_call_for_an_inquiry_alone_stays_a_request() -> None:
    acts = _acts("The Ombra Council called for a full investigation into the killings.", {"Ombra Council": "ORG"})
    assert [a[0] for a in acts] == ["REQUEST"]
