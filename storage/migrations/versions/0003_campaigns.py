"""#5 campaigns, subscriptions, forums and RSVPs

Revision ID: 0003
Revises: 0002
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "forums",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forums")),
    )
    op.create_index(op.f("ix_forums_starts_at"), "forums", ["starts_at"], unique=False)
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("image_url", sa.Text(), nullable=True),
        sa.Column("as_card", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("audience", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("send_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("weekly", sa.Boolean(), nullable=False),
        sa.Column("next_run_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("runs_made", sa.Integer(), nullable=False),
        sa.Column("force", sa.Boolean(), nullable=False),
        sa.Column("warning", sa.Text(), nullable=True),
        sa.Column("forum_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_campaigns_forum_id_forums")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_index(op.f("ix_campaigns_forum_id"), "campaigns", ["forum_id"], unique=False)
    op.create_index(op.f("ix_campaigns_next_run_at"), "campaigns", ["next_run_at"], unique=False)
    op.create_index(op.f("ix_campaigns_status"), "campaigns", ["status"], unique=False)
    op.create_table(
        "campaign_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("run_no", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("batches", sa.Integer(), nullable=False),
        sa.Column("scheduled_for", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_runs_campaign_id_campaigns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_runs")),
        sa.UniqueConstraint("campaign_id", "run_no", name=op.f("uq_campaign_runs_campaign_id")),
    )
    op.create_index(
        op.f("ix_campaign_runs_campaign_id"), "campaign_runs", ["campaign_id"], unique=False
    )
    op.create_index(op.f("ix_campaign_runs_status"), "campaign_runs", ["status"], unique=False)
    op.create_table(
        "forum_rsvps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reminded_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_forum_rsvps_forum_id_forums")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["line_users.id"], name=op.f("fk_forum_rsvps_user_id_line_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_rsvps")),
        sa.UniqueConstraint("forum_id", "user_id", name=op.f("uq_forum_rsvps_forum_id")),
    )
    op.create_index(op.f("ix_forum_rsvps_forum_id"), "forum_rsvps", ["forum_id"], unique=False)
    op.create_index(op.f("ix_forum_rsvps_user_id"), "forum_rsvps", ["user_id"], unique=False)
    # Segments filter subscribed followers by district.
    op.create_index(
        "ix_line_users_audience",
        "line_users",
        ["following", "subscribed", "district"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_line_users_audience", table_name="line_users")
    op.drop_index(op.f("ix_forum_rsvps_user_id"), table_name="forum_rsvps")
    op.drop_index(op.f("ix_forum_rsvps_forum_id"), table_name="forum_rsvps")
    op.drop_table("forum_rsvps")
    op.drop_index(op.f("ix_campaign_runs_status"), table_name="campaign_runs")
    op.drop_index(op.f("ix_campaign_runs_campaign_id"), table_name="campaign_runs")
    op.drop_table("campaign_runs")
    op.drop_index(op.f("ix_campaigns_status"), table_name="campaigns")
    op.drop_index(op.f("ix_campaigns_next_run_at"), table_name="campaigns")
    op.drop_index(op.f("ix_campaigns_forum_id"), table_name="campaigns")
    op.drop_table("campaigns")
    op.drop_index(op.f("ix_forums_starts_at"), table_name="forums")
    op.drop_table("forums")
