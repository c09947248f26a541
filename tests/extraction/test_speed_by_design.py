"""Parsing only candidate sentences must give exactly the claims of parsing every sentence."""

import pytest

from bench.corpus import generate_articles
from muster.extraction.engine import Article, extract
from tests.conftest import DATA, SHARED_DEVSET


def _corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "golden").glob("*.txt"))]
    texts += generate_articles(40, seed=7)
    passages = SHARED_DEVSET / "passages.jsonl"
    if passages.is_file():
        import json
        texts += [json.loads(line)["text"] for line in passages.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


@pytest.mark.slow
def test_candidate_parsing_equals_full_parsing(nlp):
    texts = _corpus()
    for text in texts:
        fast = [c.to_dict() for c in extract(text, nlp=nlp)]
        full = [c.to_dict() for c in extract(text, nlp=nlp, parse_all=True)]
        assert fast == full, text[:200]


def test_most_sentences_are_not_parsed(nlp):
    text = generate_articles(1, seed=3)[0]
    article = Article(text, nlp)
    assert len(article.candidates) < len(article.sentences) / 2
