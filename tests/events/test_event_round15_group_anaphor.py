"""Round 15: "the group" stands for the armed group of the story, never a UN mission or a state
body named after it (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target)) for e in a.events]


def test_the_group_is_not_the_mission_named_last():
    evs = _events("UN peacekeepers said fighters of the M23, the rebel group backed by Rwanda, attacked their base "
                  "near Sake. MONUSCO chief Bintou Keita called it a grave violation. The group rejected the "
                  "accusation.")
    rejects = [e for e in evs if e[0] == "REJECT"]
    assert rejects and all(e[1] == "M23" for e in rejects)


def test_the_group_is_not_an_african_union_mission():
    evs = _events("Fighters of al-Shabaab ambushed a convoy near Baidoa on Monday, officials said. ATMIS "
                  "condemned the ambush. The group denied the accusation.")
    rejects = [e for e in evs if e[0] == "REJECT"]
    assert rejects and all(e[1] != "ATMIS" for e in rejects)


def test_the_group_named_last_is_still_the_group():
    evs = _events("Fighters of the M23 attacked Sake on Monday. The group said it would hold the town.")
    assert all(e[1] in (None, "M23") for e in evs)
