"""#17: each held notice keeps the day it was held (`held_notices.held_on`, UTC, no time), so
that the daily `retention` job lets one nobody opened go after RETENTION_HELD_NOTICE_DAYS.
Only the day: a time would pair the row with the push that announced it. Rows held before
this count from the upgrade's day (none goes sooner than the period allows).

Revision ID: 0043
Revises: 0042
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("held_notices") as batch:
        batch.add_column(sa.Column("held_on", sa.Date(), nullable=True))
    held = sa.table("held_notices", sa.column("held_on", sa.Date))
    op.get_bind().execute(sa.update(held).values(held_on=datetime.now(UTC).date()))
    with op.batch_alter_table("held_notices") as batch:
        batch.alter_column("held_on", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("held_notices") as batch:
        batch.drop_column("held_on")
