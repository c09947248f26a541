"""`muster settings`: the effective value of every setting and where it came from."""
from __future__ import annotations

import typer

from muster.cli.app import app


@app.command("settings")
def show_settings() -> None:
    """Print every setting's effective value, its origin and its environment variable."""
    from muster.errors import MusterError
    from muster.settings import SECRET, SETTINGS, effective

    try:
        values = effective()
    except MusterError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    for s in SETTINGS:
        value, origin = values[s.name]
        shown = "(set)" if s.name in SECRET and value else repr(value)
        typer.echo(f"{s.name} = {shown}  ({origin}; env {s.env})  {s.help}")
