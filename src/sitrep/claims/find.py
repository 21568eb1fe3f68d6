"""Numeric claims of one document: numbers, what they count, over which period, and who says so."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate

from sitrep.claims.context import CLAIMANT_TYPES, claimants, find_period, nearest_claimant
from sitrep.claims.lexicon import lexicon
from sitrep.claims.numbers import attach_qualifier, candidates, is_no_count, read_number
from sitrep.claims.units import Unit, read_unit
from sitrep.model import ClaimFact, Mention, TimeExpr

# "12 soldiers and 3 civilians were killed": the first count shares the second one's state
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|as well as|plus|including)?\s*$")


class _Spans:
    """Sorted, non-overlapping-ish spans for a fast "is this offset inside one?" test."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        # running maximum of ends, so overlapping spans still answer correctly
        self.maxend = list(accumulate((e for _, e in spans), max))

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.maxend[i] > pos


def find_claims(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                timexes: list[TimeExpr], published: str | None) -> list[ClaimFact]:
    """Every numeric claim in ``text``: a quantity, its unit, period and claimant, with evidence."""
    lex = lexicon()
    if not sentences:
        sentences = [(0, len(text))]
    sent_starts = [s for s, _ in sentences]
    in_timex = _Spans([(t.start, t.end) for t in timexes])
    in_mention = _Spans([(m.start, m.end) for m in mentions])
    out: list[ClaimFact] = []
    units: list[Unit] = []
    sent_of: list[int] = []
    starts: list[int] = []
    cur_sent = -1
    previous: list[Unit] = []
    for m in candidates(text, lex):
        n = read_number(m, lex)
        if n is None or in_timex.covers(n.start) or in_mention.covers(n.start) or \
                (n.end - 1 > n.start and in_mention.covers(n.end - 1)):
            continue
        si = max(0, bisect.bisect_right(sent_starts, n.start) - 1)
        s0, s1 = sentences[si]
        if si != cur_sent:
            cur_sent, previous = si, []
        attach_qualifier(text, n, s0, lex)
        if is_no_count(text, n, s0, lex):
            continue
        unit = read_unit(text, n, s0, lex, previous, in_timex.covers)
        if unit is None:
            continue
        previous.append(unit)
        start = unit.start if unit.start is not None else n.start
        out.append(ClaimFact(quantity=n.value, unit=unit.unit, start=min(start, n.start),
                             end=max(unit.end, n.end), text=n.text, qualifier=n.qualifier))
        units.append(unit)
        sent_of.append(si)
        starts.append(n.start)
    if not out:
        return out
    _share_states(text, out, units, sent_of)
    _attach_context(text, out, starts, sent_of, sentences, mentions, timexes, published)
    # a first sentence on its own line is the headline
    s0_end = sentences[0][1]
    headline = len(sentences) > 1 and text[s0_end:sentences[1][0]].count("\n") > 0
    return _dedupe(out, [si if si or headline else -1 for si in sent_of])


def _share_states(text: str, out: list[ClaimFact], units: list[Unit], sent_of: list[int]) -> None:
    for i in range(len(out) - 2, -1, -1):
        a, b, ub = out[i], out[i + 1], units[i + 1]
        ua = units[i]
        if (sent_of[i] == sent_of[i + 1] and ua.state is None and ub.state and ub.start is None
                and ua.noun and ua.cls not in ("money", "percent", "area")
                and (ua.cls == "person") == (ub.cls == "person")
                and _JOIN.fullmatch(text, a.end, b.start)):
            ua.state = ub.state
            a.unit = f"{ua.noun} {ub.state}"


def _attach_context(text: str, out: list[ClaimFact], starts: list[int], sent_of: list[int],
                    sentences: list[tuple[int, int]], mentions: list[Mention],
                    timexes: list[TimeExpr], published: str | None) -> None:
    lex = lexicon()
    cache: dict[int, list] = {}
    ms = sorted((m for m in mentions if m.type in CLAIMANT_TYPES), key=lambda m: m.start)
    ms_starts = [m.start for m in ms]
    for c, num_start, si in zip(out, starts, sent_of):
        sent = sentences[si]
        if si not in cache:
            lo, hi = bisect.bisect_left(ms_starts, sent[0]), bisect.bisect_left(ms_starts, sent[1])
            inside = [m for m in ms[lo:hi] if m.end <= sent[1]]
            cache[si] = claimants(text, sent, inside, lex)
        c.claimant, c.claimant_name = nearest_claimant(cache[si], num_start)
        num_end = num_start + len(c.text)
        c.period = find_period(text, num_start, num_end, c.end, sent, timexes, published)


def _dedupe(out: list[ClaimFact], sent_of: list[int]) -> list[ClaimFact]:
    """One claim per figure: a restated figure, or a headline and its lede, state the same claim.

    Same quantity, unit and period is one claim; a headline figure (sentence 0, which has no
    period of its own) is also one with a later figure of the same quantity and unit. The
    first statement is kept, with the period and claimant a restatement adds.
    """
    seen: dict[tuple[str, str], list[tuple[ClaimFact, int]]] = {}
    kept: list[ClaimFact] = []
    for c, si in zip(out, sent_of):
        same = seen.setdefault((str(c.quantity), c.unit), [])
        first = next((f for f, fs in same if f.period == c.period or fs == 0), None)
        if first is None:
            same.append((c, si))
            kept.append(c)
            continue
        if first.period is None:
            first.period = c.period
        if first.claimant_name is None and c.claimant_name is not None:
            first.claimant, first.claimant_name = c.claimant, c.claimant_name
    return kept
