"""#9 agencies as records, four eyes on endings, revocable sessions, throttles, policy

Revision ID: 0009
Revises: 0011
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0009"
down_revision = "0011"
branch_labels = None
depends_on = None

UTC = storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("merged_at", UTC, nullable=True),
        sa.Column("merged_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["agencies.id"], name=op.f("fk_agencies_merged_into_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
    )
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agencies_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_agencies_district"), ["district"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agencies_merged_into_id"), ["merged_into_id"], unique=False
        )
    op.create_table(
        "agency_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("sample", sa.String(length=300), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_agency_aliases_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_aliases")),
        sa.UniqueConstraint("key", name=op.f("uq_agency_aliases_key")),
    )
    with op.batch_alter_table("agency_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agency_aliases_agency_id"), ["agency_id"], unique=False
        )
    op.create_table(
        "ticket_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("reason_code", sa.String(length=32), nullable=True),
        sa.Column("proposed_by_id", sa.Integer(), nullable=False),
        sa.Column("proposed_at", UTC, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", UTC, nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_proposals_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["members.id"],
            name=op.f("fk_ticket_proposals_proposed_by_id_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_proposals")),
    )
    with op.batch_alter_table("ticket_proposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_proposals_ticket_id"), ["ticket_id"])
        batch_op.create_index(batch_op.f("ix_ticket_proposals_state"), ["state"])
    op.create_table(
        "dashboard_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("ended_at", UTC, nullable=True),
        sa.Column("ended_reason", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_dashboard_sessions_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dashboard_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_dashboard_sessions_token_hash")),
    )
    with op.batch_alter_table("dashboard_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dashboard_sessions_member_id"), ["member_id"])
    op.create_table(
        "throttle_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("window_start", UTC, nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_throttle_counts")),
        sa.UniqueConstraint(
            "bucket", "subject", "window_start", name=op.f("uq_throttle_counts_bucket")
        ),
    )
    op.create_table(
        "policy_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_policy_settings")),
    )
    # Plain ALTERs (no table copy): on SQLite a batch copy of `tickets` would break the
    # foreign keys of the rows that point at it.
    _add_agency_reference("tickets", "fk_tickets_agency_id_agencies")
    op.add_column(
        "tickets", sa.Column("contested_count", sa.Integer(), server_default="0", nullable=False)
    )
    op.create_index(op.f("ix_tickets_agency_id"), "tickets", ["agency_id"], unique=False)
    _add_agency_reference("member_conflicts", "fk_member_conflicts_agency_id_agencies")


def _add_agency_reference(table: str, name: str) -> None:
    """A nullable `agency_id` column referencing agencies, added in place."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN agency_id INTEGER"
            f" CONSTRAINT {name} REFERENCES agencies (id)"
        )
        return
    op.add_column(table, sa.Column("agency_id", sa.Integer(), nullable=True))
    op.create_foreign_key(name, table, "agencies", ["agency_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("member_conflicts", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_member_conflicts_agency_id_agencies"), type_="foreignkey"
        )
        batch_op.drop_column("agency_id")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tickets_agency_id_agencies"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_tickets_agency_id"))
        batch_op.drop_column("contested_count")
        batch_op.drop_column("agency_id")
    op.drop_table("policy_settings")
    op.drop_table("throttle_counts")
    op.drop_table("dashboard_sessions")
    op.drop_table("ticket_proposals")
    op.drop_table("agency_aliases")
    op.drop_table("agencies")
