"""#17 what a database copy cannot tie: `outbox.language` is sealed (storage.types.SealedText)
and empty (NULL) once a message is delivered or given up, so a copy cannot find who is written
to in English from a message still waiting; `ticket_events.id` becomes 64-bit, for ids that
are an entry's place in its timeline and a random number (storage/entry_ids.py), so the
entries one act writes on several tickets are no longer numbered one after another

Revision ID: 0031
Revises: 0030
"""

from alembic import context, op
import sqlalchemy as sa

from storage.types import SealedText

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

LONGEST = SealedText.LEGACY_PLAIN
# Delivered rows kept "" for "no language" before; now that is NULL (a sealed "" is a token).
FORGOTTEN = sa.text("UPDATE outbox SET language = NULL WHERE language = ''")
EMPTIED = sa.text("UPDATE outbox SET language = '' WHERE language IS NULL")
PLAIN = sa.text(f"SELECT id, language FROM outbox WHERE length(language) <= {LONGEST}")
SEALED = sa.text(f"SELECT id, language FROM outbox WHERE length(language) > {LONGEST}")
WRITE = sa.text("UPDATE outbox SET language = :language WHERE id = :id")


def _rewrite(select, change) -> None:
    bind = op.get_bind()
    for row in bind.execute(select).all():
        bind.execute(WRITE, {"id": row.id, "language": change(row.language)})


def _entry_ids(kind: str) -> None:
    """SQLite's integer keys are 64-bit already; PostgreSQL's column and its sequence (which
    `backup restore` moves past the largest id) are widened."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE ticket_events ALTER COLUMN id TYPE {kind}")
    op.execute(
        f"ALTER SEQUENCE IF EXISTS ticket_events_id_seq AS {kind} MAXVALUE 9223372036854775807"
    )


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("language", type_=sa.Text(), existing_nullable=False, nullable=True)
    op.execute(FORGOTTEN)
    _entry_ids("BIGINT")
    vault = context.config.attributes.get("vault")
    # Without the keys the plain values stay, read as they are, until `keys rotate` seals them.
    if vault is not None:
        _rewrite(PLAIN, vault.encrypt)


def downgrade() -> None:
    vault = context.config.attributes.get("vault")
    if op.get_bind().execute(SEALED).first() is not None:
        if vault is None:
            raise RuntimeError("Migration 0031 opens sealed languages: it needs the keys.")
        _rewrite(SEALED, vault.decrypt)
    op.execute(EMPTIED)
    # Entries written since have ids beyond 32 bits: they stay 64-bit (SQLite's are already).
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column(
            "language", type_=sa.String(length=5), existing_nullable=True, nullable=False
        )
