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


def main() -> None:
    from muster.cli import eval as _eval  # noqa: F401  (each module registers its commands)
    from muster.cli import extract as _extract  # noqa: F401
    from muster.cli import ingest as _ingest  # noqa: F401
    from muster.cli import query as _query  # noqa: F401
    from muster.cli import reconcile as _reconcile  # noqa: F401
    from muster.cli import serve as _serve  # noqa: F401
    from muster.cli import settings as _settings  # noqa: F401

    app()
