"""Commands over events: the timeline, trends, and the situation report."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from sitrep.cli import DB_OPTION, _open, cli, console, out
from sitrep.model import PLOVER_ACTIONS, Event, Report


def event_from_dict(e: dict) -> Event:
    """An Event back from the picture table's JSON."""
    reports = [Report(**r) for r in e.get("reports", [])] or [
        Report(doc=s["doc"], start=s["start"], end=s["end"]) for s in e.get("evidence", [])]
    return Event(id=e["id"], action=e["action"], date=e.get("date"), date_text=e.get("date_text"),
                 actor=e.get("actor"), target=e.get("target"), location=e.get("location"),
                 fatalities=e.get("fatalities"), injuries=e.get("injuries"), mode=e.get("mode"),
                 reports=reports, corroboration=e.get("corroboration", "single source"),
                 disputes=list(e.get("disputes") or []), date_basis=e.get("date_basis"),
                 actor_name=e.get("actor_name"), target_name=e.get("target_name"))


def _events(store, action: str | None, actor: str | None, since: str | None, until: str | None):
    from sitrep.picture_store import PictureStore
    pictures = PictureStore(store.db, readonly=True)
    names = pictures.entity_names()
    wanted_actor = None
    if actor:
        found = pictures.find_entities(actor)
        if not found:
            raise click.ClickException(f"no entity named {actor!r}; 'sitrep entities' lists them")
        wanted_actor = {e["id"] for e in found}
    rows = []
    for e in pictures.events():
        if action and e["action"] != action:
            continue
        if wanted_actor and e.get("actor") not in wanted_actor:
            continue
        if since and (not e.get("date") or e["date"] < since[:len(e["date"])]):
            continue
        if until and (not e.get("date") or e["date"][:len(until)] > until):
            continue
        rows.append(e)
    return rows, names


def _who(e: dict, role: str, names: dict) -> str:
    """An event's actor or target by name; with none named, how the reports describe it, in
    parentheses ("(gunmen)")."""
    named = names.get(e.get(role)) or ""
    described = e.get(f"{role}_name")
    return named or (f"({described})" if described else "")


EVENT_FILTERS = [
    click.option("--action", type=click.Choice(PLOVER_ACTIONS), help="Only this PLOVER category."),
    click.option("--actor", help="Only events of this actor (a name or alias)."),
    click.option("--since", help="From this date (YYYY-MM-DD or YYYY-MM)."),
    click.option("--until", help="Up to this date (YYYY-MM-DD or YYYY-MM)."),
]


def _with_filters(fn):
    for option in reversed(EVENT_FILTERS):
        fn = option(fn)
    return fn


@cli.command()
@DB_OPTION
@_with_filters
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False), help="Write the timeline as CSV here ('-': stdout).")
def timeline(db: str, action: str | None, actor: str | None, since: str | None, until: str | None,
             csv_out: str | None) -> None:
    """Events in date order with their sources (undated last).

    \b
    Example:
        sitrep timeline --db demo.db --action ASSAULT --since 2024-10
        sitrep timeline --db demo.db --csv timeline.csv
    """
    with _open(db) as store:
        rows, names = _events(store, action, actor, since, until)
        outlets = {r[0]: r[1] for r in store.db.execute("SELECT id, outlet FROM documents")}
    if csv_out:
        fh = sys.stdout if csv_out == "-" else open(csv_out, "w", newline="", encoding="utf-8")
        writer = csv.writer(fh)
        writer.writerow(["date", "action", "actor", "target", "location", "fatalities", "injuries",
                         "mode", "corroboration", "outlets", "documents", "event_id"])
        for e in rows:
            docs = [r["doc"] for r in e.get("reports", [])]
            writer.writerow([e.get("date"), e["action"], _who(e, "actor", names), _who(e, "target", names),
                             names.get(e.get("location"), ""),
                             e.get("fatalities"), e.get("injuries"), e.get("mode"), e.get("corroboration"),
                             "; ".join(sorted({outlets.get(d) or "?" for d in docs})), "; ".join(docs), e["id"]])
        if fh is not sys.stdout:
            fh.close()
            console.print(f"wrote {len(rows)} events to {csv_out}")
        return
    table = Table(title=f"{len(rows)} events")
    for col in ("date", "action", "actor", "target", "toll", "sources"):
        table.add_column(col)
    for e in rows:
        docs = [r["doc"] for r in e.get("reports", [])]
        toll = " ".join(x for x in (f"{e['fatalities']} killed" if e.get("fatalities") is not None else "",
                                    f"{e['injuries']} injured" if e.get("injuries") is not None else "") if x)
        table.add_row(e.get("date") or "undated", e["action"], escape(_who(e, "actor", names)),
                      escape(_who(e, "target", names)), toll,
                      escape(", ".join(sorted({outlets.get(d) or "?" for d in docs}))))
    out.print(table)


@cli.command()
@DB_OPTION
@_with_filters
@click.option("--by", type=click.Choice(["month", "week"]), default="month", show_default=True,
              help="Period to count by.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False), help="Write the counts as CSV here ('-': stdout).")
def trends(db: str, action: str | None, actor: str | None, since: str | None, until: str | None,
           by: str, csv_out: str | None) -> None:
    """Event counts and intensity per actor pair, category and period.

    Intensity is a Goldstein-style score (-10 most hostile to +10 most cooperative) per PLOVER
    category; see the events documentation for the scale.

    \b
    Example:
        sitrep trends --db demo.db --action ASSAULT --by month
        sitrep trends --db demo.db --csv trends.csv
    """
    from sitrep.events import trends as trend_lib
    with _open(db) as store:
        rows, names = _events(store, action, actor, since, until)
    counted = trend_lib.counts([event_from_dict(e) for e in rows], by=by)
    if csv_out:
        if csv_out == "-":
            trend_lib.write_trends_csv(counted, sys.stdout, names)
        else:
            with open(csv_out, "w", newline="", encoding="utf-8") as fh:
                trend_lib.write_trends_csv(counted, fh, names)
            console.print(f"wrote {len(counted)} rows to {csv_out}")
        return
    table = Table(title=f"events per {by}")
    for col in ("period", "actor", "action", "target", "events", "intensity"):
        table.add_column(col)
    for r in counted:
        table.add_row(r.period, escape(names.get(r.actor, r.actor or "") or ""), r.action,
                      escape(names.get(r.target, r.target or "") or ""), str(r.count), f"{r.intensity:+.1f}")
    out.print(table)


@cli.command()
@DB_OPTION
@click.option("--story", help="Report on one story (an id or id prefix from 'sitrep stories').")
@click.option("--since", help="From this date (YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY-MM-DD).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the Markdown here (default: stdout).")
def report(db: str, story: str | None, since: str | None, until: str | None, output: str | None) -> None:
    """Write a Markdown situation report where every sentence cites its sources.

    \b
    Example:
        sitrep report --db demo.db -o report.md
        sitrep report --db demo.db --since 2024-11-01 --until 2024-11-30
    """
    from sitrep.report import Scope, build_report
    with _open(db) as store:
        try:
            text = build_report(store, Scope(story=story, since=since, until=until))
        except ValueError as err:
            raise click.ClickException(str(err)) from err
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")
    else:
        click.echo(text, nl=False)      # plain: Markdown must not be re-wrapped to the terminal
