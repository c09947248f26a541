"""The Typer application; commands register themselves from their own modules."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="muster",
    help="Turn conflict reporting into a sourced ledger of people-count claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
