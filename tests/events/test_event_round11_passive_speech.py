"""Round 11: attacks told as what the target underwent ("came under fire"), care verbs over the
wounded (no act, no retreat), and a sayer's "the soldiers" that is someone else's force."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text

_KB = KnowledgeBase.default()


def _analysis(text: str, pub: str = "2025-03-12"):
    return analyze_text("d", text, pub, None, _KB)


def _named(a, local):
    names = {m.local: m.text for m in a.mentions}
    return names.get(local)


def _assaults(a):
    return [e for e in a.events if e.action == "ASSAULT"]


def test_came_under_fire_makes_the_subject_the_target():
    a = _analysis("A convoy of the World Food Programme came under fire near Goma on Tuesday, killing one driver.")
    ev = _assaults(a)
    assert len(ev) == 1
    assert _named(a, ev[0].target) == "World Food Programme"
    assert ev[0].actor is None or _named(a, ev[0].actor) != "World Food Programme"


def test_came_under_fire_with_named_reporter_is_not_the_actor():
    a = _analysis("A Red Cross convoy carrying injured villagers from Dara came under rocket fire on Tuesday, "
                  "the ICRC said.")
    ev = _assaults(a)
    assert len(ev) == 1 and ev[0].actor is None and ev[0].target is not None


def test_came_under_fire_without_a_name_is_still_an_attack():
    a = _analysis("One of its trucks came under heavy fire near Goma on Tuesday, the agency said.")
    assert len(_assaults(a)) == 1


def test_coming_under_fire_by_agent_names_the_actor():
    a = _analysis("A patrol of the Malian army came under attack by JNIM fighters near Gao on Tuesday.")
    ev = _assaults(a)
    assert ev and _named(a, ev[0].target) == "Malian army"


def test_evacuating_wounded_group_is_no_target_and_no_retreat():
    a = _analysis("A helicopter of the World Food Programme came under fire on Tuesday while evacuating "
                  "wounded Tatmadaw soldiers from Hpakant.")
    assert not [e for e in a.events if e.action == "RETREAT"]
    ev = _assaults(a)
    assert len(ev) == 1 and _named(a, ev[0].target) == "World Food Programme"


def test_carrying_injured_is_no_act():
    a = _analysis("Volunteers carrying injured villagers reached the clinic in Dara on Tuesday.")
    assert not _assaults(a)


def test_evacuating_civilians_is_no_retreat():
    a = _analysis("The Red Cross evacuated 40 civilians from Dara on Tuesday.")
    assert not [e for e in a.events if e.action == "RETREAT"]


def test_troops_withdrawing_is_still_a_retreat():
    a = _analysis("Russian forces withdrew from Kherson on Tuesday.")
    assert [e for e in a.events if e.action == "RETREAT"]


def test_sayers_the_soldiers_are_not_the_sayer():
    a = _analysis("The Kachin Independence Army said the soldiers had killed three civilians in the raid.")
    ev = _assaults(a)
    assert ev and all(_named(a, e.actor) != "Kachin Independence Army" for e in ev)


def test_sayers_own_fighters_stay_the_sayer():
    a = _analysis("The Kachin Independence Army said its fighters had killed three soldiers.")
    ev = _assaults(a)
    assert ev and _named(a, ev[0].actor) == "Kachin Independence Army"
