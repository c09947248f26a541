"""Ingest on a real Dask cluster (a scheduler and two workers on loopback) stores exactly
what a single process stores."""
import socket
import subprocess
import sys
import time

import pytest

from muster.ingest import ingest
from muster.store import open_store
from tests.ingest.test_durability import counts

pytestmark = pytest.mark.slow


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = [sys.executable, "-m"]
    procs = [subprocess.Popen([*bin_dir, "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)]
    for i in range(2):
        procs.append(subprocess.Popen([*bin_dir, "distributed.cli.dask_worker", address, "--nthreads", "1",
                                       "--nworkers", "1", "--dashboard-address", ":0", "--memory-limit", "3GB",
                                       "--local-directory", str(tmp_path / f"w{i}")],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path))
    from distributed import Client

    deadline = time.time() + 120
    while True:
        try:
            with Client(address, timeout="5s") as client:
                if len(client.scheduler_info()["workers"]) == 2:
                    break
        except OSError:
            pass
        assert time.time() < deadline, "the Dask cluster did not start"
        time.sleep(1)
    yield address
    for p in procs:
        p.terminate()
    for p in procs:
        p.wait(timeout=30)


def test_dask_ingest_matches_single_process(cluster, db_url, corpus_dir, tmp_path):
    folder = corpus_dir(40, seed=31)
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    assert ingest(open_store(single_url), [str(folder)]).ok
    result = subprocess.run([sys.executable, "-m", "muster", "ingest", str(folder), "--db", db_url, "--scheduler", cluster,
                             "--batch-size", "10"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert counts(db_url)[0] == counts(single_url)[0] == 40
    single = {c["id"]: c for c in open_store(single_url).claims()}
    distributed = {c["id"]: c for c in open_store(db_url).claims()}
    assert distributed == single


def test_local_workers_match_single_process(db_url, corpus_dir, tmp_path):
    folder = corpus_dir(30, seed=41)
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    assert ingest(open_store(single_url), [str(folder)]).ok
    assert ingest(open_store(db_url), [str(folder)], workers=2, batch_size=10).ok
    assert {c["id"]: c for c in open_store(db_url).claims()} == {c["id"]: c for c in open_store(single_url).claims()}


def test_unreachable_scheduler_is_one_clear_line(db_url, tmp_path):
    (tmp_path / "a.txt").write_text("Around 400 Swedes have signed up.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "muster", "ingest", str(tmp_path / "a.txt"), "--db", db_url,
                             "--scheduler", f"tcp://127.0.0.1:{free_port()}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "cannot reach the Dask scheduler" in result.stderr
