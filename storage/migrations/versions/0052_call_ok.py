"""Issue #16 walk34: `tickets.call_ok`, whether the committee may call the contact, as they
said at the name or phone question ("ให้กรรมการโทรหาได้": true, "อย่าโทรมา": false, unsaid:
null), shown to the chair beside the phone. A new column with no value for old rows: nothing
is sealed again.

Revision ID: 0052
Revises: 0051
"""

from alembic import op
import sqlalchemy as sa

revision = "0052"
down_revision = "0051"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("call_ok", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("call_ok")
