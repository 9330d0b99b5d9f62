"""#16: a complaint filed for someone else says so: who they are to the person filing
(`behalf_of_enc`, "พ่อ") and the affected person's name (`affected_name_enc`), both sealed as
the complainant's name is; `complainant_name_enc`/`complainant_phone_enc` stay the contact's.

Revision ID: 0042
Revises: 0041
"""

import sqlalchemy as sa
from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("behalf_of_enc", sa.Text(), nullable=True))
        batch.add_column(sa.Column("affected_name_enc", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("affected_name_enc")
        batch.drop_column("behalf_of_enc")
