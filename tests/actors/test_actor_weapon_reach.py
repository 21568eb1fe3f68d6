"""Weapon designations are tried only where a digit or hyphen can belong to them: the pruning must
keep designations whose first digit stands far from their first capital."""
from sitrep.actors.weapons import weapon_spans


def _spans(text: str, noun: str) -> list[str]:
    e = text.index(noun) + len(noun)
    return [text[s:t] for s, t in weapon_spans(text, [e])]


def test_far_digit_still_found():
    # the digit is the 18th character of the designation: the longest reach the pattern allows
    text = "Rebels launched Veloranixtam KTR 5 drones at the depot near Halvik."
    assert _spans(text, "drones") == ["Veloranixtam KTR 5"]
    assert weapon_spans(text) == [(text.index("Veloranixtam"), text.index(" drones"))]


def test_hyphen_designation_after_capitals_without_hints():
    text = "On Monday the Velorian Army said Karst-7 missiles hit a bridge in Dravenia."
    assert _spans(text, "missiles") == ["Karst-7"]


def test_no_hint_near_capital_no_span():
    # a digit far before the noun belongs to no designation: "12 ... drones"
    text = "Around 12 villagers said Velorian Army drones flew over Halvik."
    assert _spans(text, "drones") == []
