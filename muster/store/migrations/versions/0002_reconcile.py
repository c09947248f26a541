"""Reconciliation: canonical sources and their aliases, near-duplicate signatures and LSH
bands (syndication), and figures with the claims that form them."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table("canonical_sources", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("name", sa.Text, nullable=False), sa.Column("kind", sa.String(24), nullable=False))
    op.create_table("source_aliases",
                    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
                    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_sources.id"), nullable=False),
                    sa.Column("reason", sa.Text, nullable=False))
    op.create_index("ix_source_aliases_canonical_id", "source_aliases", ["canonical_id"])
    op.create_table("user_aliases", sa.Column("position", sa.Integer, primary_key=True),
                    sa.Column("action", sa.String(8), nullable=False), sa.Column("canonical", sa.Text),
                    sa.Column("name", sa.Text, nullable=False))
    op.create_table("article_signatures",
                    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
                    sa.Column("signature", sa.LargeBinary, nullable=False),
                    sa.Column("group_id", sa.String(64), nullable=False))
    op.create_index("ix_article_signatures_group_id", "article_signatures", ["group_id"])
    op.create_table("article_bands", sa.Column("band", sa.Integer, primary_key=True),
                    sa.Column("hash", sa.BigInteger, primary_key=True),
                    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True))
    op.create_index("ix_article_bands_hash", "article_bands", ["hash"])
    op.create_table("claim_buckets",
                    sa.Column("claim_id", sa.String(24), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
                    sa.Column("bucket", sa.String(40), nullable=False), sa.Column("figure_id", sa.String(24)))
    op.create_index("ix_claim_buckets_bucket", "claim_buckets", ["bucket"])
    op.create_index("ix_claim_buckets_figure_id", "claim_buckets", ["figure_id"])
    op.create_table("figures", sa.Column("id", sa.String(24), primary_key=True),
                    sa.Column("bucket", sa.String(40), nullable=False), sa.Column("event", sa.String(16), nullable=False),
                    sa.Column("side", sa.Text), sa.Column("origin", sa.Text, nullable=False),
                    sa.Column("group_class", sa.String(16), nullable=False),
                    sa.Column("low", sa.BigInteger), sa.Column("high", sa.BigInteger),
                    sa.Column("qualifier", sa.String(16), nullable=False), sa.Column("unit_name", sa.String(32)),
                    sa.Column("first_seen", sa.String(10)), sa.Column("last_seen", sa.String(10)),
                    sa.Column("claims", sa.Integer, nullable=False), sa.Column("reason", sa.Text, nullable=False))
    op.create_index("ix_figures_bucket", "figures", ["bucket"])


def downgrade() -> None:
    for table in ("figures", "claim_buckets", "article_bands", "article_signatures", "user_aliases",
                  "source_aliases", "canonical_sources"):
        op.drop_table(table)
