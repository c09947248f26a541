"""The tables, declared once for SQLite and PostgreSQL (migrations/ creates them).

Claim ids are derived from the article id and the character span, so a claim written twice
by two processes is the same row. A claim's origin codes are rows of claim_origins (filters
match them by equality); the origin column keeps them as a JSON array for reading.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("engine_version", String(16), nullable=False),
    Column("inputs", Text, nullable=False),
    Column("articles_added", Integer, nullable=False, default=0),
    Column("articles_skipped", Integer, nullable=False, default=0),
    Column("claims_added", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("host", String(255)),                 # who runs it, so a later run can tell a dead one
    Column("pid", Integer),
    Column("status", String(16), nullable=False, server_default="finished"),  # running, finished, interrupted
)

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", String(10), index=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("engine_version", String(16), nullable=False),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("id", String(24), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("occurrence", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("low", BigInteger),
    Column("high", BigInteger),
    Column("qualifier", String(16), nullable=False),
    Column("unit_name", String(32)),
    Column("unit_count", BigInteger),
    Column("group_text", Text, nullable=False),
    Column("group_class", String(16), nullable=False, server_default="people"),  # combatant, civilian or people
    Column("origin", Text, nullable=False),
    Column("side", Text, index=True),
    Column("event", String(16), nullable=False, index=True),
    Column("cue", Text),
    Column("status", String(16), nullable=False, index=True),
    Column("sentence", Text, nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
)

attributions = Table(
    "attributions", metadata,
    Column("claim_id", String(24), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("source", Text, nullable=False),
    Column("stage", String(16), nullable=False),
    Column("message", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

claim_origins = Table(
    "claim_origins", metadata,
    Column("claim_id", String(24), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("code", String(8), primary_key=True),
    Index("ix_claim_origins_code", "code"),
)

# --- reconciliation (migrations/versions/0002_reconcile.py) ---------------------------------
from sqlalchemy import LargeBinary  # noqa: E402

canonical_sources = Table(
    "canonical_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(24), nullable=False),
)

source_aliases = Table(
    "source_aliases", metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("canonical_id", Integer, ForeignKey("canonical_sources.id"), nullable=False, index=True),
    Column("reason", Text, nullable=False),
)

user_aliases = Table(
    "user_aliases", metadata,
    Column("position", Integer, primary_key=True),
    Column("action", String(8), nullable=False),
    Column("canonical", Text),
    Column("name", Text, nullable=False),
)

article_signatures = Table(
    "article_signatures", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("group_id", String(64), nullable=False, index=True),
)

article_bands = Table(
    "article_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", BigInteger, primary_key=True, index=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

claim_buckets = Table(
    "claim_buckets", metadata,
    Column("claim_id", String(24), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("bucket", String(40), nullable=False, index=True),
    Column("figure_id", String(24), index=True),
    Column("source_key", Text),     # the claim's ultimate source, resolved in its article
    Column("source_name", Text),
    Column("source_kind", Text),    # source, cited outlet or own voice
    Column("source_reason", Text),  # how the chain led to it
    Column("link_reason", Text),    # why the claim joined its figure
)

figures = Table(
    "figures", metadata,
    Column("id", String(24), primary_key=True),
    Column("bucket", String(40), nullable=False, index=True),
    Column("event", String(16), nullable=False),
    Column("side", Text),
    Column("origin", Text, nullable=False),
    Column("group_class", String(16), nullable=False),
    Column("low", BigInteger),
    Column("high", BigInteger),
    Column("qualifier", String(16), nullable=False),
    Column("unit_name", String(32)),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("claims", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("part", Boolean, nullable=False, default=False),  # "70 of them": never widens an estimate
)
