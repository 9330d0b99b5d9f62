"""#17 the record journal (RECORD_ANCHOR_DIR) takes what the database holds at the upgrade:
each agency record's mark and each tie's record mark, each used join code, and (with the
keys) each member's LINE account (storage/journal_stored.py). From here on the application
journals each as it writes it; without this, a record and tie copied back from before a later
merge, a used code marked unused, or a member row detached from its LINE account would be
older than nothing the journal holds.

It needs the journal's folder, which `flask --app bot db upgrade` gives; with none, the
install keeps no journal and nothing is written. A folder it cannot write stops the upgrade
(stays at 0037) and says why.

Revision ID: 0038
Revises: 0037
"""

from alembic import context, op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from storage import journal_stored

    attributes = context.config.attributes
    journal_stored.journal_stored(
        op.get_bind(), attributes.get("record_journal_folder"), attributes.get("vault")
    )


def downgrade() -> None:
    """The journal outlives the schema: what it holds stays."""
