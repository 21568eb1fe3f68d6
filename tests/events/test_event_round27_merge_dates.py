"""Round 27 (fixmerge9): a month long past, stated in a background paragraph, does not date the
acts of the next paragraph, whether they refer back ("the escalation") or not."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.events.dating import _stale_month

_KB = KnowledgeBase.default()

_TEXT = (
    "Rebel drones struck an oil depot in Port Sudan on Tuesday, the army said.\n\n"
    "The paramilitaries have also shelled towns along the Nile. They captured the river port of "
    "Kosti in February 2024 and still hold its garrison.\n\n"
    "{next}\n"
)


def _dated(next_sentence: str, action: str, pub: str = "2025-05-08"):
    text = _TEXT.format(next=next_sentence)
    got = [e for e in analyze_text("d", text, pub, None, _KB).events
           if e.action == action and e.start >= text.index(next_sentence)]
    assert got, [(e.action, e.date, text[e.start:e.end][:40]) for e in analyze_text("d", text, pub, None, _KB).events]
    return got[0]


def test_reaction_to_the_escalation_does_not_take_an_old_month():
    e = _dated("UN Secretary-General Antonio Guterres said he was alarmed by the escalation and urged "
               "all sides to exercise restraint.", "REQUEST")
    assert (e.date, e.date_basis) == ("2025-05-08", "publication")


def test_act_of_next_paragraph_does_not_take_an_old_month():
    e = _dated("The African Union condemned the attacks and called for an immediate ceasefire.", "REQUEST")
    assert e.date == "2025-05-08"


def test_only_a_month_long_past_is_stale():
    assert _stale_month("2024-02", "2025-05-08")
    assert _stale_month("2025-02", "2025-05-08")
    assert not _stale_month("2025-04", "2025-05-08")      # last month still carries the story
    assert not _stale_month("2024-02-03", "2025-05-08")   # a day is the story's own time
    assert not _stale_month("2024-02", None)
