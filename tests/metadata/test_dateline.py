import pytest

from sitrep.metadata.dateline import find_dateline


@pytest.mark.parametrize("paragraph, place, credit", [
    ("KARSTOVO (Reuters) - Two drones struck a fuel depot overnight.", "KARSTOVO", "Reuters"),
    ("DALEN, Northern Province - A militia said on Monday it would retaliate.", "DALEN", None),
    ("PORT VELIS, March 3 (AFP) - The navy said it intercepted a boat.", "PORT VELIS", "AFP"),
    ("NEW HARBOR, Veloria (Karst 24) The ministry pressed the government.", "NEW HARBOR", "Karst 24"),
    ("Karstovo (AP) — Sirens sounded across the capital on Tuesday.", "Karstovo", "AP"),
    ("LONDON — The envoy arrived for talks.", "LONDON", None),
])
def test_datelines(paragraph, place, credit):
    found = find_dateline(paragraph)
    assert found is not None
    assert found.place == place
    assert found.credit == credit
    assert paragraph[found.end:][0].isupper()


@pytest.mark.parametrize("paragraph", [
    "US officials said the strike was not authorised.",
    "The Karst Liberation Front - a coalition of armed groups - said it fired drones.",
    "Officials (speaking anonymously) said the talks failed.",
    "UN - the envoy said - would return.",
    "Karst Daily/ As tensions flare across the region, the government is under pressure.",
])
def test_prose_openings_are_not_datelines(paragraph):
    assert find_dateline(paragraph) is None
