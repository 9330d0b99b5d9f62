"""What a tester found walking the simulator as villagers (issue 18): English all the way,
withdrawing by typing, family named as witnesses, threats answered alone, "already said"."""

from __future__ import annotations

import re

from tests.conftest import ONE_DATABASE
from tests.factories import texts

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

THAI = re.compile(r"[\u0E00-\u0E7F]")
SAFETY = ("191", "safety")


def _file_in_english(chat) -> list[str]:
    """A whole filing typed in English; every reply's text, in order."""
    chat.follow()
    said = [
        "Hi, English please",
        "I want to report",
        "yes I agree",
        "1",
        "Lahan Sai SAO",
        "the deputy chief",
        "Lahan Sai",
        "Lahan Sai",
        "from the 21st to the 30th of November 2026",
        "He wanted 3000 baht before he would sign my house permit.",
        "that is all",
        "nobody",
        "no",
        "anonymous",
    ]
    return [texts(chat.say(line)) for line in said]


def test_an_english_filing_shows_no_thai(chat):
    replies = _file_in_english(chat)
    for number, reply in enumerate(replies):
        assert not THAI.search(reply), f"reply {number}: {reply}"
    summary = replies[-1]
    assert "Lahan Sai" in summary
    assert "Nov" in summary and "2026" in summary


def test_withdrawing_while_filing_cancels_the_draft_after_asking(chat):
    chat.follow()
    for line in ("แจ้งเรื่อง", "ยินยอม", "เรียกรับสินบน"):
        chat.say(line)
    asked = texts(chat.say("ไม่อยากแจ้งต่อแล้ว ขอถอนเรื่องนะคะ"))
    assert "ยกเลิก" in asked and "ข้อ" not in asked.split("\n")[0]
    assert "ยกเลิก" in texts(chat.say("ใช่ค่ะ"))
    again = texts(chat.say("ยังไม่แจ้งต่อ ขอถอนเรื่องก่อนค่ะ กลัวเรื่องยาว"))
    assert "กรอกค้างไว้" not in again


def test_a_threat_beside_a_withdrawal_gets_both(chat):
    chat.follow()
    _file_a_complaint(chat)
    answer = texts(chat.say("ขอถอนเรื่องที่แจ้งไปค่ะ กลัวเขาจะทำร้ายลูก"))
    assert "191" in answer
    assert "ยังไม่เข้าใจ" not in answer
    assert "ถอน" in answer


def _file_a_complaint(chat) -> None:
    for line in (
        "แจ้งเรื่อง",
        "ยินยอม",
        "เรียกรับสินบน",
        "อบต.หนองกง",
        "ปลัด",
        "นางรอง",
        "หนองกง",
        "เมื่อวาน",
        "เขาเรียกเงินสามพันก่อนเซ็นใบอนุญาต",
        "ไม่มี",
        "ไม่มี",
        "ไม่เคย",
        "ไม่บอกชื่อ",
    ):
        chat.say(line)
    for _ in range(4):  # whatever else is asked, answered "no"
        if "a=summary:confirm" in chat.shown:
            break
        chat.say("ไม่มี")
    assert "BRM-" in texts(chat.tap("a=summary:confirm"))


def _to_witnesses_in_english(chat) -> None:
    chat.follow()
    for line in (
        "English",
        "I want to report",
        "yes",
        "1",
        "Nong Kong SAO",
        "the clerk",
        "Nang Rong",
        "Nong Kong",
        "yesterday",
        "He asked 500 baht to stamp my form.",
        "no more",
    ):
        chat.say(line)


def test_a_family_member_as_witness_is_no_danger(chat):
    _to_witnesses_in_english(chat)
    for witness in ("my son was standing next to me", "my mother came along with me"):
        reply = texts(chat.say(witness))
        assert "191" not in reply, witness
        chat.say("back")


def test_after_a_veiled_threat_nothing_is_taken_and_the_filing_goes_on(chat):
    chat.follow()
    for line in ("แจ้งเรื่อง", "ยินยอม", "เรียกรับสินบน", "อบต.หนองกง"):
        chat.say(line)
    asked = texts(chat.say("ไม่รู้"))  # the question now asked
    for warning, who in (
        ("ปลัดเตือนผมว่าอย่าเสือกเรื่องนี้", "ปลัด"),
        ("นายกมาเตือนว่าอย่าสอดเรื่องนี้", "นายก"),
    ):
        reply = chat.say(warning)
        assert len(reply) == 1 and "191" in reply[0]["text"], reply  # the safety answer alone
        assert who not in texts(reply)
        assert texts(chat.say("กรอกต่อ")).endswith(asked)  # the same question, nothing taken


def test_already_said_with_the_value_takes_it(chat):
    chat.follow()
    for line in ("English", "I want to report", "yes"):
        chat.say(line)
    reply = texts(chat.say("I told you already, extortion for a permit"))
    assert "Nothing is recorded" not in reply
    assert "office" in reply.lower() or "agency" in reply.lower()


def test_not_knowing_the_district_is_answered_kindly(chat):
    """ "บ่ฮู้" at the district question was told "this district is not in Buriram"."""
    chat.follow()
    for line in ("แจ้งเรื่อง", "ยินยอม", "เรียกรับสินบน", "อบต.", "ผู้ใหญ่บ้าน"):
        chat.say(line)
    answer = texts(chat.say("บ่ฮู้ค่ะ"))
    assert "ไม่พบอำเภอ" not in answer
    assert "ตำบล" in answer and "ส่งตำแหน่งที่ตั้ง" in answer
    assert "ตำบลไหน" in texts(chat.say("ประโคนชัยค่ะ"))
