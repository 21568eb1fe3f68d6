"""Facts for what quotation acts state: the coder's quotation rows (plain tuples that pickle small)
and, once the document's clock is known, their dated facts unless the sentence already codes them.

Moved out of ``coder`` unchanged: the quotation side of the coder is its own concern.
"""
from __future__ import annotations

from sitrep.events.dating import STATED, STATEMENTS, Clock
from sitrep.events.dating import event_date as _event_date
from sitrep.events.dating import nearest_to as _nearest_time
from sitrep.events.lexicon import Lexicon
from sitrep.events.tense import PAST, PRESENT
from sitrep.model import EventFact, Mention


def quote_rows(lex: Lexicon, acts: list) -> list[tuple]:
    """The quotation acts as plain rows: (action, start, end, anchor, actor, target, cue, target
    name, whether the cue reports in the present)."""
    present_words = lex.words.get("reporting_present", ())
    return [(act.action, act.start, act.end, act.anchor, act.actor, _local(act.target), act.cue,
             act.target.text if act.target is not None and act.target.local < 0 else None,
             any(w in present_words for w in (act.cue or "").lower().split())) for act in acts]


def quote_facts(acts: list[tuple], clock: Clock, facts: list[EventFact]) -> list[EventFact]:
    """Facts for what quotations state, unless the sentence already codes that act by that speaker."""
    out: list[EventFact] = []
    for action, start, end, anchor, actor, target, cue, target_name, present in acts:
        twin = next((f for f in facts + out if f.action == action and f.start < end and start < f.end
                     and (f.actor is None or f.actor == actor)), None)
        if twin is not None:
            if twin.actor is None:
                twin.actor = actor            # "they warned: '...'" the quote knows who spoke
            continue
        t = _nearest_time(clock.times, clock.tstarts, start, end, anchor)
        if t is not None:
            date, date_text, basis = _event_date(t), t.text, STATED
        else:
            # a statement "he says" is made around the day of the report; "he said" when the
            # paragraph last said
            date, date_text, basis = clock.date(start, end, anchor, anchor, PRESENT if present else PAST,
                                                statement=action in STATEMENTS)
        out.append(EventFact(
            action=action, start=start, end=end, actor=actor, target=target,
            date=date, date_text=date_text, date_basis=basis, trigger=cue, target_name=target_name))
    return out


def _local(m: Mention | None) -> int | None:
    return m.local if m is not None and m.local >= 0 else None
