"""Every request passes the guards: Host, token before body, a cap on streamed bodies, hardening
headers; CSV cells a spreadsheet would run are made inert; filter text is matched literally."""
import csv
import io
import time

import pytest

from muster.ingest import ingest


def chunks(total: int, size: int = 64 * 1024):
    sent = 0
    while sent < total:
        yield b"x" * min(size, total - sent)
        sent += size


@pytest.mark.parametrize("path", ["/", "/claims", "/api/v1/claims", "/static/style.css"])
def test_every_answer_carries_the_hardening_headers(client, path):
    r = client.get(path)
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert (r.headers["x-content-type-options"], r.headers["x-frame-options"], r.headers["referrer-policy"]) == (
        "nosniff", "DENY", "no-referrer")


@pytest.mark.parametrize("host", ["evil.example", "rebind.attacker.test:8000", "127.0.0.2"])
def test_a_host_the_server_does_not_answer_for_is_refused(client, host):
    r = client.get("/api/v1/claims", headers={"host": host})
    assert r.status_code == 400 and r.json()["error"]["status"] == 400


def test_a_write_without_the_token_is_refused_before_its_body_is_read(client):
    r = client.post("/api/v1/articles", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 401
    r = client.post("/api/v1/articles", content=chunks(50_000_000), headers={"content-type": "application/json"})
    assert r.status_code == 401


def test_a_streamed_body_over_the_cap_is_refused_with_the_token(client):
    r = client.post("/api/v1/articles", content=chunks(1_000_000),
                    headers={"content-type": "application/json", "authorization": "Bearer s3cret"})
    assert r.status_code == 413 and "limit" in r.json()["error"]["message"]


def test_a_streamed_body_under_the_cap_still_works(client):
    import json

    body = json.dumps({"text": "About 120 Moldovans have joined the legion, the coordinator said.", "outlet": "Chisinau Wire"})
    r = client.post("/api/v1/articles", content=iter([body.encode()]),
                    headers={"content-type": "application/json", "authorization": "Bearer s3cret"})
    assert r.status_code == 201 and r.json()["claims"]


@pytest.mark.parametrize("wildcard", ["_", "%", "_%_"])
def test_filter_text_is_matched_literally(client, wildcard):
    for name in ("source", "outlet"):
        r = client.get("/api/v1/claims", params={name: wildcard})
        assert r.status_code == 200 and r.json()["items"] == [], (name, wildcard)


def test_csv_cells_that_would_run_as_formulas_are_inert(db_url, tmp_path):
    import json

    from muster.store import open_store

    path = tmp_path / "formulas.jsonl"
    rows = [{"text": "About 300 volunteers joined the brigade, the commander said.", "outlet": "=HYPERLINK(\"x\")",
             "title": "+1 story", "url": "https://a.example/1"},
            {"text": "Some 80 recruits arrived, the mayor said.", "outlet": "@SUM(A1)", "title": "-lead", "url": "https://a.example/2"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    store = open_store(db_url)
    assert ingest(store, [str(path)]).ok
    from muster.store import export
    from muster.store.plain import ClaimFilters
    from muster.store.queries import iter_claims

    out = io.StringIO()
    export.write_csv(iter_claims(store, ClaimFilters()), out)
    cells = [c for row in csv.reader(io.StringIO(out.getvalue())) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"x\")" in cells and "'@SUM(A1)" in cells
    out = io.StringIO()
    export.write_jsonl(iter_claims(store, ClaimFilters()), out)
    assert '"outlet": "=HYPERLINK(\\"x\\")"' in out.getvalue()  # JSONL keeps the exact text


def test_a_long_post_does_not_hold_up_other_readers(filled_store):
    """A 264 KB article is extracted in a worker thread: reads answered meanwhile, not after it."""
    import json
    import threading
    import urllib.request

    from muster.serve import ServeSettings, create_app
    from tests.serve.conftest import live_server

    paragraph = " ".join(f"Some {i} recruits from Chile arrived in the capital on day {i}, officials said." if i % 10 == 0
                         else "The talks went on through the night in the old town hall, and nobody left before dawn."
                         for i in range(3100))
    assert len(paragraph.encode()) > 264_000
    app = create_app(filled_store, ServeSettings(token="s3cret", max_body_bytes=2_000_000,
                                                 allowed_hosts=("127.0.0.1",)))
    with live_server(app) as url:
        done = threading.Event()

        def post():
            req = urllib.request.Request(f"{url}/api/v1/articles", data=json.dumps({"text": paragraph}).encode(),
                                         headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=300) as r:
                assert r.status == 201
            done.set()

        writer = threading.Thread(target=post)
        writer.start()
        time.sleep(0.5)  # the POST is in: its body is read and extraction has begun
        answered = []
        for _ in range(5):
            with urllib.request.urlopen(f"{url}/api/v1/claims?limit=5", timeout=60) as r:
                answered.append((r.status, done.is_set()))
        writer.join(timeout=300)
    assert done.is_set()
    assert all(status == 200 for status, _ in answered)
    assert not all(post_finished for _, post_finished in answered), "every read waited for the long POST"
