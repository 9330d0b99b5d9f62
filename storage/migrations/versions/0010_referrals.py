"""#12 forwarding to the authorities: agencies, referrals (the agency's clock)

Revision ID: 0010
Revises: 0012
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa
import storage.types

revision = "0010"
down_revision = "0012"
branch_labels = None
depends_on = None

# Seeded so that a letter can be made at once; the network checks and keeps them up to date
# (`flask --app bot agencies set …` or the dashboard's agencies page).
CITY_HALL = "ศาลากลางจังหวัดบุรีรัมย์ ถนนหลักเมือง ตำบลในเมือง อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์ 31000"
AGENCIES = [
    (
        "pacc",
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ (สำนักงาน ป.ป.ท.)",
        "เลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ",
        "เลขที่ 99 หมู่ 4 อาคารซอฟต์แวร์ปาร์ค ถนนแจ้งวัฒนะ ตำบลคลองเกลือ อำเภอปากเกร็ด จังหวัดนนทบุรี 11120",
    ),
    (
        "nacc",
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)",
        "เลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
        "เลขที่ 361 ถนนนนทบุรี ตำบลท่าทราย อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000",
    ),
    (
        "damrongdhama",
        "ศูนย์ดำรงธรรมจังหวัดบุรีรัมย์",
        "ผู้ว่าราชการจังหวัดบุรีรัมย์",
        CITY_HALL,
    ),
    (
        "audit_office",
        "สำนักงานการตรวจเงินแผ่นดิน",
        "ผู้ว่าการตรวจเงินแผ่นดิน",
        "ซอยอารีย์สัมพันธ์ ถนนพระรามที่ 6 แขวงพญาไท เขตพญาไท กรุงเทพมหานคร 10400",
    ),
    ("other", "จังหวัดบุรีรัมย์", "ผู้ว่าราชการจังหวัดบุรีรัมย์", CITY_HALL),
]


def upgrade() -> None:
    agencies = op.create_table(
        "referral_agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("answer_working_days", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_agencies")),
        sa.UniqueConstraint("code", name=op.f("uq_referral_agencies_code")),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("agency_code", sa.String(length=32), nullable=False),
        sa.Column("agency_name", sa.Text(), nullable=False),
        sa.Column("letter_number", sa.String(length=64), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("identity_included", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("forwarded_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("agency_reference", sa.Text(), nullable=True),
        sa.Column("answer_due_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answer_summary", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_referrals_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("letter_number", name=op.f("uq_referrals_letter_number")),
    )
    op.create_index(op.f("ix_referrals_ticket_id"), "referrals", ["ticket_id"])
    op.create_index(op.f("ix_referrals_agency_code"), "referrals", ["agency_code"])
    op.create_index(op.f("ix_referrals_forwarded_at"), "referrals", ["forwarded_at"])
    op.create_index("ix_referrals_waiting", "referrals", ["answered_at", "answer_due_at"])
    stamp = datetime.now(UTC)
    op.bulk_insert(
        agencies,
        [
            {
                "code": code,
                "name": name,
                "addressee": addressee,
                "address": address,
                "answer_working_days": None,
                "active": True,
                "updated_at": stamp,
                "updated_by": "seed",
            }
            for code, name, addressee, address in AGENCIES
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_referrals_waiting", table_name="referrals")
    op.drop_index(op.f("ix_referrals_forwarded_at"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_agency_code"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_ticket_id"), table_name="referrals")
    op.drop_table("referrals")
    op.drop_table("referral_agencies")
