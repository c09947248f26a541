"""Ingest runs know who runs them (host and process) and how they ended, so a run killed
before it could finish is marked interrupted by the next one instead of looking empty."""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        batch.add_column(sa.Column("host", sa.String(255)))
        batch.add_column(sa.Column("pid", sa.Integer))
        batch.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="finished"))


def downgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        for name in ("status", "pid", "host"):
            batch.drop_column(name)
