"""The JSON API in process: filters, a stable cursor, one error shape, tokens, escaping."""
import pytest

from muster.serve import ServeSettings, create_app


def test_claims_filters_and_cursor_walk_every_claim_once(client):
    all_ids, cursor = [], None
    while True:
        page = client.get("/api/v1/claims", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        all_ids += [c["id"] for c in page["items"]]
        cursor = page["next"]
        if not cursor:
            break
    everything = client.get("/api/v1/claims", params={"limit": 500}).json()["items"]
    assert sorted(all_ids) == all_ids == sorted(c["id"] for c in everything) and len(all_ids) == len(set(all_ids)) >= 5
    swedes = client.get("/api/v1/claims", params={"origin": "SE"}).json()["items"]
    assert [c["attributed_to"] for c in swedes] == [["TT News Agency", "Erik Lindqvist"]]


def test_one_claim_article_figures_estimates_timeline_sources(client):
    claim = client.get("/api/v1/claims", params={"origin": "GE"}).json()["items"][0]
    assert client.get(f"/api/v1/claims/{claim['id']}").json()["text"] == "At least 59"
    article = client.get(f"/api/v1/articles/{claim['article_id']}").json()
    assert article["text"][claim["start"]:claim["end"]] == "At least 59"
    estimates = {e["origin"]: e for e in client.get("/api/v1/estimates").json()}
    assert estimates["CO"]["conflict"] is True and estimates["CO"]["independent_sources"] == 2
    assert client.get("/api/v1/figures", params={"origin": "CO"}).json()
    assert client.get("/api/v1/timeline", params={"by": "side"}).status_code == 200
    assert any(s["name"] == "Erik Lindqvist" for s in client.get("/api/v1/sources").json())


@pytest.mark.parametrize("url, fragment", [
    ("/api/v1/claims?since=yesterday", "since"),
    ("/api/v1/claims?limit=100000", "limit"),
    ("/api/v1/claims?colour=red", "unknown query parameter"),
    ("/api/v1/claims?event=party", "event"),
    ("/api/v1/claims?cursor=%%%", "cursor"),
    ("/api/v1/estimates?by=planet", "by"),
])
def test_bad_parameters_are_422_with_one_error_shape(client, url, fragment):
    r = client.get(url)
    assert r.status_code == 422
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == 422 and fragment in body["error"]["message"]


def test_missing_things_are_404_json(client):
    r = client.get("/api/v1/claims/abcdef0123")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404


def test_writes_need_the_token(client, filled_store):
    body = {"text": "About 150 Latvians have joined the International Legion, the Latvian defence ministry said.",
            "outlet": "Riga Post", "published": "2024-07-01"}
    assert client.post("/api/v1/articles", json=body).status_code == 401
    assert client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    created = client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201, created.text
    assert [c["origin"] for c in created.json()["claims"]] == [["LV"]]
    again = client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.status_code == 201 and again.json()["stored"] is False


def test_read_only_without_a_token(filled_store):
    from fastapi.testclient import TestClient

    read_only = TestClient(create_app(filled_store, ServeSettings(token=None, allowed_hosts=("testserver", "127.0.0.1", "localhost"))))
    r = read_only.post("/api/v1/articles", json={"text": "x"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]["message"]


def test_request_body_is_capped(client):
    r = client.post("/api/v1/articles", content=b"{" + b" " * 300_000 + b"}",
                    headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


def test_hostile_article_is_escaped_in_pages(client):
    claim = client.get("/api/v1/claims", params={"search": "volunteers ministry"}).json()["items"][0]
    for url in (f"/articles/{claim['article_id']}", f"/claims/{claim['id']}", "/claims"):
        html = client.get(url).text
        assert "<script>window.__pwned" not in html and "<img src=x" not in html and 'href="javascript:' not in html
        assert "&lt;script&gt;" in html or url == "/claims"


@pytest.mark.parametrize("url, fragment", [
    ("/api/v1/claims?since=2024-13-01", "not a real date"),
    ("/api/v1/claims?until=2024-02-30", "not a real date"),
    ("/api/v1/estimates?as_of=2023-02-29", "not a real date"),
    ("/api/v1/claims?since=2024-00", "not a real date"),
    ("/api/v1/claims?search=%00", "NUL"),
    ("/api/v1/claims?source=a%00b", "NUL"),
    ("/api/v1/claims?outlet=%00", "NUL"),
    ("/api/v1/claims?side=%00", "NUL"),
])
def test_impossible_dates_and_nul_characters_are_422(client, url, fragment):
    r = client.get(url)
    assert r.status_code == 422, r.text
    assert fragment in r.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/", "/claims"])
def test_pages_refuse_impossible_dates_and_nul_characters(client, path):
    assert client.get(path, params={"since": "2024-02-30"}).status_code == 422
    assert client.get(path, params={"side": "\x00"}).status_code == 422


def test_a_posted_article_with_an_impossible_date_is_refused(client):
    r = client.post("/api/v1/articles", json={"text": "About 40 soldiers were killed.", "published": "2024-02-30"},
                    headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 422 and "not a real date" in r.json()["error"]["message"]
    assert client.get("/").status_code == 200


def test_an_impossible_date_already_in_the_store_does_not_take_pages_down(client, filled_store):
    from sqlalchemy import update

    from muster.store.schema import articles

    with filled_store.write() as conn:
        conn.execute(update(articles).values(published="2024-02-30"))
    assert client.get("/").status_code == 200
    assert client.get("/api/v1/timeline").status_code == 200
