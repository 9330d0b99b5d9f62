"""#21: a case's number as people say it (six digits from 2 to 9, drawn at random, unique),
given to every case made before; and the case a merged case's tickets moved into, so that
its number still leads somewhere

Revision ID: 0040
Revises: 0039
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

# As handlers.patterns.case_numbers draws them (kept here: a migration does not change).
DIGITS = "23456789"
LENGTH = 6


def _numbers(count: int) -> list[str]:
    drawn: set[str] = set()
    while len(drawn) < count:
        drawn.add("".join(secrets.choice(DIGITS) for _ in range(LENGTH)))
    return list(drawn)


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("number", sa.String(8), nullable=True))
        batch.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("number", sa.String))
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.select(cases.c.id).order_by(cases.c.id))]
    # Shuffled by the draw itself: the numbers of older cases are no smaller than newer ones'.
    for case_id, number in zip(ids, _numbers(len(ids)), strict=True):
        bind.execute(sa.update(cases).where(cases.c.id == case_id).values(number=number))
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("number", existing_type=sa.String(8), nullable=False)
        batch.create_unique_constraint("uq_cases_number", ["number"])
        batch.create_foreign_key(
            "fk_cases_merged_into_id_cases", "cases", ["merged_into_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_constraint("fk_cases_merged_into_id_cases", type_="foreignkey")
        batch.drop_constraint("uq_cases_number", type_="unique")
        batch.drop_column("merged_into_id")
        batch.drop_column("number")
