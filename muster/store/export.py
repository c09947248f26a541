"""Exports of the claims view: CSV, JSONL and Parquet, streamed so the corpus never sits in memory."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable, TextIO

from muster.formatting import chain

FLAT_COLUMNS = ["id", "article_id", "text", "occurrence", "start", "end", "low", "high", "qualifier", "unit_name",
                "unit_count", "group", "group_class", "origin", "side", "event", "attributed_to", "cue", "status", "sentence",
                "outlet", "published", "url", "title", "source"]
PARQUET_BATCH = 5000


def flat(claim: dict) -> dict:
    """One row for tables: lists joined as every CSV view joins them ("SE; US"), the chain as
    everywhere ("TT News Agency ← Erik Lindqvist")."""
    unit = claim.get("unit") or {}
    row = {k: claim.get(k) for k in FLAT_COLUMNS}
    row.update(unit_name=unit.get("name"), unit_count=unit.get("count"), origin=_cell(claim["origin"]) if claim["origin"] else "",
               attributed_to=chain(claim["attributed_to"]))
    return row


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


# Cells a spreadsheet would run as a formula. CSV cells starting with one get a leading quote, as
# the common guidance on CSV injection recommends; JSONL and Parquet keep the exact text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(row: dict) -> dict:
    return {k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for k, v in row.items()}


def write_csv(rows: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(inert(flat(row)))
        n += 1
    return n


def view_schema(view: str, by: str = "origin"):
    """The Parquet schema of the figures or estimates view: fixed, whatever the rows hold (an
    empty export or a column that is null everywhere keeps its real type)."""
    import pyarrow as pa

    strings = pa.list_(pa.string())
    if view == "figures":
        mention = pa.struct([("claim_id", pa.string()), ("text", pa.string()), ("outlet", pa.string()),
                             ("published", pa.string()), ("chain", strings), ("ultimate_source", pa.string()),
                             ("source_reason", pa.string()), ("link_reason", pa.string())])
        return pa.schema([
            ("id", pa.string()), ("event", pa.string()), ("side", pa.string()), ("origin", strings),
            ("group_class", pa.string()), ("part", pa.bool_()), ("qualifier", pa.string()), ("unit_name", pa.string()),
            ("reason", pa.string()), ("ultimate_sources", strings), ("carriers", strings), ("reports", pa.int64()),
            ("low", pa.int64()), ("high", pa.int64()), ("first_seen", pa.string()), ("last_seen", pa.string()),
            ("articles", pa.int64()), ("claim_ids", strings), ("texts", strings), ("mentions", pa.list_(mention))])
    figure = pa.struct([("source", pa.string()), ("figure_id", pa.string()), ("low", pa.int64()), ("high", pa.int64()),
                        ("qualifier", pa.string()), ("last_seen", pa.string()), ("claim_ids", strings)])
    unit = pa.struct([("figure_id", pa.string()), ("unit", pa.string()), ("claim_ids", strings)])
    part = pa.struct([("figure_id", pa.string()), ("low", pa.int64()), ("high", pa.int64()), ("sources", strings),
                      ("claim_ids", strings)])
    return pa.schema([
        (by, pa.string()), ("event", pa.string()), ("low", pa.int64()), ("high", pa.int64()),
        ("lowest_low", pa.int64()), ("highest_high", pa.int64()), ("independent_sources", pa.int64()),
        ("reports", pa.int64()), ("articles", pa.int64()), ("conflict", pa.bool_()), ("as_of", pa.string()),
        ("figures", pa.list_(figure)), ("units", pa.list_(unit)), ("parts", pa.list_(part))])


def write_view(rows: list[dict], path: Path, format: str, view: str = "figures", by: str = "origin") -> int:
    """Figures or estimates. JSONL keeps every field as it is; Parquet types every column
    (lists as list<string>, nested records as structs); CSV joins lists with "; " and writes
    nested records as JSON text."""
    if format == "jsonl":
        with open(path, "w", encoding="utf-8") as out:
            return write_jsonl((json.loads(json.dumps(r, default=str)) for r in rows), out)
    if format == "csv":
        with open(path, "w", encoding="utf-8", newline="") as out:
            return write_view_csv(rows, out, [f.name for f in view_schema(view, by)])
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = view_schema(view, by)
    typed = [{name: row.get(name) for name in schema.names} for row in rows]
    pq.write_table(pa.Table.from_pylist(typed, schema=schema), str(path))
    return len(rows)


def _cell(value):
    """One CSV cell: booleans as true/false, lists of names joined, nested records as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def write_view_csv(rows: list[dict], out: TextIO, columns: list[str] | None = None) -> int:
    columns = columns or (list(rows[0]) if rows else ["empty"])
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(inert({k: _cell(v) for k, v in r.items()}) for r in rows)
    return len(rows)


def write_parquet(rows: Iterable[dict], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("id", pa.string()), ("article_id", pa.string()), ("text", pa.string()), ("occurrence", pa.int32()),
        ("start", pa.int64()), ("end", pa.int64()), ("low", pa.int64()), ("high", pa.int64()),
        ("qualifier", pa.string()), ("unit_name", pa.string()), ("unit_count", pa.int64()), ("group", pa.string()), ("group_class", pa.string()),
        ("origin", pa.list_(pa.string())), ("side", pa.string()), ("event", pa.string()),
        ("attributed_to", pa.list_(pa.string())), ("cue", pa.string()), ("status", pa.string()),
        ("sentence", pa.string()), ("outlet", pa.string()), ("published", pa.string()), ("url", pa.string()),
        ("title", pa.string()), ("source", pa.string()),
    ])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict] = []
        for row in rows:
            unit = row.get("unit") or {}
            batch.append({**{k: row.get(k) for k in schema.names}, "unit_name": unit.get("name"), "unit_count": unit.get("count")})
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
