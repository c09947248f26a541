"""The first schema: articles, claims, attributions, sources, ingest runs and errors, and
full-text search over claim sentences (FTS5 on SQLite, a tsvector on PostgreSQL)."""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("engine_version", sa.String(16), nullable=False),
        sa.Column("inputs", sa.Text, nullable=False),
        sa.Column("articles_added", sa.Integer, nullable=False),
        sa.Column("articles_skipped", sa.Integer, nullable=False),
        sa.Column("claims_added", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text), sa.Column("outlet", sa.Text), sa.Column("published", sa.String(10)),
        sa.Column("title", sa.Text), sa.Column("text", sa.Text, nullable=False), sa.Column("source", sa.Text, nullable=False),
        sa.Column("engine_version", sa.String(16), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(24), primary_key=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False), sa.Column("text", sa.Text, nullable=False),
        sa.Column("occurrence", sa.Integer, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False), sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("low", sa.BigInteger), sa.Column("high", sa.BigInteger),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("unit_name", sa.String(32)), sa.Column("unit_count", sa.BigInteger),
        sa.Column("group_text", sa.Text, nullable=False), sa.Column("origin", sa.Text, nullable=False),
        sa.Column("side", sa.Text), sa.Column("event", sa.String(16), nullable=False), sa.Column("cue", sa.Text),
        sa.Column("status", sa.String(16), nullable=False), sa.Column("sentence", sa.Text, nullable=False),
    )
    for column in ("article_id", "side", "event", "status", "origin"):
        op.create_index(f"ix_claims_{column}", "claims", [column])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
    )
    op.create_table(
        "attributions",
        sa.Column("claim_id", sa.String(24), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
    )
    op.create_index("ix_attributions_source_id", "attributions", ["source_id"])
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("source", sa.Text, nullable=False), sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False), sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE claims_fts USING fts5(sentence, content='claims', content_rowid='rowid')")
        op.execute("CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
                   "INSERT INTO claims_fts(rowid, sentence) VALUES (new.rowid, new.sentence); END")
        op.execute("CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
                   "INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence); END")
    else:
        op.execute("ALTER TABLE claims ADD COLUMN sentence_tsv tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('english', sentence)) STORED")
        op.execute("CREATE INDEX ix_claims_sentence_tsv ON claims USING gin (sentence_tsv)")


def downgrade() -> None:
    for table in ("ingest_errors", "attributions", "sources", "claims", "articles", "ingest_runs"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS claims_fts")
