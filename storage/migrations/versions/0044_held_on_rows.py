"""#19: notices held for a discreet citizen before 0041 lay on their row (`line_users.held`),
undated, so they never expired. Each such batch becomes a `held_notices` row of its own,
dated the upgrade's day (read as before, gone after RETENTION_HELD_NOTICE_DAYS unread), and
the person's row keeps none (storage/held_notices.py `adopt_stored`: one read, inserts a
thousand at a time, one update). Without the keys (Alembic by hand) nothing can be opened:
the batches stay until the person's next "อ่าน" or the daily retention job moves them.

Revision ID: 0044
Revises: 0043
"""

from datetime import UTC, datetime

from alembic import context, op

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None


def upgrade() -> None:
    vault = context.config.attributes.get("vault")
    if vault is not None:
        from storage import held_notices

        held_notices.adopt_stored(op.get_bind(), vault, datetime.now(UTC).date())


def downgrade() -> None:
    """The rows stay: they are read and expire as the others do."""
