"""Fear and one's own legal risk asked in words (issue 16, walk30; fixW30b's own cases, written
before the change): fear told as a withdrawal's reason has the safety answer first and the
chair told, the reason number picked kept and the words typed kept with it; "will the police
arrest me?" after filing gets an honest answer, not the after-filing text."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import OutboxMessage
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _entries, _filed

pytestmark = ONE_DATABASE


def _pressure_alerts(services) -> int:
    with services.engine.connect() as conn:
        stmt = select(OutboxMessage.id).where(OutboxMessage.purpose == "committee:pressure")
        return len(list(conn.scalars(stmt)))


def _status_notes(services, reference: str) -> str:
    return "\n".join(_entries(services, reference))


def test_fear_beside_the_reason_number_tells_the_chair_and_keeps_both(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(f"I want to withdraw {reference}, my aunt worries about trouble with the office")
    answer = texts(chat.say("1 - she got her papers back, but she is also scared"))
    assert "191" in answer or "1567" in answer, answer  # the safety answer
    # … before the reason said back to be confirmed (#16), then withdrawn on "yes"
    assert answer.index("191" if "191" in answer else "1567") < answer.index("Withdraw"), answer
    assert "withdrawn" in texts(chat.say("yes"))
    assert _pressure_alerts(services) == 1
    notes = _status_notes(services, reference)
    assert "solved" in notes, notes  # 1 = sorted out, kept as picked
    assert "she got her papers back" in notes and "trouble with the office" in notes, notes


def test_fear_in_thai_withdrawal_reason_is_answered_with_safety_first(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(f"ขอถอนเรื่อง {reference} ค่ะ")
    answer = texts(chat.say("กลัวเขาเล่นงานค่ะ ไม่อยากมีเรื่อง"))
    assert "191" in answer or "1567" in answer, answer
    assert _pressure_alerts(services) == 1


def test_a_withdrawal_sorted_out_without_fear_tells_no_one(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say(f"ขอถอนเรื่อง {reference} ค่ะ")
    answer = texts(chat.say("1"))
    assert "191" not in answer, answer
    assert _pressure_alerts(services) == 0


def test_will_the_police_arrest_me_after_filing_is_answered_honestly(chat, services):
    _filed(chat, services)
    answer = texts(chat.say("แล้วตำรวจจะมาจับกูไหม หลาน"))
    assert "ไม่ผิด" in answer and "ตำรวจ" in answer, answer
    assert "รหัสติดตาม" not in answer, answer


def test_will_i_get_sued_is_answered_in_english(chat, services):
    _filed(chat, services)
    answer = texts(chat.say("can I get sued for defamation if I report him?"))
    assert "good faith" in answer, answer


def _named_to_summary(chat, story: str) -> None:
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.say("อบต.หนองโบสถ์")
    chat.say("นายก อบต.")
    chat.say("นางรอง")
    chat.say("หนองโบสถ์")
    chat.say("14 มี.ค. 2568")
    chat.say(story)
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")
    chat.tap("a=identity:named")
    chat.say("สมหญิง รักดี")
    chat.say("081-234-5678")


def test_asking_to_stay_unnamed_at_the_summary_makes_it_anonymous(chat):
    _named_to_summary(chat, "มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    answer = texts(chat.say("ขอไม่บอกชื่อได้ไหมคะ ส่งแบบไม่ระบุชื่อ"))
    assert "ไม่ระบุชื่อ" in answer and "เบอร์โทร" in answer, answer  # said back
    assert "สมหญิง" not in answer and "081" not in answer, answer  # kept out of the summary
    assert "อาจทำให้รู้ว่าเป็นท่าน" not in answer, answer  # nothing in the story points to her


def test_a_story_that_tells_who_the_teller_is_is_flagged_when_unnamed(chat):
    _named_to_summary(chat, "ผมเป็น อสม. บ้านโคกกลาง เห็นนายกเอางบถนนไปให้ญาติรับเหมา 2 ล้านบาท")
    answer = texts(chat.say("ขอไม่บอกชื่อได้ไหมครับ"))
    assert "อาจทำให้รู้ว่าเป็นท่าน" in answer and "อสม." in answer, answer


def test_asking_whether_a_name_is_needed_at_the_summary_changes_nothing(chat):
    _named_to_summary(chat, "มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    answer = texts(chat.say("ต้องบอกชื่อไหมคะ"))
    assert "ไม่อยู่ในเรื่องแล้ว" not in answer, answer


def test_money_still_collected_at_the_date_question_is_not_about_data_kept(chat):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.say("สภ.นางรอง")
    chat.say("ตำรวจ")
    chat.say("นางรอง")
    chat.say("นางรอง")
    answer = texts(chat.say("สงกรานต์ปีนี้ ก็ยังเก็บอยู่ หลานจะช่วยได้ไหม"))
    assert "ลบเอง" not in answer and "ลบข้อมูลของฉัน" not in answer, answer
