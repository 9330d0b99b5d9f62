"""A villager who asks back, again and again (issue 16): a different question at several
steps, the same question twice in a row (Isan, then the same in Thai, then word for word),
and questions between answers. Every question is answered, none is taken as the answer, and
the complaint is filed with what was meant, within the held-out driver's limits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import (
    Meant,
    Villager,
    asks,
    play,
)
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
from tests.integration.handlers.complaint.test_heldout_personas import wrong_fields

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

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


#: Who sees it, is it safe, when evidence may come: answered wherever they are asked.
WHO_SEES = r"ประธาน|คณะกรรมการ|committee|chair"
SAFE = r"ปลอดภัย|191|1567|ไม่.{0,30}(บอก|รู้|เปิดเผย)|safe"
LATER = r"ทีหลัง|ภายหลัง|later|ส่ง.{0,20}ได้"

#: The same person at the free-text steps too, with no story told first: every step is asked,
#: so the count of messages is not the held-out driver's (its 16 fit few questions back).
ASKS_AT_EVERY_TURN = Villager(
    "พ่อใหญ่คำ: a question back between answers at free-text steps, the same one twice",
    {
        "none": ["แจ้งเรื่อง"],
        "consent": [asks("ใครเห็นเรื่องที่ข้อยแจ้งแหน่", WHO_SEES), "ยินยอม"],
        "kind": [asks("แจ้งแล้วปลอดภัยบ่", SAFE), asks("แจ้งแล้วปลอดภัยไหมครับ", SAFE), "เรียกเงิน"],
        "agency": ["สำนักงานที่ดินครับ"],
        "official": [asks("ต้องบอกชื่อคนทำไหมครับ", NAME_OPTIONAL), "เจ้าหน้าที่รังวัดครับ"],
        "district": ["ประโคนชัย"],
        "subdistrict": ["ไพศาล"],
        "when": [
            asks("จักมื้อสิฮู้ผล", DAYS),
            asks("นานแค่ไหนถึงจะรู้ผลครับ", DAYS),
            "เดือนที่แล้วครับ",
        ],
        "what": [
            asks("ไผสิเห็นเรื่องนี้แหน่", WHO_SEES),
            asks("ใครเห็นเรื่องนี้บ้างครับ", WHO_SEES),
            "เจ้าหน้าที่รังวัดเรียกเงินค่ารังวัดที่ดินเพิ่ม 3,000 บาท ไม่ให้ใบเสร็จครับ",
        ],
        "what_more": ["ไม่มีแล้วครับ"],
        "evidence": [asks("ส่งรูปทีหลังได้บ่", LATER), asks("ส่งรูปทีหลังได้บ่", LATER), "ไม่มีครับ"],
        "witnesses": ["เมียผมไปด้วยครับ"],
        "reported": [asks("แจ้งแล้วเสียเงินไหมครับ", FREE), "ยังไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": [asks("ส่งแล้วถอนได้ไหมครับ", CAN_WITHDRAW), "ส่งเลยครับ"],
    },
    Meant(
        kind=("bribery",),
        official=("รังวัด",),
        district="3107",
        subdistrict="310713",
        date=("2026-11-01", "2026-11-30"),
        story=("รังวัด",),
        witnesses="เมีย",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)


@pytest.fixture
def clock():
    """Friday 4 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


def test_a_villager_who_keeps_asking_back_files_what_she_meant(chat, services, clock):
    files_what_they_meant(ASKS_AGAIN, chat, services, clock)


def test_questions_back_between_answers_are_answered_never_kept(chat, services, clock):
    """Thirteen questions back among the answers: each answered, none stored as an answer,
    at most one answer refused, and the ticket holds what was meant."""
    out = play(ASKS_AT_EVERY_TURN, chat, services)
    log = "\n".join(f"[{s}] {m[:40]!r} -> {r[:100]!r}" for s, m, r in out.log)
    print(f"\nsent={out.sent} refused={out.refused}\n{log}")
    assert out.filed, f"stuck at {out.stuck_at}\n{log}"
    assert not out.unanswered, f"{out.unanswered}\n{log}"
    assert not out.kept_aside, f"{out.kept_aside}\n{log}"
    assert len(out.refused) <= 1, f"{out.refused}\n{log}"
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert not wrong_fields(ASKS_AT_EVERY_TURN.meant, ticket, uow.vault, 0), log
