"""#23 patterns: ticket signatures, links between tickets of one matter, and cases

Revision ID: 0020
Revises: 0019
"""

from alembic import op
import sqlalchemy as sa
import storage.types

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_signatures",
        sa.Column(
            "ticket_id",
            sa.Integer,
            sa.ForeignKey("tickets.id", name="fk_ticket_signatures_ticket_id_tickets"),
            nullable=False,
        ),
        sa.Column("agency_id", sa.Integer, nullable=True),
        sa.Column("official_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("district", sa.String(64), nullable=False),
        sa.Column("subdistrict", sa.String(64), nullable=False),
        sa.Column("day", sa.Date, nullable=True),
        sa.Column("month", sa.Integer, nullable=False),
        sa.Column("words", sa.JSON, nullable=False),
        sa.Column("computed_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id", name="pk_ticket_signatures"),
    )
    op.create_index(
        "ix_ticket_signatures_agency_month", "ticket_signatures", ["agency_id", "month"]
    )
    op.create_index(
        "ix_ticket_signatures_subdistrict_month",
        "ticket_signatures",
        ["district", "subdistrict", "month"],
    )
    op.create_index(
        "ix_ticket_signatures_official_month",
        "ticket_signatures",
        ["official_key", "district", "month"],
    )
    op.create_table(
        "ticket_links",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column(
            "ticket_a_id",
            sa.Integer,
            sa.ForeignKey("tickets.id", name="fk_ticket_links_ticket_a_id_tickets"),
            nullable=False,
        ),
        sa.Column(
            "ticket_b_id",
            sa.Integer,
            sa.ForeignKey("tickets.id", name="fk_ticket_links_ticket_b_id_tickets"),
            nullable=False,
        ),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("story", sa.Float, nullable=False),
        sa.Column("reasons", sa.String(200), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("decided_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ticket_links"),
        sa.UniqueConstraint("ticket_a_id", "ticket_b_id", name="uq_ticket_links_ticket_a_id"),
    )
    op.create_index("ix_ticket_links_ticket_a_id", "ticket_links", ["ticket_a_id"])
    op.create_index("ix_ticket_links_ticket_b_id", "ticket_links", ["ticket_b_id"])
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
    )
    op.create_table(
        "case_tickets",
        sa.Column(
            "ticket_id",
            sa.Integer,
            sa.ForeignKey("tickets.id", name="fk_case_tickets_ticket_id_tickets"),
            nullable=False,
        ),
        sa.Column(
            "case_id",
            sa.Integer,
            sa.ForeignKey("cases.id", name="fk_case_tickets_case_id_cases"),
            nullable=False,
        ),
        sa.Column("joined_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("joined_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id", name="pk_case_tickets"),
    )
    op.create_index("ix_case_tickets_case_id", "case_tickets", ["case_id"])


def downgrade() -> None:
    op.drop_table("case_tickets")
    op.drop_table("cases")
    op.drop_table("ticket_links")
    op.drop_table("ticket_signatures")
