"""Shared fixtures: one loaded pipeline per test session, and paths to test data."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SHARED_DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


@pytest.fixture(scope="session")
def nlp():
    from muster.extraction.components import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def claims_of(nlp):
    """Extract claims from a text with the session's pipeline."""
    from muster.extraction.engine import extract

    return lambda text: extract(text, nlp=nlp)


@pytest.fixture
def db_url(tmp_path, request):
    """A fresh, empty database: a SQLite file, or — when MUSTER_TEST_POSTGRES names a server,
    as scripts/test does for its second run — a new database on that PostgreSQL server."""
    import os
    import uuid

    server = os.environ.get("MUSTER_TEST_POSTGRES")
    if not server:
        yield f"sqlite:///{tmp_path / 'muster.db'}"
        return
    from sqlalchemy import create_engine, text

    from muster.store.database import normalize_url

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalize_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def corpus_dir(tmp_path):
    """A folder of generated articles, one file each, as a researcher's download would be."""
    from bench.corpus import generate_articles

    def make(count: int, seed: int = 0, name: str = "corpus"):
        folder = tmp_path / name
        folder.mkdir()
        for i, text in enumerate(generate_articles(count, seed=seed)):
            (folder / f"article-{seed}-{i:04d}.txt").write_text(text, encoding="utf-8")
        return folder

    return make
