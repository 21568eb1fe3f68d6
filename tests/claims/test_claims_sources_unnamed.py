"""Who states a figure when the source is an appositive, an unnamed body ("police said"), or
"the army" of the document; and what is no claimant ("an attack claimed by X")."""
from __future__ import annotations


def test_reporting_clause_beats_responsibility_claim(claims):
    text = ("A roadside bomb killed nine people near Djibo on Sunday, police said, in an attack "
            "claimed by the jihadist group JNIM.")
    (c,) = claims(text, mentions=[("Djibo", "GPE", 1), ("JNIM", "ORG", 2)])
    assert c.quantity == 9 and c.claimant is None and c.claimant_name == "police"


def test_responsibility_claim_alone_is_no_claimant(claims):
    text = "Eleven soldiers died in an ambush claimed by the Arakan Army."
    (c,) = claims(text, mentions=[("Arakan Army", "ORG", 3)])
    assert c.claimant is None and c.claimant_name is None


def test_attribution_claimed_by_a_source_still_counts(claims):
    text = "The rebels have seized 14 villages, a figure claimed by the Arakan Army."
    (c,) = claims(text, mentions=[("Arakan Army", "ORG", 3)])
    assert c.claimant == 3


def test_subject_behind_an_appositive(claims):
    text = ("Maj. Tun Lwin, a spokesman for the Myanmar Air Force, said pilots had destroyed "
            "six rebel trucks over the weekend.")
    (c,) = claims(text, mentions=[("Tun Lwin", "PERSON", 5), ("Myanmar Air Force", "ORG", 6)])
    assert (c.quantity, c.claimant, c.claimant_name) == (6, 5, "Tun Lwin")


def test_name_as_the_appositive(claims):
    text = "A village chief, Moussa Diallo, said residents had buried 31 bodies."
    (c,) = claims(text, mentions=[("Moussa Diallo", "PERSON", 7)])
    assert (c.quantity, c.claimant) == (31, 7)


def test_unnamed_counter_inside_a_named_statement_is_not_the_claimant(claims):
    text = "Aid worker Hawa Idris said volunteers had counted 40 bodies in the market."
    (c,) = claims(text, mentions=[("Hawa Idris", "PERSON", 8)])
    assert c.claimant == 8


def test_the_army_is_the_documents_army(claims):
    text = ("The Burkinabe Armed Forces moved into Djibo. The army said it had killed 27 militants "
            "around the town.")
    found = claims(text, mentions=[("Burkinabe Armed Forces", "ORG", 4), ("Djibo", "GPE", 1)])
    (c,) = found
    assert (c.quantity, c.claimant, c.claimant_name) == (27, 4, "Burkinabe Armed Forces")


def test_the_army_without_an_army_in_the_document_is_a_name(claims):
    (c,) = claims("The army said it had killed 27 militants around Djibo.", mentions=[("Djibo", "GPE", 1)])
    assert c.claimant is None and c.claimant_name == "army"


def test_inverted_unnamed_source(claims):
    (c,) = claims("Twelve people were killed in the market blast, said police.")
    assert c.claimant_name == "police"


def test_graves_are_no_casualties(claims):
    assert claims("We buried them in two graves behind the church.") == []
    (c,) = claims("Investigators found three mass graves near Kidal.")
    assert (c.quantity, c.unit) == (3, "mass graves")


def test_police_officers_are_not_soldiers(claims):
    (c,) = claims("Four police officers were wounded in the raid.")
    assert c.unit == "police officers injured"
    (c,) = claims("Gunmen killed three policemen at a checkpoint.")
    assert c.unit == "police officers killed"
