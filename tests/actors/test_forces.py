"""The one rule for what a generic word ("the army", "police", "the rebels", "the defence ministry")
stands for, on invented mini-documents of several conflicts and outlets."""
from __future__ import annotations

from sitrep.actors.forces import force_body, force_words, is_force_word, table
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.model import Mention


def _doc(*names: tuple[str, str, int]) -> list[Mention]:
    """Mentions laid out in order: (text, type, doc-local actor number)."""
    out, pos = [], 0
    for text, typ, local in names:
        out.append(Mention(pos, pos + len(text), text, typ, "name:" + text.lower(), "test", local))
        pos += len(text) + 40
    return out


def test_one_named_body_is_what_the_word_stands_for():
    doc = _doc(("Haitian National Police", "ORG", 0), ("Port-au-Prince", "GPE", 1))
    assert force_body(doc, "police units").text == "Haitian National Police"
    assert force_body(doc, "The  Police").text == "Haitian National Police"   # case and spacing


def test_a_canonical_name_counts_as_the_name():
    doc = [Mention(0, 4, "FAMa", "ORG", "kb:fama", "kb", 0, "fama", "Malian Armed Forces")]
    assert force_body(doc, "soldiers") is doc[0]


def test_two_bodies_the_one_named_strictly_most_often():
    # a Myanmar story naming the Myanmar military twice and a Thai army once
    doc = _doc(("Myanmar military", "ORG", 0), ("Thai army", "ORG", 1), ("Myanmar military", "ORG", 0))
    assert force_body(doc, "the military").local == 0


def test_two_bodies_named_equally_name_none_without_a_position():
    doc = _doc(("Malian army", "ORG", 0), ("Burkinabe army", "ORG", 1))
    assert force_body(doc, "troops") is None


def test_with_a_position_only_bodies_named_before_count_and_a_tie_goes_to_the_latest():
    doc = _doc(("Kestrian Army", "ORG", 0), ("Valdoran army", "ORG", 1), ("Ostrian army", "ORG", 2))
    at = doc[2].start                           # "the army said" between the second and third
    assert force_body(doc, "the army", at).local == 1
    assert force_body(doc, "the army", doc[0].start) is None     # nothing named before it yet


def test_a_ministry_word_never_resolves_to_an_army_nor_an_army_word_to_a_ministry():
    doc = _doc(("Ministry of Defence", "ORG", 0), ("Ukrainian Army", "ORG", 1), ("Ministry of Defence", "ORG", 0))
    assert force_body(doc, "the defence ministry").local == 0
    assert force_body(doc, "the army").local == 1
    assert force_body(_doc(("Ministry of Defence", "ORG", 0)), "the army") is None
    assert force_body(_doc(("Sudanese Armed Forces", "ORG", 0)), "the ministry of defense") is None


def test_a_plural_word_finds_the_named_rebels():
    doc = _doc(("M23 rebels", "ORG", 0), ("Goma", "GPE", 1))
    assert force_body(doc, "the rebels").text == "M23 rebels"
    assert force_body(doc, "rebel fighters").text == "M23 rebels"
    assert force_body(doc, "the insurgents") is None


def test_only_the_types_the_word_refers_to():
    # a place or a person holding the head noun is no body
    doc = _doc(("Police Avenue", "LOC", 0), ("Army Hill", "GPE", 1))
    assert force_body(doc, "police") is None and force_body(doc, "the army") is None


def test_no_generic_word_and_no_named_body_give_none():
    doc = _doc(("Hamas", "ORG", 0))
    assert force_body(doc, "gunmen") is None
    assert force_body(doc, "the police") is None


def test_answers_follow_the_document_not_the_previous_one():
    a = _doc(("Colombian Army", "ORG", 0))
    b = _doc(("Ecuadorian Army", "ORG", 0))
    assert force_body(a, "the army").text == "Colombian Army"
    assert force_body(b, "the army").text == "Ecuadorian Army"
    assert force_body(a, "the army").text == "Colombian Army"


def test_the_knowledge_has_one_entry_per_word_and_the_claimant_roles():
    t = table()
    assert {"army", "police", "defence ministry"} <= {fw.name for fw in t.values()}
    assert is_force_word("the rebels") and not is_force_word("the weather")
    words = force_words()
    assert "police units" in words and "the ministry" not in words    # an institution acts by no generic subject
    assert list(words) == sorted(words, key=len, reverse=True)


def _actors(text: str) -> list[str | None]:
    a = analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [names.get(e.actor, e.actor_name) for e in a.events if e.action == "ASSAULT"]


def test_events_a_generic_subject_with_no_named_body_is_a_description():
    assert _actors("Soldiers killed four fighters near Kidal on Monday, a local official said.") == ["soldiers"]


def test_claims_the_army_said_is_the_army_named_most_often():
    text = ("The Malian army pushed north from Gao. The Burkinabe army held the border. "
            "The Malian army said on Tuesday that 14 soldiers were killed in the fighting.")
    a = analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    got = [(c.quantity, names.get(c.claimant, c.claimant_name)) for c in a.claims]
    assert got and got[0][1] == "Malian army"
    text2 = text.replace("The Malian army said", "The Malian army took Ansongo. The army said")
    a2 = analyze_text("d", text2, "2025-03-04", None, KnowledgeBase.default())
    names2 = {m.local: m.text for m in a2.mentions}
    # the Malian army named twice, the Burkinabe once: "the army" is the Malian one
    assert [names2.get(c.claimant, c.claimant_name) for c in a2.claims][:1] == ["Malian army"]
    text3 = text.replace("The Malian army said", "The army said")
    a3 = analyze_text("d", text3, "2025-03-04", None, KnowledgeBase.default())
    # once each: no body stands out, the claimant stays the words
    assert [c.claimant for c in a3.claims][:1] == [None]


# "the mission" stands for the one mission body a document names, for quote speakers, claimants
# and the generic-word rule alike
def test_the_mission_is_a_generic_word_for_a_named_mission():
    assert is_force_word("the mission")
    doc = _doc(("Kestrian Border Monitoring Mission", "ORG", 0), ("Kestria", "GPE", 1))
    assert force_body(doc, "the mission").text == "Kestrian Border Monitoring Mission"


def test_the_mission_with_two_missions_named_equally_is_none():
    doc = _doc(("Kestrian Border Monitoring Mission", "ORG", 0), ("Velorian Observer Mission", "ORG", 1))
    assert force_body(doc, "the mission") is None


def _analysis(text: str):
    a = analyze_text("d", text, "2025-06-10", None, KnowledgeBase.default())
    return a, {m.local: m.text for m in a.mentions}


def test_quote_by_the_mission_is_the_named_mission():
    text = ("The Kestrian Border Monitoring Mission reported renewed shelling near the crossing on Monday. "
            "\"We are alarmed by the attacks on civilians,\" the mission said in a statement.")
    a, names = _analysis(text)
    speakers = [names.get(q.speaker) for q in a.quotes]
    assert speakers == ["Kestrian Border Monitoring Mission"], [(q.speaker, q.speaker_name) for q in a.quotes]


def test_claim_role_mission_resolves_to_the_named_mission():
    # the claims stage looks a claimant role up by its force_words name
    from sitrep.claims.context import role_resolver
    text = "The Kestrian Border Monitoring Mission opened a new post near the crossing on Monday."
    a, _ = _analysis(text)
    body = role_resolver(a.mentions)("mission")
    assert body is not None and body.text == "Kestrian Border Monitoring Mission"
