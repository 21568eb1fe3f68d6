"""Periods a figure takes from the story around it, when its own sentence dates nothing.

News text dates an act once and reports its consequences in the sentences that follow: "On
Wednesday, April 2, insurgents attacked the village. Nine villagers were killed." A count of a
state (killed, wounded, burned, displaced) with no time of its own covers the date of the act
the previous sentence of its paragraph states. A casualty count further on ("The ministry said
four people were killed"), with no other date between, restates the toll of the incident the
article dated last; a toll ("the number of dead") is the toll of the incident a dated count
reports. Cumulative counts ("so far", "since", "in total") are left alone: they cover no
incident.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import ahocorasick

from sitrep.claims.periods import format_period, scoped_timexes, since_clause, statement_only
from sitrep.claims.lexicon import FILE, lexicon
from sitrep.knowledge import load
from sitrep.model import ClaimFact, TimeExpr

_CASUALTY = ("killed", "injured", "dead", "deaths", "casualties", "bodies")


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], ahocorasick.Automaton]:
    """(state units: the last word of a unit that counts an act's result, an automaton of the
    cumulative cues: a regex alternation of them cost ~15 us a sentence, this ~1)."""
    states = frozenset(e["unit"] for e in load(FILE) if e.get("kind") == "state")
    auto = ahocorasick.Automaton()
    for e in load(FILE):
        if e.get("kind") == "cumulative_cue":
            for cue in e["phrases"]:
                cue = " ".join(cue.lower().split())
                auto.add_word(cue, len(cue))
    if len(auto):
        auto.make_automaton()
    return states, auto


def _cumulative(text: str, sent: tuple[int, int], auto: ahocorasick.Automaton) -> bool:
    """Whether a cumulative cue ("so far", "since", "in total") stands in the sentence as words."""
    if not len(auto):
        return False
    low = text[sent[0]:sent[1]].lower()
    n = len(low)
    for end, size in auto.iter(low):
        s = end - size + 1
        # a cue opening with a hyphen ("-year war") ends a compound: "five-year war"
        if (s == 0 or not low[s - 1].isalnum() or not low[s].isalnum()) \
                and (end + 1 == n or not low[end + 1].isalnum()):
            return True
    return False


def _is_state(unit: str, states: frozenset[str]) -> bool:
    return unit.rsplit(" ", 1)[-1] in states or unit in ("deaths", "casualties", "bodies")


def _is_casualty(unit: str) -> bool:
    return unit.endswith(_CASUALTY)


def _act_period(text: str, sent: tuple[int, int], by_sent: list[TimeExpr], published: str | None) -> str | None:
    """The date of the act a sentence states: its first time expression that dates neither a
    statement nor the start of a since-clause."""
    for t in scoped_timexes(text, sent, by_sent, published):
        if t.value and not t.end_value and not since_clause(text, t) and t.basis != "span_start":
            return format_period(t)
    return None


def _recent_act(text: str, sentences: list[tuple[int, int]], si: int, by_sent: dict[int, list[TimeExpr]],
                published: str | None, back: int = 3, current: bool = False) -> str | None:
    """The date of the act the last few sentences before ``si`` state (not of a statement);
    ``current``: skipping background acts older than one the story dated before them."""
    for k in range(si - 1, max(-1, si - 1 - back), -1):
        acts = by_sent.get(k)
        if acts and not statement_only(text, sentences[k], acts):
            p = _act_period(text, sentences[k], acts, published)
            if p is not None and not (current and _background(text, sentences, p, k, by_sent, published)):
                return p
    return None


def _background(text: str, sentences: list[tuple[int, int]], period: str | None, si: int,
                by_sent: dict[int, list[TimeExpr]], published: str | None) -> bool:
    """Whether a day, month or year ``period`` in sentence ``si`` is older than a day an earlier
    sentence dates an act on (statements aside: "the army said Monday" dates no act): "In March
    2023, a similar raid killed 40" after today's raid is background."""
    if period is None or len(period) not in (4, 7, 10) or not period[:4].isdigit():
        return False
    n = len(period)
    for k, ts in by_sent.items():
        if k < si and any(t.value and t.value[:n] > period for t in ts) \
                and not statement_only(text, sentences[k], ts):
            act = _act_period(text, sentences[k], ts, published)
            if act is not None and len(act) == 10 and act[:n] > period:
                return True
    return False


def _after_statement(text: str, sentences: list[tuple[int, int]], si: int,
                     by_sent: dict[int, list[TimeExpr]]) -> str | None:
    """The statement's date when the sentence before ``si``, in its paragraph, dates only a
    statement: a count that follows continues it ("... said on Tuesday. Its chief said 23 ...")."""
    acts = by_sent.get(si - 1)
    if acts and "\n" not in text[sentences[si - 1][1]:sentences[si][0]] \
            and statement_only(text, sentences[si - 1], acts):
        return acts[0].value
    return None


_OTHER = re.compile(r"\s+other\s+")
_WORD = re.compile(r"[A-Za-z]{3,}")


def _others_of(text: str, out: list[ClaimFact], starts: list[int], j: int) -> str | None:
    """"Two *other* crew members were injured": the same incident as the last dated count of
    those people before it ("killing one crew member on Wednesday"), whatever the sentence
    before dates."""
    c = out[j]
    n_end = starts[j] + len(c.text)
    o = _OTHER.match(text, n_end)
    w = _WORD.match(text, o.end()) if o is not None else None
    if w is None:
        return None
    noun = w.group().lower().rstrip("s")
    for i in range(j - 1, -1, -1):
        p = out[i]
        if p.period is not None and starts[i] < starts[j] and noun in text[p.start:p.end].lower():
            return p.period
    return None


def context_periods(text: str, out: list[ClaimFact], starts: list[int], sent_of: list[int],
                    sentences: list[tuple[int, int]], by_sent: dict[int, list[TimeExpr]],
                    published: str | None, fallback: dict[int, str]) -> None:
    """Set the period of undated state counts from the story around them (see module doc).

    ``by_sent``: the valued time expressions of each sentence; ``fallback``: the statement dates
    of the casualty counts (by index) in sentences that date only statements: they date no
    incident, though a toll may take one as the incident's when no count has a date of its own."""
    if all(c.period is not None for c in out):
        return
    states, cumulative = _data()
    # the previous sentence of the same paragraph: the act a state count is the result of
    for j, (c, si) in enumerate(zip(out, sent_of)):
        if c.period is not None or si == 0 or not _is_state(c.unit, states):
            continue
        same = _others_of(text, out, starts, j)
        if same is not None:
            c.period = same
            continue
        prev, sent, acts = sentences[si - 1], sentences[si], by_sent.get(si - 1)
        if not acts or "\n" in text[prev[1]:sent[0]] or _cumulative(text, sent, cumulative) \
                or statement_only(text, prev, acts):
            continue                       # "X said on Tuesday ...": no act is dated there
        c.period = _act_period(text, prev, acts, published)
    # casualty counts and tolls: the incident a dated casualty count reports
    # (sentence 0 is the headline or the lead: a restatement, if any, dates it)
    todo = [j for j, (c, si) in enumerate(zip(out, sent_of))
            if c.period is None and si and _is_casualty(c.unit)]
    if not todo:
        return
    periods = [c.period or fallback.get(i) for i, c in enumerate(out)]
    dated = [(i, n) for i, (p, n) in enumerate(zip(periods, starts))
             if p is not None and _is_casualty(out[i].unit) and not p.startswith("since") and "/" not in p]
    lex = lexicon()
    tolls: dict[int, bool] = {}

    def is_toll(i: int) -> bool:
        if i not in tolls:
            s0, n = sentences[sent_of[i]][0], starts[i]
            chunk = text[s0:n].lower()
            tolls[i] = any(w in chunk for w in lex.toll_words) and lex.toll_re.search(text, s0, n) is not None
        return tolls[i]

    timex_starts: list[list[int]] = []       # every date's start; those dating more than a statement
    for j in todo:
        c, n, si = out[j], starts[j], sent_of[j]
        sent = sentences[si]
        if is_toll(j):
            if not _cumulative(text, sent, cumulative):
                # the toll of the incident the story dated last before it: a dated count, else
                # a dated act ("what we know about Saturday's strike"), else the main incident
                first_incident = (next((periods[i] for i, p in dated if p < n and not is_toll(i)), None)
                                  or _recent_act(text, sentences, si, by_sent, published)
                                  or next((periods[i] for i, p in dated if not is_toll(i)
                                           and (p < n or len(periods[i]) == 10)), None))
                # a count after the toll is its incident only when dated to a day: "In February
                # 2024, a raid killed 120" further on is background, not the toll's incident
                c.period = first_incident or next((periods[i] for i, p in dated if p < n), None)
            continue
        if _cumulative(text, sent, cumulative):
            continue
        before = [i for i, p in dated if p < n and sent_of[i] < si and i not in fallback]
        # a count of a background incident, older than one the story dated before it ("the
        # strikes followed an attack on 10 October that killed four"), is restated by none after
        if before and not _background(text, sentences, out[before[-1]].period, sent_of[before[-1]],
                                      by_sent, published):
            i = before[-1]
            if not timex_starts:
                timex_starts.append(sorted(t.start for ts in by_sent.values() for t in ts))
                # a date that only dates a statement ("..., the ministry said on Friday") moves
                # the story to no other incident: for a count whose own sentence has no date
                timex_starts.append(sorted(t.start for k, ts in by_sent.items()
                                           if not statement_only(text, sentences[k], ts) for t in ts))
            between = timex_starts[0] if by_sent.get(si) else timex_starts[1]
            # no other date between: the story has not moved on to another time
            k = bisect.bisect_right(between, sentences[sent_of[i]][1])
            if k == len(between) or between[k] >= sent[0]:
                c.period = out[i].period
        stated = fallback.get(j) or _after_statement(text, sentences, si, by_sent) if c.period is None else None
        if stated:
            # "The ministry said on Tuesday that five soldiers were killed": the statement's
            # day is not the toll's; the act the story dated last, not after it, is its incident
            act = _recent_act(text, sentences, si, by_sent, published, back=4, current=True)
            if act is not None and act[:10] <= stated[:10]:
                c.period = act
        elif c.period is None and not before and j not in fallback:
            # no count before it is dated, but the story dated the act: "Rebels attacked the
            # town at dawn on Sunday. [...] The army said 14 rebels were killed."
            # (a day only: "earlier this month" names no incident a later count is the toll of)
            act = _recent_act(text, sentences, si, by_sent, published, back=si)
            c.period = act if act is not None and len(act) == 10 else None
