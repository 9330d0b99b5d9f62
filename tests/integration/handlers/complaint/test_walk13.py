"""What walk13's villagers said is heard as meant (issue 18, fixW13): a checkpoint or "she was
short-changed too" is no threat and stays in the story; cash withdrawn is no withdrawal of a
complaint; every message of a story gets an answer; corrections are applied and said back."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

SAFETY = "191"
#: Plain answers to the questions before the witnesses question.
ANSWERS = {
    "kind": "1",
    "official": "ผู้ใหญ่บ้าน",
    "district": "ประโคนชัย",
    "subdistrict": "ตะโกตาพิ",
    "when": "เดือนที่แล้ว",
    "what_more": "ไม่มี",
    "evidence": "ไม่มี",
}
OPENING = "พี่ครับ ผมขับวินมอไซ อยู่ลำปลายมาศ"


def test_a_checkpoint_in_a_story_is_no_threat_and_stays_in_the_story(chat, services):
    chat.say(OPENING)
    reply = texts(chat.say("เมื่อวานตอนเย็นๆ ประมาณ ๕ โมง มีด่านตรวจตรงสี่แยกหน้าโรงเรียน"))
    assert SAFETY not in reply, reply
    chat.say("ตำรวจเรียกผมจอด บอกว่าจะปรับ ๕๐๐ แต่ถ้าจ่ายสด ๒๐๐ ไม่ต้องออกใบสั่ง")
    chat.say("แจ้งครับ")
    draft = draft_of(services)
    assert "ด่านตรวจ" in draft.data.get("description", ""), draft.data.get("description")
    assert not draft.data.get("_threats"), draft.data.get("_threats")


def test_every_bubble_of_a_story_gets_an_answer(chat, services):
    chat.say(OPENING)
    for said in (
        "ตำรวจเรียกผมจอด บอกว่าไม่มีใบขับขี่ จะปรับ ๕๐๐ แต่ถ้าจ่ายสด ๒๐๐ ไม่ต้องออกใบสั่ง",
        "ผมมีใบขับขี่นะครับ แต่ลืมไว้บ้าน เลยต้องจ่ายไป ๒๐๐ ไม่ได้ใบเสร็จ",
        "วินคนอื่นก็โดนกันทุกอาทิตย์เลยครับ",
        "ยายว่า 'เอิง' แปลว่าใช่ครับ แจ้งครับ",
    ):
        assert texts(chat.say(said)).strip(), f"no answer to {said!r}"


def test_also_short_changed_at_the_witnesses_question_is_a_witness_not_a_threat(chat, services):
    chat.say("ผู้ใหญ่บ้านหักเงินเบี้ยคนแก่ของยาย เดือนละ 100 บาท บอกว่าเป็นค่าดำเนินการ")
    chat.say("แจ้งครับ")
    chat.say("ยินยอมครับ")
    answer_until(chat, services, "witnesses", ANSWERS)
    reply = texts(chat.say("ยายบอกว่าคนแก่ในหมู่บ้านโดนเหมือนกันหมด ป้าทองใบก็โดนครับ"))
    assert SAFETY not in reply, reply
    draft = draft_of(services)
    assert "ทองใบ" in (draft.data.get("witnesses") or ""), draft.data
    assert not draft.data.get("_threats")


def test_cash_withdrawn_in_a_story_is_no_withdrawal_and_the_story_is_kept(chat, services):
    chat.follow()
    reply = texts(
        chat.say(
            "เรื่องคือ ผอ.รพ.สต.บ้านหนองบัว ให้พวกเราเซ็นชื่อรับค่าตอบแทนนอกเวลา "
            "แต่เงินเข้าบัญชีแล้วต้องถอนไปคืนให้เขาครึ่งหนึ่งทุกเดือนค่ะ"
        )
    )
    assert "ถอนได้" not in reply, reply
    chat.say("แจ้งค่ะ")
    draft = draft_of(services)
    assert draft is not None and "ค่าตอบแทนนอกเวลา" in draft.data.get("description", "")


def test_not_withdrawing_is_no_withdrawal(chat, services):
    chat.follow()
    reply = texts(chat.say("ไม่ได้จะถอนเรื่องค่ะ จะแจ้งเรื่องใหม่ค่ะ"))
    assert "ถอนได้" not in reply, reply
    assert draft_of(services) is not None or "แจ้ง" in reply, reply


THREAT = "เมื่อคืนมีคนมาตะโกนหน้าบ้านว่าถ้ายังแจ้งอยู่ระวังบ้านจะไฟไหม้"


def test_a_threat_told_in_a_story_keeps_the_file_it_buttons_and_reaches_the_filing(chat, services):
    chat.say("ผู้ใหญ่บ้านหักเงินเบี้ยคนแก่ของแม่ เดือนละ 100 บาท บอกว่าเป็นค่าดำเนินการ")
    reply = chat.say(THREAT)
    assert SAFETY in texts(reply)
    assert "แจ้งเรื่องนี้" in texts(reply[-1:]), reply[-1]  # filing it is still one tap away
    chat.say("แจ้งค่ะ")
    draft = draft_of(services)
    assert any("ไฟไหม้" in said for said in draft.data.get("_threats", [])), draft.data
    assert "ไฟไหม้" not in draft.data.get("description", "")


def test_a_line_read_as_a_threat_then_said_to_be_none_joins_the_story(chat, services):
    chat.say("ผู้ใหญ่บ้านหักเงินเบี้ยคนแก่ของแม่ เดือนละ 100 บาท บอกว่าเป็นค่าดำเนินการ")
    chat.say(THREAT)
    reply = texts(chat.say("ไม่ได้อันตรายค่ะ หมายถึงเรื่องเก่าที่เคยเกิด"))
    assert SAFETY not in reply and "แจ้ง" in reply, reply
    chat.say("แจ้งค่ะ")
    draft = draft_of(services)
    assert "ไฟไหม้" in draft.data.get("description", ""), draft.data.get("description")


FARMER = (
    "ผมทำนาอยู่ อ.สตึก เจ้าหน้าที่เกษตรอำเภอเรียกเก็บเงินชาวนาคนละ 300 บาท "
    "ถึงจะลงทะเบียนรับเงินช่วยเหลือให้ ตอนเกี่ยวข้าวเดือนที่แล้วครับ"
)


def test_not_the_recorded_district_but_the_one_said_before_is_a_correction(chat, services):
    chat.say(FARMER)
    chat.say("แจ้งครับ")
    reply = texts(chat.say("ไม่ใช่สตึกครับ บอกแล้วว่าคูเมือง"))
    assert "คูเมือง" in reply and "ยินยอมไหม" in reply, reply
    assert "ว่า สตึก" not in reply, reply
    assert draft_of(services).data.get("district") == "คูเมือง"


def test_a_second_correction_is_said_back_like_the_first(chat, services):
    chat.say(FARMER)
    chat.say("แจ้งครับ")
    chat.say("เปลี่ยนอำเภอเป็นคูเมืองครับ")
    chat.say("ยินยอมครับ")
    answers = {**ANSWERS, "subdistrict": "หนองขมาร"}
    answer_until(chat, services, "evidence", answers)
    reply = texts(chat.say("ขอโทษครับ อำเภอผิดอีกแล้ว ที่ถูกคือแคนดง ต.หัวฝาย"))
    assert "แคนดง" in reply, reply
    draft = draft_of(services)
    assert (draft.data.get("district"), draft.data.get("subdistrict")) == ("แคนดง", "หัวฝาย")


def test_a_date_with_a_slip_and_a_thai_digit_is_read(chat, services):
    chat.say(FARMER)
    chat.say("แจ้งครับ")
    chat.say("ยินยอมครับ")
    answer_until(chat, services, "when", ANSWERS, reached=lambda d: "occurred_on" in d.data)
    chat.say("แก้วันที่ครับ")
    chat.say("เมือวานครับ ตอน๕โมงเย็น")
    assert draft_of(services).data.get("occurred_on"), draft_of(services).data


def test_none_with_its_reason_at_the_evidence_question_goes_on(chat, services):
    chat.say(FARMER)
    chat.say("แจ้งครับ")
    chat.say("ยินยอมครับ")
    # the farmer's district is สตึก: ANSWERS' sub-district of ประโคนชัย would be refused
    answer_until(chat, services, "evidence", {**ANSWERS, "subdistrict": "ไม่รู้"})
    reply = chat.say("ไม่มีคับ เขาไม่ให้ใบเสร็จ")
    assert draft_of(services).step != "evidence", texts(reply)
    assert "มีรูป" not in texts(reply), reply  # not asked again


def test_a_name_and_phone_given_with_the_choice_are_not_asked_again(chat, services):
    chat.say(FARMER)
    chat.say("แจ้งครับ")
    chat.say("ยินยอมครับ")
    answers = {**ANSWERS, "subdistrict": "ไม่รู้", "witnesses": "ไม่มี", "reported": "ยังไม่เคย"}
    answer_until(chat, services, "identity", answers)
    reply = texts(chat.say("บอกชื่อครับ สมชาย ดีมาก 089 555 1234"))
    assert "พิมพ์ชื่อ" not in reply and "เบอร์โทร" not in reply.split("ผู้แจ้ง")[0], reply
    draft = draft_of(services)
    assert draft.step == "summary", draft.step
    with services.uow() as uow:
        assert uow.vault.decrypt(draft.data["name_enc"]) == "สมชาย ดีมาก"
        assert "5551234" in uow.vault.decrypt(draft.data["phone_enc"])


def test_a_district_corrected_in_a_later_bubble_of_the_story_is_the_one_kept(chat, services):
    chat.say(FARMER)
    chat.say("อ้อ ขอโทษครับ ไม่ใช่สตึก ที่นาอยู่คูเมือง")
    reply = texts(chat.say("แจ้งครับ"))
    assert "คูเมือง" in reply, reply
    assert draft_of(services).data.get("district") == "คูเมือง"
