"""A plain place premodifying a noun ("the Kandahar strike") is where an act happened, never its target."""
from event_helpers import named_events


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [e[:3] for e in named_events(text)]


def test_place_before_event_noun_is_no_target() -> None:
    evs = _events("On Tuesday the rights panel called for an independent investigation into the Kandahar "
                  "strike and urged all parties to protect civilians.")
    assert all(t != "Kandahar" for _, _, t in evs)


def test_place_as_plain_object_still_a_place_not_blocked_for_governments() -> None:
    # a country standing for its government still takes the target slot
    evs = _events("The minister accused Pakistan of sheltering the militants on Monday.")
    assert any(t == "Pakistan" for _, _, t in evs)


def test_coordinated_past_verb_after_backshifted_report_goes_to_sayer() -> None:
    evs = _events('The Azawad Front said the Malian army had "betrayed the herders" and asked the government '
                  'to protect the population.')
    assert ("REQUEST", "Azawad Front", None) in [(a, b, None) for a, b, _ in evs]


def test_coordinated_verb_after_plain_past_report_keeps_embedded_subject() -> None:
    # no backshift: "attacked ... and asked" both belong to the army
    evs = _events("The Azawad Front said the Malian army attacked the herders and asked the government "
                  "to protect the population.")
    assert all(b == "Malian army" for _, b, _ in evs)
