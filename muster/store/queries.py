"""Reading the store: every view's data is computed here once, and the CLI tables, JSONL,
CSV and Parquet exports (and later the web pages and API) render the same rows."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select, text

from muster.store.plain import NO_ORIGIN, ClaimFilters, claim_from_row, fts_words
from muster.store.schema import articles as articles_t
from muster.store.schema import attributions, claim_origins, ingest_errors, ingest_runs, sources
from muster.store.schema import claims as claims_t

if TYPE_CHECKING:  # the store only types these functions' first argument
    from muster.store.database import Store


def conditions(store: Store, f: ClaimFilters) -> list:
    out = []
    if f.origin:
        coded = select(claim_origins.c.claim_id)
        if f.origin.lower() in NO_ORIGIN:
            out.append(claims_t.c.id.not_in(coded))  # "unstated": claims with no origin at all
        else:
            out.append(claims_t.c.id.in_(coded.where(claim_origins.c.code == f.origin.upper())))
    if f.side:
        out.append(func.lower(claims_t.c.side) == f.side.lower())
    if f.event:
        out.append(claims_t.c.event == f.event)
    if f.status:
        out.append(claims_t.c.status == f.status)
    if f.outlet:
        out.append(func.lower(articles_t.c.outlet).contains(f.outlet.lower(), autoescape=True))
    if f.since:
        out.append(articles_t.c.published >= f.since)
    if f.until:
        out.append(articles_t.c.published <= f.until)
    if f.article:
        out.append(claims_t.c.article_id.startswith(f.article, autoescape=True))
    if f.source:
        matching = (select(attributions.c.claim_id).join(sources, sources.c.id == attributions.c.source_id)
                    .where(func.lower(sources.c.name).contains(f.source.lower(), autoescape=True)))
        out.append(claims_t.c.id.in_(matching))
    if f.search:
        out.append(_search_condition(store, f.search))
    return out


def _search_condition(store: Store, query: str):
    if store.dialect == "sqlite":
        return text("claims.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :fts)").bindparams(fts=fts_words(query))
    return text("claims.sentence_tsv @@ plainto_tsquery('english', :fts)").bindparams(fts=query)


_CLAIM_COLUMNS = [claims_t.c.id, claims_t.c.article_id, claims_t.c.text, claims_t.c.occurrence, claims_t.c.start_char,
                  claims_t.c.end_char, claims_t.c.low, claims_t.c.high, claims_t.c.qualifier, claims_t.c.unit_name,
                  claims_t.c.unit_count, claims_t.c.group_text, claims_t.c.group_class, claims_t.c.origin, claims_t.c.side, claims_t.c.event,
                  claims_t.c.cue, claims_t.c.status, claims_t.c.sentence, articles_t.c.outlet, articles_t.c.published,
                  articles_t.c.url, articles_t.c.title, articles_t.c.source]


SORTS = {"published": articles_t.c.published, "outlet": articles_t.c.outlet, "low": claims_t.c.low,
         "high": claims_t.c.high, "event": claims_t.c.event, "status": claims_t.c.status, "side": claims_t.c.side,
         "origin": claims_t.c.origin, "id": claims_t.c.id}


def claims_query(store: Store, f: ClaimFilters):
    q = (select(*_CLAIM_COLUMNS).join(articles_t, articles_t.c.id == claims_t.c.article_id)
         .where(and_(True, *conditions(store, f))))
    if f.after is not None:
        q = q.where(claims_t.c.id > f.after).order_by(claims_t.c.id)
    elif f.sort:
        column = SORTS[f.sort.lstrip("-")]
        q = q.order_by(column.desc().nulls_last() if f.sort.startswith("-") else column.asc().nulls_last(), claims_t.c.id)
    else:
        q = q.order_by(articles_t.c.published.desc().nulls_last(), claims_t.c.article_id, claims_t.c.position)
    if f.limit:
        q = q.limit(f.limit)
    return q.offset(f.offset) if f.offset else q


def chains(conn, claim_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {cid: [] for cid in claim_ids}
    for start in range(0, len(claim_ids), 500):
        part = claim_ids[start:start + 500]
        rows = conn.execute(select(attributions.c.claim_id, sources.c.name)
                            .join(sources, sources.c.id == attributions.c.source_id)
                            .where(attributions.c.claim_id.in_(part))
                            .order_by(attributions.c.claim_id, attributions.c.position)).all()
        for cid, name in rows:
            out[cid].append(name)
    return out


def iter_claims(store: Store, f: ClaimFilters, page: int = 2000):
    """Claims with their article metadata and source chains, streamed page by page."""
    with store.read() as conn:
        result = conn.execution_options(stream_results=True).execute(claims_query(store, f))
        while rows := result.fetchmany(page):
            chain = chains(conn, [r.id for r in rows])
            for row in rows:
                yield claim_from_row(row, chain[row.id])


def claims(store: Store, f: ClaimFilters) -> list[dict]:
    return list(iter_claims(store, f))


def claim(store: Store, claim_id: str) -> dict | None:
    with store.read() as conn:
        rows = conn.execute(select(*_CLAIM_COLUMNS).join(articles_t, articles_t.c.id == claims_t.c.article_id)
                            .where(claims_t.c.id.startswith(claim_id, autoescape=True)).limit(2)).all()
        if len(rows) != 1:
            return None
        return claim_from_row(rows[0], chains(conn, [rows[0].id])[rows[0].id])


def claim_ids_starting(store: Store, prefix: str, limit: int = 10) -> list[str]:
    """The ids that start with `prefix`, at most `limit`: what an ambiguous prefix could mean."""
    with store.read() as conn:
        return list(conn.execute(select(claims_t.c.id).where(claims_t.c.id.startswith(prefix, autoescape=True))
                                 .order_by(claims_t.c.id).limit(limit)).scalars())


def articles(store: Store, f: ClaimFilters) -> list[dict]:
    claim_count = func.count(claims_t.c.id).label("claims")
    q = (select(articles_t.c.id, articles_t.c.outlet, articles_t.c.published, articles_t.c.title, articles_t.c.url,
                articles_t.c.source, claim_count)
         .select_from(articles_t.outerjoin(claims_t, claims_t.c.article_id == articles_t.c.id))
         .group_by(articles_t.c.id).order_by(articles_t.c.published.desc().nulls_last(), articles_t.c.id))
    if f.outlet:
        q = q.where(func.lower(articles_t.c.outlet).contains(f.outlet.lower(), autoescape=True))
    if f.since:
        q = q.where(articles_t.c.published >= f.since)
    if f.until:
        q = q.where(articles_t.c.published <= f.until)
    claim_filters = [c for c in conditions(store, ClaimFilters(origin=f.origin, side=f.side, event=f.event,
                                                                  status=f.status, source=f.source, search=f.search))]
    if claim_filters:
        matching = select(claims_t.c.article_id).join(articles_t, articles_t.c.id == claims_t.c.article_id).where(and_(*claim_filters))
        q = q.where(articles_t.c.id.in_(matching))
    if f.limit:
        q = q.limit(f.limit)
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q.offset(f.offset))]


def count_claims(store: Store, f: ClaimFilters) -> int:
    q = (select(func.count()).select_from(claims_t.join(articles_t, articles_t.c.id == claims_t.c.article_id))
         .where(and_(True, *conditions(store, f))))
    with store.read() as conn:
        return conn.execute(q).scalar_one()


def article(store: Store, article_id: str) -> dict | None:
    """One article with its text and its claims in text order (for highlighting)."""
    with store.read() as conn:
        row = conn.execute(select(articles_t).where(articles_t.c.id == article_id)).first()
    if row is None:
        return None
    return {**dict(row._mapping), "claims": claims(store, ClaimFilters(article=article_id, sort="id"))}


def stats(store: Store) -> dict[str, Any]:
    with store.read() as conn:
        count = lambda table: conn.execute(select(func.count()).select_from(table)).scalar_one()  # noqa: E731
        return {
            "articles": count(articles_t), "claims": count(claims_t), "sources": count(sources),
            "ingest_runs": count(ingest_runs), "ingest_errors": count(ingest_errors),
            "by_event": dict(conn.execute(select(claims_t.c.event, func.count()).group_by(claims_t.c.event)).all()),
            "by_status": dict(conn.execute(select(claims_t.c.status, func.count()).group_by(claims_t.c.status)).all()),
            "by_side": {k or "none": v for k, v in conn.execute(select(claims_t.c.side, func.count()).group_by(claims_t.c.side)).all()},
        }


def errors(store: Store, limit: int | None = None) -> list[dict]:
    q = select(ingest_errors).order_by(ingest_errors.c.id)
    if limit:
        q = q.limit(limit)
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]
