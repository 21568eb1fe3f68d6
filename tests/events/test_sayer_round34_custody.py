"""A force reporting agentless arrests through its officer or statement makes them; unnamed captors
free their hostages (invented text: Chad, Bangladesh, Peru, Guinea and Nigeria settings)."""
from event_helpers import coded_with_dates


def _coerce(text: str) -> list:
    return [e for e in coded_with_dates(text, {}, "2025-02-11") if e.action == "COERCE"]


def test_according_to_a_police_spokesman() -> None:
    ev = _coerce("According to a police spokesman, six officers were hurt and 31 people were arrested in N'Djamena.")
    assert ev and ev[0].actor_name == "police"


def test_army_chief_told_reporters_that_suspects_were_arrested() -> None:
    ev = _coerce("Army chief of staff General Idriss Kone told reporters on Monday that 14 suspects had been arrested.")
    assert ev and ev[0].actor_name == "army"


def test_police_statement_said() -> None:
    ev = _coerce("A police statement said nine students were detained overnight in Dhaka.")
    assert ev and ev[0].actor_name == "police"


def test_a_killing_reported_by_police_is_not_theirs() -> None:
    ev = [e for e in coded_with_dates("According to a police source, two guards were killed in Conakry.", {}, "2025-02-11")
          if e.action == "ASSAULT"]
    assert all(e.actor_name != "police" for e in ev)


def test_an_arrest_by_a_named_agent_keeps_the_agent() -> None:
    text = "According to a police spokesman, 12 miners were detained by the army in Puno."
    ev = [e for e in coded_with_dates(text, {"army": "ORG"}, "2025-02-11") if e.action == "COERCE"]
    assert ev and all(e.actor_name != "police" for e in ev)


def test_unnamed_captors_release_hostages() -> None:
    # the captors are described, not named: the release stands with the description as its actor
    ev = [e for e in coded_with_dates("Kidnappers freed 14 bus passengers near Gusau on Sunday, police said.", {},
                                      "2025-02-11") if e.action == "CONCEDE"]
    assert ev and ev[0].actor_name == "Kidnappers"
