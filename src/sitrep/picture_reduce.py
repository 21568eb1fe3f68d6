"""The cross-document reduce, step by step, streamed from the stored analyses.

1. ``resolve_actors``: one entity per actor from every document's mentions (plus the people
   credited in bylines), and each document's event facts, in one pass over the analyses.
2. ``merge_happenings``: one event per happening from the facts (needs the stories and dates, so
   it is redone when inferred dates change; the entities are not).
3. ``write_picture``: relations, quotes and claims tied to entities, streamed document by
   document into the picture tables together with the entities and events, in one transaction.

Nothing here holds every analysis at once: a pass unpickles only the parts it reads (mentions
and events, then mentions, relations, quotes and claims), and mentions, quotes and claims go to the
database as they are made. What stays in memory is what the cross-document steps need whole: a
compact summary of every doc-local actor (``resolve_rows``: counts and names, not mentions) and the
event facts (merging clusters them). Mentions are read as the stored rows, never as objects.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sitrep.actors.resolve import EntityOf
from sitrep.analysis import _FIELDS, _loads, blob_parts, load_analysis, parts_analysis
from sitrep.model import Entity, EventFact
from sitrep.picture_store import PictureStore
from sitrep.picture_writer import PictureWriter
from sitrep.store import Store

_FLUSH_ROWS = 5000      # mentions, quotes and claims written per batch
# the stored mention rows are read by position (``resolve.MentionRow``)
assert _FIELDS["mentions"] == ("start", "end", "text", "type", "key", "source", "local", "kb_id", "canonical")
# ... and so are the relations, quotes and claims (``write_picture``)
assert _FIELDS["relations"][:6] == ("subject", "predicate", "object", "start", "end", "office")
assert _FIELDS["quotes"][:6] == ("start", "end", "text", "speaker", "speaker_name", "cue")
assert _FIELDS["claims"][:9] == ("quantity", "unit", "start", "end", "period", "claimant", "claimant_name", "text",
                             "qualifier")


def _parts(doc_id: str, data: bytes | str, parts: tuple[str, ...],
           mentions: bool = True) -> tuple[list[tuple], Any]:
    """(the stored mention rows (if ``mentions``), an analysis with ``parts`` filled in) of one
    stored analysis."""
    if isinstance(data, str):                   # an old JSON row
        from sitrep.actors.resolve import _ROW
        a = load_analysis(data, ("mentions", *parts))
        return [_ROW(m) for m in a.mentions], a
    _, stored = blob_parts(data)
    return _loads(stored["mentions"]) if mentions else [], parts_analysis(doc_id, stored, parts)


def _rows(data: bytes | str, parts: tuple[str, ...], mentions: bool = True
          ) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """(the stored mention rows (if ``mentions``), {part: its stored rows}) of one stored
    analysis: rows as tuples in ``_FIELDS`` order, no record objects built."""
    if isinstance(data, str):                   # an old JSON row
        from sitrep.actors.resolve import _ROW
        a = load_analysis(data, ("mentions", *parts))
        return ([_ROW(m) for m in a.mentions] if mentions else []), \
            {k: [tuple(getattr(r, f) for f in _FIELDS[k]) for r in getattr(a, k)] for k in parts}
    _, stored = blob_parts(data)
    return (_loads(stored["mentions"]) if mentions else []), {k: _loads(stored[k]) for k in parts}


@dataclass(slots=True)
class Actors:
    """Entity resolution's result and each document's event facts, in ingest order."""

    entities: list[Entity]
    entity_of: Mapping[tuple[str, int], str]
    government_of: Callable[[str], str | None]
    facts: dict[str, list[EventFact]] = field(default_factory=dict)
    # entity id -> (mention count, document count); None when the entities hold their mentions
    counts: dict[str, tuple[int, int]] | None = None
    # NORP entity id -> the entity of the country its demonym names, and a capital's entity id ->
    # its country's, when the corpus names that country (the country an office belongs to)
    country_of_demonym: Mapping[str, str] = field(default_factory=dict)
    # (doc, toll) -> the evidence span of an attack whose toll the attacker claims (``picture_figures``)
    own_figures: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    # (doc, subject local, object local) of the stated affiliations (``events.merge_affiliation``)
    affiliations: list[tuple[str, int, int]] = field(default_factory=list)
    # what every round of one run's event merge shares: the figure kinds (from ``own_figures``
    # and the texts, which the rounds do not change) and the events already built from the same
    # reports (``corroboration.build_events``)
    figure_kinds: dict[tuple[str, int], str] | None = None
    built_events: dict = field(default_factory=dict)


def resolve_actors(store: Store, pictures: PictureStore, kb: Any) -> Actors:
    """Corpus entities from every stored analysis (one streamed pass, which also collects the
    event facts), with the credited people added."""
    from sitrep.actors.decisions import Decision
    from sitrep.actors.implied import add_implied_actors
    from sitrep.actors.resolve import resolve_rows

    from sitrep.picture_figures import own_figures
    facts: dict[str, list[EventFact]] = {}
    own: dict[tuple[str, int], tuple[int, int]] = {}
    from sitrep.events.merge_affiliation import AFFILIATIONS
    links: list[tuple[str, int, int]] = []

    def mentions() -> Iterator[tuple[str, list[tuple]]]:
        for doc_id, data in pictures.analyses():
            rows, a = _parts(doc_id, data, ("events", "claims", "relations"))
            facts[doc_id] = a.events
            own.update(own_figures(doc_id, a.events, a.claims))
            links.extend((doc_id, r.subject, r.object) for r in a.relations if r.predicate in AFFILIATIONS)
            yield doc_id, rows

    decisions = [Decision(kind, a, b) for kind, a, b in pictures.decisions()]
    # decisions move single mentions: then the entities keep theirs (and are written from them)
    resolved = resolve_rows(mentions(), kb, decisions)
    entities, entity_of = resolved.entities, resolved.entity_of
    by_id: dict[str, Entity] = {e.id: e for e in entities}
    by_kb: dict[str, str] = {e.kb_id: e.id for e in entities if e.kb_id}

    def government_of(entity_id: str) -> str | None:
        """The actor a capital or country stands for, among the actors the corpus names: its
        government if named, else (for a capital) its country."""
        entity = by_id.get(entity_id)
        if not entity or not entity.kb_id:
            return None
        gov = kb.government_of(entity.kb_id)
        if gov and gov in by_kb:
            return by_kb[gov]
        country = (kb.entry(entity.kb_id) or {}).get("capital_of")
        return by_kb.get(country) if country else None

    removed = _removed_lines(store)
    _add_credited_people(store, entities, removed, kb)
    _add_credited_outlets(store, entities, removed, kb)
    # the peoples and states organisations' names name ("Rwandan troops", "Russia's defence ministry")
    add_implied_actors(entities, kb)
    return Actors(entities, entity_of, government_of, facts, None if decisions else resolved.counts,
                  _countries_of_demonyms(entities, by_kb, kb), own, links)


def _countries_of_demonyms(entities: list[Entity], by_kb: Mapping[str, str], kb: Any) -> dict[str, str]:
    """NORP entity id -> the entity of the country its demonym names, and capital entity id ->
    its country's entity, among the entities.

    "Malaysian Prime Minister X" makes X hold an office of "Malaysian": where the corpus also
    names Malaysia, the office belongs to the country, so both spellings give one relation. A
    national office a text ties to its capital (no country named: "the interior minister" in a
    report datelined Kabul) is the country's office the same way; a capital whose country the
    corpus never names keeps it."""
    out: dict[str, str] = {}
    for e in entities:
        if not e.kb_id:
            continue
        entry = kb.entry(e.kb_id) or {}
        country = by_kb.get(entry.get("demonym_of" if e.type == "NORP" else "capital_of") or "")
        if country and country != e.id:
            out[e.id] = country
    return out


def merge_happenings(store: Store, actors: Actors) -> list[dict[str, Any]]:
    """One event per happening (as the picture stores it) from every document's facts."""
    from sitrep.events.merge import DocInfo, merge_events
    from sitrep.events.merge_affiliation import affiliated_family
    facts = [(doc_id, e) for doc_id, events in actors.facts.items() for e in events]
    from sitrep.picture_figures import document_texts, figure_kinds
    if actors.figure_kinds is None:
        actors.figure_kinds = figure_kinds(actors.own_figures,
                                           document_texts(store.db, (d for d, _ in actors.own_figures)))
    events = merge_events(facts, actors.entity_of, _doc_infos(store, DocInfo),
                          government_of=actors.government_of, figure_kinds=actors.figure_kinds,
                          family_of=affiliated_family(actors.affiliations, actors.entity_of,
                                                      government_of=actors.government_of),
                          built=actors.built_events)
    return [e.contract_dict() | {"reports": [_report_dict(r) for r in e.reports], "disputes": list(e.disputes)}
            for e in events]


@dataclass(slots=True)
class Written:
    entities: int = 0
    relations: int = 0
    quotes: int = 0
    events: int = 0
    claims: int = 0


def write_picture(pictures: PictureStore, actors: Actors, events: list[dict[str, Any]]) -> Written:
    """Rewrite the picture tables: entities and events as given, relations, quotes and claims
    made document by document from the stored analyses (one streamed pass, over the stored rows:
    no record objects are built)."""
    entity_of = actors.entity_of
    demonym_country = actors.country_of_demonym
    written = Written(entities=len(actors.entities), events=len(events))
    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
    quotes: list[tuple] = []
    claims: list[tuple[str, int, int, dict[str, Any]]] = []
    counts = actors.counts
    mentions: list[tuple[str, str, int, int, str]] = []
    with PictureWriter(pictures.db) as out:
        if counts is None:
            out.entities((e.id, e.name, e.type, e.kb_id, e.reviewed, e.qid, e.aliases, e.mentions)
                         for e in actors.entities)
        else:
            out.entity_rows((e.id, e.name, e.type, e.kb_id, e.reviewed, e.qid, e.aliases,
                             *counts.get(e.id, (0, 0))) for e in actors.entities)
        for doc_id, data in pictures.analyses():
            rows, parts = _rows(data, ("relations", "quotes", "claims"), mentions=counts is not None)
            if isinstance(entity_of, EntityOf):
                ent = entity_of.document(doc_id)        # local -> entity id, one dict lookup
                mentions.extend((eid, doc_id, m[0], m[1], m[2]) for m in rows if (eid := ent(m[6])) is not None)
            else:
                def ent(local: int | None, doc_id: str = doc_id) -> str | None:
                    return None if local is None else entity_of.get((doc_id, local))

            # rows in _FIELDS order (asserted at the top of this module)
            for r in parts["relations"]:
                s, o = ent(r[0]), ent(r[2])
                if r[1] == "holds_office" and o in demonym_country:
                    o = demonym_country[o]
                if not s or not o or s == o:
                    continue
                rel = relations.setdefault((s, r[1], o), {"subject": s, "predicate": r[1],
                                                           "object": o, "office": r[5], "evidence": []})
                rel["evidence"].append({"doc": doc_id, "start": r[3], "end": r[4]})
            quotes.extend((doc_id, q[0], q[1], q[2], ent(q[3]), q[4], q[5]) for q in parts["quotes"])
            claims.extend((doc_id, c[2], c[3],
                           {"quantity": claim_quantity(c[0], c[8]), "value": c[0], "qualifier": c[8],
                            "unit": c[1], "period": c[4], "claimant": ent(c[5]), "claimant_name": c[6],
                            "text": c[7], "evidence": {"doc": doc_id, "start": c[2], "end": c[3]}})
                          for c in parts["claims"])
            if len(quotes) + len(claims) + len(mentions) >= _FLUSH_ROWS:
                out.mentions(mentions)
                written.quotes += out.quote_rows(quotes)
                written.claims += out.claim_rows(claims)
                mentions.clear()
                quotes.clear()
                claims.clear()
        out.mentions(mentions)
        written.quotes += out.quote_rows(quotes)
        written.claims += out.claim_rows(claims)
        out.relations(relations.values())
        out.events(events)
    written.relations = len(relations)
    return written


# how a qualified figure is written in the export: comparisons as symbols, estimates as words
_QUALIFIER_FORMS = {"more than": ">{}", "at least": ">={}", "fewer than": "<{}", "up to": "<={}"}


def claim_quantity(quantity: float | int | str, qualifier: str | None) -> float | int | str:
    """The contract's ``quantity``: a plain number when the text gives it exactly; a string
    keeping the qualifier otherwise (">20" for "more than 20", "about 5"), so an approximate
    figure is never passed off as an exact one. The bare number stays in ``value``."""
    if not qualifier or isinstance(quantity, str):
        return quantity
    return _QUALIFIER_FORMS.get(qualifier, qualifier + " {}").format(quantity)


def _removed_lines(store: Store) -> dict[str, list[tuple[str, str]]]:
    """doc id -> its removed lines as (reason, text), in order."""
    removed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in store.db.execute("SELECT doc_id, reason, text FROM removed_lines ORDER BY doc_id, position"):
        removed[r[0]].append((r[1], r[2]))
    return removed


def _add_credited_people(store: Store, entities: list[Entity], removed: Mapping[str, list[tuple[str, str]]],
                         kb: Any = None) -> None:
    """Reporters, editors and photographers credited in bylines and captions, as PERSON actors
    without spans (their names are not in the cleaned text). A credited name that the text also
    names joins that entity. The places they filed from are added too (``_add_credited_places``)."""
    if kb is not None:
        _add_credited_places(entities, removed, kb)
    from sitrep.actors.fold import light
    from sitrep.credits import credited_people
    from sitrep.credits_photo import reads_as_person
    from sitrep.model import content_id
    is_person = (lambda n: reads_as_person(n, kb)) if kb is not None else None
    # keyed by the light fold: "Mariana Téllez" in the byline and "Mariana Tellez" in the credit
    # line are one reporter
    by_name = {light(a): e for e in entities if e.type == "PERSON" for a in [e.name, *e.aliases]}
    for r in store.db.execute("SELECT id, authors FROM documents"):
        for name, role in credited_people(removed.get(r[0], []), json.loads(r[1] or "[]"), is_person):
            key = light(name)
            known = by_name.get(key)
            if known is not None:
                if name not in known.aliases and known.id.startswith("x-credit-"):
                    known.aliases.append(name)
                continue
            person = Entity(id="x-credit-" + content_id(name.casefold()), name=name, type="PERSON",
                            aliases=[name])
            entities.append(person)
            by_name[key] = person


def _credited_place(name: str, kb: Any) -> tuple[str, str, str] | None:
    """(kb id, canonical name, type) of a credited place the knowledge base or gazetteer knows."""
    from sitrep.actors.fold import fold_text
    f = fold_text(name)
    for a in kb.aliases(f.deep_text.strip()):
        e = kb.entries.get(a.entry)
        # a case-sensitive alias must be written as listed ("Washington", not "WASHINGTON")
        if e and e.get("type") in ("GPE", "LOC") and not (a.case and tuple(name.split()) != a.words):
            return a.entry, e["name"], e["type"]
    ids = kb.place_ids(f.light_text.strip())
    if not ids:
        return None
    # a bureau is the best-known place of the name
    pid = max(ids, key=lambda p: kb.places.table[p][2])
    return pid, kb.places.table[pid][0], "GPE"


def _add_credited_places(entities: list[Entity], removed: Mapping[str, list[tuple[str, str]]], kb: Any) -> None:
    """Places credit lines say reporters filed from ("Reporting by A in Goma"), as place entities
    without spans: they are places the pages name, though in metadata. One the text also names
    (same knowledge id or name) gains the credited spelling as an alias instead."""
    from sitrep.credits import credited_places
    from sitrep.model import content_id
    places = [e for e in entities if e.type in ("GPE", "LOC")]
    by_kb = {e.kb_id: e for e in places if e.kb_id}
    by_name = {a.casefold(): e for e in places for a in (e.name, *e.aliases)}
    for doc_id in sorted(removed):
        for name in credited_places(removed[doc_id]):
            known = _credited_place(name, kb)
            if known is None:
                continue
            kb_id, canonical, etype = known
            home = by_kb.get(kb_id) or by_name.get(name.casefold()) or by_name.get(canonical.casefold())
            if home is None:
                home = Entity(id="x-place-" + content_id(kb_id), name=canonical, type=etype,
                              aliases=list(dict.fromkeys([canonical, name])), kb_id=kb_id)
                entities.append(home)
                by_kb[kb_id] = home
            elif name not in home.aliases and name != home.name:
                home.aliases.append(name)
            by_name.setdefault(name.casefold(), home)


def _add_credited_outlets(store: Store, entities: list[Entity], removed: Mapping[str, list[tuple[str, str]]],
                          kb: Any) -> None:
    """The outlets that published the pages and those credited in their removed lines
    (``actors.outlet_credits``), as MEDIA actors without spans; one the picture already has (by
    name, leading words or acronym: ``same_outlet``) gains the credited name as an alias."""
    from sitrep.actors.outlet_credits import acronym_home, credited_outlets, initials
    from sitrep.model import content_id
    named: dict[str, Entity] = {}
    for e in entities:
        if e.type in ("MEDIA", "ORG"):
            for a in (e.name, *e.aliases):
                named.setdefault(a.casefold(), e)
    home_of: dict[str, Entity] = {}
    for doc_id, outlet in store.db.execute("SELECT id, outlet FROM documents"):
        for name in credited_outlets(outlet, removed.get(doc_id, ()), kb):
            if name in home_of:
                continue
            words = name.split()
            # the entity named so, by the credited name's leading words, or by its acronym
            keys = [name] + [" ".join(words[:k]) for k in range(len(words) - 1, 1, -1)]
            acronym = initials(name)
            home = next((named[k.casefold()] for k in keys if k.casefold() in named), None)
            if home is None and len(acronym) >= 3 and acronym.casefold() in named:
                home = named[acronym.casefold()]
                home = home if acronym_home(name, [home.name, *home.aliases]) else None
            if home is None:
                home = Entity(id="x-outlet-" + content_id(name.casefold()), name=name, type="MEDIA", aliases=[name])
                entities.append(home)
            elif name != home.name and name not in home.aliases:
                home.aliases.append(name)
            home_of[name] = home
            named.setdefault(name.casefold(), home)


def _report_dict(r) -> dict[str, Any]:
    return {"doc": r.doc, "start": r.start, "end": r.end, "outlet": r.outlet,
            "fatalities": r.fatalities, "injuries": r.injuries, "date": r.date, "copy_of": r.copy_of}


def _doc_infos(store: Store, doc_info: type) -> dict[str, Any]:
    """What event merging needs to know of each document: outlet, date, copy, rewrite and story."""
    from sitrep.events.merge_basics import rewrite_roots
    copy_of: dict[str, str] = {}
    rewrites: list[tuple[str, str]] = []
    for d in store.duplicates():
        if d.kind == "copy" and d.original:
            copy_of[d.b if d.original == d.a else d.a] = d.original
        elif d.kind == "rewrite":
            # a "partial" pair shares passages only: the rest of each text is its own report
            rewrites.append((d.a, d.b))
    rewrite_of = rewrite_roots(rewrites)
    story_of = {doc: s.id for s in store.stories() for doc in s.documents}
    inferred = PictureStore(store.db).inferred_dates()
    out: dict[str, Any] = {}
    for r in store.db.execute("SELECT id, outlet, published, title, source FROM documents"):
        published = r["published"] or (inferred.get(r["id"]) or (None,))[0]
        out[r["id"]] = doc_info(outlet=r["outlet"], published=published,
                                copy_of=copy_of.get(r["id"]), story=story_of.get(r["id"]),
                                rewrite_of=rewrite_of.get(r["id"]), label=_label(r["title"], r["source"]))
    return out


def _label(title: str | None, source: str | None) -> str | None:
    """A document's name for a reader when it has no outlet: its title, else its file's name."""
    if title and title.strip():
        return " ".join(title.split())[:80]
    if source:
        return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or None
    return None
