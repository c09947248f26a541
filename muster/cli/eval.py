"""`muster eval GOLD_DIR`: score the extractor on a folder annotated in the devset's format."""
from __future__ import annotations

from pathlib import Path

import typer

from muster.cli.app import app
from muster.errors import MusterError


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., help="A folder holding passages.jsonl and gold.jsonl."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss, spurious claim and wrong field."),
) -> None:
    """Score extraction against hand-annotated claims with the spec's matching rules."""
    from muster.eval.score import load_gold, report_lines, score
    from muster.extraction.engine import extract as run

    try:
        passages, golds = load_gold(gold_dir)
    except MusterError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(2) from None
    preds = []
    for p in passages:
        for claim in run(p["text"]):
            preds.append(dict(claim.to_dict(), passage=p["id"]))
    for line in report_lines(score([p["id"] for p in passages], golds, preds), verbose):
        typer.echo(line)
