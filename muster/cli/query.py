"""Commands that read the store: claims, articles, show, stats, errors, export."""
from __future__ import annotations

import json
import sys
from enum import Enum
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import typer
from rich.console import Console
from rich.text import Text

from muster.cli.app import app
from muster.cli.options import (
    DB,
    EVENT,
    LIMIT,
    ORIGIN,
    OUTLET,
    SEARCH,
    SIDE,
    SINCE,
    SOURCE,
    STATUS,
    UNTIL,
    ListFormat,
    filters,
    open_or_exit,
    printable,
)
from muster.cli.tables import fit_table, print_table
from muster.formatting import bounds, chain


class View(str, Enum):
    claims = "claims"
    figures = "figures"
    estimates = "estimates"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


def _bounds(c: dict) -> str:
    return bounds(c["low"], c["high"], c.get("unit"))


def _reader(db: str | None) -> SimpleNamespace:
    """Claims, one claim, its figure and the counts, from whichever path can answer: quick.py's
    sqlite3 on a SQLite store at the newest schema, the full store otherwise (see store/quick.py)."""
    from muster.store import quick

    conn = quick.connect(db)
    if conn is not None:
        return SimpleNamespace(iter_claims=partial(quick.iter_claims, conn), claim=partial(quick.claim, conn),
                               claim_ids_starting=partial(quick.claim_ids_starting, conn),
                               figure_of_claim=partial(quick.figure_of_claim, conn), stats=partial(quick.stats, conn))
    from muster.reconcile import views
    from muster.store import queries

    store = open_or_exit(db)
    return SimpleNamespace(iter_claims=partial(queries.iter_claims, store), claim=partial(queries.claim, store),
                           claim_ids_starting=partial(queries.claim_ids_starting, store),
                           figure_of_claim=partial(views.figure_of_claim, store), stats=partial(queries.stats, store))


@app.command("claims")
def list_claims(db: str = DB, origin: str = ORIGIN, side: str = SIDE, event: str = EVENT, status: str = STATUS,
                source: str = SOURCE, outlet: str = OUTLET, since: str = SINCE, until: str = UNTIL,
                search: str = SEARCH, limit: int = LIMIT,
                format: ListFormat = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or csv.")) -> None:
    """List stored claims, filtered."""
    from muster.store import export

    f = filters(origin=origin, side=side, event=event, status=status, source=source, outlet=outlet, since=since,
                until=until, search=search, limit=limit)
    rows = _reader(db).iter_claims(f)
    chosen = format or (ListFormat.table if sys.stdout.isatty() else ListFormat.jsonl)
    if chosen is ListFormat.jsonl:
        export.write_jsonl(rows, sys.stdout)
    elif chosen is ListFormat.csv:
        export.write_csv(rows, sys.stdout)
    else:
        columns = [("id", 1), ("text", 1), ("bounds", 1), ("group", 3), ("origin", 2), ("side", 2), ("event", 2),
                   ("source", 2), ("status", 3), ("outlet", 4), ("published", 4)]
        cells = [[c["id"][:10], c["text"], _bounds(c), c["group"], ",".join(c["origin"]), c["side"] or "", c["event"],
                  chain(c["attributed_to"]), c["status"], c["outlet"] or "", c["published"] or ""] for c in rows]
        print_table(fit_table("claims", columns, cells))


@app.command("articles")
def list_articles(db: str = DB, origin: str = ORIGIN, side: str = SIDE, event: str = EVENT, status: str = STATUS,
                  source: str = SOURCE, outlet: str = OUTLET, since: str = SINCE, until: str = UNTIL,
                  search: str = SEARCH, limit: int = LIMIT,
                  format: ListFormat = typer.Option(None, "--format", "-f", help="table, jsonl or csv.")) -> None:
    """List stored articles (those with a matching claim when claim filters are given)."""
    from muster.store import export, queries

    f = filters(origin=origin, side=side, event=event, status=status, source=source, outlet=outlet, since=since,
                until=until, search=search, limit=limit)
    rows = queries.articles(open_or_exit(db), f)
    chosen = format or (ListFormat.table if sys.stdout.isatty() else ListFormat.jsonl)
    if chosen is ListFormat.csv:
        export.write_view_csv(rows, sys.stdout)
        return
    if chosen is ListFormat.jsonl:
        export.write_jsonl(rows, sys.stdout)
        return
    columns = [("id", 1), ("outlet", 2), ("published", 2), ("title", 1), ("claims", 1), ("source", 3)]
    cells = [[a["id"][:12], a["outlet"] or "", a["published"] or "", a["title"] or "", str(a["claims"]), printable(a["source"])]
             for a in rows]
    print_table(fit_table(f"{len(rows)} article(s)", columns, cells))


@app.command()
def show(claim_id: str = typer.Argument(..., help="A claim id, or an unambiguous prefix of one."), db: str = DB) -> None:
    """One claim: its sentence with the number highlighted, bounds, chain, status and article."""
    reader = _reader(db)
    c = reader.claim(claim_id)
    if c is None:
        matches = reader.claim_ids_starting(claim_id)
        if matches:
            typer.echo(f"error: '{claim_id}' starts {len(matches)}{'+' if len(matches) == 10 else ''} claim ids; "
                       f"give more of one: {', '.join(m[:16] for m in matches)}.", err=True)
        else:
            typer.echo(f"error: no claim has an id starting with '{claim_id}'; list ids with `muster claims`.", err=True)
        raise typer.Exit(1)
    sentence = Text(c["sentence"])
    at = c["sentence"].find(c["text"])
    if at >= 0:
        sentence.stylize("bold reverse", at, at + len(c["text"]))
    console = Console()
    console.print(sentence)
    for label, value in [("bounds", f"{_bounds(c)} ({c['qualifier']})"), ("group", c["group"]),
                         ("origin", ", ".join(c["origin"]) or "—"), ("side", c["side"] or "—"), ("event", c["event"]),
                         ("chain", chain(c["attributed_to"], "(the article's own voice)")),
                         ("status", f"{c['status']}" + (f" (cue: {c['cue']})" if c["cue"] else "")),
                         ("outlet", c["outlet"] or "—"), ("published", c["published"] or "—"), ("url", c["url"] or "—"),
                         ("article", f"{c['article_id']} chars {c['start']}–{c['end']}"), ("id", c["id"])]:
        console.print(f"[bold]{label:>10}[/bold]  {value}", highlight=False)
    figure = reader.figure_of_claim(c["id"])
    if figure is None:
        return
    console.print(f"[bold]{'figure':>10}[/bold]  {figure['id'][:12]}: {figure['reason']}", highlight=False)
    console.print(f"[bold]{'sources':>10}[/bold]  {'; '.join(figure['ultimate_sources'])}", highlight=False)
    for m in figure["mentions"]:
        console.print(f"{'':>12}{m['text']} — {m['outlet'] or 'outlet unknown'}, {m['published'] or 'undated'}; "
                      f"source {m['ultimate_source']} ({m['source_reason']}); {m['link_reason']}", highlight=False)


@app.command()
def stats(db: str = DB) -> None:
    """Counts of articles, claims, sources, runs and errors."""
    typer.echo(json.dumps(_reader(db).stats(), indent=2, ensure_ascii=False))


@app.command()
def errors(db: str = DB, limit: int = LIMIT) -> None:
    """Inputs that could not be ingested, with the reason, newest run last."""
    from muster.store import queries

    found = queries.errors(open_or_exit(db), limit)
    if not found:
        typer.echo("no errors: every input so far was ingested.")
    for e in found:
        typer.echo(f"run {e['run_id']}  {e['stage']}  {printable(e['source'])}: {printable(e['message'])}")


@app.command("export")
def export_claims(output: Path = typer.Option(..., "--output", "-o", help="File to write."),
                  format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="csv, jsonl or parquet."),
                  db: str = DB, origin: str = ORIGIN, side: str = SIDE, event: str = EVENT, status: str = STATUS,
                  source: str = SOURCE, outlet: str = OUTLET, since: str = SINCE, until: str = UNTIL,
                  search: str = SEARCH,
                  view: View = typer.Option(View.claims, "--view", help="claims, figures or estimates."),
                  by: str = typer.Option("origin", "--by", help="For estimates: origin, side or event.")) -> None:
    """Write claims (with article metadata and chains), figures or estimates to a file."""
    from muster.store import export, queries

    f = filters(origin=origin, side=side, event=event, status=status, source=source, outlet=outlet, since=since,
                until=until, search=search)
    if output.is_dir() or not output.parent.is_dir():
        where = "is a folder" if output.is_dir() else f"is in a folder that does not exist ({output.parent})"
        typer.echo(f"error: cannot write '{output}': it {where}; name a file in an existing folder.", err=True)
        raise typer.Exit(2)
    store = open_or_exit(db)
    if view is not View.claims:
        from muster.reconcile import views

        rows = views.figure_rows(store, f) if view is View.figures else views.estimates(store, f, by=by)
        n = export.write_view(rows, output, format.value, view.value, by)
        typer.echo(f"{n} {view.value} row(s) written to {output}")
        return
    rows = queries.iter_claims(store, f)
    if format is ExportFormat.parquet:
        n = export.write_parquet(rows, output)
    else:
        with open(output, "w", encoding="utf-8", newline="") as out:
            n = (export.write_csv if format is ExportFormat.csv else export.write_jsonl)(rows, out)
    typer.echo(f"{n} claim(s) written to {output}")
