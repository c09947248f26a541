"""Exports of the claims view: CSV, JSONL and Parquet, streamed so the corpus never sits in memory."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable, TextIO

FLAT_COLUMNS = ["id", "article_id", "text", "occurrence", "start", "end", "low", "high", "qualifier", "unit_name",
                "unit_count", "group", "origin", "side", "event", "attributed_to", "cue", "status", "sentence",
                "outlet", "published", "url", "title", "source"]
PARQUET_BATCH = 5000


def flat(claim: dict) -> dict:
    """One row for tables: lists joined ("SE;US", chain "TT News Agency > Erik Lindqvist")."""
    unit = claim.get("unit") or {}
    row = {k: claim.get(k) for k in FLAT_COLUMNS}
    row.update(unit_name=unit.get("name"), unit_count=unit.get("count"), origin=";".join(claim["origin"]),
               attributed_to=" > ".join(claim["attributed_to"]))
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


def write_view(rows: list[dict], path: Path, format: str) -> int:
    """Figures or estimates: nested fields become JSON text in CSV and Parquet."""
    if format == "jsonl":
        with open(path, "w", encoding="utf-8") as out:
            return write_jsonl((json.loads(json.dumps(r, default=str)) for r in rows), out)
    flat_rows = _flat_view(rows)
    if format == "csv":
        with open(path, "w", encoding="utf-8", newline="") as out:
            return write_view_csv(rows, out)
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(flat_rows), str(path))
    return len(flat_rows)


def _flat_view(rows: list[dict]) -> list[dict]:
    return [{k: (json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else v)
             for k, v in r.items()} for r in rows]


def write_view_csv(rows: list[dict], out: TextIO) -> int:
    flat_rows = _flat_view(rows)
    writer = csv.DictWriter(out, fieldnames=list(flat_rows[0]) if flat_rows else ["empty"])
    writer.writeheader()
    writer.writerows(inert(r) for r in flat_rows)
    return len(flat_rows)


def write_parquet(rows: Iterable[dict], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("id", pa.string()), ("article_id", pa.string()), ("text", pa.string()), ("occurrence", pa.int32()),
        ("start", pa.int64()), ("end", pa.int64()), ("low", pa.int64()), ("high", pa.int64()),
        ("qualifier", pa.string()), ("unit_name", pa.string()), ("unit_count", pa.int64()), ("group", pa.string()),
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
