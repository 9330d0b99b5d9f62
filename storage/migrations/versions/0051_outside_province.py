"""Issue #16 "a villager understood": `tickets.outside_province`, the province (its Thai name)
of a place outside this one that the villager chose to file anyway, for the committee's badge
("นอกจังหวัดบุรีรัมย์: ศรีสะเกษ"). Before, the only trace was a mark the bot appended to the place
as said: "อ.เมืองศรีสะเกษ (นอกจังหวัดบุรีรัมย์: จ.ศรีสะเกษ)". The upgrade reads that mark into the
column in one UPDATE (the place keeps its words: the record sealed them); the downgrade writes
the mark back where the place lacks it. The rows changed (only those marked: a few) are sealed
again when their record was whole (`ticket_chain.reseal_around`), as a column with a value for
old rows needs.

Revision ID: 0051
Revises: 0050
"""

import os

from alembic import context, op
import sqlalchemy as sa

revision = "0051"
down_revision = "0050"
branch_labels = None
depends_on = None

#: The mark the bot appended before this revision, and how it is found in SQL.
MARKED = "place_text LIKE '%(นอกจังหวัด%: จ.%)%'"
#: The province in the mark: after "(นอกจังหวัด…: จ." up to its closing bracket.
_PROVINCE = {
    "postgresql": r"substring(place_text from '\(นอกจังหวัด[^:()]*: จ\.([^()]+)\)')",
    # SQLite has no regular expressions: the text from the mark's start, then after its "จ."
    "sqlite": (
        "rtrim(substr(substr(place_text, instr(place_text, '(นอกจังหวัด')),"
        " instr(substr(place_text, instr(place_text, '(นอกจังหวัด')), ': จ.') + 4), ') ')"
    ),
}


def _vault(bind):
    """The keys, when there are marked tickets to seal again (none on an empty database)."""
    if not bind.scalar(sa.text(f"SELECT count(*) FROM tickets WHERE {MARKED}")):
        return None
    vault = context.config.attributes.get("vault")
    if vault is None:
        raise RuntimeError(
            "Migration 0051 seals tickets again with RECORD_SEAL_KEY: run `flask --app bot db"
            " upgrade`."
        )
    _read_sealed_with(bind, vault)
    return vault


def _read_sealed_with(bind, vault) -> None:
    """Let this migration's connection read sealed columns (the ticket's language), as the
    record check reads them."""
    from storage.types import attach_vault

    attach_vault(bind, vault)


def _fill() -> None:
    bind = op.get_bind()
    province = _PROVINCE["postgresql" if bind.dialect.name == "postgresql" else "sqlite"]
    bind.execute(sa.text(f"UPDATE tickets SET outside_province = {province} WHERE {MARKED}"))


def upgrade() -> None:
    from storage import ticket_chain

    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("outside_province", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    vault = _vault(bind)
    if vault is None:
        return
    ticket_chain.reseal_around(bind, vault, sa.text(MARKED), _fill)


def _home() -> str:
    """This deployment's province, as the mark names it (BOT_PROVINCE, Buriram by default)."""
    import geothai

    found = geothai.province(os.environ.get("BOT_PROVINCE", "31").strip())
    return found.name_th if found else "บุรีรัมย์"


def _mark_and_drop() -> None:
    bind = op.get_bind()
    mark = " (นอกจังหวัด" + _home() + ": จ."
    bind.execute(
        sa.text(
            "UPDATE tickets SET place_text = coalesce(place_text, '') || :mark"
            " || outside_province || ')' WHERE outside_province IS NOT NULL"
            f" AND (place_text IS NULL OR NOT ({MARKED}))"
        ),
        {"mark": mark},
    )
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("outside_province")


def downgrade() -> None:
    from storage import ticket_chain

    bind = op.get_bind()
    there = sa.text("SELECT count(*) FROM tickets WHERE outside_province IS NOT NULL")
    vault = context.config.attributes.get("vault") if bind.scalar(there) else None
    if bind.scalar(there) and vault is None:
        raise RuntimeError(
            "Migration 0051's downgrade seals tickets again with RECORD_SEAL_KEY: run"
            " `flask --app bot db downgrade`."
        )
    if vault is None:
        _mark_and_drop()
        return
    _read_sealed_with(bind, vault)
    only = sa.text("outside_province IS NOT NULL")
    ticket_chain.reseal_around(bind, vault, only, _mark_and_drop)
