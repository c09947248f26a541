"""Articles per second: muster's candidate-only parsing against a naive pass that runs the
full spaCy pipeline on every sentence, on the same articles, checking that both give identical
claims; and the share of extraction time the article frame and the learned decisions take.

    python bench/extract_throughput.py [--articles 1000] [--real ../shared/train --repeat 10]

`--real` adds dense real reporting: the passages of a gold folder, each repeated `--repeat` times.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate_articles  # noqa: E402
from muster.extraction.components import load_pipeline  # noqa: E402
from muster.extraction.decide import decide  # noqa: E402
from muster.extraction.engine import draft, extract, extract_many  # noqa: E402

# How many articles the candidate pass hands to one parsing stream, as an ingest batch does.
STREAM_ARTICLES = 100


def run(articles: list[str], parse_all: bool) -> tuple[float, list]:
    """The naive pass parses every sentence of each article on its own; muster's pass parses only
    candidate sentences, those of a batch of articles in one stream (extract_many, as ingest does)."""
    nlp = load_pipeline()
    start = time.perf_counter()
    if parse_all:
        claims = [[c.to_dict() for c in extract(text, nlp=nlp, parse_all=True)] for text in articles]
    else:
        claims = [[c.to_dict() for c in found] for i in range(0, len(articles), STREAM_ARTICLES)
                  for found in extract_many(articles[i:i + STREAM_ARTICLES], nlp)]
    return time.perf_counter() - start, claims


def decision_share(articles: list[str]) -> float:
    """The share of extraction time spent building frames and applying the learned decisions."""
    nlp = load_pipeline()
    drafted, spent_drafting = [], 0.0
    for text in articles:
        start = time.perf_counter()
        drafted.append(draft(text, nlp))
        spent_drafting += time.perf_counter() - start
    start = time.perf_counter()
    for d in drafted:
        decide(d)
    spent_deciding = time.perf_counter() - start
    return spent_deciding / (spent_drafting + spent_deciding)


def compare(label: str, articles: list[str]) -> bool:
    words = sum(len(a.split()) for a in articles) / len(articles)
    fast_s, fast = run(articles, parse_all=False)
    naive_s, naive = run(articles, parse_all=True)
    identical = fast == naive
    claims = sum(len(c) for c in fast)
    print(f"{label}: articles {len(articles)}  mean words {words:.0f}  claims {claims}")
    print(f"  candidate-only  {fast_s:8.1f} s  {len(articles) / fast_s:8.1f} articles/s")
    print(f"  naive (all)     {naive_s:8.1f} s  {len(articles) / naive_s:8.1f} articles/s")
    print(f"  speed-up        {naive_s / fast_s:8.1f}x   identical claims: {identical}")
    print(f"  frame and decisions: {100 * decision_share(articles):.1f}% of extraction time")
    return identical


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--real", type=Path, help="a gold folder whose passages.jsonl is dense real text")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    extract(generate_articles(1, seed=0)[0], nlp=load_pipeline())  # both passes are timed warm: patterns compiled
    ok = compare("generated", generate_articles(args.articles, seed=1)) if args.articles else True
    if args.real:
        texts = [json.loads(line)["text"] for line in (args.real / "passages.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        ok = compare(f"real ({args.real.name} x{args.repeat})", texts * args.repeat) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
