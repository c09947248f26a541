"""What extraction decided the counted people are (combatant, civilian or people) is kept on
each claim, so figure linking reads it instead of guessing it again from the group's words."""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def _class_of(group: str, lexicon: dict) -> str:
    """For claims stored before this revision: the group's last word looked up as extraction does."""
    word = (group.split() or [""])[-1].lower().strip("”\"'")
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-3] + "y" if word.endswith("ies") else word,
             word[:-2] if word.endswith("es") else word}
    for kind in ("civilian", "combatant"):
        if forms & set(lexicon[kind]):
            return kind
    return "people"


def upgrade() -> None:
    from muster.extraction.lexicon import people

    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("group_class", sa.String(16), nullable=False, server_default="people"))
    conn = op.get_bind()
    claims = sa.table("claims", sa.column("id", sa.String), sa.column("group_text", sa.Text),
                      sa.column("group_class", sa.String))
    lexicon = people()
    for row in conn.execute(sa.select(claims.c.id, claims.c.group_text)).all():
        kind = _class_of(row.group_text, lexicon)
        if kind != "people":
            conn.execute(claims.update().where(claims.c.id == row.id).values(group_class=kind))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("group_class")
