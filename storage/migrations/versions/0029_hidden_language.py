"""#17 hidden language: `line_users.language` is sealed (storage.types.SealedText), so a
database copy cannot pair the only account speaking English with the ticket filed in it

Revision ID: 0029
Revises: 0026
"""

from alembic import context, op
import sqlalchemy as sa

from storage.types import SealedText

revision = "0029"
down_revision = "0026"
branch_labels = None
depends_on = None

LONGEST = SealedText.LEGACY_PLAIN
PLAIN = sa.text(f"SELECT id, language FROM line_users WHERE length(language) <= {LONGEST}")
SEALED = sa.text(f"SELECT id, language FROM line_users WHERE length(language) > {LONGEST}")
WRITE = sa.text("UPDATE line_users SET language = :language WHERE id = :id")


def _rewrite(select, change) -> None:
    bind = op.get_bind()
    rows = bind.execute(select).all()
    for row in rows:
        bind.execute(WRITE, {"id": row.id, "language": change(row.language)})


def upgrade() -> None:
    with op.batch_alter_table("line_users") as batch:
        batch.alter_column("language", type_=sa.Text(), existing_nullable=False)
    vault = context.config.attributes.get("vault")
    # Without the keys the plain values stay, read as they are, until `keys rotate` seals them.
    if vault is not None:
        _rewrite(PLAIN, vault.encrypt)


def downgrade() -> None:
    vault = context.config.attributes.get("vault")
    if op.get_bind().execute(SEALED).first() is not None:
        if vault is None:
            raise RuntimeError("Migration 0029 opens sealed languages: it needs the keys.")
        _rewrite(SEALED, vault.decrypt)
    with op.batch_alter_table("line_users") as batch:
        batch.alter_column("language", type_=sa.String(length=5), existing_nullable=False)
