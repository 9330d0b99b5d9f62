"""#17: notices held for discreet citizens in rows of their own (`held_notices`), the
recipient sealed with a fresh nonce on each: holding a notice no longer changes the
person's `line_users` row, so one person's two notices leave the trace two people's do.
Batches held on `line_users.held` before are still read (oldest first), then emptied.

Revision ID: 0041
Revises: 0040
"""

import sqlalchemy as sa
from alembic import op

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_enc", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_held_notices"),
    )


def downgrade() -> None:
    op.drop_table("held_notices")
