"""Northern Khmer in Buriram (issue 16): a villager of Ban Kruat who types Thai mixed with
the Khmer everyday words (yes "จ๊ะ/บาท", none "อ็อตเมียน", not yet "อ็อตทัน", money "ลุย"),
written with other words, people and places than the round-5 diag grandmother. Played by the
held-out driver: files within its limits with what was meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

KHMER_GRANDFATHER = Villager(
    "ตาสอน: Northern Khmer words in his Thai, Ban Kruat, money asked for a relief bag",
    {
        "none": ["ตาจะแจ้งเรื่อง", "แจ้งเรื่อง"],
        "story": ["แจ้ง"],
        "consent": ["จ๊ะ", "ยินยอม"],
        "kind": ["ผู้ใหญ่บ้านซอมลุยตา", "เรียกเงิน"],
        "agency": ["ผู้ใหญ่บ้าน หมู่ 5 สายตะกู"],
        "official": ["ผู้ใหญ่บ้าน หมู่ 5"],
        "district": ["บ้านกรวด"],
        "subdistrict": ["สายตะกู"],
        "when": ["อาทิตย์ที่แล้ว"],
        "what": ["ตาไปรับถุงยังชีพน้ำท่วม ผู้ใหญ่บ้านซอมลุยห้าร้อย ตาอ็อตเมียนลุยโอย เขาก็อ็อตโอยถุง"],
        "what_more": ["อ็อตเมียนเตียต", "ไม่มี"],
        "evidence": ["อ็อตเมียนรูป", "ไม่มี"],
        "witnesses": ["อ็อตเมียนเนียะณา", "ไม่มี"],
        "reported": ["อ็อตทัน", "ยังไม่เคย"],
        "identity": ["อ็อตบอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["ตรั๊วเหย", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        official=("ผู้ใหญ่บ้าน",),
        district="3108",
        subdistrict="310805",
        date=("2026-11-23", "2026-11-29"),
        story=("ห้าร้อย",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="บาท",
)


@pytest.fixture
def clock():
    """Friday 4 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


def test_a_khmer_speaking_villager_files_what_he_meant(chat, services, clock):
    files_what_they_meant(KHMER_GRANDFATHER, chat, services, clock)


@pytest.mark.parametrize("yes", ["บาท", "จ๊ะ", "บาท ยินยอม"])
def test_khmer_yes_gives_consent(yes, chat, services, clock):
    """ "บาท" and "จ๊ะ" alone are yes at the consent question: the next question is asked."""
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say(yes)
    assert draft_of(services).step == "kind"


def test_a_sum_in_baht_is_no_consent(chat, services, clock):
    """ "200 บาท" at the consent question is money, not yes: consent is still asked."""
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("200 บาท")
    assert draft_of(services).step == "consent"
