"""Inputs built to break a run: wrong-typed metadata, impossible dates, NUL characters, one
endless line. Every good article is stored, every problem is one line naming its input, and
the run goes on (on SQLite, and on PostgreSQL when scripts/test runs this suite there)."""
import json
import subprocess
import sys

import pytest

from muster.extraction.sentences import MAX_SENTENCE_CHARS, split_sentences
from muster.ingest.readers import read_path, walk
from muster.records import Article, ReadFailure

GOOD = "About {n} volunteers from Chile have joined the legion to fight for Ukraine, its spokesman said."


def _records(path):
    return [r for name, p in walk([str(path)]) for r in read_path(name, p, 20_000_000)]


def _run(*args):
    return subprocess.run([sys.executable, "-m", "muster", *args], capture_output=True, text=True, timeout=600)


def _hostile_jsonl(path):
    lines = [
        {"text": GOOD.format(n=10), "url": 12345},
        {"text": GOOD.format(n=11), "title": {"a": 1}},
        {"text": GOOD.format(n=12), "outlet": ["x", "y"]},
        {"text": GOOD.format(n=13), "published": "2024-02-30"},
        {"text": GOOD.format(n=14), "published": "2024-13-01"},
        {"text": GOOD.format(n=15) + " \u0000 trailing", "title": "nul \u0000 title"},
        {"text": GOOD.format(n=16), "published": "2024-02-29", "outlet": "Wire"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return len(lines)


def test_wrong_typed_metadata_keeps_the_article_and_names_the_field(tmp_path):
    count = _hostile_jsonl(tmp_path / "dump.jsonl")
    got = _records(tmp_path)
    articles = [r for r in got if isinstance(r, Article)]
    failures = [r for r in got if isinstance(r, ReadFailure)]
    assert len(articles) == count
    assert all("\x00" not in (a.text + (a.title or "")) for a in articles)
    assert {a.published for a in articles} == {None, "2024-02-29"}
    messages = "\n".join(f.message for f in failures)
    for words in ("'url' is not text (got int)", "'title' is not text (got dict)", "'outlet' is not text (got list)", "'2024-02-30' is not a real date",
                  "'2024-13-01' is not a real date"):
        assert words in messages
    assert all(f.source.startswith(str(tmp_path / "dump.jsonl") + ":") for f in failures)


@pytest.mark.slow
def test_a_hostile_dump_stores_every_article_and_reports_every_problem(tmp_path, db_url):
    corpus = tmp_path / "in"
    corpus.mkdir()
    count = _hostile_jsonl(corpus / "dump.jsonl")
    (corpus / "late-nul.txt").write_text("x" * 9000 + "\x00 " + GOOD.format(n=20), encoding="utf-8")
    (corpus / "one-line.txt").write_text("Some 70 Czechs signed up; " * 2000, encoding="utf-8")
    (corpus / "plain.txt").write_text(GOOD.format(n=30), encoding="utf-8")
    result = _run("ingest", str(corpus), "--db", db_url)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5 and all("dump.jsonl' line" in line for line in errors)
    stats = json.loads(_run("stats", "--db", db_url).stdout)
    assert stats["articles"] == count + 3
    assert stats["ingest_errors"] == 5


def test_an_endless_line_is_cut_into_sentences_the_parser_accepts():
    text = "Some 70 Czechs signed up; " * 50_000  # 1.3 MB with no full stop
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_one_text_that_breaks_extraction_costs_only_itself():
    from muster.ingest.work import extract_texts

    out = extract_texts([GOOD.format(n=40), None, GOOD.format(n=41)])
    assert isinstance(out[1], str) and out[1].startswith("extraction failed")
    assert [c["text"] for c in out[0]] == ["About 40"] and [c["text"] for c in out[2]] == ["About 41"]
