"""#10 safety: sealed state and drafts, owners only encrypted, witnesses sealed, evidence copies

Schema only. Re-encrypting and re-indexing existing rows needs the keys, which Alembic
never sees: run `flask --app bot keys rotate` after this migration (it seals the plain
JSON of old rows, moves `tickets.owner_hash` and `drafts.ticket_id` into the owners'
sealed rows and empties them, and encrypts old witness names).

Revision ID: 0011
Revises: 0013
"""

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401
import storage.types  # noqa: F401

revision = "0011"
down_revision = "0013"
branch_labels = None
depends_on = None


def _json_to_text(table: str, column: str) -> None:
    with op.batch_alter_table(table) as batch:
        batch.alter_column(
            column,
            type_=sa.Text(),
            existing_type=sa.JSON(),
            postgresql_using=f"{column}::text",
        )


def upgrade() -> None:
    _json_to_text("line_users", "state")
    _json_to_text("drafts", "data")
    with op.batch_alter_table("line_users") as batch:
        batch.add_column(sa.Column("ticket_ids", sa.Text(), nullable=True))
        batch.add_column(sa.Column("held", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("discreet", sa.Boolean(), nullable=False, server_default=sa.text("false"))
        )
        batch.add_column(
            sa.Column(
                "draft_reminders", sa.Boolean(), nullable=False, server_default=sa.text("true")
            )
        )
    with op.batch_alter_table("tickets") as batch:
        batch.alter_column("owner_hash", existing_type=sa.String(64), nullable=True)
        batch.add_column(sa.Column("witnesses_enc", sa.Text(), nullable=True))
        batch.add_column(sa.Column("pin_is_scene", sa.Boolean(), nullable=True))
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("clean_path", sa.Text(), nullable=True))
        batch.add_column(sa.Column("metadata_found", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("metadata_found")
        batch.drop_column("clean_path")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("pin_is_scene")
        batch.drop_column("witnesses_enc")
    with op.batch_alter_table("line_users") as batch:
        batch.drop_column("draft_reminders")
        batch.drop_column("discreet")
        batch.drop_column("held")
        batch.drop_column("ticket_ids")
