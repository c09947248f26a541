"""`muster stats`, `claims` and `show` on a SQLite store, read through the standard library's
sqlite3.

Loading the database toolkit takes longer than these commands' queries: on two slow cores it
is 0.15–0.3 s of a 0.4–0.5 s answer. Here each query is the SQL that queries.py and
reconcile/views.py build for SQLite, written out; the rows become records through the same
code (store/plain.py, reconcile/assembly.py), and tests/store/test_quick.py runs both paths on
the same stores with every filter and requires the same answers. Whatever this module cannot
answer exactly (PostgreSQL, a store that needs migrating, a file that is not there) gets None
from `connect`, and the command takes the full path, which also words the errors.
"""
from __future__ import annotations

import os
import sqlite3
from collections import namedtuple
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any, Iterator

from muster.reconcile.assembly import assemble, rows_of
from muster.store.plain import NO_ORIGIN, ClaimFilters, claim_from_row, fts_words, head_revision

# Rows of sources per query when fetching chains: under SQLite's limit on bound parameters.
CHAIN_BATCH = 500
# How long a reader waits for a writer's lock, as the full path does.
BUSY_TIMEOUT_S = 60.0

_CLAIM_COLUMNS = ("claims.id, claims.article_id, claims.text, claims.occurrence, claims.start_char, claims.end_char, "
                  "claims.low, claims.high, claims.qualifier, claims.unit_name, claims.unit_count, claims.group_text, "
                  "claims.group_class, claims.origin, claims.side, claims.event, claims.cue, claims.status, "
                  "claims.sentence, articles.outlet, articles.published, articles.url, articles.title, articles.source")
_CLAIMS_FROM = f"SELECT {_CLAIM_COLUMNS} FROM claims JOIN articles ON articles.id = claims.article_id"


def sqlite_path(url: str) -> str | None:
    """The file a store URL names, when it is a plain SQLite file URL or a bare path."""
    if "://" not in url:
        return url
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    return url[len("sqlite:///"):] or None


def connect(db: str | None) -> sqlite3.Connection | None:
    """A connection to the SQLite store `db` (or MUSTER_DB, or the configured one) when it
    exists at the newest schema; None when the full path must answer."""
    from muster import settings

    path = sqlite_path(db or os.environ.get("MUSTER_DB") or settings.get("db"))
    if path is None or path == ":memory:" or not Path(path).is_file():
        return None
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    conn.row_factory = _named_row
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = None
    if revision is None or revision.version_num != head_revision():
        conn.close()
        return None
    return conn


@cache
def _row_type(names: tuple[str, ...]) -> type:
    return namedtuple("Row", names)


def _named_row(cursor: sqlite3.Cursor, values: tuple) -> Any:
    """Rows read by column name, as the toolkit's rows are, so plain.py and assembly.py read both."""
    return _row_type(tuple(d[0] for d in cursor.description))(*values)


def _like_escaped(text: str) -> str:
    """`text` matched literally by LIKE ... ESCAPE '/'."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _where(f: ClaimFilters) -> tuple[str, list[Any]]:
    """The WHERE clause of queries.conditions, for the filters the commands pass."""
    if f.sort or f.after or f.offset:
        raise ValueError("quick reads list claims in the default order only; use queries.py for sorting and paging")
    parts, params = ["1 = 1"], []
    if f.origin:
        if f.origin.lower() in NO_ORIGIN:
            parts.append("claims.id NOT IN (SELECT claim_origins.claim_id FROM claim_origins)")
        else:
            parts.append("claims.id IN (SELECT claim_origins.claim_id FROM claim_origins WHERE claim_origins.code = ?)")
            params.append(f.origin.upper())
    if f.side:
        parts.append("lower(claims.side) = ?")
        params.append(f.side.lower())
    for column, value in (("claims.event", f.event), ("claims.status", f.status)):
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    if f.outlet:
        parts.append("lower(articles.outlet) LIKE '%' || ? || '%' ESCAPE '/'")
        params.append(_like_escaped(f.outlet.lower()))
    if f.since:
        parts.append("articles.published >= ?")
        params.append(f.since)
    if f.until:
        parts.append("articles.published <= ?")
        params.append(f.until)
    if f.article:
        parts.append("claims.article_id LIKE ? || '%' ESCAPE '/'")
        params.append(_like_escaped(f.article))
    if f.source:
        parts.append("claims.id IN (SELECT attributions.claim_id FROM attributions JOIN sources "
                     "ON sources.id = attributions.source_id WHERE lower(sources.name) LIKE '%' || ? || '%' ESCAPE '/')")
        params.append(_like_escaped(f.source.lower()))
    if f.search:
        parts.append("claims.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(fts_words(f.search))
    return " AND ".join(parts), params


def _chains(conn: sqlite3.Connection, claim_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {cid: [] for cid in claim_ids}
    for start in range(0, len(claim_ids), CHAIN_BATCH):
        part = claim_ids[start:start + CHAIN_BATCH]
        rows = conn.execute("SELECT attributions.claim_id, sources.name FROM attributions JOIN sources "
                            "ON sources.id = attributions.source_id "
                            f"WHERE attributions.claim_id IN ({', '.join('?' * len(part))}) "
                            "ORDER BY attributions.claim_id, attributions.position", part)
        for cid, name in rows:
            out[cid].append(name)
    return out


def iter_claims(conn: sqlite3.Connection, f: ClaimFilters, page: int = 2000) -> Iterator[dict]:
    """queries.iter_claims: the filtered claims, newest article first, page by page."""
    where, params = _where(f)
    sql = (f"{_CLAIMS_FROM} WHERE {where} "
           "ORDER BY articles.published DESC NULLS LAST, claims.article_id, claims.position")
    if f.limit:
        sql += " LIMIT ?"
        params.append(f.limit)
    with closing(conn.execute(sql, params)) as cursor:
        while rows := cursor.fetchmany(page):
            chain = _chains(conn, [r.id for r in rows])
            for row in rows:
                yield claim_from_row(row, chain[row.id])


def claim(conn: sqlite3.Connection, claim_id: str) -> dict | None:
    """queries.claim: the one claim whose id starts with `claim_id`, or None."""
    rows = conn.execute(f"{_CLAIMS_FROM} WHERE claims.id LIKE ? || '%' ESCAPE '/' LIMIT 2",
                        [_like_escaped(claim_id)]).fetchall()
    if len(rows) != 1:
        return None
    return claim_from_row(rows[0], _chains(conn, [rows[0].id])[rows[0].id])


def claim_ids_starting(conn: sqlite3.Connection, prefix: str, limit: int = 10) -> list[str]:
    return [r.id for r in conn.execute("SELECT claims.id FROM claims WHERE claims.id LIKE ? || '%' ESCAPE '/' "
                                       "ORDER BY claims.id LIMIT ?", [_like_escaped(prefix), limit])]


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """queries.stats."""
    def count(table: str) -> int:
        return conn.execute(f"SELECT count(*) AS n FROM {table}").fetchone().n

    def by(column: str) -> dict:
        rows = conn.execute(f"SELECT claims.{column} AS value, count(*) AS n FROM claims GROUP BY claims.{column}")
        return {r.value: r.n for r in rows}

    return {"articles": count("articles"), "claims": count("claims"), "sources": count("sources"),
            "ingest_runs": count("ingest_runs"), "ingest_errors": count("ingest_errors"),
            "by_event": by("event"), "by_status": by("status"),
            "by_side": {k or "none": v for k, v in by("side").items()}}


def figure_of_claim(conn: sqlite3.Connection, claim_id: str) -> dict | None:
    """views.figure_of_claim: the figure a claim belongs to, with all its mentions."""
    found = conn.execute("SELECT claim_buckets.figure_id FROM claim_buckets WHERE claim_buckets.claim_id = ?",
                         [claim_id]).fetchone()
    if found is None or not found.figure_id:
        return None
    rows = conn.execute(
        "SELECT figures.*, claims.id AS claim_id, claims.text, claims.low AS c_low, claims.high AS c_high, "
        "claims.qualifier AS c_qualifier, articles.published, articles.outlet, articles.id AS article_id, "
        "article_signatures.group_id, claim_buckets.source_name, claim_buckets.source_kind, "
        "claim_buckets.source_reason, claim_buckets.link_reason FROM figures "
        "JOIN claim_buckets ON claim_buckets.figure_id = figures.id JOIN claims ON claims.id = claim_buckets.claim_id "
        "JOIN articles ON articles.id = claims.article_id "
        "LEFT OUTER JOIN article_signatures ON article_signatures.article_id = articles.id "
        "WHERE figures.id = ? ORDER BY figures.id, articles.published, claims.id", [found.figure_id]).fetchall()
    canonical = {r.raw: (r.name, r.kind) for r in conn.execute(
        "SELECT sources.name AS raw, canonical_sources.name, canonical_sources.kind FROM sources "
        "JOIN source_aliases ON source_aliases.source_id = sources.id "
        "JOIN canonical_sources ON canonical_sources.id = source_aliases.canonical_id")}
    figures = rows_of(assemble(rows, _chains(conn, [r.claim_id for r in rows]), canonical))
    return figures[0] if figures else None
