"""Exports of the whole picture: JSON per the ``sitrep/1`` contract, CSV and Parquet tables.

JSON is written as a stream (documents one at a time) so memory stays flat on large stores.
CSV and Parquet write one file per table into a folder.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sitrep.timex.infer import corpus_guess
from sitrep.model import SCHEMA, Document
from sitrep.picture_store import PictureStore
from sitrep.store import Store

PICTURE_KEYS = ("duplicates", "stories", "entities", "relations", "quotes", "events", "unattributed_events", "claims")


def attributed(event: dict[str, Any]) -> bool:
    """Whether an event names a party (actor or target entity). A coded act whose text names neither
    ("at least 26 people were killed last August") is no dyadic event record: the export lists it
    apart, under ``unattributed_events`` (the contract's additions are free), while the situation
    report, timeline and trends, which read the store, still count its casualties."""
    return bool(event.get("actor") or event.get("target"))


def picture_records(store: Store, key: str) -> Iterator[dict[str, Any]]:
    """Records of one contract array other than documents."""
    if key == "duplicates":
        return (d.contract_dict() for d in store.duplicates())
    if key == "stories":
        return (s.contract_dict() for s in store.stories())
    pictures = PictureStore(store.db, readonly=True)
    if key == "entities":
        return iter(_entities(store, pictures))
    if key == "relations":
        return iter(pictures.relations())
    if key == "quotes":
        return iter(pictures.quotes())
    if key == "events":
        return (e for e in pictures.events() if attributed(e))
    if key == "unattributed_events":
        return (e for e in pictures.events() if not attributed(e))
    if key == "claims":
        return iter(pictures.claims())
    raise KeyError(key)


def _entities(store: Store, pictures: PictureStore) -> Iterator[dict[str, Any]]:
    for e in pictures.entities():
        mentions = [{"doc": d, "start": s, "end": t, "text": x} for d, s, t, x in pictures.mentions_of(e["id"])]
        yield {"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"],
               "mentions": mentions, "kb_id": e["kb_id"], "reviewed": e["reviewed"], "qid": e["qid"]}


def document_record(doc: Document, inferred: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """A document per the contract; an undated one carries the date inferred from its story. A
    date guessed from the corpus alone (no story-mate: ``timex.infer.corpus_guess``) dates the page's
    events, but is too weak to be published as the page's own date: it stays null."""
    record = doc.contract_dict()
    if record["published"] is None and doc.id in inferred and not corpus_guess(inferred[doc.id][1]):
        record["published"], record["published_basis"] = inferred[doc.id]
    return record


def write_json(store: Store, out: IO[str]) -> None:
    """The contract's JSON object, streamed."""
    inferred = PictureStore(store.db, readonly=True).inferred_dates() if _has_pictures(store) else {}
    out.write('{"schema": ' + json.dumps(SCHEMA) + ',\n "documents": [')
    for i, doc in enumerate(store.documents()):
        out.write(("," if i else "") + "\n  " + json.dumps(document_record(doc, inferred), ensure_ascii=False))
    out.write("\n ]")
    for key in PICTURE_KEYS:
        out.write(f',\n "{key}": [')
        for i, record in enumerate(picture_records(store, key)):
            out.write(("," if i else "") + "\n  " + json.dumps(record, ensure_ascii=False))
        out.write("]")
    out.write("\n}\n")


def table_rows(store: Store) -> dict[str, Iterator[dict[str, Any]]]:
    """The export as flat tables: one row per record, lists as JSON text."""
    inferred = PictureStore(store.db, readonly=True).inferred_dates() if _has_pictures(store) else {}

    def documents() -> Iterator[dict[str, Any]]:
        for doc in store.documents():
            row = document_record(doc, inferred)
            row.pop("removed")
            row["authors"] = "; ".join(doc.authors)
            row.update(url=doc.url, format=doc.fmt, outlet_basis=doc.outlet_basis, source_outlet=doc.outlet,
                       authors_basis=doc.authors_basis, repairs=doc.repairs)
            yield row

    def removed() -> Iterator[dict[str, Any]]:
        for row in store.db.execute("SELECT doc_id, position, text, reason, raw_start, raw_end "
                                    "FROM removed_lines ORDER BY doc_id, position"):
            yield dict(row)

    tables: dict[str, Iterator[dict[str, Any]]] = {"documents": documents(), "removed_lines": removed()}
    for key in PICTURE_KEYS:
        tables[key] = ({k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in r.items()}
                       for r in picture_records(store, key))
    return tables


COLUMNS = {
    "documents": ["id", "source", "outlet", "title", "published", "published_basis", "authors",
                  "dateline", "text", "url", "format", "outlet_basis", "source_outlet", "authors_basis", "repairs"],
    "removed_lines": ["doc_id", "position", "text", "reason", "raw_start", "raw_end"],
    "duplicates": ["a", "b", "kind", "similarity", "original"],
    "stories": ["id", "title", "documents"],
    "entities": ["id", "name", "type", "aliases", "mentions"],
    "relations": ["subject", "predicate", "object", "office", "evidence"],
    "quotes": ["doc", "start", "end", "text", "speaker", "speaker_name", "cue"],
    "events": ["id", "date", "date_text", "action", "actor", "target", "location", "fatalities",
               "injuries", "mode", "corroboration", "disputes", "evidence"],
    "unattributed_events": ["id", "date", "date_text", "action", "actor", "target", "location", "fatalities",
                            "injuries", "mode", "corroboration", "disputes", "evidence"],
    "claims": ["quantity", "unit", "period", "claimant", "claimant_name", "text", "evidence"],
}


def _has_pictures(store: Store) -> bool:
    return store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'inferred_dates'").fetchone() is not None


def write_csv(store: Store, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in table_rows(store).items():
        path = folder / f"{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS[name], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


INT_COLUMNS = {"position", "raw_start", "raw_end", "repairs", "start", "end", "fatalities", "injuries"}
FLOAT_COLUMNS = {"similarity"}


def _cell(column: str, value: Any) -> Any:
    if value is None or column in INT_COLUMNS or column in FLOAT_COLUMNS:
        return value
    return value if isinstance(value, str) else json.dumps(value)


def write_parquet(store: Store, folder: Path, batch: int = 2000) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in table_rows(store).items():
        path = folder / f"{name}.parquet"
        columns = COLUMNS[name]
        schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS
                             else pa.string()) for c in columns])
        with pq.ParquetWriter(path, schema) as writer:
            chunk: list[dict[str, Any]] = []
            for row in rows:
                chunk.append({c: _cell(c, row.get(c)) for c in columns})
                if len(chunk) >= batch:
                    writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                    chunk.clear()
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
        written.append(path)
    return written


def export(store: Store, fmt: str, out: str | None) -> list[Path]:
    """Write the export in ``fmt`` (json, csv, parquet) to ``out`` (a file for JSON, stdout when
    None; a folder for CSV and Parquet)."""
    if fmt == "json":
        if out in (None, "-"):
            write_json(store, sys.stdout)
            return []
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            write_json(store, fh)
        return [Path(out)]
    folder = Path(out or f"sitrep-{fmt}")
    return write_csv(store, folder) if fmt == "csv" else write_parquet(store, folder)
