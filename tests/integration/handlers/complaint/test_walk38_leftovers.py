"""walk38's leftovers (fixW38b, issue #16 "a villager understood, not matched"): a post pasted at
the summary adds to the story and keeps its date; a sub-district of two districts is asked, not
guessed; two officials in one answer are both kept, whole; filing for a father is said on the
ticket; a call preference typed beside the name is not part of it; the Khmer-Thai greeting is a
greeting; "for three months now" at the when question is the last three months."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

STORY = "ผู้ใหญ่บ้านเก็บเงินค่าน้ำจากรถน้ำ อบต.หนองตาด ถังละ 200 บาท"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:400]}")
    return answer


def _at_summary(chat, services, when: str = "ไม่รู้") -> None:
    """The story first, filed anonymously with nothing more (walk38's way to the summary)."""
    chat.follow()
    for text in (STORY, "แจ้ง", "ได้", when, "ไม่มี", "ไม่มี", "ยังไม่เคย", "1"):
        _said(chat, text)
    assert draft_of(services).step == "summary"


def _decrypted(services, sealed: str | None) -> str | None:
    with services.uow() as uow:
        return uow.vault.decrypt(sealed) if sealed else None


# -- 2. a pasted post at the summary adds to the story, the date kept ----------------------
def test_a_post_pasted_at_the_summary_adds_to_the_story_and_keeps_the_date(chat, services):
    _at_summary(chat, services, when="เมื่อวาน")
    before = draft_of(services).data
    assert before.get("occurred_on") == "2026-12-06", before
    reply = _said(
        chat,
        "อันนี้โพสต์ในเฟสค่ะ ผู้ใหญ่บ้านเก็บเงินค่าน้ำถังละ 200 บาท ใครไม่จ่ายไม่ส่งน้ำให้ เก็บแบบนี้ทุกบ้านในหมู่ 5",
    )
    after = draft_of(services).data
    assert "ถังละ 200 บาท" in after.get("description", ""), after  # the story is still there
    assert "หมู่ 5" in after.get("description", ""), after  # and the post added to it
    assert after.get("occurred_on") == "2026-12-06", (after.get("occurred_on"), reply)
    assert draft_of(services).step == "summary", reply


# -- 5. a sub-district of two districts is asked, not guessed --------------------------------
@pytest.mark.parametrize(
    ("said", "tambon"),
    [("ตำบลชุมแสงค่ะ", "ชุมแสง"), ("ต.สะเดา ครับ", "สะเดา")],
)
def test_a_subdistrict_of_two_districts_is_asked(chat, services, said, tambon):
    to_step(chat, services, "district")
    reply = _said(chat, said)
    data = draft_of(services).data
    assert not data.get("district"), data  # not guessed
    assert tambon in reply and "อำเภอไหน" in reply, reply  # asked
    reply = _said(chat, "2")  # the second district offered
    data = draft_of(services).data
    assert data.get("district") and data.get("subdistrict") == tambon, (data, reply)


def test_a_district_named_in_passing_is_said_back_before_it_is_kept(chat, services):
    chat.follow()
    reply = _said(
        chat,
        "พี่สาวอยู่อำเภอสตึก แต่เรื่องนี้ผู้ใหญ่บ้านเก็บเงินค่าน้ำถังละ 200 บาท ใครไม่จ่ายไม่ส่งน้ำ",
    )
    for text in ("แจ้ง", "ได้"):
        reply += _said(chat, text)
    data = draft_of(services).data
    assert data.get("district") != "สตึก" or "สตึก" in reply, (data, reply)


# -- 6. two officials in one answer -----------------------------------------------------------
def test_two_officials_in_one_answer_are_both_kept_whole(chat, services):
    to_step(chat, services, "official")
    reply = _said(chat, "นายกอบต.สมชาย กับ ปลัดสมศักดิ์ ใจดี")
    official = draft_of(services).data.get("official") or ""
    assert "สมชาย" in official and "สมศักดิ์ ใจดี" in official, (official, reply)
    assert draft_of(services).data.get("agency") != "อบต.สมชาย", reply


# -- 7. filing for a father -------------------------------------------------------------------
def test_filing_for_a_father_is_on_the_ticket(chat, services):
    chat.follow()
    _said(chat, "แจ้งแทนพ่อค่ะ พ่อโดนเรียกเงิน")
    assert draft_of(services).data.get("behalf") == "พ่อ", draft_of(services).data
    _said(chat, "เจ้าหน้าที่ที่ดินเรียกเงินพ่อ 5000 บาท บอกว่าค่าเดินเรื่องโฉนด")
    data = draft_of(services).data
    assert data.get("behalf") == "พ่อ", data
    assert "พ่อ" in (data.get("description") or ""), data


# -- 8. a call preference beside the name -----------------------------------------------------
def test_a_call_preference_typed_with_the_name_is_not_the_name(chat, services):
    to_step(chat, services, "name")
    reply = _said(chat, "สมศรี โทรมาได้ตอนเย็น")
    data = draft_of(services).data
    assert _decrypted(services, data.get("name_enc")) == "สมศรี", reply
    assert data.get("call_ok") is True, data
    assert "โทรมาได้" not in reply, reply  # not said back as part of the name


def test_a_call_preference_at_the_phone_question_is_kept_and_the_phone_asked(chat, services):
    to_step(chat, services, "phone")
    reply = _said(chat, "อย่าโทรเวลางานนะคะ")
    data = draft_of(services).data
    assert data.get("call_ok") is not None, (data, reply)
    assert draft_of(services).step == "phone", reply
    assert "รับทราบ" in reply and "ยังไม่ถูก" not in reply, reply  # heard, not called a bad number
    reply = _said(chat, "0812345678")
    assert draft_of(services).data.get("call_ok") is not None, reply


# -- 9. the Khmer-Thai greeting -----------------------------------------------------------------
@pytest.mark.parametrize("said", ["ซัวสเด", "ซัวสะเด็ย", "ซัวสเดค่ะ"])
def test_the_khmer_thai_greeting_is_a_greeting(chat, services, said):
    chat.follow()
    reply = _said(chat, said)
    assert "สวัสดี" in reply, reply
    assert "ไม่เข้าใจ" not in reply and "ขอโทษ" not in reply, reply
    data = draft_of(services)
    assert data is None or not data.data.get("kind"), data


# -- 10. "for three months now" at the when question ---------------------------------------------
@pytest.mark.parametrize("said", ["เก็บมา3เดือนแล้ว", "เรียกเก็บมาสามเดือนแล้วค่ะ"])
def test_for_three_months_now_is_the_last_three_months(chat, services, said):
    to_step(chat, services, "when")
    reply = _said(chat, said)
    assert "7 ก.ย. – 7 ธ.ค. 2569" in reply, reply  # the last three months, said back as such
