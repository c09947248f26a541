"""Reads muster's small tab-separated data tables: one row per line, '#' lines are comments."""
from __future__ import annotations

from importlib.resources.abc import Traversable


def read_tsv(path: Traversable) -> tuple[tuple[str, ...], ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))
