"""walk37's leftovers (fixReg, issue #16 "a villager understood, not matched"): an allowance
skimmed said as the opener was refused at the door; a pasted Facebook post saying others saw
it was asked for witnesses again; the bot's own example, typed back, was not taken as the
answer; an answer with a question after it lost one of the two; a question back was answered
beside the point."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

#: What a refusal at the door says (the message was not taken as a report to file).
REFUSED = r"ยังไม่เข้าใจ|ไม่อยู่ในขอบเขต|ไม่ใช่เรื่องที่"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


# -- 1. an allowance skimmed, said as the opener --------------------------------------------
@pytest.mark.parametrize("said", ["เบี้ยคนแก่ โดนหัก", "เบี้ยผู้สูงอายุโดนหักค่ะ"])
def test_an_allowance_skimmed_as_the_opener_is_a_complaint(chat, services, said):
    chat.follow()
    reply = _said(chat, said)
    assert not re.search(REFUSED, reply), reply
    assert re.search(r"แจ้ง", reply), reply  # offered to file it
    reply = _said(chat, "แจ้งค่ะ")
    assert draft_of(services) is not None, reply


# -- 2. a pasted post that says others saw it ------------------------------------------------
POST = (
    "📢 ฝากแชร์ด้วยครับ ผู้ใหญ่บ้านหมู่ 5 ต.ถนนหัก อ.นางรอง เก็บเงินค่าน้ำประปาบ้านละ 300 บาท "
    'ไม่มีใบเสร็จ มีคนเห็นหลายคน ป้าสมศรีบอกว่า "จ่ายไปแล้วแต่น้ำไม่ไหลเลย" '
    "ใครรู้ช่วยแจ้งด้วย #บุรีรัมย์"
)


def test_witnesses_told_in_a_pasted_post_are_not_asked_again(chat, services):
    chat.follow()
    _said(chat, POST)
    _said(chat, "แจ้งค่ะ")
    _said(chat, "ยินยอมค่ะ")
    asked = []
    for _ in range(14):
        draft = draft_of(services)
        if draft.step in ("identity", "summary", None):
            break
        asked.append(draft.step)
        _said(chat, "ไม่รู้ค่ะ" if draft.step != "evidence" else "ไม่มีค่ะ")
    data = draft_of(services).data
    assert "witnesses" not in asked, asked
    assert data.get("witnesses"), data
    assert not data.get("name_enc") and not data.get("affected_name_enc"), data


def test_someone_seen_by_name_in_a_pasted_post_is_a_witness_not_the_teller(chat, services):
    chat.follow()
    _said(
        chat,
        "แชร์มาจากเฟสครับ 'นายกเทศมนตรีเอารถขยะของเทศบาลไปขนดินเข้าไร่ตัวเอง มีคนเห็นลุงบุญมี"
        " ถ่ายคลิปไว้ด้วย' เกิดที่ อ.ลำปลายมาศ",
    )
    _said(chat, "แจ้งครับ")
    _said(chat, "ยินยอมครับ")
    data = draft_of(services).data
    assert "บุญมี" in (data.get("witnesses") or ""), data
    assert not data.get("name_enc"), data


# -- 3. the bot's own example, typed back ----------------------------------------------------
EXAMPLES = [
    # (step, the example as shown in the question, the field it fills)
    ("agency", "อบต.หนองโบสถ์", "agency"),
    ("agency", "โรงพยาบาลนางรอง", "agency"),
    ("official", "นายก อบต.", "official"),
    ("official", "ปลัด", "official"),
    ("official", "เจ้าหน้าที่คนหนึ่ง", "official"),
    ("official", '"เจ้าหน้าที่คนหนึ่ง"', "official"),
    ("when", '"ปลายเดือนที่แล้ว"', "occurred_on"),
    ("when", '"ช่วงสงกรานต์"', "occurred_on"),
    ("when", "14 มี.ค. 68", "occurred_on"),
    ("when", '"ตอนเกี่ยวข้าวปีที่แล้ว"', "occurred_on"),
    ("what", '"ผู้ใหญ่บ้านเก็บเงินคนละ 200 บาทตอนแจกถุงยังชีพ"', "description"),
    ("witnesses", '"คนในหมู่บ้านรู้กันทั้งหมู่"', "witnesses"),
    ("witnesses", "คนในหมู่บ้านรู้กันทั้งหมู่", "witnesses"),
]


@pytest.mark.parametrize(("step", "example", "field"), EXAMPLES)
def test_the_bots_own_example_typed_back_answers_the_step(chat, services, step, example, field):
    to_step(chat, services, step)
    reply = _said(chat, example)
    draft = draft_of(services)
    assert draft.step != step, reply
    assert draft.data.get(field), (draft.data, reply)
    kept = draft.data.get(field)
    assert not isinstance(kept, str) or '"' not in kept, draft.data  # the example, not its quotes
    assert "ไม่บอกใครว่าใครแจ้ง" not in reply and "เห็นเฉพาะคณะกรรมการ" not in reply, reply


# -- 4. an answer, then a question ------------------------------------------------------------
def test_an_agency_with_a_question_after_it_is_kept_and_the_question_answered(chat, services):
    to_step(chat, services, "agency")
    reply = _said(chat, "อบต.บ้านเป้าค่ะ ต้องบอกชื่อไหมคะ")
    draft = draft_of(services)
    assert "บ้านเป้า" in (draft.data.get("agency") or ""), (draft.data, reply)
    assert draft.step != "agency", reply
    assert "ไม่ต้องบอกชื่อ" in reply, reply


def test_a_post_with_a_question_after_it_is_kept_and_the_question_answered(chat, services):
    to_step(chat, services, "official")
    reply = _said(chat, "ปลัดค่ะ ต้องบอกชื่อจริงไหมคะ")
    draft = draft_of(services)
    assert draft.data.get("official") == "ปลัด", (draft.data, reply)
    assert "ไม่ต้องบอกชื่อ" in reply, reply


def test_once_reported_is_there_a_fee_is_a_question_not_reported(chat, services):
    to_step(chat, services, "reported")
    reply = _said(chat, "แจ้งแล้วเสียเงินไหมครับ")
    draft = draft_of(services)
    assert draft.step == "reported", (draft.data, reply)
    assert draft.data.get("reported") is None, draft.data
    assert "ฟรี" in reply or "ไม่มีค่าใช้จ่าย" in reply, reply


# -- 5. each question back answered on its point ---------------------------------------------
ASKED = [
    ("ใครเห็นเรื่องของเราบ้าง", r"เห็นเฉพาะคณะกรรมการ"),
    ("ใครจะได้อ่านเรื่องที่หนูแจ้งบ้างคะ", r"เห็นเฉพาะคณะกรรมการ"),
    ("ต้องบอกชื่อไหมคะ", r"ไม่ต้องบอกชื่อ"),
    ("แจ้งแล้วเขาจะรู้ไหมว่าใครแจ้ง", r"ไม่รู้ว่าใครแจ้ง|ไม่บอกใครว่าใครแจ้ง"),
    ("แจ้งแล้วปลอดภัยไหมครับ", r"เข้ารหัส|ปลอดภัย"),
    ("นานไหมกว่าจะรู้ผล", r"ภายใน 3 วัน|15 วัน"),
    ("เสียค่าใช้จ่ายไหมคะ", r"ไม่มีค่าใช้จ่าย|ฟรี"),
    ("ส่งแล้วถอนได้ไหมครับ", r"ถอนเรื่องได้"),
    ("ส่งรูปทีหลังได้ไหมคะ", r"ทีหลังได้"),
    ("ส่งแล้วจะเป็นยังไงต่อคะ", r"ตรวจสอบ|ส่งต่อ"),
    ("ชื่อเราเก็บไว้นานแค่ไหน", r"ลบ"),
    ("ต้องบอกวันที่แน่นอนไหม", r"ไม่ต้องบอกวันที่แน่นอน|คร่าว"),
    ("แจ้งแทนแม่ได้ไหมคะ", r"แจ้งแทน"),
    ("ต้องไปขึ้นศาลไหมครับ", r"ขึ้นศาล"),
    ("แอบถ่ายรูปมาผิดกฎหมายไหมคะ", r"กฎหมาย|1167"),
    ("คุยกับคนจริงไหมคะ", r"ระบบอัตโนมัติ"),
]


@pytest.mark.parametrize(("asked", "answered"), ASKED)
def test_each_question_back_is_answered_on_its_point(chat, services, asked, answered):
    to_step(chat, services, "what")
    reply = _said(chat, asked)
    assert re.search(answered, reply), reply
    assert draft_of(services).step == "what", reply
