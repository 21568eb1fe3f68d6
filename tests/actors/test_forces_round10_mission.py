""""The mission" stands for the one mission body a document names (a UN or regional mission), for
quote speakers, claimants and the generic-word rule alike; invented Sahel and Caucasus texts."""
from __future__ import annotations

from sitrep.actors.forces import force_body, is_force_word
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.model import Mention


def _doc(*names: tuple[str, str, int]) -> list[Mention]:
    out, pos = [], 0
    for text, typ, local in names:
        out.append(Mention(pos, pos + len(text), text, typ, "name:" + text.lower(), "test", local))
        pos += len(text) + 40
    return out


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
