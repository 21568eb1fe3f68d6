"""Reduced passive of an approval after a noun codes the approval (invented Sahel/Sudan text)."""
from event_helpers import coded_with_dates


def test_reduced_passive_authorization_is_agree() -> None:
    text = ("The observer force, authorized by the African Union in March 2024, reached Kidal on Monday.")
    evs = coded_with_dates(text, {"African Union": "ORG", "Kidal": "LOC"}, "2024-06-03")
    assert any(e.action == "AGREE" for e in evs)


def test_reduced_passive_backing_stays_a_description() -> None:
    text = "Militias backed by the Rapid Support Forces shelled the market on Monday."
    evs = coded_with_dates(text, {"Rapid Support Forces": "ORG"}, "2024-06-03")
    assert not any(e.action == "SUPPORT" for e in evs)
