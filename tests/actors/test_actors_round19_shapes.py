"""Round 19: a site's lowercase head belongs to its name, offices written with "of" stay out of
the name, a described name stops at "and", "Neighbouring X" is the place X (invented sentences)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _ents(text: str) -> list[tuple[str, str]]:
    a = analyze_text("d", text, "2025-06-03", None, KnowledgeBase.default())
    return [(m.text, m.type) for m in a.mentions]


def test_facility_keeps_its_lowercase_head():
    got = _ents("Inmates broke out of Tessalit prison as fighters reached the Kalvar stadium.")
    assert ("Tessalit prison", "FAC") in got and ("Kalvar stadium", "FAC") in got
    assert not any(t in ("Tessalit", "Kalvar") for t, _ in got)


def test_listed_office_with_of_is_no_part_of_the_name():
    got = _ents("Chad's Secretary of State Idriss Mahamat Oumar flew to Abeche.")
    assert ("Idriss Mahamat Oumar", "PERSON") in got
    assert not any(t.startswith("State ") for t, _ in got)


def test_portfolio_after_title_of_is_no_part_of_the_name():
    got = _ents("Minister of Defence Ali Karimov said the convoy was attacked.")
    assert ("Ali Karimov", "PERSON") in got
    assert not any("Defence" in t for t, _ in got)


def test_ombudsman_is_a_title():
    got = _ents("Ombudsman Nadia Voronova said 40 civilians had died.")
    assert ("Nadia Voronova", "PERSON") in got
    assert not any("Ombudsman" in t for t, _ in got)


def test_described_name_stops_at_coordination():
    texts = {t for t, _ in _ents("The medical charity MSF and the Red Cross began evacuations from Kassala.")}
    assert "MSF" in texts and "Red Cross" in texts
    assert not any(" and " in t for t in texts)


def test_neighbouring_is_no_part_of_a_place():
    got = _ents("Neighbouring Chad said it had closed the border.")
    assert ("Chad", "GPE") in got
    assert not any(t.startswith("Neighbouring") for t, _ in got)


def test_country_acronym_before_a_site_is_not_in_its_name():
    got = _ents("A drone struck the UK Kalvar base overnight.")
    assert ("Kalvar base", "FAC") in got and ("UK", "GPE") in got
