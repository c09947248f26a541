"""The `muster` command: one Typer app, one module per command group, each registering its
commands on the app when imported here."""
from muster.cli.app import app


def main() -> None:
    from muster.cli import eval as _eval  # noqa: F401  (each module registers its commands)
    from muster.cli import extract as _extract  # noqa: F401
    from muster.cli import ingest as _ingest  # noqa: F401
    from muster.cli import query as _query  # noqa: F401
    from muster.cli import reconcile as _reconcile  # noqa: F401
    from muster.cli import serve as _serve  # noqa: F401
    from muster.cli import settings as _settings  # noqa: F401

    app()


__all__ = ["app", "main"]
