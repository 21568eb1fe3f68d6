"""A verb coordinated after a time adjunct shares the main clause's subject (invented text)."""
from event_helpers import coded_with_dates, mentions_from


def _events(text: str, names: list[str]) -> list[tuple]:
    ments = {m.local: m.text for m in mentions_from(text, {n: "ORG" for n in names})}
    return [(e.action, ments.get(e.actor), ments.get(e.target))
            for e in coded_with_dates(text, {n: "ORG" for n in names}, "2024-06-03")]


def test_after_a_noun_phrase_the_conjunct_keeps_the_subject() -> None:
    got = _events("Lakeland soldiers searched the market after the blast and arrested 14 young men.", ["Lakeland"])
    assert any(a == "COERCE" and actor == "Lakeland" for a, actor, _ in got)


def test_following_a_raid_the_conjunct_keeps_the_subject() -> None:
    got = _events("Zambezi Guard units entered the village following the raid and detained five suspects.",
                  ["Zambezi Guard"])
    assert any(a == "COERCE" and actor == "Zambezi Guard" for a, actor, _ in got)


def test_a_clause_after_after_keeps_its_own_subject() -> None:
    got = _events("Lakeland soldiers searched the market after Red Hill gunmen attacked and killed five traders.",
                  ["Lakeland", "Red Hill"])
    assert all(not (a == "ASSAULT" and actor == "Lakeland") for a, actor, _ in got)


def test_gerund_adjunct_takes_the_main_subject() -> None:
    # "X responded by firing the cabinet of Y, imposing ...": X imposed, not Y named in the object
    from event_helpers import coded_roles
    got = coded_roles("Ali Kerem responded by sacking the cabinet of Prime Minister Piet Lund, imposing a state "
                      "of emergency.", {"Ali Kerem": "PERSON", "Piet Lund": "PERSON"})
    assert all(e[1] != "Piet Lund" for e in got)
    assert any(e[1] == "Ali Kerem" for e in got)
