"""Runs killed mid-way, and runs side by side: every article and claim stored exactly once."""
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from muster.ingest import ingest
from muster.store import open_store
from muster.store.schema import articles, claims

pytestmark = pytest.mark.slow

MUSTER = [sys.executable, "-m", "muster"]


def counts(url):
    store = open_store(url)
    try:
        with store.read() as conn:
            n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            claim_ids = list(conn.execute(select(claims.c.id)).scalars())
        return n_articles, claim_ids
    finally:
        store.close()


def reference_claims(folder, tmp_path):
    """What a single uninterrupted in-process ingest stores."""
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    report = ingest(open_store(url), [str(folder)])
    assert report.ok
    return counts(url)


def test_sigkill_mid_run_then_resume(db_url, corpus_dir, tmp_path):
    folder = corpus_dir(240, seed=11)
    expected_articles, expected_claims = reference_claims(folder, tmp_path)
    run = subprocess.Popen([*MUSTER, "ingest", str(folder), "--db", db_url, "--batch-size", "8"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline:
        time.sleep(0.5)
        n, _ = counts(db_url) if _exists(db_url) else (0, [])
        if n >= 40 or run.poll() is not None:
            break
    assert run.poll() is None, "the run finished before it could be interrupted; give it more articles"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    partial, _ = counts(db_url)
    assert 0 < partial < expected_articles
    resumed = subprocess.run([*MUSTER, "ingest", str(folder), "--db", db_url], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    n_articles, claim_ids = counts(db_url)
    assert n_articles == expected_articles
    assert len(claim_ids) == len(set(claim_ids)) and sorted(claim_ids) == sorted(expected_claims)


def _exists(url):
    return not url.startswith("sqlite:///") or os.path.exists(url[len("sqlite:///"):])


def test_two_ingests_at_once_with_overlapping_inputs(db_url, corpus_dir, tmp_path):
    a, b, c = corpus_dir(30, seed=21, name="a"), corpus_dir(30, seed=22, name="b"), corpus_dir(30, seed=23, name="c")
    everything = tmp_path / "all"
    everything.mkdir()
    for folder in (a, b, c):
        for f in folder.iterdir():
            (everything / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    expected_articles, expected_claims = reference_claims(everything, tmp_path)
    open_store(db_url).close()  # both runs find the schema in place or race to create it; either is fine
    runs = [subprocess.Popen([*MUSTER, "ingest", str(x), str(y), "--db", db_url, "--batch-size", "4"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for x, y in ((a, b), (b, c))]
    outputs = [r.communicate(timeout=600) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    n_articles, claim_ids = counts(db_url)
    assert n_articles == expected_articles == 90
    assert len(claim_ids) == len(set(claim_ids)) and sorted(claim_ids) == sorted(expected_claims)
    from muster.reconcile import engine

    store = open_store(db_url)
    assert engine.update(store).articles == 0, "both runs reconciled what they stored"
    store.close()
