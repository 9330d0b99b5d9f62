"""#21 performance: the public page's two medians kept as tickets change (how many tickets
took each length of time, on a 3-minute grid), filled from the tickets

Revision ID: 0032
Revises: 0031
"""

from alembic import op
import sqlalchemy as sa

from storage import public_tally

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "public_durations",
        sa.Column("measure", sa.String(8), primary_key=True),
        sa.Column("slot", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("tickets", sa.Integer(), nullable=False, server_default="0"),
    )
    public_tally.refill_durations(op.get_bind())


def downgrade() -> None:
    op.drop_table("public_durations")
