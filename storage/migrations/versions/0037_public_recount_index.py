"""#19 performance: one index holding what each release's recount groups the tickets by
(district, status, kind, local month of submission, reopened, and each median's 3-minute
slot), so the recount reads those values instead of computing them for every ticket
(PostgreSQL only; SQLite computes them as before)

Revision ID: 0037
Revises: 0036
"""

from alembic import context, op
from sqlalchemy.schema import CreateIndex

from storage import public_tally

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

NAME = "ix_tickets_public_recount"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Months in the zone the upgrade is given, else the bot's default (as 0028's table); in
    # another zone the recount computes the months from the columns the index includes.
    zone = context.config.attributes.get("zone", public_tally.DEFAULT_ZONE)
    op.execute(CreateIndex(public_tally.recount_index(zone)))
    op.execute("ANALYZE tickets")  # its expressions' statistics: the groups hashed, not sorted


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {NAME}")
