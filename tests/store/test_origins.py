"""Origins stored as data: filtered by equality on claim_origins, read back as lists, and
carried over from stores written before revision 0005 (with the group class revision 0006 adds)."""
import pytest
from alembic import command
from sqlalchemy import insert, text

from muster.ingest import ingest
from muster.store import open_store, queries
from muster.store.database import _alembic_config, create_store_engine
from muster.store.schema import articles, claims


@pytest.fixture
def store(tmp_path, db_url):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, sentence in (("a", "About 40 volunteers from Chile and Peru arrived, the embassy said."),
                           ("b", "Some 70 Swedes signed up in May."), ("c", "Around 90 recruits deserted the unit.")):
        (folder / f"{name}.txt").write_text(sentence, encoding="utf-8")
    s = open_store(db_url)
    assert ingest(s, [str(folder)]).ok
    yield s
    s.close()


def test_an_origin_filter_matches_codes_not_text(store):
    by_code = {code: {c["text"] for c in store.claims(origin=code)} for code in ("CL", "PE", "SE", "unstated")}
    assert by_code["CL"] == by_code["PE"] == {"About 40"}
    assert by_code["SE"] == {"Some 70"}
    assert by_code["unstated"] == {"Around 90"}
    assert store.claims(origin="L") == []  # part of a code is no code
    assert [c["origin"] for c in store.claims(origin="CL")] == [["CL", "PE"]]


def test_a_store_from_before_revision_0005_keeps_its_origins(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_store_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0004")
        conn.execute(insert(articles).values(id="a" * 64, text="t", source="s", engine_version="2",
                                             ingested_at=text("CURRENT_TIMESTAMP")))
        conn.execute(insert(claims).values(id="c" * 24, article_id="a" * 64, position=0, text="40", occurrence=1,
                                           start_char=0, end_char=2, low=40, high=40, qualifier="exact",
                                           group_text="Syrian mercenaries", origin=",SE,US,", event="other", status="asserted",
                                           sentence="t"))
    engine.dispose()
    upgraded = open_store(url)
    try:
        (claim,) = queries.claims(upgraded, queries.ClaimFilters(origin="US"))
        assert claim["origin"] == ["SE", "US"]
        assert claim["group_class"] == "combatant"  # revision 0006 reads it from the stored group
    finally:
        upgraded.close()
