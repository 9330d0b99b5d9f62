"""#21 performance: one index covering what the public figures count and time tickets by

Revision ID: 0021
Revises: 0020
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

# As in storage.models.PUBLIC_FIGURE_COLUMNS when this migration was written.
COLUMNS = [
    "district",
    "status",
    "kind",
    "submitted_at",
    "reopened_count",
    "taken_at",
    "decided_at",
]


def upgrade() -> None:
    op.create_index("ix_tickets_public_figures", "tickets", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_tickets_public_figures", table_name="tickets")
