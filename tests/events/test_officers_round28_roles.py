"""A bare "officers" subject stands for the police body the story names; qualified officers do not."""
from event_helpers import named_events


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [e[:3] for e in named_events(text)]


_POLICE = ("The Uganda Police Force said it had stepped up patrols in Kasese after the raid. ")


def test_bare_officers_with_day_between_are_the_named_police() -> None:
    evs = _events(_POLICE + "In Bwera, officers on Friday arrested six men suspected of smuggling rifles to the militia.")
    assert any(a == "COERCE" and b == "Uganda Police Force" for a, b, _ in evs)


def test_bare_officers_right_before_verb_are_the_named_police() -> None:
    evs = _events(_POLICE + "Officers detained three traders accused of selling fuel to the rebels.")
    assert any(a == "COERCE" and b == "Uganda Police Force" for a, b, _ in evs)


def test_army_officers_are_not_the_police() -> None:
    evs = _events(_POLICE + "Army officers on Friday arrested six men suspected of smuggling rifles to the militia.")
    assert not any(b == "Uganda Police Force" for a, b, _ in evs if a == "COERCE")


def test_officers_without_a_named_police_body_get_no_police_actor() -> None:
    evs = _events("In Bwera, officers on Friday arrested six men suspected of smuggling rifles to the militia.")
    assert not any(b and "Police" in b for _, b, _ in evs)
