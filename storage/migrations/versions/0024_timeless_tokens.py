"""#R3 a database copy learns nothing from a token's time or length, nor from a known photo:
the sealed columns naming owners and ticket lists are re-encrypted padded and without a time,
and `evidence.sha256` holds a keyed mark of the original's SHA-256 instead of the SHA-256

No schema change: data only. Every other token is rewritten by `flask --app bot keys rotate`.

Revision ID: 0024
Revises: 0023
"""

from alembic import context, op
import sqlalchemy as sa

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

# Sealed columns whose token was (re)written when a complaint was sent, or that name an owner.
SEALED = {
    "line_users": ("state", "ticket_ids", "held"),
    "drafts": ("data",),
    "consent_records": ("owner_enc",),
    "export_links": ("owner_enc",),
}
BATCH = 1000
# Sealed columns still plain from before 0011 are left: `keys rotate` seals them.
PLAIN_JSON = ("{", "[", '"')


def _vault():
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0024 re-encrypts sealed columns and marks evidence with RECORD_SEAL_KEY: "
            "run `flask --app bot db upgrade`."
        )
    return vault


def _tokens(bind, table: str, column: str) -> list:
    rows = bind.execute(sa.text(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL"))
    return [(row_id, value) for row_id, value in rows if value[:1] not in PLAIN_JSON]


def _rewrite(bind, table: str, column: str, values: list[tuple]) -> None:
    """One statement per 1,000 rows (storage.bulk_rewrite), not one round trip per row."""
    from storage import bulk_rewrite

    target = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.Text))
    for start in range(0, len(values), BATCH):
        batch = values[start : start + BATCH]
        rows = [{"id": row_id, column: value} for row_id, value in batch]
        bulk_rewrite.update_many(bind, target, rows)


def upgrade() -> None:
    bind = op.get_bind()
    work = [
        (table, column, _tokens(bind, table, column))
        for table, columns in SEALED.items()
        for column in columns
    ]
    marks = list(bind.execute(sa.text("SELECT id, sha256 FROM evidence WHERE sha256 IS NOT NULL")))
    if not marks and not any(rows for _, _, rows in work):
        return
    vault = _vault()
    for table, column, rows in work:
        _rewrite(bind, table, column, [(i, vault.rotate(token)) for i, token in rows])
    _rewrite(bind, "evidence", "sha256", [(i, vault.content_marks(d)[0]) for i, d in marks])


def downgrade() -> None:
    bind = op.get_bind()
    marked = bind.scalar(sa.text("SELECT count(*) FROM evidence WHERE sha256 IS NOT NULL"))
    # A keyed mark cannot give back the SHA-256 it was made from, and code before 0024 cannot
    # read a padded token.
    if marked or bind.scalar(sa.text("SELECT count(*) FROM line_users")):
        raise RuntimeError("0024 cannot be undone: restore the backup taken before the upgrade.")
