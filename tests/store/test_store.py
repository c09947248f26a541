"""The store on a real database (SQLite here; PostgreSQL in scripts/test's second run)."""
import json

import pytest
from sqlalchemy import func, select

import muster
from muster import ENGINE_VERSION
from muster.ingest import ingest
from muster.ingest.articles import make_article
from muster.store import open_store, queries, writer
from muster.store.schema import articles, attributions, claims
from tests.conftest import DATA

GOLDEN = sorted((DATA / "golden").glob("*.txt"))


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def filled(store):
    report = ingest(store, [str(p) for p in GOLDEN])
    assert report.ok and report.articles_added == len(GOLDEN)
    return store


def count(store, table):
    with store.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_open_migrates_and_reopens(db_url):
    open_store(db_url).close()
    s = open_store(db_url)  # the second open finds the schema current
    assert count(s, articles) == 0


@pytest.mark.parametrize("content", [b"hello, not a database\n", b"\x00" * 512, "name,count\nkyiv,40\n".encode()])
def test_a_file_that_is_no_database_is_one_plain_error(tmp_path, content):
    from muster.store.database import StoreError

    path = tmp_path / "claims.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as raised:
        open_store(str(path))
    message = str(raised.value)
    assert "\n" not in message and str(path) in message and "not a database" in message
    assert path.read_bytes() == content  # nothing written over it


def test_ingest_stores_every_claim_with_its_chain(filled, claims_of):
    expected = sum(len(claims_of(p.read_text(encoding="utf-8"))) for p in GOLDEN)
    assert count(filled, claims) == expected
    swedes = filled.claims(origin="SE", event="mobilization")
    around = next(c for c in swedes if c["text"] == "Around 400")
    assert around["attributed_to"] == ["TT News Agency", "Erik Lindqvist"]
    assert count(filled, attributions) >= 2


def test_reingest_is_a_no_op(filled):
    before = (count(filled, articles), count(filled, claims))
    report = ingest(filled, [str(p) for p in GOLDEN])
    assert report.articles_added == 0 and report.articles_skipped == len(GOLDEN)
    assert (count(filled, articles), count(filled, claims)) == before


def _matches(claim: dict, filters: dict) -> bool:
    """The filters' meaning, written out over a claim's fields."""
    return all({"origin": lambda v: v in claim["origin"],
                "side": lambda v: (claim["side"] or "").lower() == v.lower(),
                "event": lambda v: claim["event"] == v,
                "status": lambda v: claim["status"] == v,
                "source": lambda v: any(v.lower() in s.lower() for s in claim["attributed_to"])}[k](v)
               for k, v in filters.items())


@pytest.mark.parametrize("filters, one_of_them", [
    ({"origin": "SE"}, "Around 400"),
    ({"side": "ua", "event": "casualty"}, "at least 59"),
    ({"status": "unconfirmed", "origin": "CZ"}, "Up to 300"),
    ({"source": "lindqvist"}, "Some 70"),
])
def test_claim_filters(filled, filters, one_of_them):
    # The store answers exactly the stored claims whose fields match, whatever extraction decided.
    expected = {c["id"] for c in filled.claims(limit=None) if _matches(c, filters)}
    got = {c["id"]: c["text"] for c in filled.claims(**filters)}
    assert set(got) == expected and one_of_them in got.values()


@pytest.mark.parametrize("search, texts", [
    ("Swedes coordinator", {"Around 400"}),
    ("refugee agency", {"About 1.5 million"}),
])
def test_full_text_search(filled, search, texts):
    assert {c["text"] for c in filled.claims(search=search)} == texts


def test_date_filters_use_publication_dates(store):
    for day, text in [("2022-03-01", "Around 400 Swedes have signed up, according to TT News Agency."),
                      ("2022-05-01", "About 500 Danes have signed up, according to Ritzau.")]:
        article = make_article(text, f"{day}.txt", published=day)
        writer.write_batch(store, None, [(article, muster.extract(text))])
    assert [c["text"] for c in store.claims(since="2022-04-01")] == ["About 500"]
    assert [c["text"] for c in store.claims(until="2022-04-01")] == ["Around 400"]


def test_show_and_articles(filled):
    one = filled.claims(origin="JP")[0]
    assert queries.claim(filled, one["id"][:12])["sentence"].startswith("Japan")
    listed = filled.articles(origin="JP")
    assert len(listed) == 1 and listed[0]["claims"] > 1


def test_reextract_replaces_old_engine_claims(filled):
    from muster.ingest.runner import reextract

    with filled.write() as conn:
        conn.execute(articles.update().values(engine_version="0"))
    before = sorted(c["id"] for c in filled.claims())
    assert reextract(filled) == len(GOLDEN)
    assert sorted(c["id"] for c in filled.claims()) == before
    with filled.read() as conn:
        assert set(conn.execute(select(articles.c.engine_version)).scalars()) == {ENGINE_VERSION}


def test_exports(filled, tmp_path):
    import csv

    import pyarrow.parquet as pq

    from muster.store import export

    rows = filled.claims()
    with open(tmp_path / "c.csv", "w", newline="", encoding="utf-8") as f:
        assert export.write_csv(iter(rows), f) == len(rows)
    with open(tmp_path / "c.csv", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert {r["attributed_to"] for r in table} >= {"TT News Agency ← Erik Lindqvist"}
    with open(tmp_path / "c.jsonl", "w", encoding="utf-8") as f:
        export.write_jsonl(iter(rows), f)
    assert [json.loads(line)["id"] for line in open(tmp_path / "c.jsonl", encoding="utf-8")] == [r["id"] for r in rows]
    assert export.write_parquet(iter(rows), tmp_path / "c.parquet") == len(rows)
    parquet = pq.read_table(tmp_path / "c.parquet").to_pylist()
    assert [r["attributed_to"] for r in parquet] == [r["attributed_to"] for r in rows]
