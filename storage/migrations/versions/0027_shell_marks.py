"""Red team round 4: a sign-in's own mark, keyed, so a database writer cannot unmark a
shell's login link; webhook fingerprints keyed from now on (no schema change for those)

Revision ID: 0027
Revises: 0025
"""

from alembic import op
import sqlalchemy as sa

revision = "0027"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows from before carry no mark and so count as made at a shell: live links and
    # sessions may read, and deciding needs a fresh link asked for in LINE (fails closed).
    for table in ("login_tokens", "dashboard_sessions"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("own_mark", sa.String(64), nullable=True))


def downgrade() -> None:
    for table in ("dashboard_sessions", "login_tokens"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("own_mark")
