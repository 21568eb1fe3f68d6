"""Which reported death tolls are a party's claim about its own attack, and which of those the
reporting document itself says are disputed: the event merge weighs them as the weakest source
(``sitrep.events.corroboration``)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Mapping

from sitrep.model import ClaimFact, EventFact

# how far past the count's sentence a dispute is looked for: the next sentence or so
_AFTER = 240


@lru_cache(maxsize=1)
def _dispute_words() -> re.Pattern:
    from sitrep.knowledge import wordlist
    words = sorted(wordlist("figure_disputes.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def own_figures(doc_id: str, events: Iterable[EventFact], claims: list[ClaimFact]
                ) -> dict[tuple[str, int], tuple[int, int]]:
    """(doc, toll) -> the evidence span of an attack whose toll the attacker itself claims: a claim
    in the event's sentence with that count whose claimant is the event's actor ("the CPC said it
    killed 11 soldiers")."""
    out: dict[tuple[str, int], tuple[int, int]] = {}
    if not claims:
        return out
    for f in events:
        if f.fatalities is None or f.actor is None:
            continue
        for c in claims:
            if (c.claimant == f.actor and f.start <= c.start < f.end and c.quantity == f.fatalities):
                out[(doc_id, f.fatalities)] = (f.start, f.end)
                break
    return out


def figure_kinds(own: Mapping[tuple[str, int], tuple[int, int]], texts: Mapping[str, str]) -> dict[tuple[str, int], str]:
    """Each own claim as "own", or "contested" when its sentence or the next says it is disputed."""
    cue = _dispute_words()
    out: dict[tuple[str, int], str] = {}
    for (doc, value), (start, end) in own.items():
        text = texts.get(doc) or ""
        window = text[start:end + _AFTER]
        # the next sentence only, within its paragraph
        cut = window.find("\n\n", end - start)
        if cut >= 0:
            window = window[:cut]
        stop = [m.end() for m in re.finditer(r"[.!?][\"”']?\s", window[end - start + 1:])]
        if stop:
            window = window[:end - start + 1 + stop[0]]
        out[(doc, value)] = "contested" if cue.search(window) else "own"
    return out


def document_texts(db: Any, docs: Iterable[str]) -> dict[str, str]:
    """The cleaned texts of these documents (only those holding an own claim are read)."""
    ids = sorted(set(docs))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = db.execute(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        out.update((r[0], r[1]) for r in rows)
    return out
