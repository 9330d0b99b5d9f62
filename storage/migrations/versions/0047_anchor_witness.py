"""Issue #17: an anchor also witnesses members' versions, the chair's policy settings and the
dashboard sessions ended (`record_anchors.witness`, storage/anchor_witness.py), in its
digest and so in the code the chairs are sent: those rows put back with the record journal's
lines deleted show on the chairs' record check. Anchors made before keep no witness.
Downgraded, the anchors made since lose their witness, and their digest (which covers it) no
longer fits their list: they read as changed until the next anchor.

Revision ID: 0047
Revises: 0046
"""

from alembic import op
import sqlalchemy as sa

revision = "0047"
down_revision = "0046"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("record_anchors") as batch:
        batch.add_column(sa.Column("witness", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("record_anchors") as batch:
        batch.drop_column("witness")
