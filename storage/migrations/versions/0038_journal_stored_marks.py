"""#17 the record journal (RECORD_ANCHOR_DIR) takes what the database holds at the upgrade:
each agency record's mark and each tie's record mark, each used join code, and (with the
keys) each member's LINE account (storage/journal_stored.py). From here on the application
journals each as it writes it; without this, a record and tie copied back from before a later
merge, a used code marked unused, or a member row detached from its LINE account would be
older than nothing the journal holds.

Before that, every marked agency record whose district is not the one its first spelling
gives loses its mark (`row_seals.unmark_moved`; given by `flask --app bot db upgrade`, which
knows the province): 0036 marked the district of every record as stored, so one a writer
moved out of a tied district before it fitted. Such a record is unknown to recusal (kept from
tied members, named by `tickets verify`) until a chair reviews it.

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
    from storage import journal_stored, row_seals

    attributes = context.config.attributes
    if attributes.get("district_of") is not None:
        row_seals.unmark_moved(op.get_bind(), attributes["district_of"])
    journal_stored.journal_stored(
        op.get_bind(), attributes.get("record_journal_folder"), attributes.get("vault")
    )


def downgrade() -> None:
    """The journal outlives the schema: what it holds stays."""
