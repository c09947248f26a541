"""A run fed good and hostile inputs together: every good article is stored, every bad input is
one named error line and one recorded row, nothing prints a traceback, and memory stays bounded
however large a compressed input claims to expand."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from sqlalchemy import select

from muster.errors import InputError
from muster.ingest import ingest
from muster.store import open_store, queries
from muster.store.schema import ingest_runs

pytestmark = pytest.mark.slow

MUSTER = [sys.executable, "-m", "muster"]
# Virtual memory allowed to the hostile run, in KiB: well below what holding one of its
# 1 GiB decompressed inputs in memory would take on top of the loaded pipeline.
MEMORY_LIMIT_KIB = 1_400_000
GOOD = {
    "kyiv.txt": "About 40 volunteers from Chile arrived in Kyiv last week, the embassy said.",
    "front.txt": "Some 120 recruits were sent to the front on Monday, the regional governor said.",
}


def _gzip_of_repeats(path: Path, prefix: bytes, mebibytes: int, suffix: bytes = b"") -> None:
    chunk = b"a" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(prefix)
        for _ in range(mebibytes):
            f.write(chunk)
        f.write(suffix)


@pytest.fixture
def hostile_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    _gzip_of_repeats(folder / "expands.txt.gz", b"", 1024)
    _gzip_of_repeats(folder / "one-line.jsonl.gz", b'{"text": "', 1024, b'"}\n')
    dump = folder / "dump.jsonl"
    dump.write_text(json.dumps({"text": "Around 90 soldiers deserted their unit, the army said."}) + "\n"
                    + '{"text": 12}\n' + "not json at all\n", encoding="utf-8")
    os.mkfifo(folder / "pipe")
    (folder / "deep.html").write_text("<html><body>" + "<div>" * 400 + "<p>About 300 fighters arrived, "
                                      "officials said.</p>" + "</div>" * 400 + "</body></html>", encoding="utf-8")
    (folder / "strange\nname\x1b[31m.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    return folder


def test_hostile_inputs_are_named_recorded_and_bounded(hostile_folder, db_url):
    command = " ".join([*MUSTER, "ingest", f"'{hostile_folder}'", "/dev/zero", "--db", f"'{db_url}'"])
    run = subprocess.run(["bash", "-c", f"ulimit -v {MEMORY_LIMIT_KIB}; exec {command}"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    for bad in ("expands.txt.gz", "one-line.jsonl.gz", "dump.jsonl", "pipe", "deep.html", "/dev/zero", "strange"):
        assert sum(bad in line for line in errors) >= 1, (bad, errors)
    assert not any("\x1b" in line for line in errors), "a file name's escape sequence reached the terminal"
    store = open_store(db_url)
    try:
        stored = {c["text"] for c in store.claims()}
        assert {"About 40", "Some 120", "Around 90"} <= stored
        recorded = {e["source"] for e in queries.errors(store)}
    finally:
        store.close()
    assert len(recorded) >= 7 and "/dev/zero" in recorded


def test_a_missing_path_raises_in_the_library(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(InputError, match="no such file or folder"):
        ingest(store, [str(tmp_path / "not-here")])
    store.close()


def test_a_killed_run_is_marked_interrupted_by_the_next(db_url, corpus_dir):
    folder = corpus_dir(200, seed=5)
    run = subprocess.Popen([*MUSTER, "ingest", str(folder), "--db", db_url, "--batch-size", "4"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline and run.poll() is None:
        time.sleep(0.5)
        if _stored_articles(db_url) >= 8:
            break
    assert run.poll() is None, "the run ended before it could be killed; give it more articles"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    again = subprocess.run([*MUSTER, "ingest", str(folder), "--db", db_url], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    store = open_store(db_url)
    try:
        with store.read() as conn:
            runs = conn.execute(select(ingest_runs).order_by(ingest_runs.c.id)).all()
    finally:
        store.close()
    assert [r.status for r in runs] == ["interrupted", "finished"]
    assert runs[0].articles_added > 0 and runs[1].articles_added + runs[0].articles_added == 200


def _stored_articles(url):
    if url.startswith("sqlite:///") and not os.path.exists(url[len("sqlite:///"):]):
        return 0
    store = open_store(url)
    try:
        return queries.stats(store)["articles"]
    finally:
        store.close()


def test_workers_exit_when_their_parent_is_killed(tmp_path, corpus_dir):
    folder = corpus_dir(400, seed=9)
    run = subprocess.Popen([*MUSTER, "ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'w.db'}", "--workers", "2"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(run.pid)
    deadline = time.time() + 120
    workers = []
    while time.time() < deadline and len(workers) < 2:
        time.sleep(0.5)
        workers = [p for p in parent.children(recursive=True) if "python" in p.name().lower()]
    assert len(workers) >= 2, "the workers never started"
    parent.send_signal(signal.SIGKILL)  # the parent alone, as an out-of-memory kill would
    run.wait()
    gone, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, f"workers outlived their parent: {[p.pid for p in alive]}"
