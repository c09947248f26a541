"""Requests per second and p95 latency of the claims page and the claims API on a database of
10,000 articles, with `muster serve` in its own process on loopback.

    python bench/serve.py [--articles 10000] [--requests 400] [--concurrency 4]

Requests are bounded in number and go to 127.0.0.1 only.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bench.corpus import generate_claim_records  # noqa: E402
from muster.ingest.articles import make_article  # noqa: E402
from muster.reconcile import engine  # noqa: E402
from muster.store import open_store, writer  # noqa: E402


def fill(db: Path, count: int) -> None:
    store = open_store(f"sqlite:///{db}")
    records = generate_claim_records(count, seed=3)
    for start in range(0, count, 1000):
        writer.write_batch(store, None, [(make_article(a["text"], f"gen-{start + i}", outlet=a["outlet"],
                                                       published=a["published"]), c)
                                         for i, (a, c) in enumerate(records[start:start + 1000])])
    engine.update(store)
    store.close()


def measure(base: str, path: str, total: int, concurrency: int) -> tuple[float, float, float]:
    latencies: list[float] = []

    def one(_: int) -> None:
        t = time.perf_counter()
        r = client.get(base + path)
        r.raise_for_status()
        latencies.append(time.perf_counter() - t)

    with httpx.Client(timeout=30) as client, ThreadPoolExecutor(concurrency) as pool:
        one(0)  # warm-up
        latencies.clear()
        start = time.perf_counter()
        list(pool.map(one, range(total)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return total / elapsed, latencies[int(0.95 * (len(latencies) - 1))] * 1000, statistics.median(latencies) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp()) / "serve.db"
    fill(db, args.articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "muster", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/v1/sources", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        print(f"{args.articles} articles, {args.requests} requests per endpoint, {args.concurrency} at a time")
        for label, path in [("claims page", "/claims"), ("claims page, filtered", "/claims?origin=SE&event=casualty"),
                            ("API /api/v1/claims", "/api/v1/claims?limit=50"),
                            ("API, filtered", "/api/v1/claims?origin=SE&event=casualty&limit=50")]:
            rps, p95, median = measure(base, path, args.requests, args.concurrency)
            print(f"  {label:24s} {rps:7.1f} req/s   p95 {p95:6.1f} ms   median {median:6.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
