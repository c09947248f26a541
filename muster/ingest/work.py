"""The unit of work sent to other processes or Dask workers: texts in, claim dicts out.

Plain data crosses the process boundary, and each process loads the spaCy pipeline once.
"""
from __future__ import annotations


def extract_texts(texts: list[str]) -> list[list[dict]]:
    from muster.extraction.engine import extract_many

    return [[c.to_dict() for c in claims] for claims in extract_many(texts)]


def warm_up() -> None:
    from muster.extraction.components import load_pipeline

    load_pipeline()
