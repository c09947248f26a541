"""`muster serve`: the web UI and JSON API over a store."""
from __future__ import annotations

import typer

from muster.cli.app import app
from muster.cli.options import DB, open_or_exit


@app.command()
def serve(db: str = DB,
          host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; loopback unless you say otherwise."),
          port: int = typer.Option(8000, "--port", help="Port to listen on."),
          allow_host: list[str] = typer.Option([], "--allow-host",
                                               help="Another Host name to answer for (repeatable); loopback names "
                                                    "and the bound address always are.")) -> None:
    """Serve the web UI and the JSON API (/api/v1). Read-only unless MUSTER_TOKEN is set;
    then POST /api/v1/articles needs 'Authorization: Bearer <token>'."""
    import uvicorn

    from muster.serve import ServeSettings, create_app

    settings = ServeSettings()
    settings.allowed_hosts = (*settings.allowed_hosts, host, *allow_host)
    typer.echo(f"muster serving http://{host}:{port}/ (API at /api/v1); Ctrl-C stops it.")
    store = open_or_exit(db)
    try:
        # uvicorn stops gracefully on Ctrl-C and on SIGTERM alike; closing the store then lets
        # SQLite fold its -wal and -shm files back into the database.
        uvicorn.run(create_app(store, settings), host=host, port=port, log_level="info")
    finally:
        store.close()
