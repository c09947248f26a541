"""Golden files: articles written for muster with the claims it must extract from them.

On a difference the test prints a readable diff of claim lines. After a deliberate change,
review the new output and rewrite the .expected.jsonl file beside the article.
"""
import difflib
import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
ARTICLES = sorted(GOLDEN.glob("*.txt"))


def _lines(claims):
    out = []
    for c in claims:
        d = c if isinstance(c, dict) else c.to_dict()
        d = {k: v for k, v in d.items() if k not in ("file", "sentence")}
        out.append(json.dumps(d, ensure_ascii=False, sort_keys=True))
    return out


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_golden_article(claims_of, article):
    expected_path = article.with_suffix("").with_suffix(".expected.jsonl")
    expected = _lines(json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines())
    got = _lines(claims_of(article.read_text(encoding="utf-8")))
    if got != expected:
        diff = "\n".join(difflib.unified_diff(expected, got, "expected", "extracted", lineterm=""))
        pytest.fail(f"{article.name} differs from its golden claims:\n{diff}")


def test_golden_set_covers_every_status_and_event(claims_of):
    claims = [c for a in ARTICLES for c in claims_of(a.read_text(encoding="utf-8"))]
    assert {c.status for c in claims} == {"asserted", "attributed", "hedged", "unconfirmed"}
    assert {c.event for c in claims} == {"mobilization", "casualty", "detention", "displacement", "other"}


def test_extracting_many_articles_at_once_gives_the_same_claims(nlp, claims_of):
    from muster.extraction.engine import extract_many

    texts = [a.read_text(encoding="utf-8") for a in ARTICLES]
    together = extract_many(texts, nlp)
    assert [_lines(c) for c in together] == [_lines(claims_of(t)) for t in texts]
    assert sum(len(c) for c in together) > 0
