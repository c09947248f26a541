"""Options shared by the commands that read the store, declared once."""
from __future__ import annotations

from enum import Enum

import typer

from muster.errors import MusterError


class ListFormat(str, Enum):
    """How a command prints rows: a table for people, JSON lines or CSV for programs."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"

DB = typer.Option(None, "--db", help="Database URL (default: MUSTER_DB, then sqlite:///muster.db).")
ORIGIN = typer.Option(None, "--origin", help="ISO code of the counted people's origin, e.g. SE.")
SIDE = typer.Option(None, "--side", help="Side joined: an ISO code (UA) or a group's name.")
EVENT = typer.Option(None, "--event", help="mobilization, casualty, detention, displacement or other.")
STATUS = typer.Option(None, "--status", help="asserted, attributed, hedged or unconfirmed.")
SOURCE = typer.Option(None, "--source", help="Text in the name of any source of the chain.")
OUTLET = typer.Option(None, "--outlet", help="Text in the publishing outlet's name.")
SINCE = typer.Option(None, "--since", help="Articles published on or after this date (YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Articles published on or before this date (YYYY-MM-DD).")
SEARCH = typer.Option(None, "--search", help="Full-text search over claim sentences.")
LIMIT = typer.Option(None, "--limit", help="At most this many rows.")


def printable(text: object) -> str:
    """Text safe to print on a terminal: a newline or an escape sequence inside a file name
    (or any other stored text) is shown escaped, so it can neither break a line nor restyle it."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text))


def open_or_exit(db: str | None):
    from muster.store import open_store

    try:
        return open_store(db)
    except MusterError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None


def filters(**values):
    import re

    from muster.normalize.dates import DATE
    from muster.store.plain import ClaimFilters

    for key in ("since", "until"):
        if values.get(key) and not re.fullmatch(DATE, values[key]):
            typer.echo(f"error: --{key} '{values[key]}' is not a real date; write YYYY-MM-DD.", err=True)
            raise typer.Exit(2)
    return ClaimFilters(**values)
