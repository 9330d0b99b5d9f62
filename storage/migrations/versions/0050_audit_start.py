"""Issue "insiders … what still gets through": `audit_start`, the audit log's start as the
record journal first noted it (`N T C`: the highest id then, when, how many entries it
covered), with a keyed seal. It lives outside `audit_log` (which the audit page lists and a
restore needs empty) and says the database had a journal: a copy started beside a new,
empty journal folder adopts none of its rows. Written by the application's first start with
a folder (storage/record_journal.py `note_audit_start`), never by a migration.

Revision ID: 0050
Revises: 0049
"""

from alembic import op
import sqlalchemy as sa

revision = "0050"
down_revision = "0049"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_start",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("highest", sa.Integer(), nullable=False),
        sa.Column("noted_at", sa.String(40), nullable=False),
        sa.Column("covered", sa.Integer(), nullable=False),
        sa.Column("seal", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_start")),
    )


def downgrade() -> None:
    op.drop_table("audit_start")
