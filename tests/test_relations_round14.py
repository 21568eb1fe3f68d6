"""Round 14 relations: "their spokesman X", a name premodifying a role noun ("the spokesman for
the Kabul police commander"), rank abbreviations between a role and a name."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _rels(text: str) -> set[tuple[str, str, str]]:
    a = analyze_text("d", text, "2025-03-04", None, KnowledgeBase.default())
    names: dict[int, str] = {}
    for m in a.mentions:
        names.setdefault(m.local, m.text)
    return {(names.get(r.subject), r.predicate, names.get(r.object)) for r in a.relations}


def test_their_spokesman_is_the_group_named_before() -> None:
    rels = _rels("Yemen's Houthis claimed the attack. Their military spokesman Yahya Saree said "
                 "missiles were fired.")
    assert ("Yahya Saree", "spokesperson_of", "Houthis") in rels


def test_place_premodifying_police_is_no_spokesperson_object() -> None:
    rels = _rels("Six people were killed, said Ahmad Nouri, the spokesman for the Herat police commander.")
    assert not any(p == "spokesperson_of" and o == "Herat" for _, p, o in rels)
    rels = _rels("Karim Aziz, spokesman for Herat, said the road was closed.")
    assert ("Karim Aziz", "spokesperson_of", "Herat") in rels


def test_police_ranks_between_role_and_name() -> None:
    from sitrep.model import Mention
    from sitrep.relations import find_relations
    text = "Siliwangi Task Force spokesman Sr. Comr. Dedi Kurnia said the road was open."
    org = Mention(0, 20, "Siliwangi Task Force", "ORG", "name:stf", "test", 0)
    per = Mention(text.index("Dedi"), text.index("Dedi") + 11, "Dedi Kurnia", "PERSON", "name:dk", "test", 1)
    assert org.text == text[org.start:org.end] and per.text == text[per.start:per.end]
    # one sentence: the splitter's abbreviations (nlp) are not this test's concern
    facts = find_relations(text, [(0, len(text))], [org, per])
    assert any(f.subject == 1 and f.predicate == "spokesperson_of" and f.object == 0 for f in facts)
