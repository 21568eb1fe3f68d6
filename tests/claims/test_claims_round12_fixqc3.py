"""Round 12: claimants that are a country's institution or a victim group's name, a place in
an appositive, and periods of historical figures and of "N other <people>" counts."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.default()


def _claims(kb, text: str, pub: str = "2025-10-13"):
    return analyze_text("t", text, pub, None, kb).claims


def test_country_defence_ministry_is_the_claimant(kb):
    cs = _claims(kb, "Niger's defence ministry said on Monday that its jets had killed 23 fighters near Tillabéri.")
    assert [c.claimant_name for c in cs] == ["Niger's defence ministry"]


def test_people_adjective_health_ministry_is_the_claimant(kb):
    cs = _claims(kb, "The Yemeni health ministry said 9 people were killed in the strike on Hodeidah.")
    assert cs and cs[0].claimant_name == "Yemeni health ministry"


def test_counted_group_is_not_the_military_that_counts(kb):
    text = ("Troops of the Presidential Guard killed eight fighters of the Anglophone Defence Forces near "
            "Kumbo, the military said, a day after gunmen kidnapped five nurses.")
    a = analyze_text("t", text, "2025-10-13", None, kb)
    names = {m.local: m.text for m in a.mentions}
    for c in a.claims:
        assert "Anglophone" not in (c.claimant_name or "")
        assert c.claimant is None or "Anglophone" not in names.get(c.claimant, "")


def test_place_before_appositive_is_not_the_claimant(kb):
    cs = _claims(kb, "A priest in Kumbo, Father Emmanuel Nkwain, said soldiers burned nine houses in Ndop.")
    assert cs and cs[0].claimant_name == "Emmanuel Nkwain"


def test_place_alone_before_appositive_gives_no_claimant(kb):
    cs = _claims(kb, "Officials in Kaya, a northern town, said 6 soldiers were wounded.")
    assert cs and cs[0].claimant_name != "Kaya"


def test_historical_war_toll_is_not_dated_to_the_report(kb):
    text = ("KHARTOUM — Militiamen shelled a market in El Fasher on Sunday, killing 14 people, medics said.\n\n"
            "The clashes revive memories of the 20-year insurgency in which an estimated 300,000 people died.")
    cs = _claims(kb, text)
    hist = [c for c in cs if c.quantity == 300000]
    assert hist and hist[0].period is None
    assert any(c.quantity == 14 and c.period == "2025-10-12" for c in cs)


def test_other_people_take_their_incident_not_the_previous_sentence(kb):
    text = ("GOMA — Rebels fired on an aid agency plane at the Walikale airstrip on Wednesday, killing one pilot, "
            "the agency said.\n\nThe plane had been sent to collect wounded civilians from Walikale, where fighters "
            "overran an army post late on Monday. Two other pilots were injured, the agency said.")
    cs = _claims(kb, text, "2025-09-11")
    inj = [c for c in cs if c.quantity == 2]
    assert inj and inj[0].period == "2025-09-10"
