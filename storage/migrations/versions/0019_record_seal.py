"""#19 seal: the record's seal covers every column and agency mention of a ticket; published
anchors keep their heads (so `tickets verify` checks against the latest one)

Revision ID: 0019
Revises: 0018
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

KEYED_SEAL_REVISION = "0015"  # seals under RECORD_SEAL_KEY


def _keyless_taken() -> bool:
    """A keyless seal (migration 0013's) is taken only in the upgrade that brings the key:
    after it, one could be anyone's."""
    started = context.config.attributes.get("from_revision")
    if started is None:
        return True
    before = {s.revision for s in context.script.iterate_revisions(started, "base")}
    return KEYED_SEAL_REVISION not in before


def _seal_with_the_key() -> None:
    from storage import ticket_chain

    bind = op.get_bind()
    if not bind.scalar(sa.text("SELECT count(*) FROM tickets")):
        return
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0019 seals the record with RECORD_SEAL_KEY: run `flask --app bot db upgrade`."
        )
    stored = {c["name"] for c in sa.inspect(bind).get_columns("tickets")}
    fields = [name for name in ticket_chain.SEALED_FIELDS if name in stored]
    ticket_chain.upgrade_seals(bind, vault, _keyless_taken(), fields)


def upgrade() -> None:
    op.add_column("record_anchors", sa.Column("heads", sa.Text(), nullable=True))
    _seal_with_the_key()


def downgrade() -> None:
    with op.batch_alter_table("record_anchors") as batch:
        batch.drop_column("heads")
