"""The ``sitrep`` command: a thin layer over the library, one command per task."""
from __future__ import annotations

import os
import re
import sys
import textwrap

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from sitrep import __version__
from sitrep.runtime import batch_collector

console = Console(stderr=True)
out = Console()

DB_OPTION = click.option(
    "--db", "db", envvar="SITREP_DB", default="sitrep.db", show_default=True,
    type=click.Path(dir_okay=False), help="SQLite database file (or set $SITREP_DB).")


def _open(db: str, must_exist: bool = True):
    from sitrep.store import Store, StoreError
    if must_exist and not os.path.exists(db):
        raise click.ClickException(f"{db}: no such database; run 'sitrep ingest PATH --db {db}' first")
    try:
        return Store(db)
    except StoreError as err:
        raise click.ClickException(str(err)) from err


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def cli() -> None:
    """sitrep: turn news articles about a conflict into a sourced situation picture.

    \b
    Example:
        sitrep ingest articles/ --db war.db
        sitrep stats --db war.db
        sitrep export --db war.db --format json -o picture.json
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for the per-document pipeline.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary, only problems.")
@click.option("--skip-analysis", is_flag=True,
              help="Clean, store and link duplicates only; run 'sitrep analyse' later for the picture.")
@click.option("--nlp", metavar="spacy:NAME", default=None,
              help="Optional trained backend adding entity candidates, e.g. spacy:en_core_web_md "
                   "(needs spaCy and that pipeline installed; the default needs no model).")
def ingest(paths: tuple[str, ...], db: str, jobs: int, quiet: bool, skip_analysis: bool,
           nlp: str | None) -> None:
    """Read articles from files and folders (recursively) into the database.

    Formats: .txt (one scraped page per file), .html/.htm, .json (an article object or a list),
    .jsonl (one object per line), RSS/Atom feeds (.xml, .rss, .atom), and any of them gzipped
    (page.html.gz). Ingesting the same content
    again adds nothing. Bad files are reported on stderr and skipped; exit status 1 when any
    file was rejected.

    \b
    Example:
        sitrep ingest examples/corpus --db demo.db --jobs 2
    """
    from sitrep.batch import ingest as run_ingest
    store = _open(db, must_exist=False)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[articles]} articles"), TimeRemainingColumn(),
                        console=console, disable=quiet or not console.is_terminal, transient=True)
    with progress:
        task = progress.add_task("ingest", total=None, articles=0)
        counted = {"articles": 0}

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_file(path: str, articles: int) -> None:
            counted["articles"] += articles
            progress.update(task, advance=1, articles=counted["articles"])

        with batch_collector():
            report = run_ingest(paths, store, jobs=jobs, on_start=on_start, on_file=on_file)
    picture = None if skip_analysis else _update_picture(store, jobs, quiet, nlp)
    for problem in report.rejected:
        # soft_wrap: one line per problem, never folded at the terminal width (grep-able)
        console.print(f"[red]rejected[/red] {escape(problem.source)}: {escape(problem.reason)}",
                      highlight=False, soft_wrap=True)
    for problem in report.warnings:
        console.print(f"[yellow]warning[/yellow] {escape(problem.source)}: {escape(problem.reason)}",
                      highlight=False, soft_wrap=True)
    if not quiet:
        _print_ingest_summary(report, store, picture)
    store.close()
    sys.exit(0 if report.ok else 1)


def _update_picture(store, jobs: int, quiet: bool, nlp: str | None = None):
    """Analyse new documents (entities, quotes, events, claims) and rebuild the picture."""
    from sitrep.picture import update_picture
    progress = Progress(TextColumn("[bold]analyse"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=console,
                        disable=quiet or not console.is_terminal, transient=True)
    with progress:
        task = progress.add_task("analyse", total=None)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            with batch_collector():
                return update_picture(store, jobs=jobs, on_progress=on_progress, nlp=nlp)
        except Exception as err:
            from sitrep.actors.spacy_backend import SpacyUnavailable
            if isinstance(err, (SpacyUnavailable, ValueError)) and nlp:
                raise click.ClickException(f"--nlp {nlp}: {err}") from err
            raise


def _print_ingest_summary(report, store, picture=None) -> None:
    seconds = report.seconds + (picture.seconds if picture is not None else 0.0)
    rate = report.articles / seconds if seconds else 0.0
    table = Table(title="sitrep ingest", show_header=False, box=None)
    table.add_row("files read", str(report.files))
    table.add_row("articles found", str(report.articles))
    table.add_row("added", str(report.added))
    table.add_row("already stored", str(report.already_stored))
    table.add_row("rejected", str(len(report.rejected)))
    table.add_row("warnings", str(len(report.warnings)))
    if report.added or report.recleaned:
        table.add_row("copies and rewrites", f"{report.duplicates} pairs, {report.stories} stories")
    if report.recleaned:
        table.add_row("re-cleaned (outlet chrome)", str(report.recleaned))
    if picture is not None:
        table.add_row("analysed", f"{picture.analysed} documents in {picture.seconds:.2f} s")
        table.add_row("picture", f"{picture.entities} entities, {picture.quotes} quotes, "
                                 f"{picture.events} events, {picture.claims} claims, "
                                 f"{picture.relations} relations")
    table.add_row("time", f"{seconds:.2f} s ({rate:.0f} articles/s, cleaning to picture)")
    stats = store.stats()
    table.add_row("database", Text(f"{store.path}: {stats['documents']} documents, {stats['outlets']} outlets", overflow="fold"))
    console.print(table)
    if stats["by_outlet"]:
        console.print("outlets: " + ", ".join(f"{o} ({n})" for o, n in stats["by_outlet"][:8]),
                      highlight=False, markup=False)


@cli.command(name="export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "parquet"]), default="json",
              show_default=True, help="json: one object per the sitrep/1 contract; csv/parquet: a file per table.")
@click.option("-o", "--output", "output", default=None,
              help="Output file (json; stdout when omitted) or folder (csv, parquet).")
def export_cmd(db: str, fmt: str, output: str | None) -> None:
    """Write the whole picture as JSON, CSV or Parquet.

    \b
    Example:
        sitrep export --db demo.db --format json -o picture.json
        sitrep export --db demo.db --format csv -o tables/
    """
    from sitrep.export import export
    with _open(db) as store:
        for path in export(store, fmt, output):
            console.print(f"wrote {path}", highlight=False, markup=False, soft_wrap=True)


@cli.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", "-n", default=10, show_default=True, help="How many results.")
def search(query: str, db: str, limit: int) -> None:
    """Full-text search over titles and texts, ranked (BM25), with highlighted snippets.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", OR, NOT, prefix*.

    \b
    Example:
        sitrep search '"drone attack" OR missile' --db demo.db
    """
    with _open(db) as store:
        hits = store.search(query, limit)
    if not hits:
        console.print(f"no match for {query!r}", markup=False)
        return
    for hit in hits:
        head = Text.assemble((hit["title"] or "(no title)", "bold"), "  ",
                             (f"{hit['outlet'] or '?'} · {hit['published'] or 'undated'} · {hit['id']}", "dim"))
        out.print(head, highlight=False)
        # the snippet marks each hit as [word]; show the marks, highlighted
        snippet = Text("  ")
        for k, piece in enumerate(re.split(r"(\[[^\[\]\n]*\])", hit["snippet"].replace("\n", " "))):
            snippet.append(piece, style="bold yellow" if k % 2 else "")
        out.print(snippet, highlight=False, soft_wrap=True)


@cli.command()
@click.argument("doc")
@DB_OPTION
@click.option("--raw", is_flag=True, help="Also print the raw text the document came from.")
def show(doc: str, db: str, raw: bool) -> None:
    """Show a document: metadata, cleaned text, and every removed line with the reason.

    DOC is a document id (or its first characters), a source path or a file name.

    \b
    Example:
        sitrep show 003_2f6602b0745822a4.txt --db demo.db
    """
    with _open(db) as store:
        docs = store.find_documents(doc)
        links = {d.id: store.duplicates(d.id) for d in docs}
        sources = {r[0]: r[1] for r in store.db.execute("SELECT id, source FROM documents")} if docs else {}
    if not docs:
        raise click.ClickException(f"no document matches {doc!r}")
    for d in docs:
        table = Table(show_header=False, box=None)
        for label, value in [("id", d.id), ("source", d.source), ("title", d.title),
                             ("outlet", f"{d.publisher} (masthead over the wire's copy; written by {d.outlet})"
                              if d.publisher else f"{d.outlet} ({d.outlet_basis})" if d.outlet else None),
                             ("published", f"{d.published} ({d.published_basis})" if d.published else None),
                             ("authors", f"{', '.join(d.authors)} ({d.authors_basis})" if d.authors else None),
                             ("dateline", d.dateline), ("format", d.fmt), ("url", d.url),
                             ("repairs", str(d.repairs)), ("warnings", "; ".join(d.warnings) or None)]:
            table.add_row(f"[bold]{label}[/bold]", Text("—" if value is None else str(value), overflow="fold"))
        out.print(table)
        out.rule("cleaned text")
        out.print(d.text, highlight=False, markup=False, soft_wrap=True)
        out.rule(f"removed lines ({len(d.removed)})")
        for r in d.removed:
            out.print(f"[dim]{escape(f'{r.reason:>28}')}[/dim]  {escape(textwrap.shorten(r.text, 100) or repr(r.text))}",
                      highlight=False)
        out.rule(f"copies and rewrites ({len(links[d.id])})")
        for dup in links[d.id]:
            other = dup.b if dup.a == d.id else dup.a
            role = ("the original" if dup.original == other else "copies this" if dup.original == d.id
                    else "original unknown")
            out.print(Text(f"{dup.kind:>8} {dup.similarity:.2f}  {other}  {sources.get(other, '')}  ({role})"),
                      highlight=False)
        if raw:
            out.rule("raw text")
            out.print(d.raw, highlight=False, markup=False, soft_wrap=True)


@cli.command()
@DB_OPTION
def stories(db: str) -> None:
    """List stories: documents that copy or rewrite one another, with each pair's original.

    \b
    Example:
        sitrep stories --db demo.db
    """
    with _open(db) as store:
        found = store.stories()
        docs = {r["id"]: r for r in store.db.execute("SELECT id, source, outlet, published FROM documents")}
        dups = store.duplicates()
    linked = {d.a for d in dups} | {d.b for d in dups}
    for story in found:
        if len(story.documents) < 2 and story.documents[0] not in linked:
            continue
        out.print(Text(f"{story.title or '(no title)'}  [{len(story.documents)} documents]", style="bold"))
        for doc_id in story.documents:
            r = docs.get(doc_id)
            originals = {d.original for d in dups if doc_id in (d.a, d.b) and d.original}
            mark = "original" if doc_id in originals else ""
            out.print(Text(f"  {doc_id}  {r['published'] or 'undated':10}  {r['outlet'] or '?':20}  {r['source']}  {mark}"),
                      highlight=False)
    single = sum(1 for s in found if len(s.documents) == 1)
    out.print(f"{len(found) - single} stories with several documents, {single} single documents")


@cli.command()
@DB_OPTION
def stats(db: str) -> None:
    """Counts of what the database holds.

    \b
    Example:
        sitrep stats --db demo.db
    """
    with _open(db) as store:
        s = store.stats()
    table = Table(show_header=False, box=None)
    for key, value in s.items():
        if not isinstance(value, list):
            table.add_row(key.replace("_", " "), Text(str(value), overflow="fold"))
    out.print(table)
    for key in ("by_outlet", "removed_by_reason"):
        if s[key]:
            out.print(f"[bold]{key.replace('_', ' ')}[/bold]: " + escape(", ".join(f"{a} ({n})" for a, n in s[key])),
                      highlight=False)


# the picture's commands live in their own module; importing it registers them on ``cli``
from sitrep import cli_events, cli_picture  # noqa: E402,F401


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
