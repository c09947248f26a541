"""The parts of reading the store that need no database toolkit: the schema revision a store
must be at, the filters a reader passes, the full-text query they become, and a claim row
turned into the record every surface prints. queries.py (through the toolkit, on any database)
and quick.py (the standard library's sqlite3, for the commands that must answer at once) both
build on them, so they cannot drift apart."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from muster.store.origins import load_origin

# The origin filter's word for claims whose origin the text leaves open.
NO_ORIGIN = ("unstated", "none")


@cache
def head_revision() -> str:
    """The newest migration, from the names of the files that hold them ("0004_run_owner.py")."""
    versions = resources.files("muster.store") / "migrations" / "versions"
    return max(p.name.split("_", 1)[0] for p in versions.iterdir() if p.name[:4].isdigit())


@dataclass(frozen=True, slots=True)
class ClaimFilters:
    origin: str | None = None
    side: str | None = None
    event: str | None = None
    status: str | None = None
    source: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    article: str | None = None
    limit: int | None = None
    offset: int = 0
    after: str | None = None  # keyset cursor: claims with an id after this one, in id order
    sort: str | None = None  # one of SORTS; "-" in front for descending


def fts_words(query: str) -> str:
    """A search box's text as a SQLite full-text query: each word quoted, so user text is never
    read as query syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in re.findall(r"\w+", query)) or '""'


def claim_from_row(row: Any, chain: list[str]) -> dict:
    """A claim with its article's metadata and its source chain, as every view prints it."""
    unit = {"name": row.unit_name, "count": row.unit_count} if row.unit_name else None
    return {
        "id": row.id, "article_id": row.article_id, "text": row.text, "occurrence": row.occurrence,
        "start": row.start_char, "end": row.end_char, "low": row.low, "high": row.high, "qualifier": row.qualifier,
        "unit": unit, "group": row.group_text, "group_class": row.group_class, "origin": load_origin(row.origin), "side": row.side,
        "event": row.event, "attributed_to": chain, "cue": row.cue, "status": row.status, "sentence": row.sentence,
        "outlet": row.outlet, "published": row.published, "url": row.url, "title": row.title, "source": row.source,
    }
