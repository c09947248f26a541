"""`muster eval GOLD_DIR` and `muster train GOLD_DIR...`: measure extraction against annotated
reporting, and learn the decisions' weights from it."""
from __future__ import annotations

from pathlib import Path

import typer

from muster.cli.app import app
from muster.errors import MusterError


def _fail(error: Exception) -> None:
    typer.echo(str(error), err=True)
    raise typer.Exit(2) from None


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., help="A folder holding passages.jsonl and gold.jsonl."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss, spurious claim and wrong field."),
    folds: int = typer.Option(0, "--folds", "-k", min=0, help="K-fold cross-validation by passage of the learned "
                              "decisions: train on K-1 folds, score the held-out one, per fold and the mean."),
    repeats: int = typer.Option(1, "--repeats", "-r", min=1, help="With --folds: draw the K folds from this many "
                                "different splits of the passages and average over all of them."),
) -> None:
    """Score extraction against hand-annotated claims with the spec's matching rules."""
    from muster.eval.score import load_gold, report_lines, score

    if folds == 1:
        _fail(MusterError("--folds needs at least 2 folds (or 0 to score the shipped weights)."))
    if folds:
        _cross_validate(gold_dir, folds, verbose, repeats)
        return
    from muster.extraction.engine import extract_many

    try:
        passages, golds = load_gold(gold_dir)
    except MusterError as e:
        _fail(e)
    preds = []
    for p, claims in zip(passages, extract_many([p["text"] for p in passages])):
        preds += [dict(claim.to_dict(), passage=p["id"]) for claim in claims]
    for line in report_lines(score([p["id"] for p in passages], golds, preds), verbose):
        typer.echo(line)


def _cross_validate(gold_dir: Path, folds: int, verbose: bool, repeats: int) -> None:
    from muster.eval.score import miss_lines
    from muster.extraction import train

    try:
        passages = train.load_passages([gold_dir])
    except MusterError as e:
        _fail(e)
    rows, held_out = train.cross_validated(passages, folds, repeats)
    if verbose:  # every miss as predicted by the fold that held its passage out (first split)
        for line in miss_lines(held_out):
            typer.echo(line)
    names = list(rows[0])
    typer.echo("fold  " + " ".join(f"{n[:13]:>13s}" for n in names))
    for i, row in enumerate(rows):
        label = f"{i % folds + 1}" if repeats == 1 else f"{i // folds + 1}.{i % folds + 1}"
        typer.echo(f"{label:<4s}  " + " ".join(f"{row[n]:13.3f}" for n in names))
    mean = train.mean(rows)
    typer.echo("mean  " + " ".join(f"{mean[n]:13.3f}" for n in names))


@app.command("train")
def train_command(
    gold_dirs: list[Path] = typer.Argument(..., help="Folders holding passages.jsonl and gold.jsonl to learn from."),
    out: Path = typer.Option(None, "--out", "-o", help="Where to write the weights (default: the shipped "
                             "muster/extraction/models/decisions.json)."),
    folds: int = typer.Option(5, "--folds", "-k", min=0, help="Cross-validation folds for the report (0: none)."),
    check: list[Path] = typer.Option([], "--check", help="A gold folder scored with the new weights in the report, "
                                     "never trained on (repeatable)."),
    repeats: int = typer.Option(1, "--repeats", "-r", min=1, help="Cross-validate over this many different splits "
                                "of the passages for the report."),
) -> None:
    """Learn the weights of the extraction decisions from annotated passages (needs the dev extra)."""
    import json

    try:
        import sklearn  # noqa: F401
    except ImportError:
        _fail(MusterError("muster train needs scikit-learn: install muster with its dev extra (pip install -e '.[dev]')."))
    from muster.extraction.decide import MODEL_PATH
    from muster.extraction.train import train

    try:
        report = train(gold_dirs, out or MODEL_PATH, folds=folds, check_dirs=check, repeats=repeats)
    except MusterError as e:
        _fail(e)
    typer.echo(json.dumps(report, indent=1))
    typer.echo(f"wrote {out or MODEL_PATH}")
