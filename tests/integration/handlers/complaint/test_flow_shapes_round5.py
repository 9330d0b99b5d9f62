"""Round-5 shapes of a conversation (issue 16), written after the round-5 diag people but with
other words, people and places: answers that are an emoji alone, a greeting between the bubbles
of a story, and a district whose town gives its name to one of its sub-districts. Each person
is played by the held-out driver and must file within its limits with what they meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks
from tests.integration.handlers.complaint.heldout_personas_round3 import FREE, NOT_TOLD
from tests.integration.handlers.complaint.personas import photo
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

EMOJI_ANSWERS = Villager(
    "น้องฝน: answers with an emoji alone wherever a yes, a no or 'that's my photo' will do",
    {
        "story": ["👍"],
        "consent": ["👍"],
        "kind": ["เก็บเงินค่าฉีดวัคซีน 💉"],
        "agency": ["รพ.สต.ตาจง 🏥"],
        "official": ["เจ้าหน้าที่ รพ.สต. ผู้หญิง 👩"],
        "district": ["ละหานทราย 📍"],
        "subdistrict": ["ตาจง"],
        "when": ["เมื่อวานค่ะ 📅"],
        "what": ["เจ้าหน้าที่เก็บเงินค่าวัคซีนเด็กคนละ 200 บาท ทั้งที่วัคซีนฟรี ไม่มีใบเสร็จค่ะ 😠"],
        "what_more": ["ไม่มีแล้วค่ะ 🙏"],
        "evidence": [photo(), "📷"],
        "witnesses": ["แม่ ๆ ที่พาลูกไปฉีดวันนั้นค่ะ 👶"],
        "reported": ["❌"],
        "identity": ["🤐"],
        "summary": ["👍"],
    },
    Meant(
        kind=("bribery",),
        agency=("รพ.สต.ตาจง",),
        official=("เจ้าหน้าที่",),
        district="3106",
        subdistrict="310603",
        date=("2026-12-03", "2026-12-03"),
        story=("วัคซีน",),
        witnesses="แม่",
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(
        "เจ้าหน้าที่ รพ.สต.ตาจง เก็บเงินค่าฉีดวัคซีนเด็ก 💉",
        "สวัสดีค่ะ 🙏",
        "คนละ 200 บาททุกคน ไม่มีใบเสร็จค่ะ 😠",
    ),
    yes="👍",
)

HEADMAN_ASKS_FIRST = Villager(
    "ผู้ใหญ่สมาน: two questions first, then his district, whose town is also a sub-district",
    {
        "none": ["ผมมีเรื่องจะร้องเรียนครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": [
            asks("แจ้งแล้วต้องเสียเงินไหมครับ", FREE),
            asks("นายก อบต. จะรู้ไหมครับว่าผมแจ้ง", NOT_TOLD),
            "ยินยอมครับ",
        ],
        "kind": ["นายกฯ เอาปุ๋ยที่ได้แจกฟรีไปขายครับ", "โกงเงิน"],
        "agency": ["อบต.หนองคูครับ"],
        "official": ["นายก อบต.ครับ"],
        "district": ["ลำปลายมาศครับ"],
        "subdistrict": ["หนองคูครับ"],
        "when": ["เดือนที่แล้วครับ"],
        "what": ["ปุ๋ยที่รัฐแจกให้ชาวนาฟรี 200 กระสอบ นายกเอาไปขายร้านในตลาดกระสอบละ 500 ครับ"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ชาวนาในหมู่ 3 รู้กันทั้งหมู่ครับ"],
        "reported": ["ยังไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ถูกต้องครับ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery"),
        official=("นายก",),
        district="3110",
        subdistrict="311002",
        date=("2026-11-01", "2026-11-30"),
        story=("ปุ๋ย",),
        witnesses="หมู่ 3",
        reported=False,
        anonymous=True,
    ),
    yes="ใช่ครับ",
)

SHAPES = {"emoji_answers": EMOJI_ANSWERS, "headman_asks_first": HEADMAN_ASKS_FIRST}


@pytest.fixture
def clock():
    """Friday 4 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("villager", list(SHAPES.values()), ids=list(SHAPES))
def test_each_round5_shape_files_what_was_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)


def test_a_greeting_between_bubbles_keeps_the_story(chat, services, clock):
    """ "สวัสดีครับ" in the middle of a telling: no menu, and both bubbles become the details."""
    chat.follow()
    chat.say("ครูใหญ่โรงเรียนบ้านยางเก็บเงินค่าแบบเรียนเด็กคนละ 300 บาทครับ")
    reply = chat.say("สวัสดีครับ 🙏")
    assert "เล่าต่อได้เลย" in str(reply)
    assert "เลือกจากปุ่มด้านล่าง" not in str(reply)
    chat.say("ทั้งที่หนังสือเรียนรัฐให้ฟรีทุกคน ไม่มีใบเสร็จเลยครับ")
    chat.say("แจ้ง")
    told = draft_of(services).data.get("description") or ""
    assert "แบบเรียน" in told and "ใบเสร็จ" in told


def test_a_greeting_after_asking_to_tell_still_asks_for_the_story(chat, services, clock):
    """ "ขอเล่าเรื่องหน่อยค่ะ", then "สวัสดีค่ะ": still asked to tell, and the next line is the
    story offered to be filed (not the menu)."""
    chat.follow()
    chat.say("ขอเล่าเรื่องหน่อยค่ะ")
    reply = chat.say("สวัสดีค่ะ")
    assert "เล่ามาได้เลย" in str(reply)
    reply = chat.say("ปลัด อบต.หนองแวง เรียกเงินค่าเซ็นเอกสารขออนุญาตขุดบ่อคนละ 1,000 บาทค่ะ")
    assert "ต้องการแจ้งเรื่องนี้ไหม" in str(reply)


@pytest.mark.parametrize("typed", ["พุทไธสงครับ", "อ.พุทไธสง"])
def test_a_district_never_implies_its_namesake_sub_district(typed, chat, services, clock):
    """At the district question, the district that shares its name with a sub-district asks
    which sub-district (the town is only one of them)."""
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("เรียกเงิน")
    chat.say("สำนักงานที่ดิน")
    chat.say("เจ้าหน้าที่รังวัด")
    reply = chat.say(typed)
    draft = draft_of(services)
    assert draft.data.get("district") == "พุทไธสง"
    assert not draft.data.get("subdistrict")
    assert draft.step == "subdistrict" and "ตำบลไหน" in str(reply)
