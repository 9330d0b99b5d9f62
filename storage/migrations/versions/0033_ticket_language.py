"""#17 what a copy tells of a ticket's language: `tickets.language` is sealed
(storage.types.SealedText, padded), so a database copy cannot list the tickets filed in
English. The record's digest and seal cover the plain value, so no record is sealed again.

Revision ID: 0033
Revises: 0032
"""

from alembic import context, op
import sqlalchemy as sa

from storage import bulk_rewrite
from storage.types import SealedText

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

LONGEST = SealedText.LEGACY_PLAIN
PLAIN = sa.text(f"SELECT id, language FROM tickets WHERE length(language) <= {LONGEST}")
SEALED = sa.text(f"SELECT id, language FROM tickets WHERE length(language) > {LONGEST}")
# The stored text as it is (the model's type would seal it again, with no vault here).
TICKETS = sa.table("tickets", sa.column("id", sa.Integer()), sa.column("language", sa.Text()))
BATCH = 1000


def _rewrite(select, change) -> None:
    """Every row `select` finds, its language changed, a batch at a time (set-based: a
    store may hold many tickets)."""
    bind = op.get_bind()
    rows = bind.execute(select).all()
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        changed = [{"id": r.id, "language": change(r.language)} for r in batch]
        bulk_rewrite.update_many(bind, TICKETS, changed)


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.alter_column("language", type_=sa.Text(), existing_nullable=False)
    vault = context.config.attributes.get("vault")
    # Without the keys the plain values stay, read as they are, until `keys rotate` seals them.
    if vault is not None:
        _rewrite(PLAIN, vault.encrypt)


def downgrade() -> None:
    vault = context.config.attributes.get("vault")
    if op.get_bind().execute(SEALED).first() is not None:
        if vault is None:
            raise RuntimeError("Migration 0033 opens sealed languages: it needs the keys.")
        _rewrite(SEALED, vault.decrypt)
    with op.batch_alter_table("tickets") as batch:
        batch.alter_column("language", type_=sa.String(length=5), existing_nullable=False)
