"""Commands over reconciled data: reconcile, sources, figures, estimate, timeline."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from muster.cli.app import app
from muster.formatting import bounds, chain
from muster.cli.options import (DB, EVENT, ORIGIN, OUTLET, SIDE, SINCE, SOURCE, STATUS, UNTIL, ListFormat,
                                filters, open_or_exit)
from muster.errors import MusterError
from muster.records import Dimension as By




def _fmt(low, high) -> str:
    return bounds(low, high)


def _chosen(format: ListFormat | None) -> ListFormat:
    return format or (ListFormat.table if sys.stdout.isatty() else ListFormat.jsonl)


def _print_rows(rows: list[dict], format: ListFormat) -> None:
    """JSON lines or CSV of a reconciled view (the table renderings are per command)."""
    if format is ListFormat.csv:
        from muster.store.export import write_view_csv

        write_view_csv(rows, sys.stdout)
        return
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


FORMAT = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or csv.")
BY = typer.Option(By.origin, "--by", help="Group by origin, side or event.")


@app.command()
def reconcile(db: str = DB, rebuild: bool = typer.Option(False, "--rebuild", help="Recompute everything from scratch.")) -> None:
    """Bring sources, syndication groups and figures up to date (ingest does this itself)."""
    from muster.reconcile import engine

    report = (engine.rebuild if rebuild else engine.update)(open_or_exit(db))
    typer.echo(f"{report.articles} new article(s), {report.buckets} bucket(s) re-clustered, {report.figures} figure(s), "
               f"{report.sources} canonical source(s)")


@app.command("sources")
def list_sources(db: str = DB, aliases: Path = typer.Option(None, "--aliases", help="A TOML alias file to apply (see README)."),
                 format: ListFormat = FORMAT) -> None:
    """Canonical sources with their aliases (and why each was merged), kind, claims and figures."""
    from muster.reconcile import engine, views
    from muster.reconcile.sources import read_alias_file

    store = open_or_exit(db)
    if aliases is not None:
        try:
            engine.set_user_aliases(store, read_alias_file(aliases))
        except MusterError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2) from None
    rows = views.source_rows(store)
    if _chosen(format) is not ListFormat.table:
        _print_rows(rows, _chosen(format))
        return
    table = Table(title=f"{len(rows)} source(s)")
    for column in ("name", "kind", "claims", "figures", "aliases"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(r["name"], r["kind"], str(r["claims"]), str(r["figures"]),
                      "; ".join(a["name"] for a in r["aliases"] if a["name"] != r["name"]))
    Console().print(table)


@app.command("figures")
def list_figures(db: str = DB, origin: str = ORIGIN, side: str = SIDE, event: str = EVENT, status: str = STATUS,
                 source: str = SOURCE, outlet: str = OUTLET, since: str = SINCE, until: str = UNTIL,
                 format: ListFormat = FORMAT) -> None:
    """Figures: the same quantity stated by one or more claims, with ultimate sources and carriers."""
    from muster.reconcile import views

    rows = views.figure_rows(open_or_exit(db), filters(origin=origin, side=side, event=event, status=status,
                                                       source=source, outlet=outlet, since=since, until=until))
    if _chosen(format) is not ListFormat.table:
        _print_rows(rows, _chosen(format))
        return
    table = Table(title=f"{len(rows)} figure(s)")
    for column in ("id", "bounds", "event", "side", "origin", "sources", "carriers", "reports", "first", "last"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(r["id"][:10], _fmt(r["low"], r["high"]), r["event"], r["side"] or "", ",".join(r["origin"]),
                      "; ".join(r["ultimate_sources"]), str(len(r["carriers"])), str(r["reports"]),
                      r["first_seen"] or "", r["last_seen"] or "")
    Console().print(table)


@app.command()
def estimate(db: str = DB, origin: str = ORIGIN, side: str = SIDE, event: str = EVENT,
             as_of: str = typer.Option(None, "--as-of", help="Only what was published by this date (YYYY-MM-DD)."),
             by: By = BY, format: ListFormat = FORMAT) -> None:
    """Per key, the latest figure of each independent source, their range and any conflict. Never an average."""
    from muster.reconcile import views

    f = filters(origin=origin, side=side, event=event, until=as_of)
    rows = views.estimates(open_or_exit(db), f, by=by.value, as_of=as_of)
    if _chosen(format) is not ListFormat.table:
        _print_rows(rows, _chosen(format))
        return
    table = Table(title="estimates" + (f" as of {as_of}" if as_of else ""))
    keys = (by.value,) if by.value == "event" or event else (by.value, "event")  # one event chosen: no column for it
    for column in (*keys, "range", "independent sources", "reports", "conflict", "figures by source"):
        table.add_column(column, overflow="fold")
    for r in rows:
        detail = "; ".join(f"{x['source']}: {_fmt(x['low'], x['high'])} ({x['last_seen'] or 'undated'})" for x in r["figures"])
        if r["units"]:
            detail += "; units: " + ", ".join(u["unit"] or "?" for u in r["units"])
        if r["parts"]:
            detail += "; parts of these: " + ", ".join(f"{_fmt(p['low'], p['high'])} ({'; '.join(p['sources'])})"
                                                      for p in r["parts"])
        table.add_row(*(r[k] for k in keys), _fmt(r["low"], r["high"]) or "—", str(r["independent_sources"]), str(r["reports"]),
                      "CONFLICT" if r["conflict"] else "", detail)
    Console().print(table)


@app.command()
def timeline(db: str = DB, origin: str = ORIGIN, side: str = SIDE, event: str = EVENT, since: str = SINCE,
             until: str = UNTIL, by: By = BY, format: ListFormat = FORMAT) -> None:
    """How each key's figures moved over publication dates, and who said each."""
    from muster.reconcile import views

    rows = views.timeline(open_or_exit(db), filters(origin=origin, side=side, event=event, since=since, until=until),
                          by=by.value)
    if _chosen(format) is not ListFormat.table:
        _print_rows(rows, _chosen(format))
        return
    table = Table(title="timeline")
    for column in (by.value, "date", "bounds", "sources", "figure"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(r[by.value], r["date"] or "undated", _fmt(r["low"], r["high"]), "; ".join(r["sources"]), r["figure_id"][:10])
    Console().print(table)
