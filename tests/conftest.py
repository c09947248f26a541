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
