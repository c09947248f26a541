"""Building Article records: the id is the SHA-256 of the normalized text.

Metadata from outside (a JSONL line, a posted article) is checked field by field: a value of
the wrong type or an impossible date is left out and reported, never stored and never allowed
to stop the run; NUL characters, which PostgreSQL cannot store, are removed from everything.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from urllib.parse import urlparse

from muster.normalize.dates import iso_date
from muster.records import Article

METADATA_FIELDS = ("url", "outlet", "published", "title")


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def without_nul(value: str | None) -> str | None:
    return value.replace("\x00", "") if isinstance(value, str) else value


def reprint_of(article: Article) -> Article:
    """The same text carried by another outlet or address: an id of its own, from the text and where it appeared."""
    key = f"{article.id}\n{article.url or ''}\n{article.outlet or ''}"
    return dataclasses.replace(article, id=hashlib.sha256(key.encode("utf-8")).hexdigest())


def make_article(text: str, source: str, *, url=None, outlet=None, published=None, title=None) -> Article:
    text, url, outlet, title = (without_nul(v) for v in (text, url, outlet, title))
    return Article(id=article_id(text), text=text, source=source, url=url or None,
                   outlet=outlet or outlet_from_url(url), published=iso_date(published), title=title or None)


def metadata_problems(record: dict) -> tuple[dict, list[str]]:
    """The usable metadata of an input record, and one phrase per field that was left out."""
    kept, problems = {}, []
    for name in METADATA_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(f"'{name}' is not text (got {type(value).__name__})")
        elif name == "published" and iso_date(value) is None:
            problems.append(f"'published' {value[:40]!r} is not a real date (write YYYY-MM-DD)")
        else:
            kept[name] = value
    return kept, problems
