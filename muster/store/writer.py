"""Writing articles and their claims: idempotent, batched, safe with concurrent writers.

An article and its claims go in together or not at all. An article already stored (same
text, so same id) is skipped — by another process too: the insert does nothing on conflict,
and its claims are only written by whoever inserted the article.
"""
from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from muster import ENGINE_VERSION
from muster.records import Article, ReadFailure
from muster.store.database import Store
from muster.store.origins import dump_origin
from muster.store.schema import articles, attributions, claim_origins, claims, ingest_errors, ingest_runs, sources


def claim_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:24]


def _insert(store: Store, table):
    return (sqlite.insert if store.dialect == "sqlite" else postgresql.insert)(table)


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class BatchResult:
    added: int = 0
    skipped: int = 0
    claims: int = 0


def stored_identities(store: Store, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """Stored article id → (url, outlet): where the stored copy of a text came from."""
    ids = list(ids)
    if not ids:
        return {}
    with store.read() as conn:
        return {r.id: (r.url, r.outlet) for r in conn.execute(
            select(articles.c.id, articles.c.url, articles.c.outlet).where(articles.c.id.in_(ids)))}


def start_run(store: Store, inputs: list[str]) -> int:
    mark_interrupted_runs(store)
    with store.write() as conn:
        return conn.execute(insert(ingest_runs).values(
            started_at=now(), engine_version=ENGINE_VERSION, inputs="\n".join(inputs), articles_added=0,
            articles_skipped=0, claims_added=0, errors=0, host=socket.gethostname(), pid=os.getpid(),
            status="running").returning(ingest_runs.c.id)).scalar_one()


def finish_run(store: Store, run_id: int, added: int, skipped: int, claims_added: int, errors: int) -> None:
    with store.write() as conn:
        conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id).values(
            finished_at=now(), articles_added=added, articles_skipped=skipped, claims_added=claims_added, errors=errors,
            status="finished"))


def mark_interrupted_runs(store: Store) -> int:
    """Runs left 'running' by a process of this host that no longer exists were killed: mark
    them interrupted, with the articles, claims and errors they did store. Runs of other hosts
    are left alone, since this host cannot tell whether they still run."""
    host = socket.gethostname()
    with store.write() as conn:
        stale = [r for r in conn.execute(select(ingest_runs.c.id, ingest_runs.c.pid)
                                         .where(ingest_runs.c.status == "running", ingest_runs.c.host == host))
                 if not _alive(r.pid)]
        for run_id, _ in stale:
            stored = select(articles.c.id).where(articles.c.run_id == run_id)
            conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id).values(
                status="interrupted",
                articles_added=select(func.count()).select_from(articles).where(articles.c.run_id == run_id).scalar_subquery(),
                claims_added=select(func.count()).select_from(claims).where(claims.c.article_id.in_(stored)).scalar_subquery(),
                errors=select(func.count()).select_from(ingest_errors).where(ingest_errors.c.run_id == run_id).scalar_subquery()))
    return len(stale)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def record_failures(store: Store, run_id: int | None, failures: list[ReadFailure]) -> None:
    if not failures:
        return
    with store.write() as conn:
        conn.execute(insert(ingest_errors), [
            {"run_id": run_id, "source": f.source, "stage": f.stage, "message": f.message, "created_at": now()}
            for f in failures])


def write_batch(store: Store, run_id: int | None, items: list[tuple[Article, list[dict]]]) -> BatchResult:
    """Store articles with their claims in one transaction."""
    result = BatchResult()
    stamp = now()
    with store.write() as conn:
        for article, article_claims in items:
            inserted = conn.execute(_insert(store, articles).values(
                id=article.id, url=article.url, outlet=article.outlet, published=article.published,
                title=article.title, text=article.text, source=article.source, engine_version=ENGINE_VERSION,
                run_id=run_id, ingested_at=stamp).on_conflict_do_nothing(index_elements=["id"])
                .returning(articles.c.id)).first()
            if inserted is None:  # stored already, by an earlier run or by a process running beside this one
                result.skipped += 1
                continue
            result.added += 1
            result.claims += _write_claims(store, conn, article.id, article_claims)
    return result


def replace_claims(store: Store, article_id: str, article_claims: list[dict]) -> int:
    """Re-extraction: the article's claims are replaced and its engine version updated."""
    with store.write() as conn:
        conn.execute(delete(claims).where(claims.c.article_id == article_id))
        conn.execute(update(articles).where(articles.c.id == article_id).values(engine_version=ENGINE_VERSION))
        return _write_claims(store, conn, article_id, article_claims)


def _write_claims(store: Store, conn: Connection, article_id: str, article_claims: list[dict]) -> int:
    if not article_claims:
        return 0
    rows, links = [], []
    for position, c in enumerate(article_claims):
        cid = claim_id(article_id, c["start"], c["end"])
        unit = c.get("unit") or {}
        rows.append({
            "id": cid, "article_id": article_id, "position": position, "text": c["text"], "occurrence": c["occurrence"],
            "start_char": c["start"], "end_char": c["end"], "low": c["low"], "high": c["high"],
            "qualifier": c["qualifier"], "unit_name": unit.get("name"), "unit_count": unit.get("count"),
            "group_text": c["group"], "group_class": c.get("group_class", "people"), "origin": dump_origin(c["origin"]),
            "side": c["side"], "event": c["event"], "cue": c["cue"], "status": c["status"], "sentence": c["sentence"],
        })
        links += [(cid, i, name) for i, name in enumerate(c["attributed_to"])]
    conn.execute(insert(claims), rows)
    codes = [{"claim_id": row["id"], "code": code} for row, c in zip(rows, article_claims) for code in dict.fromkeys(c["origin"])]
    if codes:
        conn.execute(insert(claim_origins), codes)
    if links:
        ids = source_ids(store, conn, {name for _, _, name in links})
        conn.execute(insert(attributions), [{"claim_id": cid, "position": i, "source_id": ids[name]} for cid, i, name in links])
    return len(rows)


def source_ids(store: Store, conn: Connection, names: set[str]) -> dict[str, int]:
    conn.execute(_insert(store, sources).on_conflict_do_nothing(index_elements=["name"]), [{"name": n} for n in sorted(names)])
    return dict(conn.execute(select(sources.c.name, sources.c.id).where(sources.c.name.in_(names))).all())
