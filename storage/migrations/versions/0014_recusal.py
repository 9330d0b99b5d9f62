"""#19 agencies named anywhere in a ticket; proposals that carry a forwarding or an answer

Revision ID: 0014
Revises: 0009
"""

from alembic import op
import sqlalchemy as sa
import storage.types

revision = "0014"
down_revision = "0009"
branch_labels = None
depends_on = None

UTC = storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "ticket_agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_agencies_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_ticket_agencies_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_agencies")),
    )
    with op.batch_alter_table("ticket_agencies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_agencies_ticket_id"), ["ticket_id"])
        batch_op.create_index(batch_op.f("ix_ticket_agencies_agency_id"), ["agency_id"])
    with op.batch_alter_table("ticket_proposals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("detail", sa.Text(), nullable=True))
    with op.batch_alter_table("member_conflicts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("declared_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("removed_at", UTC, nullable=True))
        batch_op.add_column(sa.Column("removed_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member_conflicts", schema=None) as batch_op:
        batch_op.drop_column("removed_by")
        batch_op.drop_column("removed_at")
        batch_op.drop_column("declared_by")
    with op.batch_alter_table("ticket_proposals", schema=None) as batch_op:
        batch_op.drop_column("detail")
    with op.batch_alter_table("ticket_agencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_agencies_agency_id"))
        batch_op.drop_index(batch_op.f("ix_ticket_agencies_ticket_id"))
    op.drop_table("ticket_agencies")
