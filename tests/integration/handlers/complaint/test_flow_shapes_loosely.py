"""Answers said loosely, over a whole conversation (issue 16): consent with a form of address or
in romanised Thai with "okay", "not an office, a group" at the agency question, a lunar date, a
veiled threat told at "what happened" (answered, never kept as the story), and a romanised
place holding a weekday's short English name said when asked who did it (no date taken)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, threat
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

SAVINGS_GROUP = Villager(
    "แม่สาย: the savings group's chair takes its money; a threat to her father's cockerel",
    {
        "none": ["จะร้องเรียนเรื่องเงินกลุ่มค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยอมจ้าน้อง", "ยินยอม"],
        "kind": ["ประธานกลุ่มเอาเงินกลุ่มออมทรัพย์ไปใช้ส่วนตัวค่ะ", "โกงเงิน"],
        "agency": ["มันไม่ใช่หน่วยงานค่ะ เป็นกลุ่มออมทรัพย์ของหมู่บ้าน", "ไม่รู้"],
        "official": ["ประธานกลุ่มค่ะ"],
        "district": ["อำเภอนางรองค่ะ"],
        "subdistrict": ["ไม่ทราบค่ะ"],
        "when": ["ขึ้นแปดค่ำเดือนสิบสองค่ะ", "17 พ.ย. 2569"],
        "what": [
            threat("เดี๋ยวนะคะ มีคนส่งข้อความมาว่าไก่ชนของพ่อคงอยู่ได้อีกไม่นาน ถ้าแม่ยังไม่เลิกพูดเรื่องประธาน"),
            "ประธานกลุ่มถอนเงินกลุ่มออมทรัพย์ไปสามหมื่นบาท บอกสมาชิกว่าเอาไปฝากธนาคาร แต่สมุดบัญชีไม่มียอดเข้าเลยค่ะ",
        ],
        "what_more": ["หมดแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ", "ไม่มี"],
        "witnesses": ["เหรัญญิกกลุ่มค่ะ"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        agency=("กลุ่มออมทรัพย์ของหมู่บ้าน", "กลุ่มออมทรัพย์"),
        official=("ประธาน",),
        district="3104",
        date=("2026-11-17", "2026-11-17"),
        story=("สามหมื่น",),
        witnesses="เหรัญญิก",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ค่ะ",
)

FLOOD_LIST = Villager(
    "Dao: English first, then Latin letters; the village head of a place whose name ends 'mon'",
    {
        "none": ["I would like to report our village head", "I want to file a complaint"],
        "story": ["report please", "report"],
        "consent": ["okay yom khrap", "I agree"],
        "kind": ["bribery"],
        "agency": ["mai ru khrap", "I don't know"],
        "official": ["phu yai ban mu 3 don mon", "village head"],
        "district": ["amphoe satuek khrap", "Satuek"],
        "subdistrict": ["tambon don mon", "Don Mon"],
        "when": ["October", "October 2026"],
        "what": [
            "The village head asked every family for 500 baht to be put on the flood relief list."
        ],
        "what_more": ["nothing more"],
        "evidence": ["none"],
        "witnesses": ["my neighbour Lek"],
        "reported": ["no"],
        "identity": ["anonymous"],
        "summary": ["send"],
    },
    Meant(
        kind=("bribery",),
        district="3111",
        subdistrict="311109",
        date=("2026-10-01", "2026-10-31"),
        story=("500",),
        reported=False,
        anonymous=True,
    ),
    yes="yes",
    speaks="en",
)

SHAPES = {"savings_group": SAVINGS_GROUP, "flood_list": FLOOD_LIST}


@pytest.fixture
def clock():
    """Saturday 5 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 5, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("villager", list(SHAPES.values()), ids=list(SHAPES))
def test_each_loose_answer_files_what_was_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)
