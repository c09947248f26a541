"""Figure linking: each claim's ultimate source (resolved in its article), why it joined its figure, and
whether a figure is a part of a whole."""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"

COLUMNS = ("source_key", "source_name", "source_kind", "source_reason", "link_reason")


def upgrade() -> None:
    with op.batch_alter_table("claim_buckets") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Text))
    with op.batch_alter_table("figures") as batch:
        batch.add_column(sa.Column("part", sa.Boolean, nullable=False, server_default=sa.false()))
    # Figures are linked anew from the ultimate sources: clear what the old rules made.
    op.execute("DELETE FROM figures")
    op.execute("DELETE FROM claim_buckets")


def downgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("part")
    with op.batch_alter_table("claim_buckets") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
