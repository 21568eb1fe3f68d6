"""The situation report: Markdown for a story or a date range, every sentence citing its sources.

Built only from the stored picture (events, quotes, claims, entities, relations), so the report
can never say more than the evidence does. Citations are ``[Outlet, D3]`` where ``D3`` is listed
under "Sources" with the document's id, title and date.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sitrep.knowledge import load
from sitrep.picture_store import PictureStore
from sitrep.store import Store


@lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[str, str]]:
    return {e["action"]: e for e in load("report_phrases.json")}


@dataclass
class Scope:
    """What a report covers: one story, a date range, or everything."""

    story: str | None = None
    since: str | None = None          # YYYY-MM-DD, inclusive
    until: str | None = None

    def label(self, story_title: str | None) -> str:
        if self.story:
            return f"story {story_title or self.story}"
        if self.since or self.until:
            return f"{self.since or 'the start'} to {self.until or 'today'}"
        return "all documents"


@dataclass
class _Sources:
    """Documents cited, numbered in the order first cited."""

    docs: dict[str, dict[str, Any]]
    numbers: dict[str, int] = field(default_factory=dict)

    def cite(self, doc_ids: list[str]) -> str:
        parts = []
        for doc_id in dict.fromkeys(doc_ids):
            n = self.numbers.setdefault(doc_id, len(self.numbers) + 1)
            outlet = (self.docs.get(doc_id) or {}).get("outlet") or "unknown outlet"
            parts.append(f"{outlet}, D{n}")
        return "[" + "; ".join(parts) + "]" if parts else ""


def _in_range(date: str | None, scope: Scope) -> bool:
    if not (scope.since or scope.until):
        return True
    if not date:
        return False
    return (not scope.since or date[:10] >= scope.since[:len(date[:10])]) and \
           (not scope.until or date[:len(scope.until)] <= scope.until)


def build_report(store: Store, scope: Scope | None = None, top: int = 8) -> str:
    """The Markdown situation report for ``scope``."""
    scope = scope or Scope()
    pictures = PictureStore(store.db, readonly=True)
    inferred = pictures.inferred_dates() if pictures._has_table("inferred_dates") else {}
    docs: dict[str, dict[str, Any]] = {}
    for r in store.db.execute("SELECT id, outlet, title, published, source FROM documents ORDER BY rowid"):
        docs[r["id"]] = {"outlet": r["outlet"], "title": r["title"], "source": r["source"],
                         "published": r["published"] or (inferred.get(r["id"]) or (None,))[0]}
    story_title = None
    if scope.story:
        story = next((s for s in store.stories() if s.id == scope.story or s.id.startswith(scope.story)), None)
        if story is None:
            raise ValueError(f"no story {scope.story!r}; 'sitrep stories' lists them")
        in_scope = set(story.documents)
        story_title = story.title
    else:
        in_scope = {d for d, meta in docs.items() if _in_range(meta["published"], scope)
                    or not (scope.since or scope.until)}
    names = pictures.entity_names()
    sources = _Sources(docs)

    def name(entity_id: str | None) -> str | None:
        return names.get(entity_id) if entity_id else None

    lines = [f"# Situation report: {scope.label(story_title)}", ""]
    dates = sorted(d["published"] for i, d in docs.items() if i in in_scope and d["published"])
    outlets = sorted({d["outlet"] for i, d in docs.items() if i in in_scope and d["outlet"]})
    lines.append(f"Built from {len(in_scope)} documents by {len(outlets)} outlets"
                 + (f", published {dates[0]} to {dates[-1]}" if dates else "")
                 + f". Generated {dt.date.today().isoformat()} by sitrep from the stored picture; "
                   "every statement cites the documents behind it (see Sources).")
    lines.append("")

    events = [e for e in pictures.events()
              if {r["doc"] for r in e.get("reports", e.get("evidence", []))} & in_scope]
    lines += _developments(events, name, sources, in_scope)
    lines += _actors(pictures, events, name, sources, in_scope, top)
    lines += _said(pictures, name, sources, in_scope, top)
    lines += _numbers(pictures, events, name, sources, in_scope)
    lines += ["## Sources", ""]
    for doc_id, n in sorted(sources.numbers.items(), key=lambda kv: kv[1]):
        d = docs.get(doc_id, {})
        lines.append(f"- D{n}: {d.get('outlet') or 'unknown outlet'}, \"{d.get('title') or 'untitled'}\", "
                     f"{d.get('published') or 'undated'} (document `{doc_id}`, {d.get('source')})")
    return "\n".join(lines).rstrip() + "\n"


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def _event_sentence(e: dict[str, Any], name) -> str:
    phrases = _phrases().get(e["action"], {"with_target": e["action"].lower(), "alone": e["action"].lower()})
    actor = name(e.get("actor")) or e.get("actor_name")
    target = name(e.get("target")) or e.get("target_name")
    subject = _capitalised(actor) if actor else "An unnamed actor"
    sentence = f"{subject} {phrases['with_target']} {target}" if target else f"{subject} {phrases['alone']}"
    if e.get("location") and name(e["location"]):
        sentence += f" in {name(e['location'])}"
    if e.get("mode"):
        sentence += f" (by {e['mode']})"
    toll = [f"{e['fatalities']} killed" if e.get("fatalities") is not None else "",
            f"{e['injuries']} injured" if e.get("injuries") is not None else ""]
    toll = [t for t in toll if t]
    if toll:
        sentence += ", " + " and ".join(toll)
    return sentence


def _developments(events, name, sources: _Sources, in_scope: set[str]) -> list[str]:
    lines = ["## Key developments", ""]
    if not events:
        return lines + ["No coded events in these documents.", ""]
    for e in events:          # the store returns them in date order, undated last
        docs = [r["doc"] for r in e.get("reports", e.get("evidence", [])) if r["doc"] in in_scope]
        when = e.get("date") or "undated"
        status = e.get("corroboration")
        note = f" ({status})" if status and status != "single source" else ""
        lines.append(f"- **{when}**: {_event_sentence(e, name)}{note}. {sources.cite(docs)}")
    return lines + [""]


def _actors(pictures: PictureStore, events, name, sources: _Sources, in_scope: set[str], top: int) -> list[str]:
    lines = ["## Actors and their stances", ""]
    as_actor: dict[str, Counter] = defaultdict(Counter)
    docs_of: dict[str, list[str]] = defaultdict(list)
    for e in events:
        if e.get("actor"):
            as_actor[e["actor"]][e["action"]] += 1
            docs_of[e["actor"]] += [r["doc"] for r in e.get("reports", e.get("evidence", [])) if r["doc"] in in_scope]
    relations = defaultdict(list)
    for r in pictures.relations():
        ev = [x["doc"] for x in r["evidence"] if x["doc"] in in_scope]
        if ev:
            relations[r["subject"]].append((r, ev))
    ranked = sorted(as_actor, key=lambda a: -sum(as_actor[a].values()))[:top]
    if not ranked:
        return lines + ["No actor is named as carrying out an event.", ""]
    for actor in ranked:
        acts = ", ".join(f"{a.lower()} x{n}" for a, n in as_actor[actor].most_common())
        lines.append(f"- **{name(actor)}**: {acts}. {sources.cite(docs_of[actor])}")
        for r, ev in relations.get(actor, [])[:3]:
            office = f" ({r['office']})" if r.get("office") else ""
            lines.append(f"  - {r['predicate'].replace('_', ' ')}{office} {name(r['object'])}. {sources.cite(ev)}")
    return lines + [""]


def _said(pictures: PictureStore, name, sources: _Sources, in_scope: set[str], top: int) -> list[str]:
    lines = ["## What each side said", ""]
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in pictures.quotes():
        if q["doc"] in in_scope:
            who = name(q["speaker"]) or q["speaker_name"]
            if who:
                by_speaker[who].append(q)
    if not by_speaker:
        return lines + ["No attributed quotations.", ""]
    for who, qs in sorted(by_speaker.items(), key=lambda kv: -len(kv[1]))[:top]:
        longest = max(qs, key=lambda q: len(q["text"]))
        text = longest["text"] if len(longest["text"]) <= 300 else longest["text"][:297] + "..."
        more = f" ({len(qs) - 1} more quotes)" if len(qs) > 1 else ""
        lines.append(f"- **{who}**: “{text}”{more} {sources.cite([q['doc'] for q in qs])}")
    return lines + [""]


def _numbers(pictures: PictureStore, events, name, sources: _Sources, in_scope: set[str]) -> list[str]:
    lines = ["## The numbers, and where sources disagree", ""]
    claims = [c for c in pictures.claims() if c["evidence"]["doc"] in in_scope]
    for c in claims[:40]:
        who = name(c.get("claimant")) or c.get("claimant_name")
        period = f" ({c['period']})" if c.get("period") else ""
        by = f", according to {who}" if who else ""
        lines.append(f"- {c['quantity']} {c['unit']}{period}{by}. {sources.cite([c['evidence']['doc']])}")
    if not claims:
        lines.append("No numeric claims.")
    disputed = [e for e in events if e.get("corroboration") == "disputed"]
    if disputed:
        lines += ["", "Disputed figures:", ""]
        for e in disputed:
            docs = [r["doc"] for r in e.get("reports", []) if r["doc"] in in_scope]
            lines.append(f"- {_event_sentence(e, name)}: {'; '.join(e.get('disputes') or [])}. {sources.cite(docs)}")
    return lines + [""]
