"""Round 35: a force word opening a coordinated predicate, "have since" as an adverb, emergency rule
imposed, and counted forces ordered to a place (invented Kenyan, Zambian, Andean and island text)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    """(action, actor name or description, target name) of each event."""
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor, e.actor_name), texts.get(e.target, e.target_name))
            for e in coded_with_dates(text, names, "2025-06-03")]


def test_coordinated_arrest_after_a_cordon_is_the_soldiers() -> None:
    acts = _acts("Soldiers sealed off Kibera after the blast and arrested around 20 young men, residents said.",
                 {"Kibera": "GPE"})
    assert any(a[0] == "COERCE" and a[1] and a[1].lower() == "soldiers" for a in acts)


def test_coordinated_verb_after_a_speaker_is_not_the_speakers() -> None:
    acts = _acts("Police said gunmen stormed the village of Kanyama and killed 12 people.", {"Kanyama": "GPE"})
    assert not any(a[1] and a[1].lower() == "police" for a in acts)


def test_have_since_keeps_the_subject() -> None:
    acts = _acts("Zambian authorities have since detained scores of people under the emergency law.",
                 {"Zambian authorities": "ORG"})
    assert ("COERCE", "Zambian authorities", None) in [(a[0], a[1], None) for a in acts]


def test_since_a_date_still_opens_no_subject_gap() -> None:
    acts = _acts("Zambian authorities have detained 40 people since Monday.", {"Zambian authorities": "ORG"})
    assert any(a[0] == "COERCE" and a[1] == "Zambian authorities" for a in acts)


def test_imposed_state_of_emergency_is_coercion() -> None:
    acts = _acts("President Hakainde Hichilema imposed a three-month state of emergency in Lusaka on Sunday.",
                 {"Hakainde Hichilema": "PERSON", "Lusaka": "GPE"})
    assert any(a[0] == "COERCE" and a[1] == "Hakainde Hichilema" for a in acts)


def test_extended_martial_law_is_coercion() -> None:
    acts = _acts("The Andean Council extended martial law in Puno for another 60 days.",
                 {"Andean Council": "ORG", "Puno": "GPE"})
    assert any(a[0] == "COERCE" and a[1] == "Andean Council" for a in acts)


def test_counted_soldiers_ordered_to_a_province() -> None:
    acts = _acts("Prime Minister Manasseh Tolu said he had ordered about 100 soldiers of the Island Defence Force "
                 "to Malaita.", {"Manasseh Tolu": "PERSON", "Island Defence Force": "ORG", "Malaita": "GPE"})
    assert any(a[0] == "MOBILIZE" and a[1] == "Manasseh Tolu" for a in acts)


def test_troops_ordered_into_a_town() -> None:
    acts = _acts("President Hakainde Hichilema ordered troops into Kanyama on Sunday.",
                 {"Hakainde Hichilema": "PERSON", "Kanyama": "GPE"})
    assert any(a[0] == "MOBILIZE" and a[1] == "Hakainde Hichilema" for a in acts)


def test_counted_soldiers_ordered_to_withdraw_is_no_deployment() -> None:
    acts = _acts("President Hakainde Hichilema ordered 200 soldiers to withdraw from Kanyama.",
                 {"Hakainde Hichilema": "PERSON", "Kanyama": "GPE"})
    assert not any(a[0] == "MOBILIZE" for a in acts)


def test_officers_ordered_into_custody_is_no_deployment() -> None:
    acts = _acts("Judge Mwila Banda ordered the two officers into custody.", {"Mwila Banda": "PERSON"})
    assert not any(a[0] == "MOBILIZE" for a in acts)


def test_second_verb_after_an_order_naming_a_force_is_the_orderers() -> None:
    acts = _acts("Prime Minister Manasseh Tolu said he had ordered about 100 soldiers of the Island Defence Force "
                 "to Malaita and imposed a lockdown on the Auki and Kwai districts.",
                 {"Manasseh Tolu": "PERSON", "Island Defence Force": "ORG", "Auki": "GPE", "Kwai": "GPE"})
    coerce = [a for a in acts if a[0] == "COERCE"]
    assert coerce and all(a[1] == "Manasseh Tolu" for a in coerce)


def test_the_government_is_never_the_armed_group_named_before() -> None:
    acts = _acts("Tiger Brigade fighters seized the town of Lomba on Tuesday. The government declared a state of "
                 "emergency in the region days later.", {"Tiger Brigade": "ORG", "Lomba": "GPE"})
    assert not any(a[0] == "COERCE" and a[1] == "Tiger Brigade" for a in acts)
