"""#13 transparency: hash chains on tickets' timelines, verification runs, web look-up lock-outs

Revision ID: 0013
Revises: 0010
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0013"
down_revision = "0010"
branch_labels = None
depends_on = None

HASH = sa.String(length=64)


def _seal_existing_tickets() -> None:
    """Chain the timelines of tickets written before chains existed (same code as the app),
    a batch of 1,000 tickets at a time, each batch written set-based (storage.bulk_rewrite)."""
    from storage import bulk_rewrite, ticket_chain
    from storage.models import Ticket, TicketEvent

    bind = op.get_bind()
    tickets, events = Ticket.__table__, TicketEvent.__table__
    if not bind.scalar(sa.select(sa.func.count()).select_from(tickets)):
        return  # an empty database: nothing to read (and no later column to trip over)
    for batch in ticket_chain.stored_batches(bind, size=1000, fields=()):
        sealed, chained = [], []
        for ticket, entries, _ in batch:
            updates, head, seal = ticket_chain.chain_rows(ticket, entries)
            sealed.append({"id": ticket.id, "chain_head": head, "chain_seal": seal})
            chained += updates
        bulk_rewrite.update_many(bind, tickets, sealed)
        bulk_rewrite.update_many(bind, events, chained)


def upgrade() -> None:
    op.add_column("tickets", sa.Column("chain_head", HASH, nullable=True))
    op.add_column("tickets", sa.Column("chain_seal", HASH, nullable=True))
    op.add_column("ticket_events", sa.Column("prev_hash", HASH, nullable=True))
    op.add_column("ticket_events", sa.Column("ticket_digest", HASH, nullable=True))
    op.add_column("ticket_events", sa.Column("entry_hash", HASH, nullable=True))
    op.create_table(
        "chain_verifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("checked", sa.Integer(), nullable=False),
        sa.Column("broken", sa.Integer(), nullable=False),
        sa.Column("store_digest", HASH, nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chain_verifications")),
    )
    op.create_index(
        op.f("ix_chain_verifications_started_at"), "chain_verifications", ["started_at"]
    )
    op.create_table(
        "lookup_throttles",
        sa.Column("key_hash", HASH, nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("locked_until", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_lookup_throttles")),
    )
    _seal_existing_tickets()


def downgrade() -> None:
    op.drop_table("lookup_throttles")
    op.drop_index(op.f("ix_chain_verifications_started_at"), table_name="chain_verifications")
    op.drop_table("chain_verifications")
    with op.batch_alter_table("ticket_events") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("ticket_digest")
        batch.drop_column("prev_hash")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("chain_seal")
        batch.drop_column("chain_head")
