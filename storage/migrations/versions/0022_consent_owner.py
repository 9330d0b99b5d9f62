"""#19 unlinkable consents: a person's consent names them only encrypted (`owner_enc`), so its
time cannot pair the person with the ticket sent in the same hour

Revision ID: 0022
Revises: 0021
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def _vault():
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0022 encrypts who gave each consent: run `flask --app bot db upgrade`."
        )
    return vault


def upgrade() -> None:
    op.add_column("consent_records", sa.Column("owner_enc", sa.Text(), nullable=True))
    bind = op.get_bind()
    named = list(
        bind.execute(sa.text("SELECT id, user_id FROM consent_records WHERE user_id IS NOT NULL"))
    )
    if not named:
        return
    vault = _vault()
    for row_id, user_id in named:
        bind.execute(
            sa.text("UPDATE consent_records SET owner_enc = :o, user_id = NULL WHERE id = :i"),
            {"o": vault.encrypt(str(user_id)), "i": row_id},
        )


def downgrade() -> None:
    bind = op.get_bind()
    owned = list(
        bind.execute(
            sa.text("SELECT id, owner_enc FROM consent_records WHERE owner_enc IS NOT NULL")
        )
    )
    if owned:
        vault = _vault()
        for row_id, owner in owned:
            bind.execute(
                sa.text("UPDATE consent_records SET user_id = :u WHERE id = :i"),
                {"u": int(vault.decrypt(owner)), "i": row_id},
            )
    with op.batch_alter_table("consent_records") as batch:
        batch.drop_column("owner_enc")
