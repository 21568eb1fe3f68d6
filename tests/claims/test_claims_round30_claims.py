"""Round 30: named peoples in displacement frames, crossings into a named country, captives still
held, "the number of ... in <year> above N", and a target figure set against a force's count."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-06-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _by_q(found: list[ClaimFact]) -> dict:
    return {c.quantity: c for c in found}


def test_named_people_forced_from_homes_is_displaced():
    q = _by_q(_claims("The militia offensive forced 40,000 Yazidis from their homes in the Sinjar hills."))
    assert q[40000].unit == "yazidis displaced"


def test_named_people_without_s_driven_across_a_border():
    q = _by_q(_claims("The purge, which drove more than 90,000 Masalit into Chad, began in June."))
    assert q[90000].unit == "masalit displaced" and q[90000].qualifier == "more than"


def test_people_driven_into_neighbouring_country_are_displaced():
    q = _by_q(_claims("The fighting drove 12,000 people into neighbouring Niger within a week."))
    assert q[12000].unit == "people displaced"


def test_into_a_lower_case_place_is_no_displacement():
    q = _by_q(_claims("Troops forced 30 people into the basement of the school."))
    assert "displaced" not in (q[30].unit or "")


def test_named_people_without_frame_stays_no_claim():
    assert _claims("Some 5,000 Tuareg live along the river.") == []


def test_crew_still_held_by_captors_is_a_claim():
    q = _by_q(_claims("Pirates seized the tanker Sea Falcon in March and still hold its 19 crew members."))
    assert q[19].unit.endswith("detained")


def test_crew_still_being_held_after_the_noun():
    q = _by_q(_claims("Its eleven crew members are still being held in Eyl, the owners said."))
    assert q[11].unit.endswith("detained")


def test_personal_possessive_is_still_a_household():
    assert _claims("The widow said gunmen took her three children last year.") == []


def test_number_of_with_a_year_and_above():
    q = _by_q(_claims("The shelling pushed the number of civilians killed in Kharkiv in 2024 above 1,300, monitors said."))
    assert q[1300].unit == "civilians killed" and q[1300].qualifier == "more than"


def test_number_of_with_a_year_and_rose_to():
    q = _by_q(_claims("The number of people displaced in Ituri in 2023 rose to 550,000."))
    assert q[550000].unit == "people displaced"


def test_target_figure_counts_the_force_noun():
    q = _by_q(_claims("The AU mission has about 900 soldiers in the province, far short of the 4,000 initially promised."))
    assert q[900].unit == "soldiers" and q[4000].unit == "soldiers"


def test_a_plain_later_count_is_not_a_target():
    q = _by_q(_claims("The AU mission has 900 soldiers in the province, and the 4,000 residents of Kibo fled."))
    assert q[4000].unit != "soldiers"
