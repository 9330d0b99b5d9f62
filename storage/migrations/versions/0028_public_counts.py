"""#21 performance: the public page's counts kept as tickets change, filled from the tickets

Revision ID: 0028
Revises: 0025
"""

from alembic import context, op
import sqlalchemy as sa

from storage import public_tally

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "public_counts",
        sa.Column("zone", sa.String(64), primary_key=True),
        sa.Column("district", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("reopened", sa.Boolean(), primary_key=True),
        sa.Column("tickets", sa.Integer(), nullable=False, server_default="0"),
    )
    # Months in the zone the upgrade is given, else the bot's default; a table kept for
    # another zone is counted again at its first read (storage.public_tally.sums).
    zone = context.config.attributes.get("zone", public_tally.DEFAULT_ZONE)
    public_tally.refill(op.get_bind(), zone)


def downgrade() -> None:
    op.drop_table("public_counts")
