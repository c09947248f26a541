"""Articles per second: muster's candidate-only parsing against a naive pass that runs the
full spaCy pipeline on every sentence, on the same generated articles, checking that both
give identical claims.

    python bench/extract_throughput.py [--articles 1000]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate_articles  # noqa: E402
from muster.extraction.components import load_pipeline  # noqa: E402
from muster.extraction.engine import extract  # noqa: E402


def run(articles: list[str], parse_all: bool) -> tuple[float, list]:
    nlp = load_pipeline()
    start = time.perf_counter()
    claims = [[c.to_dict() for c in extract(text, nlp=nlp, parse_all=parse_all)] for text in articles]
    return time.perf_counter() - start, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    articles = generate_articles(args.articles, seed=1)
    words = sum(len(a.split()) for a in articles) / len(articles)
    load_pipeline()
    fast_s, fast = run(articles, parse_all=False)
    naive_s, naive = run(articles, parse_all=True)
    identical = fast == naive
    claims = sum(len(c) for c in fast)
    print(f"articles {len(articles)}  mean words {words:.0f}  claims {claims}")
    print(f"candidate-only  {fast_s:8.1f} s  {len(articles) / fast_s:8.1f} articles/s")
    print(f"naive (all)     {naive_s:8.1f} s  {len(articles) / naive_s:8.1f} articles/s")
    print(f"speed-up        {naive_s / fast_s:8.1f}x   identical claims: {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
