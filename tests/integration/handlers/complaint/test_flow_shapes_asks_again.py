"""A villager who asks back, again and again (issue 16): a different question at several
steps, the same question twice in a row (Isan, then the same in Thai, then word for word),
and questions between answers. Every question is answered, none is taken as the answer, and
the complaint is filed with what was meant, within the held-out driver's limits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks
from tests.integration.handlers.complaint.heldout_personas_round3 import (
    CAN_WITHDRAW,
    DAYS,
    FREE,
    NAME_OPTIONAL,
    NOT_TOLD,
)
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

ASKS_AGAIN = Villager(
    "แม่บัวผัน: asks back at consent, identity and summary, twice the same, Isan and Thai",
    {
        "story": [asks("แจ้งแล้วเสียเงินบ่คะ", FREE), "แจ้งค่ะ"],
        "none": ["แจ้งเรื่องค่ะ"],
        "consent": [
            asks("ปลัดสิฮู้บ่ว่าข้อยเป็นคนแจ้ง", NOT_TOLD),
            asks("ปลัดจะรู้ไหมคะว่าใครแจ้ง", NOT_TOLD),
            "ยินยอมค่ะ",
        ],
        "kind": ["เรียกเงิน"],
        "agency": ["อบต.ตาจงค่ะ"],
        "official": ["ปลัด อบต.ค่ะ"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["ตาจงค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": ["ปลัดเรียกเงินค่าเซ็นใบรับรองคนละ 500 บาทค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": [
            asks("ต้องบอกชื่อจริงบ่คะ", NAME_OPTIONAL),
            asks("ต้องบอกชื่อจริงบ่คะ", NAME_OPTIONAL),
            "ไม่บอกชื่อค่ะ",
        ],
        "summary": [
            asks("ส่งแล้วถอนได้บ่คะ", CAN_WITHDRAW),
            asks("กี่วันถึงจะรู้ผลคะ", DAYS),
            "ส่งเลยค่ะ",
        ],
    },
    Meant(
        kind=("bribery",),
        official=("ปลัด",),
        district="3106",
        subdistrict="310603",
        date=("2026-12-03", "2026-12-03"),
        story=("500",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    opening=("ปลัด อบต.ตาจง อ.ละหานทราย เรียกเงินค่าเซ็นใบรับรองคนละ 500 บาท เมื่อวานนี้ค่ะ",),
    yes="ใช่ค่ะ",
)


@pytest.fixture
def clock():
    """Friday 4 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


def test_a_villager_who_keeps_asking_back_files_what_she_meant(chat, services, clock):
    files_what_they_meant(ASKS_AGAIN, chat, services, clock)
