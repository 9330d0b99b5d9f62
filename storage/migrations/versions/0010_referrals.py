"""#12 forwarding to the authorities: agencies, referrals (the agency's clock)

Revision ID: 0010
Revises: 0012
"""

from alembic import op
import sqlalchemy as sa
import storage.types

revision = "0010"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referral_agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("answer_working_days", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_agencies")),
        sa.UniqueConstraint("code", name=op.f("uq_referral_agencies_code")),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("agency_code", sa.String(length=32), nullable=False),
        sa.Column("agency_name", sa.Text(), nullable=False),
        sa.Column("letter_number", sa.String(length=64), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("identity_included", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("forwarded_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("agency_reference", sa.Text(), nullable=True),
        sa.Column("answer_due_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answer_summary", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_referrals_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("letter_number", name=op.f("uq_referrals_letter_number")),
    )
    op.create_index(op.f("ix_referrals_ticket_id"), "referrals", ["ticket_id"])
    op.create_index(op.f("ix_referrals_agency_code"), "referrals", ["agency_code"])
    op.create_index(op.f("ix_referrals_forwarded_at"), "referrals", ["forwarded_at"])
    op.create_index("ix_referrals_waiting", "referrals", ["answered_at", "answer_due_at"])


def downgrade() -> None:
    op.drop_index("ix_referrals_waiting", table_name="referrals")
    op.drop_index(op.f("ix_referrals_forwarded_at"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_agency_code"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_ticket_id"), table_name="referrals")
    op.drop_table("referrals")
    op.drop_table("referral_agencies")
