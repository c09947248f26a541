"""A store filled from a fixture corpus — including a hostile article — and the app over it."""
import json
import socket
import threading
import time
from contextlib import contextmanager

import pytest
import uvicorn

from muster.ingest import ingest
from muster.reconcile import engine
from muster.serve import ServeSettings, create_app
from muster.store import open_store

HOSTILE = ('Around 40 volunteers <script>window.__pwned = "script"</script> have joined the International Legion, '
           'the <img src=x onerror="window.__pwned=\'img\'"> ministry said. <a href="javascript:window.__pwned=1">click</a>')
CORPUS = [
    {"text": "Around 400 Swedes have signed up to fight for Ukraine, according to TT News Agency, which cited coordinator "
             "Erik Lindqvist.", "outlet": "Nordic Wire", "published": "2022-03-08", "url": "https://nordic.example/a"},
    {"text": "At least 59 Georgian fighters have been killed fighting for Ukraine, the Georgian Legion said.",
     "outlet": "Tbilisi Times", "published": "2024-02-02", "url": "https://tbilisi.example/b"},
    {"text": "Between 300 and 400 Colombians have joined the Ukrainian army, the Colombian foreign ministry said.",
     "outlet": "Bogota Daily", "published": "2024-05-01"},
    {"text": "At least 1,000 Colombians have joined the Ukrainian army, the Russian defence ministry claimed.",
     "outlet": "Moscow Courier", "published": "2024-05-03"},
    {"text": HOSTILE, "outlet": "<b>Evil</b> Outlet", "published": "2024-06-01", "url": "javascript:alert(1)",
     "title": "<script>window.__pwned='title'</script>"},
]


@pytest.fixture
def filled_store(db_url, tmp_path):
    path = tmp_path / "fixture.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in CORPUS) + "\n", encoding="utf-8")
    store = open_store(db_url)
    assert ingest(store, [str(path)]).ok
    engine.update(store)
    yield store
    store.close()


@pytest.fixture
def client(filled_store):
    from fastapi.testclient import TestClient

    return TestClient(create_app(filled_store, ServeSettings(token="s3cret", max_body_bytes=200_000, allowed_hosts=("testserver",))))


@contextmanager
def live_server(app):
    """The app on a real loopback port in a thread, as `muster serve` runs it; yields its URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        assert time.time() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
