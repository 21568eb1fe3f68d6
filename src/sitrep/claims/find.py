"""Numeric claims of one document: numbers, what they count, over which period, and who says so."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from operator import attrgetter

from sitrep.claims.context import (CLAIMANT_TYPES, claimants, find_period, nearest_claimant,
                                   role_resolver, scoped_timexes, sentence_timexes)
from sitrep.claims.lexicon import lexicon
from sitrep.claims.numbers import attach_qualifier, candidates, is_no_count, read_number
from sitrep.claims.units import Unit, read_unit
from sitrep.model import ClaimFact, Mention, TimeExpr

# "12 soldiers and 3 civilians were killed": the first count shares the second one's state
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|as well as|plus|including)?\s*$")


_START = attrgetter("start")
# units that count the dead: a later toll restates the first of them
_DEATH_WORDS = ("killed", "dead", "deaths", "died")


class _Sweep:
    """"Is this offset inside one of the spans?" for offsets that never decrease, as the number
    candidates come: a pointer walks the sorted spans, so each test is a comparison or two."""

    __slots__ = ("spans", "j", "reach")

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.spans, self.j, self.reach = spans, 0, -1

    def covers(self, pos: int) -> bool:
        spans, j, reach = self.spans, self.j, self.reach
        while j < len(spans) and spans[j][0] <= pos:
            if spans[j][1] > reach:
                reach = spans[j][1]
            j += 1
        self.j, self.reach = j, reach
        return reach > pos


class _Spans:
    """The same test for offsets in any order (bisect), built only when a unit rule needs it."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
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
    low = text.lower()
    in_timex = _Sweep([(t.start, t.end) for t in timexes]).covers
    in_mention = _Sweep([(m.start, m.end) for m in mentions]).covers
    timex_spans: list[_Spans] = []

    def in_timex_any(pos: int) -> bool:
        if not timex_spans:
            timex_spans.append(_Spans([(t.start, t.end) for t in timexes]))
        return timex_spans[0].covers(pos)

    out: list[ClaimFact] = []
    units: list[Unit] = []
    sent_of: list[int] = []
    starts: list[int] = []
    cur_sent = -1
    previous: list[Unit] = []
    si, n_sents = 0, len(sentences)
    for m in candidates(text, lex, low):
        ms, me = m.span()
        if in_timex(ms) or in_mention(ms) or (me - 1 > ms and in_mention(me - 1)):
            continue
        n = read_number(m, lex)
        if n is None:
            continue
        while si + 1 < n_sents and sent_starts[si + 1] <= ms:      # candidates come in order
            si += 1
        s0 = sentences[si][0]
        if si != cur_sent:
            cur_sent, previous = si, []
        attach_qualifier(text, n, s0, lex)
        if is_no_count(text, n, s0, lex):
            continue
        unit = read_unit(text, n, s0, lex, previous, in_timex_any)
        if unit is None:
            continue
        previous.append(unit)
        start = unit.start if unit.start is not None else n.start
        out.append(ClaimFact(n.value, unit.unit, min(start, n.start), max(unit.end, n.end), None, None,
                             None, n.text, n.qualifier))
        units.append(unit)
        sent_of.append(si)
        starts.append(n.start)
    if not out:
        return out
    _share_states(text, out, units, sent_of)
    _attach_context(text, low, out, starts, sent_of, sentences, sent_starts, mentions, timexes, published)
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


def _attach_context(text: str, low: str, out: list[ClaimFact], starts: list[int], sent_of: list[int],
                    sentences: list[tuple[int, int]], sent_starts: list[int], mentions: list[Mention],
                    timexes: list[TimeExpr], published: str | None) -> None:
    lex = lexicon()
    cache: dict[int, list] = {}
    ms = [m for m in mentions if m.type in CLAIMANT_TYPES]
    ms.sort(key=_START)
    ms_starts = [m.start for m in ms]
    by_sent = sentence_timexes(timexes, sent_starts, sentences)
    scoped: dict[int, list[TimeExpr]] = {}
    resolve_role = role_resolver(mentions, lex)
    for c, num_start, si in zip(out, starts, sent_of):
        sent = sentences[si]
        found = cache.get(si)
        if found is None:
            lo, hi = bisect.bisect_left(ms_starts, sent[0]), bisect.bisect_left(ms_starts, sent[1])
            inside = [m for m in ms[lo:hi] if m.end <= sent[1]]
            found = cache[si] = claimants(text, low, sent, inside, lex, resolve_role)
        c.claimant, c.claimant_name = nearest_claimant(found, num_start)
        inside = scoped.get(si)
        if inside is None:
            inside = scoped[si] = scoped_timexes(text, sent, by_sent.get(si, []), published)
        c.period = find_period(text, num_start, num_start + len(c.text), c.end, inside, published)
    _toll_periods(low, out, starts, sent_of, sentences)


def _toll_periods(low: str, out: list[ClaimFact], starts: list[int], sent_of: list[int],
                  sentences: list[tuple[int, int]]) -> None:
    """"The death toll rose to five" with no time of its own restates the toll of the incident the
    article reported first: it takes the period of the first dated fatality count before it."""
    first: str | None = None
    for c, num_start, si in zip(out, starts, sent_of):
        if c.period is None:
            if first is not None and "toll" in low[sentences[si][0]:num_start]:
                c.period = first
        elif first is None and any(w in c.unit for w in _DEATH_WORDS):
            first = c.period


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
        first = next((f for f, fs in same if f.period == c.period or fs == 0), None) if same else None
        if first is None:
            same.append((c, si))
            kept.append(c)
            continue
        if first.period is None:
            first.period = c.period
        if first.claimant_name is None and c.claimant_name is not None:
            first.claimant, first.claimant_name = c.claimant, c.claimant_name
    return kept
