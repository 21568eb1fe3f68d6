"""Round 37 (claim classes that transfer to unseen sets): a bare count in a displacement frame
("forced more than 2 million from their homes"), a lower bound stated by a verb after a modal
("the toll could exceed 400") (invented text: Mali, Niger, Chad, Haiti settings)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-03-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def _qu(text: str) -> list[tuple]:
    return [(c.quantity, c.qualifier, c.unit) for c in _claims(text)]


# a displacement frame makes a bare count one of displaced people

def test_bare_count_in_a_displacement_frame():
    assert _qu("The insurgency has forced more than 350,000 from their homes in central Mali.") == \
        [(350000, "more than", "people displaced")]
    assert _qu("Gang raids drove 12,000 from the city in a week.") == [(12000, None, "people displaced")]


def test_bare_count_with_no_frame_is_no_displacement():
    assert all(u != "people displaced" for _, _, u in _qu("The army forced 3,000 back across the river."))
    # money is never displaced people
    assert all(u != "people displaced" for _, _, u in _qu("Donors pushed $40 million to the area."))


def test_a_modal_verb_bound():
    assert _qu("A councillor in Tillaberi said the toll could exceed 70.") == [(70, "more than", "deaths")]
    assert _qu("Officials fear the toll will surpass 120 once the wells are searched.") == \
        [(120, "more than", "deaths")]
