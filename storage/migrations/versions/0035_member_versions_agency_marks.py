"""#17 member versions: each time the application seals a member (role, removal, grant, ties)
their `members.version` counts one up and is journalled outside the database
(storage/record_journal.py), so a member row and ties copied back from an older copy of the
database, with their then valid seal, are older than the journal and do not fit
(storage/member_seals.py). Existing members start at version 0, which their seal leaves out:
every seal made before still fits as it is, and nothing honest fails closed.

Agency records get a keyed mark over their review and merge (`agencies.mark`,
storage/row_seals.py): one marked reviewed or merged in the database alone stays new to
recusal. Every record is marked as stored when the keys are given (`flask --app bot db
upgrade`); without them a reviewed record stays new to tied members until a chair reviews it.

Revision ID: 0035
Revises: 0034
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("mark", sa.String(length=64), nullable=True))
    vault = context.config.attributes.get("vault")
    if vault is not None:
        from storage import row_seals

        row_seals.mark_agencies(op.get_bind(), vault)


def downgrade() -> None:
    """Without versions the seals of members sealed since no longer fit: a chair accepts them."""
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("mark")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("version")
