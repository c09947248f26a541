"""Building Article records: the id is the SHA-256 of the normalized text."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlparse

from muster.records import Article


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def make_article(text: str, source: str, *, url=None, outlet=None, published=None, title=None) -> Article:
    return Article(id=article_id(text), text=text, source=source, url=url or None,
                   outlet=outlet or outlet_from_url(url), published=_iso_date(published), title=title or None)


def _iso_date(value) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(value))
    return m.group(1) if m else None
