"""`muster ingest` and `muster reextract`: fill the store from files, folders, dumps, feeds and crawls."""
from __future__ import annotations

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn, TransferSpeedColumn

from muster.cli.app import app
from muster.cli.options import DB, open_or_exit, printable
from muster.errors import MusterError


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files or folders (walked recursively); '-' reads standard input."),
    db: str = DB,
    workers: int = typer.Option(None, "--workers", "-w", help="Local processes for extraction (default 1)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Extract on a Dask cluster: tcp://HOST:PORT."),
    batch_size: int = typer.Option(None, "--batch-size", help="Articles per transaction (default 64)."),
) -> None:
    """Read articles, extract their claims and store both.

    Re-ingesting an article already stored does nothing; an interrupted run resumes where it
    stopped. Exit status: 0 when every input went in, 1 when any failed (listed by
    `muster errors`), 2 when the database or cluster could not be used.
    """
    from muster.ingest import ingest as run
    from muster.ingest.runner import Progress as Hooks
    from muster.ingest.runner import input_sizes

    store = open_or_exit(db)
    with Progress(TextColumn("[bold]ingest"), BarColumn(), TaskProgressColumn(), TransferSpeedColumn(),
                  TextColumn("{task.fields[articles]} articles, {task.fields[claims]} claims, {task.fields[errors]} errors"),
                  TimeRemainingColumn(), transient=False) as bar:
        task = bar.add_task("ingest", total=input_sizes(paths) or None, articles=0, claims=0, errors=0)
        hooks = Hooks(
            on_batch=lambda r: bar.update(task, articles=r.articles_added, claims=r.claims_added, errors=len(r.failures)),
            on_input_done=lambda size: bar.advance(task, size))
        try:
            report = run(store, paths, workers=workers, scheduler=scheduler, batch_size=batch_size, progress=hooks,
                         missing="record")
        except MusterError as e:
            typer.echo(f"error: {printable(e)}", err=True)
            raise typer.Exit(2) from None
        bar.update(task, articles=report.articles_added, claims=report.claims_added, errors=len(report.failures))
    for failure in report.failures:
        typer.echo(f"error: {printable(failure.message)}", err=True)
    typer.echo(f"run {report.run_id}: {report.articles_added} article(s) added, {report.articles_skipped} already stored, "
               f"{report.claims_added} claim(s), {len(report.failures)} error(s)")
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def reextract(
    db: str = DB,
    workers: int = typer.Option(None, "--workers", "-w", help="Local processes for extraction."),
    scheduler: str = typer.Option(None, "--scheduler", help="Extract on a Dask cluster: tcp://HOST:PORT."),
) -> None:
    """Re-run extraction on articles stored by an older version of the engine."""
    from muster.ingest.runner import reextract as run
    from muster.reconcile.engine import rebuild

    store = open_or_exit(db)
    done = run(store, workers=workers, scheduler=scheduler)
    if done:
        rebuild(store)  # claims changed under existing figures
    typer.echo(f"{done} article(s) re-extracted")
