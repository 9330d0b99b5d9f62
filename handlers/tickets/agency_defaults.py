"""The agencies a fresh installation writes to, until the network edits them.

Added on first use (not by a migration, so that a migrated database stays empty and a backup
restores into it); the network checks them and keeps them current with
`flask --app bot agencies set …` or the dashboard's agencies page.
"""

from __future__ import annotations

from sqlalchemy import select

from storage.db import insert_unless_exists
from storage.referral_models import ReferralAgency
from storage.uow import UnitOfWork

CITY_HALL = "ศาลากลางจังหวัดบุรีรัมย์ ถนนหลักเมือง ตำบลในเมือง อำเภอเมืองบุรีรัมย์ จังหวัดบุรีรัมย์ 31000"
DEFAULTS = (
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
)


def ensure_defaults(uow: UnitOfWork) -> None:
    """Add the default rows of agencies the table does not have yet (never overwrites)."""
    have = set(uow.session.scalars(select(ReferralAgency.code)))
    for code, name, addressee, address in DEFAULTS:
        if code in have:
            continue
        values = {
            "code": code,
            "name": name,
            "addressee": addressee,
            "address": address,
            "active": True,
            "updated_at": uow.now(),
            "updated_by": "default",
        }
        uow.session.execute(insert_unless_exists(uow.session, ReferralAgency, values, ["code"]))
