"""Commands over reconciled data: reconcile, sources, figures, estimate, timeline."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from muster.cli.app import app
from muster.cli.options import DB, EVENT, ORIGIN, OUTLET, SIDE, SINCE, SOURCE, STATUS, UNTIL, ListFormat, filters, open_or_exit
from muster.cli.tables import fit_table, print_table
from muster.errors import MusterError
from muster.formatting import bounds
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
    cells = [[r["name"], r["kind"], str(r["claims"]), str(r["figures"]),
              "; ".join(a["name"] for a in r["aliases"] if a["name"] != r["name"])] for r in rows]
    print_table(fit_table(f"{len(rows)} source(s)", [("name", 1), ("kind", 1), ("claims", 2), ("figures", 2), ("aliases", 3)], cells))


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
    columns = [("id", 1), ("bounds", 1), ("event", 1), ("side", 2), ("origin", 2), ("sources", 1), ("carriers", 4),
               ("reports", 3), ("first", 4), ("last", 3)]
    cells = [[r["id"][:10], _fmt(r["low"], r["high"]), r["event"], r["side"] or "", ",".join(r["origin"]),
              "; ".join(r["ultimate_sources"]), str(len(r["carriers"])), str(r["reports"]), r["first_seen"] or "",
              r["last_seen"] or ""] for r in rows]
    print_table(fit_table(f"{len(rows)} figure(s)", columns, cells))


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
    keys = (by.value,) if by.value == "event" or event else (by.value, "event")  # one event chosen: no column for it
    columns = [(k, 1) for k in keys] + [("range", 1), ("sources", 2), ("reports", 3), ("conflict", 1),
                                        ("latest figure of each independent source", 2)]
    cells = []
    for r in rows:
        details = [f"{x['source']}: {_fmt(x['low'], x['high'])} ({x['last_seen'] or 'undated'})" for x in r["figures"]]
        if r["units"]:
            details.append("units: " + ", ".join(u["unit"] or "?" for u in r["units"]))
        if r["parts"]:
            details.append("parts of these: " + ", ".join(f"{_fmt(p['low'], p['high'])} ({'; '.join(p['sources'])})"
                                                          for p in r["parts"]))
        detail = "; ".join(details)
        cells.append([*(r[k] for k in keys), _fmt(r["low"], r["high"]) or "—", str(r["independent_sources"]),
                      str(r["reports"]), "CONFLICT" if r["conflict"] else "", detail])
    print_table(fit_table("estimates" + (f" as of {as_of}" if as_of else ""), columns, cells))


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
    cells = [[r[by.value], r["date"] or "undated", _fmt(r["low"], r["high"]), "; ".join(r["sources"]), r["figure_id"][:10]]
             for r in rows]
    print_table(fit_table("timeline", [(by.value, 1), ("date", 1), ("bounds", 1), ("sources", 2), ("figure", 3)], cells))
