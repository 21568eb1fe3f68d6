"""A possessive pronoun before a member noun ("its fighters") stands for the body named before it in
the sentence, even inside a speaker's "of" phrase, never for the document's last subject (invented
texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Arakan Army": "ORG", "Tatmadaw": "ORG", "Rakhine": "GPE", "Buthidaung": "GPE",
          "Ansar Dine": "ORG", "Kidal": "GPE", "Malian Armed Forces": "ORG"}
PUBLISHED = "2025-03-06"


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.actor), names.get(f.target)) for f in coded_with_dates(text, ACTORS, PUBLISHED)]


def test_its_fighters_belong_to_the_speakers_group_not_the_last_subject():
    text = ("Soldiers of the Tatmadaw shelled a village near Buthidaung in Rakhine on Tuesday. "
            "Khaing Thura, a spokesman of the Arakan Army, said in a statement that its fighters had killed "
            "five members of the Tatmadaw.")
    assert ("ASSAULT", "Arakan Army", "Tatmadaw") in roles(text)


def test_their_men_after_a_named_group():
    text = ("The Malian Armed Forces patrolled the road north of Kidal on Monday. "
            "A statement from Ansar Dine said their men had ambushed a convoy of the Malian Armed Forces.")
    assert any(act == "ASSAULT" and actor == "Ansar Dine" for act, actor, _ in roles(text))


def test_the_side_attacked_is_not_whose_fighters_acted():
    # "an attack on X ... its fighters": X is the other side, its fighters are not told here
    text = "After an attack on the Tatmadaw in Rakhine, its fighters killed two men on Tuesday."
    assert all(actor != "Tatmadaw" for act, actor, _ in roles(text) if act == "ASSAULT")


def test_a_gerund_after_a_time_word_shares_the_main_subject_not_the_object():
    text = ("Ansar Dine was founded in 2011. "
            "It briefly seized Kidal in 2012 before withdrawing under pressure, and took up arms again in 2017.")
    got = roles(text)
    assert all(actor != "Kidal" for _, actor, _ in got)
    assert ("RETREAT", "Ansar Dine", None) in got
