"""#19 record: daily anchors of the tamper-evident record, salted slow tracking-code hashes

Revision ID: 0015
Revises: 0009
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0015"
down_revision = "0009"
branch_labels = None
depends_on = None


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


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("tracking_code_salt")
    op.drop_index(op.f("ix_record_anchors_day"), table_name="record_anchors")
    op.drop_table("record_anchors")
