"""Issue #19 files kept aside after filing: `evidence.mark_salt`, the salt of such a file's
keyed mark (its own, random: the same file kept aside by two people, or twice, has two
unrelated marks), and `evidence.owner_enc`, whose it is (sealed, bound to its message), so
erasing one's data removes it at once instead of at the 30-day purge. Rows kept aside before
keep their unsalted marks and no owner (the purge still takes them).

Revision ID: 0049
Revises: 0048
"""

from alembic import op
import sqlalchemy as sa

revision = "0049"
down_revision = "0048"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("mark_salt", sa.String(32), nullable=True))
        batch.add_column(sa.Column("owner_enc", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("owner_enc")
        batch.drop_column("mark_salt")
