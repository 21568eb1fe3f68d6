"""One desk's reports of two incidents against a report set whole into a later one.

A desk's template shares scattered background sentences with its next report while their incident
sentences swap figures and names: no partial copy when both come from one source. A later report
that sets an older one in as one unbroken block of its background is a partial copy even when both
carry the same agency's dateline credit."""
from __future__ import annotations

import pytest

import sitrep.dedup as dedup
from sitrep.dedup.compare import Alignment, Verdict
from sitrep.model import Document


def _doc(id_: str, text: str, outlet: str) -> Document:
    return Document(id=id_, source=f"{id_}.txt", fmt="txt", raw=text, text=text, outlet=outlet, published="2026-03-02")


def _sentences(*runs: tuple[int, int]) -> list[Alignment]:
    """Aligned sentences of 100 characters each; a run (first, count) is unbroken in both texts."""
    return [Alignment(100 * i, 100 * i + 99, 100 * i, 100 * i + 99, 1.0) for first, count in runs
            for i in range(first, first + count)]


@pytest.fixture
def verdict_is(monkeypatch):
    def use(verdict: Verdict) -> None:
        monkeypatch.setattr(dedup, "duplicate", lambda sa, sb: verdict)
    return use


WIRE_A = "GAO, Mali (Sahel Wire) - Gunmen stormed an army post in Tessit on Sunday, killing 17 soldiers."
WIRE_B = "GAO, Mali (Sahel Wire) - Gunmen attacked a convoy near Boni on Thursday, killing nine soldiers."


def test_scattered_template_sentences_of_one_wire_are_no_partial_copy(verdict_is):
    verdict_is(Verdict("partial", 0.3, 0.2, 0.3, _sentences((3, 1), (6, 2), (10, 2)), conflicts=2))
    a, b = _doc("a", WIRE_A, "Bamako Daily"), _doc("b", WIRE_B, "Niger Courier")
    assert dedup.verify(a, b, None, None) is None


def test_the_same_scattered_sentences_from_two_sources_stay_a_partial_copy(verdict_is):
    verdict_is(Verdict("partial", 0.3, 0.2, 0.3, _sentences((3, 1), (6, 2), (10, 2)), conflicts=2))
    a = _doc("a", "GAO, Mali (AFP) - Gunmen stormed an army post in Tessit on Sunday.", "Bamako Daily")
    b = _doc("b", "GAO, Mali (Reuters) - Gunmen attacked a convoy near Boni on Thursday.", "Niger Courier")
    assert dedup.verify(a, b, None, None).kind == "partial"


def test_an_older_report_set_in_whole_is_a_partial_copy_of_the_same_wire(verdict_is):
    verdict_is(Verdict("partial", 0.37, 0.37, 0.33, _sentences((2, 6)), conflicts=1))
    a, b = _doc("a", WIRE_A, "Sahel Wire"), _doc("b", WIRE_B, "Sahel Wire")
    found = dedup.verify(a, b, None, None)
    assert found is not None and found.kind == "partial"


def test_a_long_block_with_several_swapped_figures_is_still_the_desk_s_template(verdict_is):
    verdict_is(Verdict("partial", 0.37, 0.37, 0.33, _sentences((2, 6)), conflicts=2))
    a, b = _doc("a", WIRE_A, "Sahel Wire"), _doc("b", WIRE_B, "Sahel Wire")
    assert dedup.verify(a, b, None, None) is None


def test_short_runs_do_not_add_up_to_an_embedded_block():
    assert not dedup._embedded_block(Verdict("partial", 0.3, 0.3, 0.3, _sentences((1, 3), (7, 3)), conflicts=0))
    assert dedup._embedded_block(Verdict("partial", 0.3, 0.3, 0.3, _sentences((1, 4)), conflicts=0))
