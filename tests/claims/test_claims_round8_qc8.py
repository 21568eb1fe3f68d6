"""Round 8 (qc8): a count after "according to" is a source; two groups that clash are the sides of
a fight; a background incident older than the story's dates no later statement's toll; the
population, sides and household word lists are knowledge data. Invented texts."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.claims.lexicon import lexicon
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str | None = "2025-06-04") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_count_of_sources_after_according_to_is_no_claim():
    found = _claims("The toll has risen to 27 soldiers, according to two military officers.")
    assert qu(found) == [(27, "soldiers killed")]
    found = _claims("Nine police officers were wounded, citing three hospital workers.")
    assert (3, "hospital workers") not in qu(found)


def test_count_after_an_attributed_source_is_still_a_claim():
    found = _claims("According to the ministry, 14 villagers were killed.")
    assert qu(found) == [(14, "civilians killed")]


def test_two_groups_that_clash_are_sides_not_a_claim():
    assert _claims("Two factions clashed near the market in Gedaref.") == []
    assert _claims("Two rival militias had fought for control of the bridge.") == []
    assert qu(_claims("Two militias are behind the attacks.")) == [(2, "armed groups")]
    assert qu(_claims("Twelve armed groups clashed with the army this year.")) == [(12, "armed groups")]


def test_background_month_before_todays_raid_does_not_date_a_statement_toll():
    text = ("Insurgents overran a military outpost in Kolofata on Sunday night, killing at least 20 "
            "soldiers, security sources said.\n\n"
            "In March 2023, a similar raid on the town killed 40 people.\n\n"
            "The defence ministry said in a statement on Tuesday that eight soldiers were killed in the raid.")
    by_q = {c.quantity: c for c in _claims(text)}
    assert by_q[20].period == "2025-06-01"
    assert by_q[40].period == "2023-03"
    assert by_q[8].period == "2025-06-01"


def test_population_and_household_words_come_from_knowledge():
    lex = lexicon()
    assert {"between", "rival"} <= lex.sides and "clashed" in lex.side_verbs
    assert "her" in lex.household
    assert lex.population_re.search("a town of ") and lex.population_re.search("home  to ")
    assert not lex.population_re.search("a town of 4 ")
    assert [c.unit for c in _claims("Kassala, a city of 400,000 people, lost power.")] == ["people"]
    assert _claims("She fled with her three children.") == []
