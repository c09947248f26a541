"""`muster serve` as an operator runs it: it says where it listens, logs each request, and on
SIGTERM stops cleanly, leaving no SQLite side files behind."""
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from muster.ingest import ingest
from muster.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "muster" / "samples" / "volunteers.txt"


def test_sigterm_stops_the_server_and_folds_the_wal_back(tmp_path):
    db = tmp_path / "served.db"
    store = open_store(f"sqlite:///{db}")
    assert ingest(store, [str(SAMPLE)]).ok
    store.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "muster", "serve", "--db", f"sqlite:///{db}", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/claims", timeout=2) as r:
                    assert r.status == 200
                break
            except OSError:
                assert time.time() < deadline and server.poll() is None, "the server did not come up"
                time.sleep(0.3)
        assert Path(f"{db}-wal").exists()  # a reader has the database open in WAL mode
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
    assert f"http://127.0.0.1:{port}/" in output and "GET /api/v1/claims" in output and "muster stopped." in output
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
