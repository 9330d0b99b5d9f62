"""Issue #17 (fixA40b): `outbox.kind`, what a row is, in a plain column of its own: "message"
(any notice), or "start-refused" (a chair's notice of a start refused at the shell, whose
delivery the sender journals). The sender used to tell one by how its de-duplication key
began (`refused-…`); existing rows are given their kind by that, once, here.

Revision ID: 0053
Revises: 0052
"""

from alembic import op
import sqlalchemy as sa

revision = "0053"
down_revision = "0052"
branch_labels = None
depends_on = None

# Copied, not imported: a migration says what it did when it was written.
MESSAGE = "message"
REFUSAL_NOTICE = "start-refused"
REFUSAL_KEYS = "refused-%"


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("kind", sa.String(32), nullable=False, server_default=MESSAGE))
    outbox = sa.table("outbox", sa.column("kind", sa.String), sa.column("dedupe_key", sa.String))
    op.execute(
        outbox.update().where(outbox.c.dedupe_key.like(REFUSAL_KEYS)).values(kind=REFUSAL_NOTICE)
    )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("kind")
