"""Origins as data: each claim's codes in a claim_origins table (filtered by equality on an
index), and the origin columns of claims and figures as JSON arrays instead of ",SE,US,"."""
import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def _codes(text):
    return [c for c in (text or "").split(",") if c]


def upgrade() -> None:
    op.create_table(
        "claim_origins",
        sa.Column("claim_id", sa.String(24), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("code", sa.String(8), primary_key=True),
    )
    op.create_index("ix_claim_origins_code", "claim_origins", ["code"])
    conn = op.get_bind()
    claims = sa.table("claims", sa.column("id", sa.String), sa.column("origin", sa.Text))
    figures = sa.table("figures", sa.column("id", sa.String), sa.column("origin", sa.Text))
    origins = sa.table("claim_origins", sa.column("claim_id", sa.String), sa.column("code", sa.String))
    rows = conn.execute(sa.select(claims.c.id, claims.c.origin)).all()
    links = [{"claim_id": r.id, "code": c} for r in rows for c in dict.fromkeys(_codes(r.origin))]
    if links:
        conn.execute(origins.insert(), links)
    for table, items in ((claims, rows), (figures, conn.execute(sa.select(figures.c.id, figures.c.origin)).all())):
        for r in items:
            conn.execute(table.update().where(table.c.id == r.id).values(origin=json.dumps(_codes(r.origin))))
    op.drop_index("ix_claims_origin", table_name="claims")


def downgrade() -> None:
    op.create_index("ix_claims_origin", "claims", ["origin"])
    op.drop_index("ix_claim_origins_code", table_name="claim_origins")
    op.drop_table("claim_origins")
