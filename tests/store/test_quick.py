"""The quick read path (store/quick.py) answers exactly what the full one (queries.py and
reconcile/views.py) answers, on the same SQLite store, for every filter the commands pass; and
it steps aside whenever it cannot."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from muster.ingest import ingest
from muster.reconcile import views
from muster.store import open_store, queries, quick
from muster.store.plain import ClaimFilters

OUTLETS = ["Kyiv Wire", "The 100% Courier", "north_east/daily", None]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A store of generated wire copy with outlets (some with LIKE's special characters), dates
    (some missing) and sources, ingested and reconciled."""
    from bench.corpus import generate_articles

    folder = tmp_path_factory.mktemp("quick")
    dump = folder / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as out:
        for i, text in enumerate(generate_articles(40, seed=3)):
            record = {"text": text, "url": f"https://example.org/{i}", "outlet": OUTLETS[i % len(OUTLETS)],
                      "published": None if i % 7 == 0 else f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            out.write(json.dumps(record) + "\n")
    url = f"sqlite:///{folder / 'q.db'}"
    store = open_store(url)
    assert ingest(store, [str(dump)]).ok
    yield store, quick.connect(url)
    store.close()


def _values(store, key):
    return sorted({v for c in store.claims() for v in ([*c[key]] if isinstance(c[key], list) else [c[key]]) if v})


def test_stats_agree(filled):
    store, conn = filled
    assert quick.stats(conn) == queries.stats(store)
    assert quick.stats(conn)["claims"] > 50


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_filter_lists_the_same_claims_in_the_same_order(filled, data):
    store, conn = filled
    pick = lambda values: data.draw(st.none() | st.sampled_from(values))  # noqa: E731
    word = st.text(alphabet="abcdeiklnorsty%_/ ", min_size=1, max_size=4)
    f = ClaimFilters(
        origin=pick(_values(store, "origin") + ["unstated", "se"]),
        side=pick([s.lower() for s in _values(store, "side")] + _values(store, "side")),
        event=pick(_values(store, "event")), status=pick(_values(store, "status")),
        # "y%w" and "t_e" match only as wildcards, "100%" and "_east/" only literally
        source=data.draw(st.none() | st.sampled_from(["ministry", "Legion", "%", "_", "i%y", "m_n"]) | word),
        outlet=data.draw(st.none() | st.sampled_from(["100%", "_east/", "kyiv", "y%w", "t_e"]) | word),
        since=pick(["2025-03-01", "2025-08-15"]), until=pick(["2025-06-30", "2025-12-31"]),
        search=pick(["volunteers", "killed soldiers", "legion's", '"quoted" OR'] + ["NEAR("]),
        article=pick(["a", "0", "f3"]), limit=data.draw(st.none() | st.integers(1, 30)))
    expected = queries.claims(store, f)
    assert list(quick.iter_claims(conn, f)) == expected


def test_paging_through_chains_keeps_every_source(filled):
    store, conn = filled
    assert list(quick.iter_claims(conn, ClaimFilters(), page=7)) == queries.claims(store, ClaimFilters())


def test_a_claim_its_prefixes_and_its_figure_agree(filled):
    store, conn = filled
    ids = [c["id"] for c in store.claims()]
    for claim_id in ids[::5]:
        assert quick.claim(conn, claim_id[:12]) == queries.claim(store, claim_id[:12])
        assert quick.figure_of_claim(conn, claim_id) == views.figure_of_claim(store, claim_id)
    with_figure = [i for i in ids if views.figure_of_claim(store, i)]
    assert with_figure and quick.figure_of_claim(conn, with_figure[0])["claim_ids"]
    for prefix in ("0", "a", "f", "%", "_", ids[0][:2]):
        assert quick.claim_ids_starting(conn, prefix) == queries.claim_ids_starting(store, prefix)
        assert quick.claim(conn, prefix) == queries.claim(store, prefix)


def test_sorting_and_paging_are_left_to_the_full_path(filled):
    _, conn = filled
    for f in (ClaimFilters(sort="low"), ClaimFilters(after="0"), ClaimFilters(offset=5)):
        with pytest.raises(ValueError, match="default order"):
            list(quick.iter_claims(conn, f))


@pytest.mark.parametrize("url", ["postgresql://localhost/muster", "sqlite:///{folder}/absent.db", "sqlite://",
                                 "sqlite:///{folder}/q.db?mode=ro", ":memory:"])
def test_what_it_cannot_read_exactly_is_left_to_the_full_path(tmp_path, url):
    assert quick.connect(url.format(folder=tmp_path)) is None
    assert not (tmp_path / "absent.db").exists()


def test_a_store_that_needs_migrating_is_left_to_the_full_path(tmp_path):
    path = tmp_path / "old.db"
    open_store(f"sqlite:///{path}").close()
    assert quick.connect(str(path)) is not None
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    assert quick.connect(str(path)) is None
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).close()
    assert quick.connect(str(plain)) is None


def test_the_commands_answer_without_the_database_toolkit(filled, tmp_path):
    store, _ = filled
    url = str(store.engine.url)
    claim_id = store.claims()[0]["id"]
    probe = ("import sys; from muster.cli import main; sys.argv = ['muster', *sys.argv[1:]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('toolkit loaded' if 'sqlalchemy' in sys.modules else 'toolkit not loaded')")
    for args in (["stats"], ["claims", "--format", "jsonl", "--side", "ua"], ["show", claim_id[:10]]):
        out = subprocess.run([sys.executable, "-c", probe, *args, "--db", url], capture_output=True, text=True,
                             check=True, cwd=tmp_path).stdout
        assert out.strip().splitlines()[-1] == "toolkit not loaded", args
        assert len(out.strip().splitlines()) > 1, args
