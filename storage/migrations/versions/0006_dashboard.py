"""#3 dashboard: figures, exports, search

Revision ID: 0006
Revises: 0005
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OPEN = "status IN ('submitted', 'in_review', 'needs_info', 'forwarded')"
# Must stay the same expression as storage.ticket_queries.search_text().
SEARCH = "(reference || ' ' || agency || ' ' || official || ' ' || description)"
KEYSET = (
    ("ix_tickets_submitted_id", []),
    ("ix_tickets_status_submitted", ["status"]),
    ("ix_tickets_kind_submitted", ["kind"]),
    ("ix_tickets_district_submitted", ["district"]),
    ("ix_tickets_assignee_submitted", ["assignee_id"]),
)


def _has_trigram(bind) -> bool:
    found = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"))
    return found.first() is not None


def upgrade() -> None:
    bind = op.get_bind()
    for name, columns in KEYSET:
        op.create_index(name, "tickets", [*columns, "submitted_at", "id"])
    op.create_index(
        "ix_tickets_open_submitted",
        "tickets",
        ["submitted_at", "id"],
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )
    if bind.dialect.name == "postgresql" and _has_trigram(bind):
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            f"CREATE INDEX ix_tickets_search_trgm ON tickets USING gin ({SEARCH} gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_tickets_search_trgm")
    op.drop_index("ix_tickets_open_submitted", table_name="tickets")
    for name, _columns in reversed(KEYSET):
        op.drop_index(name, table_name="tickets")
