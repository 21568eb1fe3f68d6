"""Period events for the event merge: campaigns, wars and series of attacks.

A report of a campaign ("Israel's war on Gaza", "the Russian offensive in Donetsk", "the militias
have launched dozens of attacks on Israel since October") tells a happening that lasts for months.
Each document dates it differently -- by the month it writes in, by the start of a period, or not at
all -- so the day-level tests that keep incidents apart would split it into one event per document.
A report is a campaign when its trigger is a campaign noun (``campaign_words.txt``), or the coder
dated it by a period ("since October", "in recent months"), or it is an ongoing report (dated by
its publication: "the militias have attacked Israel") that gives no toll -- "has launched drones
overnight, killing three" is one happening told in the present perfect.

Campaign reports of other documents join a campaign cluster (one holding a campaign report) of the
same category when:
  - the roles agree: each role both give is the same entity, and they share two of actor, target
    and place; sharing only one, the report must be a sure campaign report (a campaign noun or a
    period) and the cluster the only campaign that fits (a report of "the war on Israel" belongs
    to the one campaign against Israel, not to one of two);
  - the times overlap: within ``GAP_DAYS`` of the campaign's reports (a campaign goes on being
    reported; reports further apart than that from all of it are another war).
Incidents never take this path, so a campaign never draws in strikes on other days or towns. And the
two kinds never mix, not even within one text or story: a cluster holding an incident dated to the
day is that incident, which no sure campaign report joins (the war would look like one strike, and
the strike reported for months), and an incident dated to the day joins no sure campaign
(``MergeCluster.incident`` / ``.campaign``).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Hashable, Iterator

from sitrep.model import EventFact

GAP_DAYS = 120            # a campaign not reported for four months is, when reported again, another one
_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1)
def campaign_words() -> frozenset[str]:
    from sitrep.knowledge import wordlist
    return wordlist("campaign_words.txt")


STRONG, WEAK = 2, 1


def is_campaign(f: EventFact) -> int:
    """How surely a report tells a period event: ``STRONG`` for a campaign noun or a period date,
    ``WEAK`` for an ongoing report with no toll (it may be a series, or one act in the present
    perfect: it joins a campaign only when two roles agree), else 0."""
    trigger = f.trigger
    if f.date_basis == "period" or (trigger and any(w in campaign_words() for w in _WORD.findall(trigger.lower()))):
        return STRONG
    if f.date_basis == "publication" and f.fatalities is None and f.injuries is None:
        return WEAK
    return 0


def campaign_time(date: str | None, published: dt.date | None) -> int | None:
    """A report's time as a day number: its stated date (a month counts from its first day), else
    its publication day; None when nothing places it in time."""
    if date and len(date) >= 7 and date[:4].isdigit() and date[5:7].isdigit():
        try:
            return dt.date(int(date[:4]), int(date[5:7]), int(date[8:10]) if len(date) >= 10 else 1).toordinal()
        except ValueError:
            pass
    return published.toordinal() if published is not None else None


def role_keys(action: str, actor: str | None, target: str | None, place: str | None) -> list[Hashable]:
    """Keys a campaign is filed under and asked for: each pair of its roles, and each role alone."""
    roles = (("A", actor), ("T", target), ("L", place))
    given = [(k, v) for k, v in roles if v is not None]
    keys: list[Hashable] = [(action, k, v) for k, v in given]
    keys += [(action, k1 + k2, v1, v2) for i, (k1, v1) in enumerate(given) for k2, v2 in given[i + 1:]]
    return keys


class CampaignIndex:
    """Campaign clusters by role key, with the time range their reports span."""

    __slots__ = ("_by_key", "_span", "_filed")

    def __init__(self) -> None:
        self._by_key: dict[Hashable, list[int]] = {}
        self._span: dict[int, list[int]] = {}            # cluster -> [first, last] day number
        self._filed: dict[int, set] = {}

    def add(self, cid: int, keys: list[Hashable], time: int | None) -> None:
        filed = self._filed.setdefault(cid, set())
        for k in keys:
            if k not in filed:
                filed.add(k)
                self._by_key.setdefault(k, []).append(cid)
        if time is not None:
            span = self._span.get(cid)
            if span is None:
                self._span[cid] = [time, time]
            else:
                span[0], span[1] = min(span[0], time), max(span[1], time)

    def candidates(self, keys: list[Hashable], time: int | None) -> Iterator[int]:
        """Clusters filed under any of the keys whose span the time falls near, oldest first."""
        seen: set[int] = set()
        for k in keys:
            seen.update(self._by_key.get(k, ()))
        for cid in sorted(seen):
            span = self._span.get(cid)
            if time is None or span is None or span[0] - GAP_DAYS <= time <= span[1] + GAP_DAYS:
                yield cid
