"""Red team round 3: a dashboard sign-in from a link made at the command line is marked

Revision ID: 0025
Revises: 0024
"""

from alembic import op
import sqlalchemy as sa

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("login_tokens", "dashboard_sessions"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("from_shell", sa.Boolean(), nullable=False, server_default=sa.false())
            )


def downgrade() -> None:
    for table in ("dashboard_sessions", "login_tokens"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("from_shell")
