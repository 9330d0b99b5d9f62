"""#19 record: daily anchors of the tamper-evident record, salted slow tracking-code hashes,
sent drafts that keep nothing to pair them with their ticket

Revision ID: 0015
Revises: 0009
"""

from datetime import UTC, datetime

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


SENT_AT = datetime(2000, 1, 1, tzinfo=UTC)  # storage.privacy.SENT_DRAFT_TIME


def _forget_sent_drafts() -> None:
    """What storage.privacy.forget_submitted does to a draft when it is sent, for those sent
    before: no contents, steps, person or time of its own."""
    op.execute(
        sa.text(
            "UPDATE drafts SET data = '{}', history = '[]', user_id = NULL, step = 'purged',"
            " editing = :no, reminded_at = NULL, created_at = :at, updated_at = :at,"
            " closed_at = :at WHERE status = :status"
        ).bindparams(
            sa.bindparam("at", SENT_AT, type_=storage.types.UTCDateTime()),
            no=False,
            status="submitted",
        )
    )


def upgrade() -> None:
    op.create_table(
        "record_anchors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("made_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_anchors")),
    )
    op.create_index(op.f("ix_record_anchors_day"), "record_anchors", ["day"])
    # Old codes keep their unsalted hash until first given right (storage.tickets.code_matches).
    op.add_column("tickets", sa.Column("tracking_code_salt", sa.String(length=32), nullable=True))
    with op.batch_alter_table("drafts") as batch:
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=True)
    _forget_sent_drafts()
    # Export links name their person only encrypted; links made before (alive for an hour
    # at most) are used up, as their person is no longer known to them.
    op.add_column("export_links", sa.Column("owner_enc", sa.Text(), nullable=True))
    with op.batch_alter_table("export_links") as batch:
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=True)
    op.execute(sa.text("UPDATE export_links SET used_at = created_at WHERE used_at IS NULL"))
    op.execute(sa.text("UPDATE export_links SET user_id = NULL"))
    # Delivered messages keep no recipient (storage.outbox.mark_sent).
    op.execute(sa.text("UPDATE outbox SET recipient_enc = NULL WHERE status = 'sent'"))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM export_links WHERE user_id IS NULL"))
    with op.batch_alter_table("export_links") as batch:
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_column("owner_enc")
    # Sent drafts no longer name their author: they are left out of the old rule's column.
    op.execute(sa.text("DELETE FROM drafts WHERE user_id IS NULL"))
    with op.batch_alter_table("drafts") as batch:
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("tracking_code_salt")
    op.drop_index(op.f("ix_record_anchors_day"), table_name="record_anchors")
    op.drop_table("record_anchors")
