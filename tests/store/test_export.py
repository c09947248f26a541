"""Exports whose shape does not depend on the data: typed Parquet columns (lists as
list<string>, even when empty or null everywhere), CSV booleans as true/false."""
import csv
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from muster.ingest import ingest
from muster.store import open_store
from muster.store.export import view_schema

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[2] / "muster" / "samples" / "volunteers.txt"


def export(db, view, fmt, out, *extra):
    r = subprocess.run([sys.executable, "-m", "muster", "export", "-o", str(out), "--format", fmt, "--view", view,
                        "--db", db, *extra], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    url = f"sqlite:///{folder / 'x.db'}"
    store = open_store(url)
    assert ingest(store, [str(SAMPLE)]).ok
    store.close()
    return url, folder


@pytest.mark.parametrize("view, by", [("figures", "origin"), ("estimates", "origin"), ("estimates", "side")])
def test_parquet_views_have_one_schema_full_or_empty(filled, tmp_path, view, by):
    url, _ = filled
    full = pq.read_table(export(url, view, "parquet", tmp_path / "full.parquet", "--by", by))
    empty = pq.read_table(export(f"sqlite:///{tmp_path / 'empty.db'}", view, "parquet", tmp_path / "empty.parquet",
                                 "--by", by))
    assert full.num_rows > 0 and empty.num_rows == 0
    assert full.schema == empty.schema == view_schema(view, by)
    for field in full.schema:
        assert not pa.types.is_null(field.type), field.name


def test_list_fields_are_lists_of_strings(filled, tmp_path):
    url, _ = filled
    table = pq.read_table(export(url, "figures", "parquet", tmp_path / "f.parquet"))
    for name in ("origin", "ultimate_sources", "carriers", "claim_ids", "texts"):
        assert table.schema.field(name).type == pa.list_(pa.string()), name
    assert all(isinstance(v, list) for v in table.column("claim_ids").to_pylist())


def test_csv_booleans_are_words(filled, tmp_path):
    url, _ = filled
    with open(export(url, "estimates", "csv", tmp_path / "e.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["conflict"] for r in rows} <= {"true", "false"}
    with open(export(url, "figures", "csv", tmp_path / "f.csv"), encoding="utf-8") as f:
        figures = list(csv.DictReader(f))
    assert {r["part"] for r in figures} <= {"true", "false"}
    assert all(not r["origin"].startswith("[") for r in figures)  # "SE; US", not a JSON list


def test_claims_and_views_join_lists_the_same_way():
    from muster.store.export import _cell, flat

    claim = {"origin": ["SE", "US"], "attributed_to": ["an agency", "its source"], "unit": None}
    assert flat(claim)["origin"] == _cell(["SE", "US"]) == "SE; US"
    assert flat(dict(claim, origin=[]))["origin"] == ""
