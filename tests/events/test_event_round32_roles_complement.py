"""Whom a demand made as a "that" clause is addressed to: the clause's subject (invented text)."""
from event_helpers import coded_with_dates

_ACTORS = {"Kyiv": "GPE", "Hungary": "GPE", "Human Rights Watch": "ORG", "Malian authorities": "ORG",
           "Juba": "GPE", "Chad": "GPE"}


def _requests(text: str) -> list:
    return [e for e in coded_with_dates(text, _ACTORS, "2024-06-03") if e.action == "REQUEST"]


def _local(text: str, name: str) -> int:
    from event_helpers import mentions_from
    return next(m.local for m in mentions_from(text, _ACTORS) if m.text == name)


def test_demanded_that_country_act() -> None:
    text = "Kyiv on Tuesday demanded that Hungary lift its veto on the aid package."
    evs = _requests(text)
    assert evs and evs[0].actor == _local(text, "Kyiv") and evs[0].target == _local(text, "Hungary")


def test_demanded_that_the_named_authorities_act() -> None:
    text = "Human Rights Watch demanded that the Malian authorities release the detained journalists."
    evs = _requests(text)
    assert evs and evs[0].target == _local(text, "Malian authorities")


def test_a_place_inside_the_clause_is_not_asked() -> None:
    text = "Chad demanded that the fighting in Juba stop at once."
    assert all(e.target != _local(text, "Juba") for e in _requests(text))
