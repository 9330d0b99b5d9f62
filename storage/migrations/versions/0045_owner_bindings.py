"""Red team 12 (#19): every sealed value that says whose something is carries, inside its
ciphertext, the row or person it belongs to (storage.owner_bindings): a person's state and
list of complaints their row's id, a draft's answers its person's row, a held notice's batch
its recipient, a ticket's owner the ticket's reference, a pending message's recipient the
message's id. What the database holds at the upgrade is bound where it is; without the keys
it stays unbound (read as nobody's) until `keys rotate` binds it.

Revision ID: 0045
Revises: 0044
"""

from alembic import context, op

from storage import owner_bindings

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None


def upgrade() -> None:
    vault = context.config.attributes.get("vault")
    if vault is not None:
        owner_bindings.bind_stored(op.get_bind(), vault)


def downgrade() -> None:
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError("Migration 0045 unbinds sealed values: it needs the keys.")
    owner_bindings.bind_stored(op.get_bind(), vault, bound=False)
