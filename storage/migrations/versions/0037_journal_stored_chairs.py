"""#17 every chair and admin a database holds at the upgrade is journalled outside it
(storage/record_journal.py, `role:chair` and a file under `roles/` in RECORD_ANCHOR_DIR), as
the application journals each role it seals a member with. Before this, an upgraded
database's chairs were journalled only at their next seal, so a writer who wiped them in SQL
made the next `members add` chair founding.

It needs no key (it seals nothing) but the journal's folder, which `flask --app bot db
upgrade` gives: without it, or with a folder it cannot write, while the database holds a chair
or an admin, the upgrade stops (stays at 0036) and says why. The command line's own admin is
no one's chair and is left out; removed chairs are journalled too (they held the role).

Revision ID: 0037
Revises: 0036
"""

from alembic import context, op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

CONFIRMING_ROLES = ("chair", "admin")  # the roles that counted for a founding grant at 0037


def upgrade() -> None:
    from storage import record_journal

    folder = context.config.attributes.get("record_journal_folder")
    record_journal.journal_stored_roles(op.get_bind(), folder, CONFIRMING_ROLES)


def downgrade() -> None:
    """The journal outlives the schema: what it holds stays (no later chair is founding)."""
