"""How long reconciliation of 10,000 articles takes: incremental (after each of ten ingests
of 1,000) against one rebuild from scratch, on the same stored claims.

    python bench/reconcile.py [--articles 10000] [--steps 10]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate_claim_records  # noqa: E402
from muster.ingest.articles import make_article  # noqa: E402
from muster.reconcile import engine  # noqa: E402
from muster.store import open_store, writer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=10)
    args = parser.parse_args()
    store = open_store(f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}")
    records = generate_claim_records(args.articles, seed=9)
    step = args.articles // args.steps
    incremental = 0.0
    for start in range(0, args.articles, step):
        batch = [(make_article(a["text"], f"gen-{start + i}", outlet=a["outlet"], published=a["published"]), claims)
                 for i, (a, claims) in enumerate(records[start:start + step])]
        writer.write_batch(store, None, batch)
        t = time.perf_counter()
        report = engine.update(store)
        incremental += time.perf_counter() - t
        print(f"  after {start + step:6d} articles: update {time.perf_counter() - t:6.2f} s, "
              f"{report.buckets} bucket(s) re-clustered")
    t = time.perf_counter()
    report = engine.rebuild(store)
    rebuild = time.perf_counter() - t
    print(f"incremental, {args.steps} updates: {incremental:7.2f} s in all")
    print(f"rebuild from scratch:     {rebuild:7.2f} s ({report.figures} figures, {report.sources} canonical sources)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
