"""Issue #17 what a copy reads of evidence: a document's file name (LINE's fileName, which
may name the complainant or the body they complain of) and its exact size (one document
sent to a named and to an anonymous ticket pairs them) are sealed (storage.types SealedName,
SealedSize). `size_bytes` becomes text. Without the keys the stored values stay plain, read
as they are, until `keys rotate` seals them. Downgraded (given the keys), they are opened
again and the size is a number again.

Revision ID: 0048
Revises: 0047
"""

from alembic import context, op
import sqlalchemy as sa

from storage import bulk_rewrite
from storage.types import TOKEN_START

revision = "0048"
down_revision = "0047"
branch_labels = None
depends_on = None

BATCH = 1000


def _evidence(size_type) -> sa.Table:
    """The stored text as it is (the model's types would seal it again, with no vault here)."""
    return sa.table(
        "evidence",
        sa.column("id", sa.Integer()),
        sa.column("file_name", sa.Text()),
        sa.column("size_bytes", size_type),
    )


def _rewrite(table: sa.Table, change) -> None:
    """Every evidence row with a name or a size, both passed through `change`, a batch at a
    time (set-based: a store may hold many files)."""
    bind = op.get_bind()
    stmt = sa.select(table.c.id, table.c.file_name, table.c.size_bytes).where(
        sa.or_(table.c.file_name.is_not(None), table.c.size_bytes.is_not(None))
    )
    rows = bind.execute(stmt).all()
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        changed = [
            {"id": r.id, "file_name": change(r.file_name), "size_bytes": change(r.size_bytes)}
            for r in batch
        ]
        bulk_rewrite.update_many(bind, table, changed)


def _seal(vault):
    def seal(value):
        if value is None or str(value).startswith(TOKEN_START):
            return value
        return vault.encrypt(str(value))

    return seal


def _open(vault):
    def open_(value):
        if value is None or not str(value).startswith(TOKEN_START):
            return value
        return vault.decrypt(value)

    return open_


def upgrade() -> None:
    with op.batch_alter_table("evidence") as batch:
        batch.alter_column(
            "size_bytes",
            type_=sa.Text(),
            existing_type=sa.Integer(),
            postgresql_using="size_bytes::text",
        )
    vault = context.config.attributes.get("vault")
    if vault is not None:
        _rewrite(_evidence(sa.Text()), _seal(vault))


def downgrade() -> None:
    vault = context.config.attributes.get("vault")
    sealed = sa.text(
        "SELECT id FROM evidence WHERE file_name LIKE :start OR size_bytes LIKE :start"
    )
    if op.get_bind().execute(sealed, {"start": TOKEN_START + "%"}).first() is not None:
        if vault is None:
            raise RuntimeError(
                "Migration 0048 opens sealed file names and sizes: it needs the keys."
            )
        _rewrite(_evidence(sa.Text()), _open(vault))
    with op.batch_alter_table("evidence") as batch:
        batch.alter_column(
            "size_bytes",
            type_=sa.Integer(),
            existing_type=sa.Text(),
            postgresql_using="size_bytes::integer",
        )
