"""Incremental reconciliation after each ingest gives exactly what a rebuild from scratch gives."""
import pytest
from sqlalchemy import select

from bench.corpus import generate_claim_records
from muster.ingest.articles import make_article
from muster.reconcile import engine, views
from muster.store import open_store, writer
from muster.store.plain import ClaimFilters
from muster.store.schema import article_signatures, canonical_sources, claim_buckets, figures, source_aliases, sources


def snapshot(store):
    with store.read() as conn:
        tables = {
            "figures": sorted(tuple(r) for r in conn.execute(select(figures)).all()),
            "buckets": sorted(tuple(r) for r in conn.execute(select(claim_buckets)).all()),
            "groups": sorted(tuple(r) for r in conn.execute(select(article_signatures.c.article_id, article_signatures.c.group_id)).all()),
            "sources": sorted(tuple(r) for r in conn.execute(
                select(sources.c.name, canonical_sources.c.name, canonical_sources.c.kind, source_aliases.c.reason)
                .join(source_aliases, source_aliases.c.source_id == sources.c.id)
                .join(canonical_sources, canonical_sources.c.id == source_aliases.c.canonical_id)).all()),
        }
    for by in ("origin", "side", "event"):
        tables[f"estimates by {by}"] = views.estimates(store, ClaimFilters(), by=by, as_of="2023-06-30")
    return tables


@pytest.mark.slow
def test_incremental_equals_rebuild(db_url):
    store = open_store(db_url)
    records = generate_claim_records(2400, seed=5)
    for start in range(0, len(records), 600):
        batch = [(make_article(a["text"], f"gen-{start + i}", outlet=a["outlet"], published=a["published"]), claims)
                 for i, (a, claims) in enumerate(records[start:start + 600])]
        writer.write_batch(store, None, batch)
        engine.update(store)
    incremental = snapshot(store)
    assert len(incremental["figures"]) > 50
    assert len({g for _, g in incremental["groups"]}) < len(incremental["groups"]), "some reprints were grouped"
    engine.rebuild(store)
    assert snapshot(store) == incremental
