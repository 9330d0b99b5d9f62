"""#17 hidden outbox keys: a delivered message kept its de-duplication key in plain
(`transfer:<ticket id>:nacc`, `sla:<ticket id>:…`, `pressure:<reference>:<member id>`), so a
copy of the database paired the message, its purpose and its hour with a ticket. Keys are now
stored as their kind and keyed hashes (storage/outbox.py); this rewrites the existing ones
when the keys are present (without them, a plain key still de-duplicates, and `keys rotate`
hides it later).

Revision ID: 0034
Revises: 0033
"""

from alembic import context, op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    vault = context.config.attributes.get("vault")
    if vault is None:
        return
    from storage import outbox

    outbox.hide_keys(op.get_bind(), vault)


def downgrade() -> None:
    """A hash cannot be made plain again: the keys stay hidden (they still de-duplicate)."""
