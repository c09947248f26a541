"""Readers: plain text, HTML pages, JSONL dumps, RSS/Atom feeds and WARC crawls → Article.

Each reader yields Article records or ReadFailure records, never raises for bad input: a
broken file, or a broken line of a dump, is reported with its name and the run goes on.
Containers (JSONL, feeds, WARC) are streamed record by record; single documents are refused
above `max_document_bytes`.
"""
from __future__ import annotations

import gzip
import json
import stat
import sys
import zlib
from html import unescape
from pathlib import Path
from typing import Iterator

from muster.errors import MusterError
from muster.ingest.articles import make_article, metadata_problems
from muster.ingest.reading import decode, html_to_text
from muster.records import Article, ReadFailure

Record = Article | ReadFailure
GZIP_MAGIC = b"\x1f\x8b"
_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".feed": "feed",
    ".warc": "warc", ".arc": "warc",
}


def kind_of(path: Path, head: bytes) -> str:
    """The reader for a file, from its suffix (".gz" looked through), else from its first bytes."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in _SUFFIXES:
        return _SUFFIXES[suffixes[-1]]
    start = head.lstrip()[:200].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml") or b"<rss" in start or b"<feed" in start:
        return "feed"
    if start.startswith(b"warc/"):
        return "warc"
    return "text"


def walk(paths: list[str]) -> Iterator[tuple[str, Path | None]]:
    """Every input: files as given, folders walked recursively in name order, '-' for stdin."""
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if path.is_dir():
            # Special files inside a folder are yielded too, so that each is named and skipped
            # with a recorded reason instead of disappearing silently.
            for child in sorted(p for p in path.rglob("*") if not p.is_dir() and not p.name.startswith(".")):
                yield str(child), child
        else:
            yield raw, path


def read_path(name: str, path: Path | None, max_document_bytes: int) -> Iterator[Record]:
    """All records of one input, failures included."""
    try:
        if path is None:
            data = sys.stdin.buffer.read(max_document_bytes + 1)
            yield from _read_document_bytes(name, data, kind_of(Path("stdin"), data[:512]), max_document_bytes)
            return
        special = _special_kind(path)
        if special:
            yield ReadFailure(name, "read", f"'{name}' is {special}, not a regular file; it was skipped (give files "
                                            "or folders of files).")
            return
        with open(path, "rb") as f:
            head = f.read(512)
        kind = kind_of(path, head)
        if kind == "jsonl":
            yield from read_jsonl(name, path, max_document_bytes)
            return
        if kind == "warc":
            yield from read_warc(name, path)
            return
        size = path.stat().st_size
        if size > max_document_bytes:
            yield ReadFailure(name, "read", f"'{name}' is {size:,} bytes, over the {max_document_bytes:,}-byte limit "
                                            "for one document; raise max_document_bytes to accept it.")
            return
        yield from _read_document_bytes(name, path.read_bytes(), kind, max_document_bytes)
    except (OSError, EOFError, zlib.error) as e:
        yield ReadFailure(name, "read", f"cannot read '{name}': {getattr(e, 'strerror', None) or e}.")


def _special_kind(path: Path) -> str | None:
    """What a path is when it is not a regular file: reading a FIFO blocks forever and a
    device such as /dev/zero never ends, so neither is opened."""
    mode = path.stat().st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    for test, what in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return what
    return "a special file"


def _gunzip_capped(name: str, data: bytes, cap: int) -> bytes | None:
    """The decompressed bytes, or None past `cap`: a small file that expands a thousandfold
    is stopped after `cap` bytes instead of filling memory."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, cap + 1)
    if len(out) > cap:
        return None
    if not inflater.eof:
        raise EOFError(f"'{name}' ends before its gzip stream does")
    return out


def _read_document_bytes(name: str, data: bytes, kind: str, max_document_bytes: int) -> Iterator[Record]:
    if len(data) > max_document_bytes:
        yield ReadFailure(name, "read", f"'{name}' is over the {max_document_bytes:,}-byte limit for one document; "
                                        "raise max_document_bytes to accept it.")
        return
    if data[:2] == GZIP_MAGIC:
        data = _gunzip_capped(name, data, max_document_bytes)
        if data is None:
            yield ReadFailure(name, "read", f"'{name}' expands past the {max_document_bytes:,}-byte limit for one "
                                            "document when decompressed; it was not read.")
            return
    if kind == "feed":
        yield from read_feed(name, data)
        return
    try:
        if kind == "html":
            yield _html_article(name, data)
        else:
            yield make_article(decode(name, data), name)
    except MusterError as e:
        yield ReadFailure(name, "read", str(e))


def _html_article(name: str, data: bytes, url: str | None = None) -> Article:
    """Main text through trafilatura, the date through htmldate, the outlet from the page or URL."""
    import trafilatura
    from htmldate import find_date

    html = decode(name, data) if not data.lstrip()[:1] == b"<" else data.decode("utf-8", errors="replace")
    text = html_to_text(html, f"'{name}'")
    meta = trafilatura.extract_metadata(html)
    page_url = url or (meta.url if meta else None)
    try:
        published = find_date(html, url=page_url, extensive_search=False)
    except Exception:  # htmldate raises on pages it cannot parse; the date is optional
        published = None
    return make_article(text, name, url=page_url, outlet=meta.sitename if meta else None,
                        published=published or (meta.date if meta else None), title=meta.title if meta else None)


def _check_gzip_complete(path: Path) -> None:
    """A gzip file cut short can still yield records; reading it to the end says so (EOFError)."""
    with open(path, "rb") as raw:
        if raw.read(2) != GZIP_MAGIC:
            return
    with gzip.open(path, "rb") as f:
        while f.read(1 << 20):
            pass


# A JSONL line may hold one document and its metadata: this many bytes past the document limit.
JSONL_LINE_SLACK = 64 * 1024


def _lines(f, cap: int) -> Iterator[bytes | None]:
    """The lines of a binary stream, each read at most `cap` bytes at a time; a longer line
    is skipped to its end and given as None, so no line is ever held whole in memory."""
    while True:
        line = f.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def read_jsonl(name: str, path: Path, max_document_bytes: int) -> Iterator[Record]:
    """One article per line: `text` required; `title`, `url`, `published`, `outlet` optional.
    Compressed dumps are decompressed as a stream, line by line."""
    with open(path, "rb") as raw:
        gz = raw.read(2) == GZIP_MAGIC
    opener = gzip.open if gz else open
    cap = max_document_bytes + JSONL_LINE_SLACK
    try:
        with opener(path, "rb") as f:
            for number, line in enumerate(_lines(f, cap), 1):
                where = f"{name}:{number}"
                if line is None:
                    yield ReadFailure(where, "read", f"'{name}' line {number} is over {cap:,} bytes, longer than one "
                                                     "article can be; it was skipped.")
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as e:
                    yield ReadFailure(where, "read", f"'{name}' line {number} is not JSON ({getattr(e, 'msg', e)}); fix or drop that line.")
                    continue
                text = obj.get("text") if isinstance(obj, dict) else None
                if not isinstance(text, str) or not text.strip():
                    yield ReadFailure(where, "read", f"'{name}' line {number} has no 'text' field; each line needs the article's text.")
                    continue
                metadata, problems = metadata_problems(obj)
                yield make_article(text, where, **metadata)
                if problems:
                    yield ReadFailure(where, "read", f"'{name}' line {number}: {'; '.join(problems)}; "
                                                     "the article was stored without it.")
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as e:
        yield ReadFailure(name, "read", f"'{name}' is truncated or not valid gzip ({e}); the lines before the damage were read.")


def read_feed(name: str, data: bytes) -> Iterator[Record]:
    """Each entry of an RSS or Atom feed: its content (or summary) as the article's text."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed.get("bozo_exception"), "getMessage", lambda: "no entries")()
        yield ReadFailure(name, "read", f"'{name}' is not a valid RSS or Atom feed ({reason}); check the file is a feed.")
        return
    outlet = feed.feed.get("title")
    for i, entry in enumerate(feed.entries, 1):
        where = f"{name}#{i}"
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        text = _fragment_text(body)
        if not text.strip():
            yield ReadFailure(where, "read", f"'{name}' entry {i} has no text; nothing to extract.")
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        iso = f"{published.tm_year:04d}-{published.tm_mon:02d}-{published.tm_mday:02d}" if published else None
        yield make_article(text, where, url=entry.get("link"), outlet=outlet, published=iso, title=entry.get("title"))


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph per line."""
    if "<" not in html:
        return unescape(html)  # a plain-text description still writes "AT&amp;T"
    import lxml.html

    root = lxml.html.fromstring(f"<div>{html}</div>")
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def read_warc(name: str, path: Path) -> Iterator[Record]:
    """The HTML response records of a WARC or WARC.gz crawl."""
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    try:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type != "response":
                    continue
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                count += 1
                where = f"{name}#{count}"
                payload = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0):
                    # Fewer bytes than the record's Content-Length: the crawl was cut inside it.
                    raise EOFError(f"record {count} ends {record.raw_stream.limit:,} bytes early")
                try:
                    yield _html_article(where, payload, url=url)
                except MusterError as e:
                    yield ReadFailure(where, "read", str(e))
        _check_gzip_complete(path)
    except Exception as e:  # warcio signals damage with several exception types
        yield ReadFailure(name, "read", f"'{name}' is a truncated or damaged WARC file ({type(e).__name__}: {e}); "
                                        f"the {count - 1 if isinstance(e, EOFError) else count} record(s) before the damage were read.")
