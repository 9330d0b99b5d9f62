"""#17 which agency record a declared tie points to gets a keyed mark of its own
(`member_conflicts.record_mark`, storage/row_seals.py): recusal reads that record's name and
spellings as the tie, so a tie pointed elsewhere (or nowhere) in the database alone keeps
every ticket from its member. An agency record's mark (`agencies.mark`) now covers what
recusal reads of it too: its name, key and district; one that does not fit is unknown to
recusal (kept from every member with a tie).

With the keys (`flask --app bot db upgrade`) every tie is marked as stored, and every record
whose review and merge held under 0035's mark (or that needed none) is marked again, save one
whose district is not the one its first spelling gives (moved in SQL before its district was
marked: unknown to recusal until a chair reviews it); without
them a member with a tie sees no ticket until they declare it again, and every record is
unknown to tied members until a chair reviews it.

Revision ID: 0036
Revises: 0035
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member_conflicts") as batch:
        batch.add_column(sa.Column("record_mark", sa.String(length=64), nullable=True))
    vault = context.config.attributes.get("vault")
    if vault is not None:
        from storage import row_seals

        row_seals.mark_tie_records(op.get_bind(), vault)
        district_of = context.config.attributes.get("district_of")
        row_seals.remark_agencies(op.get_bind(), vault, district_of)


def downgrade() -> None:
    """The records' marks made since no longer fit 0035's fields: a chair reviews them."""
    with op.batch_alter_table("member_conflicts") as batch:
        batch.drop_column("record_mark")
