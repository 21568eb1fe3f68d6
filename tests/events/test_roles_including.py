"""A party named as a member of a group that fills a role ("rights groups including X called for",
"arrested 51 people, including X"): the member is the party (invented text, several outlets' styles)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    """(action, actor name or description, target name or description) of each event."""
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor, e.actor_name), texts.get(e.target, e.target_name))
            for e in coded_with_dates(text, names, "2025-06-03")]


def test_group_subject_including_a_named_member() -> None:
    acts = _acts("Rights groups including Human Rights Watch have called for an inquiry into the shootings.",
                 {"Human Rights Watch": "ORG"})
    assert any(a[0] == "REQUEST" and a[1] == "Human Rights Watch" for a in acts)


def test_comma_set_member_list_gives_the_first_member() -> None:
    acts = _acts("Several governments, including Norway, Chile and Ghana, have condemned the Zorvian shelling.",
                 {"Norway": "GPE", "Chile": "GPE", "Ghana": "GPE", "Zorvian": "NORP"})
    assert any(a[0] == "ACCUSE" and a[1] == "Norway" for a in acts)


def test_titled_member_of_a_group_subject() -> None:
    acts = _acts("Opposition leaders including former premier Tomas Varga accused the government of rigging the vote.",
                 {"Tomas Varga": "PERSON"})
    assert any(a[0] == "ACCUSE" and a[1] == "Tomas Varga" for a in acts)


def test_counted_object_including_a_named_member() -> None:
    acts = _acts("Police arrested 51 people, including opposition leader Ana Brel, a spokesman said.",
                 {"Ana Brel": "PERSON"})
    assert any(a[0] == "COERCE" and a[2] == "Ana Brel" for a in acts)


def test_member_after_a_time_or_place_adjunct() -> None:
    acts = _acts("Soldiers detained 20 people in Korvo on Monday, among them the activist Lidia Sar.",
                 {"Korvo": "GPE", "Lidia Sar": "PERSON"})
    assert any(a[0] == "COERCE" and a[2] == "Lidia Sar" for a in acts)


def test_place_inside_a_prepositional_phrase_is_no_member_subject() -> None:
    acts = _acts("Raids on several villages, including Kelmo, killed 12 people on Sunday.", {"Kelmo": "GPE"})
    assert not any(a[1] == "Kelmo" for a in acts)


def test_named_member_owned_by_another_name_is_not_taken() -> None:
    acts = _acts("Police arrested 12 people, including relatives of Ana Brel.", {"Ana Brel": "PERSON"})
    assert not any(a[0] == "COERCE" and a[2] == "Ana Brel" for a in acts)


def test_named_members_of_one_group_are_one_act() -> None:
    acts = _acts("Police arrested 30 people, including Ana Brel and Tomas Varga.",
                 {"Ana Brel": "PERSON", "Tomas Varga": "PERSON"})
    assert [a for a in acts if a[0] == "COERCE"] == [("COERCE", "police", "Ana Brel")]
