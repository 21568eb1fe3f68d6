"""Round 11b (fixqc2): a count inside a denied proposition is no claim; "killing a crew member"
counts one. Invented texts (Yemen, Sahel, Kashmir, Somalia)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def qu(text: str):
    return [(c.quantity, c.unit) for c in
            find_claims(text, split_sentences(text), [], find_timexes(text, "2025-09-10"), "2025-09-10")]


def test_the_claim_that_is_a_lie_is_no_claim():
    text = '"The claim that 35 of our fighters were killed in Marib is a lie," a Houthi spokesman said.'
    assert qu(text) == []
    text = "Rebel leaders said the allegation that 12 villagers were executed was baseless."
    assert qu(text) == []


def test_denied_reports_that_is_no_claim_but_the_denier_own_count_is():
    text = "The army denied reports that 40 civilians were killed in the strike on Tessit."
    assert qu(text) == []
    text = "The army denied reports of civilian deaths and said 40 fighters were killed in Tessit."
    assert qu(text) == [(40, "fighters killed")]


def test_a_claim_that_is_not_denied_stays():
    text = "The claim that 21 soldiers were killed was confirmed by the ministry on Monday."
    assert (21, "soldiers killed") in qu(text)
    text = "The group, which denied that it held hostages, said 9 of its members were killed."
    assert [q[0] for q in qu(text)] == [9]


def test_killing_a_crew_member_counts_one():
    text = ("A UN helicopter came under fire near Beledweyne on Wednesday, killing a crew member, the "
            "mission said.")
    assert qu(text) == [(1, "crew members killed")] or [q[0] for q in qu(text)] == [1]
    text = "The blast wounded an officer and two guards at the checkpoint."
    assert 1 in [q[0] for q in qu(text)]


def test_an_article_elsewhere_counts_nothing():
    assert qu("A soldier was seen near the market, a resident said.") == []
    assert qu("The strike, killing a key supply route's traffic, was condemned.") == []
    assert qu("Gunmen attacked a convoy, killing a number of villagers.") == []


def test_a_dozen_after_killing_is_read_once():
    assert qu("Gunmen stormed the camp, killing a dozen civilians.") == [(12, "civilians killed")]
