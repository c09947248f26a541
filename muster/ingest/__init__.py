"""Readers that turn files of many kinds into Article records, and the ingest run.

`ingest(store, paths)` is the one way articles enter a store, for the CLI, the web API and
library users alike: read, extract, store, then reconcile.
"""
from __future__ import annotations


def ingest(store, paths=(), **options):
    """Ingest files and folders (and `articles=` records) into `store`, then reconcile; a path
    that does not exist raises InputError. See runner.ingest for the options."""
    from muster.ingest.runner import ingest as run

    return run(store, paths, **options)


__all__ = ["ingest"]
