"""Red team 14 (#17): what decided access from the database alone is keyed now. Each agency
spelling carries a mark over its key and its record (`agency_aliases.mark`,
storage/row_seals.py): one rewritten or moved to another record in SQL makes its record
unknown to recusal. The chair's policy settings and dashboard sessions carry a seal
(`policy_settings.seal`, `dashboard_sessions.seal`, storage/access_seals.py): a setting
written in SQL reads as the default, a session ended, stretched or moved in SQL is no
session. What the database holds at the upgrade is marked and sealed as stored when the
keys are given (`flask --app bot db upgrade`); without them the spellings stay unmarked
(their records kept from tied members) until `keys rotate`, the settings read as their
defaults until the chair sets them again, and everyone signs in again.

Revision ID: 0046
Revises: 0045
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0046"
down_revision = "0045"
branch_labels = None
depends_on = None

TABLES = ("agency_aliases", "policy_settings", "dashboard_sessions")


def upgrade() -> None:
    with op.batch_alter_table("agency_aliases") as batch:
        batch.add_column(sa.Column("mark", sa.String(length=64), nullable=True))
    for table in TABLES[1:]:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("seal", sa.String(length=64), nullable=True))
    vault = context.config.attributes.get("vault")
    if vault is not None:
        from storage import access_seals, row_seals

        row_seals.mark_stored_aliases(op.get_bind(), vault)
        access_seals.seal_stored(op.get_bind(), vault)


def downgrade() -> None:
    for table in TABLES[1:]:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("seal")
    with op.batch_alter_table("agency_aliases") as batch:
        batch.drop_column("mark")
