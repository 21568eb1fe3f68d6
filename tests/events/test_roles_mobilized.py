"""The force deployed is the side that mobilizes when no one is named sending it
(``sitrep.events.roles_mobilized``; invented reports)."""
from __future__ import annotations

from event_helpers import coded_roles

from sitrep.events.draft import Draft
from sitrep.events.roles_mobilized import mobilized_side
from sitrep.model import Mention


def _m(text: str, kind: str) -> Mention:
    return Mention(0, len(text), text, kind, "name:" + text.lower(), "test", local=1)


def test_a_deployed_body_with_no_sender_is_the_actor():
    d = Draft("MOBILIZE", 0, 8, "deployed", None, _m("National Guard", "ORG"))
    mobilized_side(d)
    assert d.actor is not None and d.actor.text == "National Guard" and d.target is None


def test_a_country_or_a_government_deployed_to_is_no_force():
    d = Draft("MOBILIZE", 0, 8, "deployed", None, _m("Government of Lesotho", "ORG"))
    mobilized_side(d)
    assert d.actor is None and d.target.text == "Government of Lesotho"


def test_a_place_or_a_named_sender_stays():
    d = Draft("MOBILIZE", 0, 8, "deployed", None, _m("Kasai", "GPE"))
    mobilized_side(d)
    assert d.actor is None and d.target.text == "Kasai"
    d = Draft("MOBILIZE", 0, 8, "deployed", _m("Tinubu", "PERSON"), _m("National Guard", "ORG"))
    mobilized_side(d)
    assert d.actor.text == "Tinubu" and d.target.text == "National Guard"


def test_other_categories_keep_their_target():
    d = Draft("ASSAULT", 0, 8, "attacked", None, _m("National Guard", "ORG"))
    mobilized_side(d)
    assert d.actor is None and d.target.text == "National Guard"


def test_reinforcements_of_a_named_force_sent_in_mobilize_it():
    got = coded_roles("Reinforcements were sent to the district on Friday, among them units of the Border Guard "
                      "Corps.", {"Border Guard Corps": "ORG"})
    assert ("MOBILIZE", "Border Guard Corps", None) in got
