"""#19 releases: the public figures are made once per period and shown unchanged until the next;
each sealed under RECORD_SEAL_KEY and chained to the one before

Revision ID: 0023
Revises: 0022
"""

from alembic import op
import sqlalchemy as sa

import storage.types

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transparency_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("made_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("previous_seal", sa.String(length=64), nullable=True),
        sa.Column("seal", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transparency_releases")),
        sa.UniqueConstraint("period_start", name=op.f("uq_transparency_releases_period_start")),
    )


def downgrade() -> None:
    op.drop_table("transparency_releases")
