"""`muster extract FILE...`: print every claim of some files, as a table or as JSON."""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Iterable

import typer
from rich.console import Console
from rich.table import Table

from muster.cli.app import app
from muster.cli.tables import fit_table
from muster.errors import MusterError
from muster.formatting import bounds, chain
from muster.ingest.reading import read_text
from muster.records import Claim


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="Text or HTML files to read; '-' reads standard input."),
    format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or json."),
    explain: bool = typer.Option(False, "--explain", help="Also print each article's frame and, per claim and field, "
                                 "the rules' answer, the decision and the features that made it."),
) -> None:
    """Extract every people-count claim from FILES.

    A file that cannot be read is reported on one line and skipped; the exit status is 1
    when any file failed, 0 otherwise.
    """
    from muster.extraction.engine import extract as run

    chosen = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
    failed = 0
    results: list[Claim] = []
    for path in files:
        try:
            text = read_text(path)
        except MusterError as e:
            typer.echo(f"error: {e}", err=True)
            failed += 1
            continue
        claims = run(text, explain=explain)
        for claim in claims:
            claim.file = path
        if explain:
            _print_explanation(path, claims)
        if chosen is Format.jsonl:
            _print_jsonl(claims)
        else:
            results += claims
    if chosen is Format.json:
        print(json.dumps([c.to_dict() for c in results], ensure_ascii=False, indent=2))
    elif chosen is Format.table:
        Console().print(_table(results))
    if failed:
        typer.echo(f"{failed} of {len(files)} file(s) could not be read.", err=True)
        raise typer.Exit(1)


def _print_explanation(path: str, claims: list[Claim]) -> None:
    """The frame once per file, then what decided each field of each claim, on standard error
    so that the claims on standard output stay machine-readable."""
    err = Console(stderr=True, soft_wrap=True)
    if not claims:
        err.print(f"[bold]{path}[/]: no claims")
        return
    err.print(f"[bold]{path}[/] frame: {json.dumps(claims[0].meta.get('frame', {}), ensure_ascii=False)}", markup=True)
    for claim in claims:
        err.print(f"  [bold]{claim.text}[/] (offset {claim.start})")
        for field, why in claim.meta.get("explain", {}).items():
            top = ", ".join(name if name.startswith("only candidate") else f"{name} {weight:+.2f}"
                            for name, weight in why["top"])
            err.print(f"    {field}: {why['value']!r} (rules: {why['rule']!r}) by {top or 'no weights'}", markup=False)


def _print_jsonl(claims: Iterable[Claim]) -> None:
    for claim in claims:
        sys.stdout.write(json.dumps(claim.to_dict(), ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _bounds(claim: Claim) -> str:
    return bounds(claim.low, claim.high, {"name": claim.unit.name, "count": claim.unit.count} if claim.unit else None)


def _table(claims: list[Claim]) -> Table:
    columns = [("file", 5), ("text", 1), ("bounds", 1), ("group", 3), ("origin", 2), ("side", 2), ("event", 2),
               ("source", 2), ("status", 3)]
    rows = [[c.file or "", c.text, _bounds(c), c.group, ",".join(c.origin), c.side or "", c.event, chain(c.attributed_to),
             c.status] for c in claims]
    return fit_table(f"{len(claims)} claim(s)", columns, rows)
