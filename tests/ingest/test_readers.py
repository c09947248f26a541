"""Every reader on real files, and every kind of broken input: reported, recorded, skipped."""
import gzip
import json
import os
import subprocess
import sys

import pytest

from muster.ingest.readers import read_path, walk
from muster.records import Article, ReadFailure

TEXT = "Around 400 Swedes have signed up to fight for Ukraine, according to TT News Agency."
PAGE = ("<!DOCTYPE html><html><head><title>Swedes sign up</title>"
        "<meta property='og:site_name' content='Nordic Wire'>"
        "<meta property='article:published_time' content='2022-03-08T10:00:00Z'>"
        "<link rel='canonical' href='https://www.nordicwire.example/swedes'></head><body><article>"
        + "".join(f"<p>Background paragraph {i} on the war and its volunteers, written at length.</p>" for i in range(4))
        + f"<p>{TEXT}</p></article></body></html>")
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Nordic Wire</title>
<item><title>Swedes</title><link>https://nordicwire.example/a</link><pubDate>Tue, 08 Mar 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{TEXT.replace("400", "405")}&lt;/p&gt;</description></item>
<item><title>Czechs</title><link>https://nordicwire.example/b</link>
<description>Up to 300 Czechs have reportedly vowed to ship out.</description></item></channel></rss>"""


def records(path, limit=20_000_000):
    out = []
    for name, p in walk([str(path)]):
        out += list(read_path(name, p, limit))
    return out


def warc_bytes(pages, gz=True):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(html.encode()), http_headers=headers))
    return buf.getvalue()


def test_text_html_jsonl_feed_and_warc(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    lines = [{"text": "About 500 Danes have joined the legion.", "url": "https://dr.example/x", "published": "2022-04-01T09:00",
              "outlet": "DR", "title": "Danes"}]
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(json.dumps(x) for x in lines) + "\n")
    (tmp_path / "d.xml").write_text(FEED, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.warc.gz").write_bytes(warc_bytes([("https://www.example.org/p", PAGE.replace("400", "410"))]))
    got = records(tmp_path)
    assert all(isinstance(r, Article) for r in got), got
    by_source = {r.source: r for r in got}
    assert by_source[str(tmp_path / "a.txt")].text == TEXT
    html = by_source[str(tmp_path / "b.html")]
    assert TEXT in html.text and html.published == "2022-03-08" and html.title == "Swedes sign up"
    assert html.outlet == "Nordic Wire" and html.url == "https://www.nordicwire.example/swedes"
    dump = by_source[f"{tmp_path / 'c.jsonl.gz'}:1"]
    assert (dump.outlet, dump.published, dump.url) == ("DR", "2022-04-01", "https://dr.example/x")
    feed = [r for r in got if r.source.startswith(str(tmp_path / "d.xml"))]
    assert [f.outlet for f in feed] == ["Nordic Wire", "Nordic Wire"] and feed[0].published == "2022-03-08"
    warc = by_source[f"{tmp_path / 'sub' / 'e.warc.gz'}#1"]
    assert "410 Swedes" in warc.text and warc.url == "https://www.example.org/p" and warc.outlet
    assert len({r.id for r in got}) == len(got)


def test_same_text_same_id(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + TEXT.replace(" ", "  ") + "\n", encoding="utf-8")
    a, b = records(tmp_path)
    assert a.id == b.id


def broken_corpus(folder):
    """Each broken input beside good ones; returns {name: words its error must contain}."""
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00IHDR" * 40)
    (folder / "latin1.txt").write_bytes("Around 400 Swedes in Malmö".encode("latin-1"))
    full = gzip.compress(("\n".join(json.dumps({"text": TEXT + f" Line {i}."}) for i in range(200)) + "\n").encode())
    (folder / "truncated.jsonl.gz").write_bytes(full[: len(full) // 2])
    (folder / "lines.jsonl").write_text(json.dumps({"text": "About 500 Danes have joined."}) + "\n{not json\n"
                                        + json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    (folder / "feed.rss").write_text("this is not xml at all", encoding="utf-8")
    warc = warc_bytes([("https://a.example/1", PAGE), ("https://a.example/2", PAGE.replace("400", "420"))])
    (folder / "truncated.warc.gz").write_bytes(warc[: len(warc) - 200])
    (folder / "huge.html").write_bytes(b"<!DOCTYPE html><html><body>" + b"<p>filler</p>" * (50_000_000 // 13) + b"</body></html>")
    locked = folder / "locked.txt"
    if os.geteuid() == 0:
        locked.mkdir()  # root reads every file; a folder named like a file still cannot be read as one
        (locked / "inner.txt").write_text(TEXT + " Inner.", encoding="utf-8")
    else:
        locked.write_text(TEXT)
        locked.chmod(0)
    return {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "truncated.jsonl.gz": "truncated",
            "lines.jsonl:2": "not JSON", "lines.jsonl:3": "no 'text'", "feed.rss": "not a valid RSS or Atom feed",
            "truncated.warc.gz": "truncated or damaged", "huge.html": "over the"}


def test_broken_inputs_are_named_and_good_ones_read(tmp_path):
    expected = broken_corpus(tmp_path)
    got = records(tmp_path)
    failures = {r.source.replace(str(tmp_path) + "/", ""): r.message for r in got if isinstance(r, ReadFailure)}
    for name, words in expected.items():
        assert name in failures and words in failures[name], (name, failures.get(name))
        assert name.split(":")[0] in failures[name], "the message names the input"
    articles = [r for r in got if isinstance(r, Article)]
    sources = {a.source.replace(str(tmp_path) + "/", "") for a in articles}
    assert "good.txt" in sources and "lines.jsonl:1" in sources
    assert sum(s.startswith("truncated.jsonl.gz") for s in sources) > 10, "lines before the damage are kept"
    assert "truncated.warc.gz#1" in sources


@pytest.mark.slow
def test_cli_records_errors_and_exit_status(tmp_path, db_url):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    expected = broken_corpus(corpus)
    run = lambda *a: subprocess.run([sys.executable, "-m", "muster", *a], capture_output=True, text=True, timeout=600)  # noqa: E731
    result = run("ingest", str(corpus), "--db", db_url)
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) >= len(expected)  # a damaged WARC may also report its cut-off record
    listed = run("errors", "--db", db_url).stdout
    for name in expected:
        assert name.split(":")[0] in listed
    claims = json.loads(run("stats", "--db", db_url).stdout)
    assert claims["articles"] >= 4 and claims["ingest_errors"] == len(lines)
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run("ingest", str(good), "--db", db_url).returncode == 0


def test_a_plain_warc_cut_inside_a_record_is_an_error_not_a_short_article(tmp_path):
    whole = warc_bytes([("https://b.example/1", PAGE), ("https://b.example/2", PAGE.replace("400", "430"))], gz=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: len(whole) - 300])
    found = records(cut)
    assert [type(r) for r in found] == [Article, ReadFailure]
    assert "truncated or damaged" in found[1].message and "1 record(s) before" in found[1].message


def test_plain_text_feed_descriptions_lose_their_entities(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>t</title>'
                    "<description>Some 60 guards of the Smith &amp;amp; Sons depot were detained.</description>"
                    "</item></channel></rss>", encoding="utf-8")
    (article,) = records(feed)
    assert "Smith & Sons" in article.text and "&amp;" not in article.text


@pytest.mark.parametrize("compressed_mib, limit, refused", [(4, 1_000_000, True), (4, 8_000_000, False)])
def test_compressed_documents_are_capped_as_they_expand(tmp_path, compressed_mib, limit, refused):
    path = tmp_path / "big.txt.gz"
    with gzip.open(path, "wb") as f:
        for _ in range(compressed_mib):
            f.write(b"About 40 recruits arrived. " * ((1 << 20) // 27 + 1))
    found = records(path, limit)
    assert isinstance(found[0], ReadFailure) is refused
    if refused:
        assert "expands past" in found[0].message


def test_special_files_are_refused_by_name(tmp_path):
    os.mkfifo(tmp_path / "feed-pipe")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    found = {r.source: r for r in records(tmp_path)}
    assert isinstance(found[str(tmp_path / "ok.txt")], Article)
    assert "named pipe" in found[str(tmp_path / "feed-pipe")].message


def test_html_nested_past_the_parser_says_so(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<section>" * 300 + f"<p>{TEXT}</p>" + "</section>" * 300 + "</body></html>")
    (failure,) = records(page)
    assert "303 elements deep" in failure.message  # html, body, 300 sections, the paragraph
