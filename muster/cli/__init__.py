"""The `muster` command: one Typer app, one module per command group."""
from muster.cli.app import app, main

__all__ = ["app", "main"]
