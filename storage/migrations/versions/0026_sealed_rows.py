"""#17 sealed rows: the record's seal covers a ticket's referrals, proposals and evidence rows
(`tickets.chain_parts` names what it covered, to tell which kind changed); declared conflicts
carry a keyed seal (`member_conflicts.seal`) and clean copies a keyed mark
(`evidence.clean_mark`), so a removal or a clean copy a database writer made is not believed

Revision ID: 0026
Revises: 0025
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0026"
down_revision = "0028"
branch_labels = None
depends_on = None


def _seal_with_the_key() -> None:
    from storage import row_seals, ticket_chain

    bind = op.get_bind()
    rows = sa.text(
        "SELECT (SELECT count(*) FROM tickets) + (SELECT count(*) FROM member_conflicts)"
        " + (SELECT count(*) FROM evidence WHERE clean_path IS NOT NULL)"
    )
    if not bind.scalar(rows):
        return
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0026 seals rows with RECORD_SEAL_KEY: run `flask --app bot db upgrade`."
        )
    ticket_chain.seal_parts(bind, vault)
    row_seals.mark_stored(bind, vault)


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("chain_parts", sa.Text(), nullable=True))
    with op.batch_alter_table("member_conflicts") as batch:
        batch.add_column(sa.Column("seal", sa.String(length=64), nullable=True))
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("clean_mark", sa.String(length=64), nullable=True))
    _seal_with_the_key()


def downgrade() -> None:
    for table, column in (
        ("evidence", "clean_mark"),
        ("member_conflicts", "seal"),
        ("tickets", "chain_parts"),
    ):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
