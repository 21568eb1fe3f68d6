"""An office-holder removed by another body is COERCE; attributive 'ousted president' and
'dismissed the minister's claims' are not (round 31, code2)."""
from __future__ import annotations

import functools

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.events import find_events
from sitrep.nlp.sentences import split_sentences


@functools.lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    sents = split_sentences(text)
    ments = find_mentions(text, sents, _kb())
    names = {m.local: m.text for m in ments}
    return [(e.action, names.get(e.actor), names.get(e.target))
            for e in find_events(text, sents, ments, [], "2025-03-01")]


def test_dismissing_a_prime_minister_is_coercion() -> None:
    got = _coded("Myanmar's ruling junta dismissed Prime Minister Aung Lwin on Tuesday.")
    assert ("COERCE", "Myanmar's ruling junta", "Aung Lwin") in got


def test_ousting_a_governor_is_coercion() -> None:
    got = _coded("The Taliban ousted Governor Musa Kabir in March.")
    assert [a for a, _, _ in got] == ["COERCE"]


def test_attributive_ousted_is_no_event() -> None:
    assert _coded("Ousted President Musa Kabir fled to Dubai.") == []


def test_dismissing_a_ministers_remarks_is_not_coercion() -> None:
    got = _coded("The Russian foreign ministry dismissed the Minister's remarks.")
    assert all(a != "COERCE" for a, _, _ in got)


def test_removing_objects_is_no_event() -> None:
    assert _coded("The Russian army removed the mines from the road.") == []
