"""#11 personal data: consents, rights requests, export links, notice versions

Revision ID: 0012
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa
import storage.types

revision = "0012"
down_revision = "0006"
branch_labels = None
depends_on = None

# People who talked to the bot before this notice get the new version shown once.
LEGACY_NOTICE = "2025-01"


def upgrade() -> None:
    with op.batch_alter_table("line_users") as batch:
        batch.add_column(sa.Column("notice_version", sa.String(length=16), nullable=True))
    op.execute(sa.text(f"UPDATE line_users SET notice_version = '{LEGACY_NOTICE}'"))
    op.create_table(
        "consent_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("notice_version", sa.String(length=16), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["line_users.id"], name=op.f("fk_consent_records_user_id_line_users")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_consent_records_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_records")),
    )
    op.create_index("ix_consent_records_user_purpose", "consent_records", ["user_id", "purpose"])
    op.create_index(op.f("ix_consent_records_ticket_id"), "consent_records", ["ticket_id"])
    op.create_table(
        "privacy_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_requests")),
    )
    op.create_index(op.f("ix_privacy_requests_at"), "privacy_requests", ["at"])
    op.create_table(
        "export_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["line_users.id"], name=op.f("fk_export_links_user_id_line_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_export_links_token_hash")),
    )
    op.create_index(op.f("ix_export_links_user_id"), "export_links", ["user_id"])


def downgrade() -> None:
    op.drop_table("export_links")
    op.drop_table("privacy_requests")
    op.drop_table("consent_records")
    with op.batch_alter_table("line_users") as batch:
        batch.drop_column("notice_version")
