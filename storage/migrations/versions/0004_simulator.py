"""#6 local simulator, language and rich menu

Revision ID: 0004
Revises: 0003
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sim_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_user_id", sa.String(length=33), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("following", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sim_users")),
        sa.UniqueConstraint("line_user_id", name=op.f("uq_sim_users_line_user_id")),
    )
    op.create_table(
        "sim_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_user_id", sa.String(length=33), nullable=False),
        sa.Column("sender", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("message", sa.JSON(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sim_messages")),
    )
    op.create_index(
        "ix_sim_messages_user_seq", "sim_messages", ["line_user_id", "id"], unique=False
    )
    op.create_table(
        "sim_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("line_user_id", sa.String(length=33), nullable=True),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sim_keys")),
    )
    op.create_table(
        "sim_contents",
        sa.Column("message_id", sa.String(length=32), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_sim_contents")),
    )


def downgrade() -> None:
    op.drop_table("sim_contents")
    op.drop_table("sim_keys")
    op.drop_index("ix_sim_messages_user_seq", table_name="sim_messages")
    op.drop_table("sim_messages")
    op.drop_table("sim_users")
