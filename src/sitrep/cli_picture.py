"""Commands over the picture: actors, quotes, people's corrections and the knowledge base."""
from __future__ import annotations

import json
import re

import click
from rich.markup import escape
from rich.table import Table

from sitrep.cli import DB_OPTION, _open, _update_picture, cli, console, out
from sitrep.model import ENTITY_TYPES


def _pictures(store):
    from sitrep.picture_store import PictureStore
    return PictureStore(store.db)


def _one_entity(pictures, ref: str) -> dict:
    found = pictures.find_entities(ref)
    if not found:
        raise click.ClickException(f"no entity named {ref!r}; try 'sitrep entities' to list them")
    if len(found) > 1 and not any(e["id"] == ref for e in found):
        names = ", ".join(f"{e['name']} ({e['type']}, id {e['id']})" for e in found[:6])
        console.print(f"[yellow]{ref!r} names {len(found)} entities: {escape(names)}; showing the most mentioned[/yellow]")
    return next((e for e in found if e["id"] == ref), found[0])


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, for showing a mention in context."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return re.sub(r"\s+", " ", text[left + 1:right]).strip()


@cli.command()
@DB_OPTION
@click.option("--unreviewed", is_flag=True, help="Only actors no knowledge base or person vouches for.")
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@click.option("--limit", "-n", default=50, show_default=True, help="How many to list (0: all).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
def entities(db: str, unreviewed: bool, type_: str | None, limit: int, as_json: bool) -> None:
    """List the actors found, most mentioned first.

    \b
    Example:
        sitrep entities --db demo.db --type ORG
        sitrep entities --db demo.db --unreviewed     # found outside the knowledge base
    """
    with _open(db) as store:
        rows = _pictures(store).entities(unreviewed=unreviewed, type_=type_)
    rows = rows[:limit] if limit else rows
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} entities")
    for col in ("name", "type", "mentions", "docs", "reviewed", "aliases"):
        table.add_column(col)
    for r in rows:
        aliases = ", ".join(a for a in r["aliases"] if a != r["name"])
        table.add_row(escape(r["name"]), r["type"], str(r["mention_count"]), str(r["doc_count"]),
                      "yes" if r["reviewed"] else "no", escape(aliases[:80]))
    out.print(table)


@cli.command()
@click.argument("name")
@DB_OPTION
@click.option("--limit", "-n", default=20, show_default=True, help="How many mentions and quotes to show.")
def entity(name: str, db: str, limit: int) -> None:
    """Show one actor: aliases, affiliations, mentions in their sentences, and quotes.

    \b
    Example:
        sitrep entity "Kataib Hezbollah" --db demo.db
    """
    with _open(db) as store:
        pictures = _pictures(store)
        e = _one_entity(pictures, name)
        names = pictures.entity_names()
        out.print(f"[bold]{escape(e['name'])}[/bold]  {e['type']}  id {e['id']}"
                  + (f"  knowledge base: {e['kb_id']}" if e["kb_id"] else "  [yellow]unreviewed[/yellow]")
                  + (f"  Wikidata {e['qid']}" if e["qid"] else ""))
        out.print("aliases: " + escape(", ".join(e["aliases"])))
        for r in pictures.relations():
            if e["id"] in (r["subject"], r["object"]):
                office = f" ({r['office']})" if r.get("office") else ""
                out.print(f"  {escape(names.get(r['subject'], r['subject']))} [cyan]{r['predicate']}[/cyan]{escape(office)} "
                          f"{escape(names.get(r['object'], r['object']))}  ({len(r['evidence'])} sources)")
        texts = {}
        mentions = pictures.mentions_of(e["id"])
        out.print(f"[bold]{len(mentions)} mentions[/bold]")
        for doc_id, start, end, _ in mentions[:limit]:
            if doc_id not in texts:
                texts[doc_id] = store.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            out.print(f"  [dim]{doc_id}[/dim] {escape(_sentence(texts[doc_id], start, end))}", highlight=False)
        quotes = pictures.quotes(speaker=e["id"])
        if quotes:
            out.print(f"[bold]{len(quotes)} quotes[/bold]")
            for q in quotes[:limit]:
                out.print(f"  [dim]{q['doc']}[/dim] “{escape(q['text'])}” ({escape(q['cue'] or '')})", highlight=False)


@cli.command()
@DB_OPTION
@click.option("--speaker", help="Only quotes of this speaker (a name or alias).")
@click.option("--limit", "-n", default=50, show_default=True, help="How many quotes (0: all).")
def quotes(db: str, speaker: str | None, limit: int) -> None:
    """List direct quotations with their speakers.

    \b
    Example:
        sitrep quotes --db demo.db --speaker "Matthew Miller"
    """
    with _open(db) as store:
        pictures = _pictures(store)
        names = pictures.entity_names()
        rows = pictures.quotes(speaker=_one_entity(pictures, speaker)["id"] if speaker else None)
    for q in rows[:limit] if limit else rows:
        who = names.get(q["speaker"]) or q["speaker_name"] or "unknown speaker"
        out.print(f"[bold]{escape(who)}[/bold] [dim]({escape(q['cue'] or '')}; {q['doc']})[/dim]: "
                  f"“{escape(q['text'])}”", highlight=False)


@cli.command()
@click.argument("a")
@click.argument("b")
@DB_OPTION
def merge(a: str, b: str, db: str) -> None:
    """Say that A and B are one actor; the decision survives re-ingesting.

    \b
    Example:
        sitrep merge "Abu Fadak" "Abdul Aziz al-Mohammadawi" --db demo.db
    """
    with _open(db) as store:
        pictures = _pictures(store)
        first, second = _one_entity(pictures, a), _one_entity(pictures, b)
        pictures.add_decision("merge", first["name"], second["name"])
        _update_picture(store, 1, True)
        console.print(f"merged {escape(second['name'])} into {escape(first['name'])}")


@cli.command()
@click.argument("name")
@DB_OPTION
def split(name: str, db: str) -> None:
    """Detach the surface form NAME from the entity it was merged into.

    \b
    Example:
        sitrep split "Al-Sudani" --db demo.db
    """
    with _open(db) as store:
        pictures = _pictures(store)
        _one_entity(pictures, name)
        pictures.add_decision("split", name, None)
        _update_picture(store, 1, True)
        console.print(f"{escape(name)} is now an entity of its own")


@cli.group()
def kb() -> None:
    """The knowledge base of actors: add your own entries.

    \b
    Example:
        sitrep kb add "Rapid Support Forces" --type ORG --alias RSF --db sudan.db
    """


@kb.command(name="add")
@click.argument("name")
@click.option("--type", "type_", required=True, type=click.Choice(ENTITY_TYPES), help="Entity type.")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--member-of", "member_of", help="Knowledge-base id of the group it belongs to.")
@click.option("--backed-by", "backed_by", help="Knowledge-base id of its backer.")
@click.option("--qid", help="Wikidata id, e.g. Q123.")
@DB_OPTION
def kb_add(name: str, type_: str, aliases: tuple[str, ...], member_of: str | None,
           backed_by: str | None, qid: str | None, db: str) -> None:
    """Add an actor to this database's knowledge base, then re-analyse.

    \b
    Example:
        sitrep kb add "Rapid Support Forces" --type ORG --alias RSF --alias "Janjaweed" --db sudan.db
    """
    slug = "user-" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    entry = {"id": slug, "name": name, "type": type_, "aliases": list(aliases), "relations": []}
    if member_of:
        entry["relations"].append({"predicate": "member_of", "object": member_of})
    if backed_by:
        entry["relations"].append({"predicate": "backed_by", "object": backed_by})
    if qid:
        entry["qid"] = qid
    with _open(db, must_exist=False) as store:
        _pictures(store).add_kb_entry(entry)
        report = _update_picture(store, 1, True)
    console.print(f"added {escape(name)} ({type_}, id {slug}); re-analysed {report.analysed} documents")


@cli.command()
@DB_OPTION
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--nlp", metavar="spacy:NAME", default=None,
              help="Optional trained backend adding entity candidates, e.g. spacy:en_core_web_md.")
def analyse(db: str, jobs: int, nlp: str | None) -> None:
    """Re-run the analysis where code or knowledge changed, and rebuild the picture.

    \b
    Example:
        SITREP_KNOWLEDGE=my_kb/ sitrep analyse --db demo.db --jobs 2
    """
    with _open(db) as store:
        report = _update_picture(store, jobs, False, nlp)
    console.print(f"analysed {report.analysed} documents: {report.entities} entities, {report.quotes} quotes, "
                  f"{report.events} events, {report.claims} claims ({report.seconds:.2f} s)")
