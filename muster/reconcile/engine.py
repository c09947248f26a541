"""Running reconciliation: incrementally after each ingest, or rebuilt from scratch.

Only new articles are shingled and banded, and only the buckets their claims fall into are
re-clustered; source identity is recomputed whole (it is small and a new name can merge old
ones). Groups and figures are connected components, so the incremental result is the rebuilt
result (tests/reconcile/test_incremental.py checks it on thousands of articles).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy import update as sql_update

from muster.reconcile import figures as fig
from muster.reconcile import syndication
from muster.reconcile.sources import canonicalize
from muster.reconcile.ultimate import ClaimChain, resolve_article
from muster.reconcile.views import canonical_map
from muster.store.database import Store, exclusive
from muster.store.queries import chains
from muster.store.schema import (
    article_bands,
    article_signatures,
    articles,
    attributions,
    canonical_sources,
    claim_buckets,
    claims,
    figures,
    source_aliases,
    sources,
    user_aliases,
)
from muster.store.writer import source_ids

# Articles signed and banded per transaction.
BATCH = 200


@dataclass
class ReconcileReport:
    articles: int = 0
    buckets: int = 0
    figures: int = 0
    sources: int = 0


def update(store: Store) -> ReconcileReport:
    """Reconcile what is new; two processes finishing ingests at once take turns."""
    with exclusive(store.engine, "reconcile"):
        return _update(store)


def _update(store: Store) -> ReconcileReport:
    report = ReconcileReport()
    with store.read() as conn:
        todo = list(conn.execute(select(articles.c.id).where(
            articles.c.id.not_in(select(article_signatures.c.article_id))).order_by(articles.c.id)).scalars())
        before = canonical_map(conn)
    for start in range(0, len(todo), BATCH):
        _group_articles(store, todo[start:start + BATCH])
    report.articles = len(todo)
    report.sources = refresh_sources(store)
    with store.read() as conn:
        after = canonical_map(conn)
    touched = _bucket_new_claims(store)
    touched |= _resolve_sources(store, {raw for raw, value in after.items() if before.get(raw) != value})
    report.buckets = len(touched)
    report.figures = _recluster(store, sorted(touched))
    return report


def rebuild(store: Store) -> ReconcileReport:
    with exclusive(store.engine, "reconcile"):
        with store.write() as conn:
            for table in (figures, claim_buckets, article_bands, article_signatures, source_aliases, canonical_sources):
                conn.execute(delete(table))
        return _update(store)


# --- syndication ---------------------------------------------------------------------------

def _group_articles(store: Store, ids: list[str]) -> None:
    with store.read() as conn:
        texts = dict(conn.execute(select(articles.c.id, articles.c.text).where(articles.c.id.in_(ids))).all())
    with store.write() as conn:
        for article_id in ids:
            sig = syndication.signature(texts[article_id])
            bands = syndication.band_hashes(sig)
            wanted = set(bands)
            candidates = {a for b, h, a in conn.execute(select(article_bands.c.band, article_bands.c.hash, article_bands.c.article_id)
                                                       .where(article_bands.c.hash.in_([h for _, h in bands]))) if (b, h) in wanted}
            groups = {article_id}
            if candidates:
                rows = conn.execute(select(article_signatures.c.signature, article_signatures.c.group_id)
                                    .where(article_signatures.c.article_id.in_(candidates))).all()
                groups |= {g for data, g in rows if syndication.near_duplicates(sig, syndication.from_bytes(data))}
            group = min(groups)
            merged = groups - {article_id, group}
            if merged:
                conn.execute(sql_update(article_signatures).where(article_signatures.c.group_id.in_(merged)).values(group_id=group))
            conn.execute(insert(article_signatures).values(article_id=article_id, signature=syndication.to_bytes(sig),
                                                           group_id=group))
            conn.execute(insert(article_bands), [{"band": b, "hash": h, "article_id": article_id} for b, h in bands])


# --- sources -------------------------------------------------------------------------------

def refresh_sources(store: Store) -> int:
    """Recompute canonical sources for every source name and publishing outlet."""
    with store.write() as conn:
        outlets = {o for o in conn.execute(select(articles.c.outlet).distinct()).scalars() if o}
        if outlets:
            source_ids(store, conn, outlets)
        names = dict(conn.execute(select(sources.c.name, sources.c.id)).all())
        rules = [dict(r._mapping) for r in conn.execute(select(user_aliases).order_by(user_aliases.c.position))]
        assigned = canonicalize(list(names), rules, outlets)
        conn.execute(delete(source_aliases))
        conn.execute(delete(canonical_sources))
        ordered = sorted({id(c): c for c in assigned.values()}.values(), key=lambda c: (c.name, c.kind))
        ids = {id(c): i for i, c in enumerate(ordered, 1)}
        if ordered:
            conn.execute(insert(canonical_sources), [{"id": ids[id(c)], "name": c.name, "kind": c.kind} for c in ordered])
            conn.execute(insert(source_aliases), [
                {"source_id": names[raw], "canonical_id": ids[id(c)], "reason": c.members[raw]}
                for raw, c in assigned.items()])
        return len(ordered)


def set_user_aliases(store: Store, rules: list[dict]) -> None:
    """Replace the user's alias rules; the claims whose sources they change are linked again."""
    with exclusive(store.engine, "reconcile"):
        with store.read() as conn:
            before = canonical_map(conn)
        with store.write() as conn:
            conn.execute(delete(user_aliases))
            if rules:
                conn.execute(insert(user_aliases), [dict(r, position=i) for i, r in enumerate(rules)])
        refresh_sources(store)
        with store.read() as conn:
            after = canonical_map(conn)
        touched = _resolve_sources(store, {raw for raw in set(before) | set(after) if before.get(raw) != after.get(raw)})
        _recluster(store, sorted(touched))


# --- figures -------------------------------------------------------------------------------

_FACT_COLUMNS = [claims.c.id, articles.c.published, claims.c.low, claims.c.high, claims.c.qualifier, claims.c.unit_name,
                 claims.c.unit_count, claims.c.event, claims.c.side, claims.c.origin, claims.c.group_text,
                 claims.c.sentence, claims.c.text, claim_buckets.c.source_key, claim_buckets.c.source_kind, claims.c.group_class]


def _facts(row) -> fig.ClaimFacts:
    return fig.ClaimFacts(*row)


def _bucket_new_claims(store: Store) -> set[str]:
    with store.read() as conn:
        rows = conn.execute(select(*_FACT_COLUMNS[:13]).join(articles, articles.c.id == claims.c.article_id)
                            .where(claims.c.id.not_in(select(claim_buckets.c.claim_id)))).all()
    if not rows:
        return set()
    buckets = {r.id: fig.bucket_of(_facts(r)) for r in rows}
    with store.write() as conn:
        conn.execute(insert(claim_buckets), [{"claim_id": cid, "bucket": b, "figure_id": None} for cid, b in buckets.items()])
    return set(buckets.values())


def _resolve_sources(store: Store, changed_names: set[str]) -> set[str]:
    """Resolve the ultimate source of every claim of the articles that need it: those with
    unresolved claims, and those naming a source whose canonical form changed. Returns the
    buckets whose claims changed source."""
    with store.read() as conn:
        ids = set(conn.execute(select(claims.c.article_id).join(claim_buckets, claim_buckets.c.claim_id == claims.c.id)
                               .where(claim_buckets.c.source_key.is_(None)).distinct()).scalars())
        if changed_names:
            names = sorted(changed_names)
            for start in range(0, len(names), 500):
                ids |= set(conn.execute(
                    select(claims.c.article_id).join(attributions, attributions.c.claim_id == claims.c.id)
                    .join(sources, sources.c.id == attributions.c.source_id)
                    .where(sources.c.name.in_(names[start:start + 500])).distinct()).scalars())
                ids |= set(conn.execute(select(articles.c.id).where(articles.c.outlet.in_(names[start:start + 500]))).scalars())
        canonical = canonical_map(conn)
    touched: set[str] = set()
    todo = sorted(ids)
    for start in range(0, len(todo), BATCH):
        part = todo[start:start + BATCH]
        with store.read() as conn:
            heads = {r.id: (r.outlet, r.head) for r in conn.execute(
                select(articles.c.id, articles.c.outlet, func.substr(articles.c.text, 1, 200).label("head"))
                .where(articles.c.id.in_(part)))}
            rows = conn.execute(select(claims.c.id, claims.c.article_id, claims.c.position, claims.c.sentence,
                                       claims.c.status, claim_buckets.c.bucket, claim_buckets.c.source_key)
                                .join(claim_buckets, claim_buckets.c.claim_id == claims.c.id)
                                .where(claims.c.article_id.in_(part))).all()
            chain = chains(conn, [r.id for r in rows])
        by_article: dict[str, list] = {}
        for r in rows:
            by_article.setdefault(r.article_id, []).append(r)
        updates = []
        for article_id, members in by_article.items():
            outlet, head = heads[article_id]
            resolved = resolve_article([ClaimChain(r.id, r.position, tuple(chain[r.id]), r.sentence, r.status)
                                        for r in members],
                                       outlet, head or "", canonical, article_id)
            for r in members:
                u = resolved[r.id]
                updates.append({"cid": r.id, "key": u.key, "name": u.name, "kind": u.kind, "why": u.reason})
                if r.source_key != u.key:
                    touched.add(r.bucket)
        if updates:
            with store.write() as conn:
                conn.execute(sql_update(claim_buckets).where(claim_buckets.c.claim_id == bindparam("cid"))
                             .values(source_key=bindparam("key"), source_name=bindparam("name"),
                                     source_kind=bindparam("kind"), source_reason=bindparam("why")), updates)
    return touched


def _recluster(store: Store, buckets: list[str]) -> int:
    made = 0
    for start in range(0, len(buckets), 500):
        part = buckets[start:start + 500]
        with store.read() as conn:
            rows = conn.execute(select(claim_buckets.c.bucket, *_FACT_COLUMNS)
                                .join(claims, claims.c.id == claim_buckets.c.claim_id)
                                .join(articles, articles.c.id == claims.c.article_id)
                                .where(claim_buckets.c.bucket.in_(part))).all()
        by_bucket: dict[str, list[fig.ClaimFacts]] = {}
        for r in rows:
            by_bucket.setdefault(r.bucket, []).append(_facts(r[1:]))
        new = [fig.make_figure(b, cluster) for b, facts in sorted(by_bucket.items()) for cluster in fig.components(facts)]
        with store.write() as conn:
            conn.execute(delete(figures).where(figures.c.bucket.in_(part)))
            if new:
                conn.execute(insert(figures), [{
                    "id": f.id, "bucket": f.bucket, "event": f.event, "side": f.side, "origin": f.origin,
                    "group_class": f.group_class, "low": f.low, "high": f.high, "qualifier": f.qualifier,
                    "unit_name": f.unit_name, "first_seen": f.first_seen, "last_seen": f.last_seen,
                    "claims": len(f.claim_ids), "reason": f.reason, "part": f.part} for f in new])
                conn.execute(sql_update(claim_buckets).where(claim_buckets.c.claim_id == bindparam("cid"))
                             .values(figure_id=bindparam("fid"), link_reason=bindparam("why")),
                             [{"cid": cid, "fid": f.id, "why": f.links[cid]} for f in new for cid in f.claim_ids])
        made += len(new)
    return made
