"""Session 29: a warning that "more would follow" and "those responsible would face action" are threats;
more talks to follow, a forecast of more strikes and a promised action on prices are not (invented text)."""
from __future__ import annotations

from event_helpers import named_events


def _threats(text: str) -> list[tuple]:
    return [e for e in named_events(text) if e[0] == "THREATEN"]


def test_more_would_follow_is_a_threat() -> None:
    acts = _threats("Defense Secretary Karl Imre said the strike had been carried out in international waters "
                    "and that more would follow.")
    assert any(a[1] == "Karl Imre" for a in acts)


def test_those_responsible_would_face_action_is_a_threat() -> None:
    acts = _threats("Prime Minister Tomas Velde said in a statement that the government would not tolerate "
                    "violence and that those responsible would face action.")
    assert any(a[1] == "Tomas Velde" for a in acts)


def test_talks_to_follow_a_forecast_or_a_promised_policy_is_no_threat() -> None:
    assert not _threats("Tomas Velde said more talks would follow next week.")
    assert not _threats("Analysts expect that more strikes will follow.")
    assert not _threats("Tomas Velde promised action on fuel prices.")


def test_readiness_to_strike_is_a_threat() -> None:
    from event_helpers import coded_roles
    names = {"Varnian army": "ORG", "Karst Front": "ORG", "Varnian presidency": "ORG", "Ombra Council": "ORG",
             "Varnia": "GPE"}
    acts = coded_roles("The Varnian presidency said the Varnian army was ready to attack the Karst Front if it did "
                       "not come to its senses.", names)
    assert ("THREATEN", "Varnian army", "Karst Front") in acts and not any(a[0] == "ASSAULT" for a in acts)
    acts = coded_roles("The Ombra Council said it was ready to provide assistance to Varnia.", names)
    assert not any(a[0] == "THREATEN" for a in acts)


def test_a_quoted_threat_act_after_the_future() -> None:
    acts = _threats('The Varnian chief of staff, Karl Imre, had then promised that the army would "make pay" the authors.')
    assert any(a[1] == "Karl Imre" for a in acts)


def test_a_promise_of_force_is_a_threat_not_an_agreement() -> None:
    from event_helpers import coded_roles
    names = {"Tomas Velde": "PERSON", "Karst Front": "ORG", "Dalmo": "GPE"}
    acts = coded_roles("Tomas Velde promised to attack the Karst Front.", names)
    assert ("THREATEN", "Tomas Velde", "Karst Front") in acts and not any(a[0] == "AGREE" for a in acts)
    acts = coded_roles("Tomas Velde promised to send aid to Dalmo.", names)
    assert not any(a[0] == "THREATEN" for a in acts)
