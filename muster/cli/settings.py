"""`muster settings`: the effective value of every setting and where it came from."""
from __future__ import annotations

import typer

from muster.cli.app import app


@app.command("settings")
def show_settings() -> None:
    """Print every setting's effective value, its origin and its environment variable."""
    from muster.settings import SETTINGS, effective

    values = effective()
    for s in SETTINGS:
        value, origin = values[s.name]
        typer.echo(f"{s.name} = {value!r}  ({origin}; env {s.env})  {s.help}")
