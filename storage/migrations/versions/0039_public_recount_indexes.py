"""#19 performance: two indexes holding what each release's recount groups the tickets by
(district, status, kind, local month of submission and reopened; each median's 3-minute
slot), in that order, so the recount reads those values instead of computing them for every
ticket, and groups them as read (PostgreSQL only; SQLite computes them as before)

Revision ID: 0039
Revises: 0038
"""

from alembic import context, op
from sqlalchemy.schema import CreateIndex

from storage import public_tally

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

NAMES = ("ix_tickets_public_groups", "ix_tickets_public_slots")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Months in the zone the upgrade is given, else the bot's default (as 0028's table); in
    # another zone the recount computes the months from the columns the index includes.
    zone = context.config.attributes.get("zone", public_tally.DEFAULT_ZONE)
    for index in public_tally.recount_indexes(zone):
        op.execute(CreateIndex(index))
    op.execute("ANALYZE tickets")  # the expressions' statistics: how many groups to expect


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in NAMES:
            op.execute(f"DROP INDEX {name}")
