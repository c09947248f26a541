"""muster's extraction engine: spaCy components and rules that turn text into claims.

Importing the package is cheap; spaCy loads when `extract` is first called.
"""
from __future__ import annotations


def extract(text: str, **options):
    """Every people-count claim in `text` (see engine.extract)."""
    from muster.extraction.engine import extract as run

    return run(text, **options)


__all__ = ["extract"]
