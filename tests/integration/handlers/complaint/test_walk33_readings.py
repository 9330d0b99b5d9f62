"""walk33 (fixW33a): what villagers said was read as they meant it. A "no" with a fact at the
witness question is no witness (the fact kept with the story); a yes with names keeps the
names only; a date said wrong by its value at the summary edits the date and nothing else; a
day of last month said twice is one date; chat words between story bursts are not the story."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """The walk's day: Monday 7 December 2026, Bangkok morning."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _says(chat, lines) -> None:
    for line in lines:
        chat.say(line)


_SELLER = [
    "สวัสดีค่ะ อยากร้องเรียนเจ้าหน้าที่เทศบาลเก็บค่าแผงตลาดเกินแล้วไม่ให้ใบเสร็จค่ะ",
    "แจ้งค่ะ",
    "แจ้งค่ะ",
    "ได้ค่ะ",
    "เก็บค่าแผงเกินค่ะ วันละ 50 แต่ประกาศแค่ 20",
    "เทศบาลเมืองบุรีรัมย์ค่ะ ตลาดสดเทศบาล",
    "เจ้าหน้าที่เก็บค่าแผง ชื่อนายสมศักดิ์ค่ะ",
    "ต.ในเมืองค่ะ",
    "ทุกวันเลยค่ะ ตั้งแต่เดือนตุลา",
    "ไม่มีค่ะ",
]


def test_a_no_with_others_harmed_is_no_witness_and_the_fact_stays_in_the_story(chat, services):
    chat.follow()
    _says(chat, _SELLER)
    assert draft_of(services).step == "witnesses"
    chat.say("ไม่มีค่ะ แม่ค้าคนอื่นก็โดนแต่ไม่กล้าพูด")
    data = draft_of(services).data
    assert not data.get("witnesses")
    assert "แม่ค้าคนอื่นก็โดน" in data["description"]
    assert "ไม่มีค่ะ แม่ค้า" not in data["description"]


def test_a_yes_then_names_keeps_the_names_only(chat, services):
    chat.follow()
    _says(chat, _SELLER)
    chat.say("มีครับ นายบุญมี ที่ไปวัดถนนด้วยกัน เบอร์ 0851112222")
    said = draft_of(services).data.get("witnesses") or ""
    assert said.startswith("นายบุญมี")


_NID = [
    "สวัดดีค่ะ หนูจะแจ้งเรื่องครูใหญ่โรงเรียนบ้านหนองบัวเก็บเงินค่าเทอมเด็กบ่ออกใบเสร็จเดือนกี้ค่ะ",
    "แจ้งค่ะ",
    "แจ้งค่ะ",
    "ยินยอมค่ะ",
    "เขาเก็บเงินเด็กคนละ 300 บ่มีใบเสร็จค่ะ",
    "โรงเรียนบ้านหนองบัว อ.ประโคนชัยค่ะ",
    "ต.บ้านไทรค่ะ",
    "บ่มีค่ะ",
    "บ่มีคนรู้เห็นค่ะ",
    "บ่เคยค่ะ",
    "หนูนิดค่ะ 0898765432",
    "คนทำบ่แม่นครูใหญ่ค่ะ เป็นครูแดงครูประจำชั้น",
]


def test_a_date_said_wrong_by_its_value_edits_the_date_only(chat, services):
    chat.follow()
    _says(chat, _NID)
    assert draft_of(services).data.get("official") == "ครูแดงครูประจำชั้น"
    reply = texts(chat.say("วันที่ก็บ่แม่นเดือนกี้ค่ะ ครูเก็บเงินมื้อซืนนี่เอง"))
    data = draft_of(services).data
    assert data.get("official") == "ครูแดงครูประจำชั้น"
    assert "5 ธ.ค. 2569" in reply
    assert "พฤศจิกายน 2569" not in reply


_POLICE = [
    "สวัสดีครับ จะแจ้งเรื่องตำรวจ สภ.กันทรลักษ์ เรียกเงินใต้โต๊ะตอนผมไปแจ้งความรถหายครับ",
    "แจ้งครับ",
    "แจ้งครับ",
    "ยินยอมครับ",
    "สภ.กันทรลักษ์ ครับ จังหวัดศรีสะเกษ",
    "ไม่เป็นไรครับ แจ้งที่นี่แหละ ผมอยู่บุรีรัมย์",
]


def test_about_the_3rd_of_last_month_is_one_date(chat, services):
    chat.follow()
    _says(chat, _POLICE)
    assert draft_of(services).step == "when"
    _says(chat, ["เมื่อต้นเดือนที่แล้วครับ ประมาณวันที่ 3", "ไม่มีครับ", "ไม่มีครับ", "ยังไม่เคยครับ"])
    reply = texts(chat.say("บอกชื่อครับ สมชาย ใจดี 0812345678"))
    assert "3 พ.ย. 2569" in reply
    assert "3 ธ.ค. 2569" not in reply


_DEPUTY = [
    "โอเคครับ งั้นผมจะแจ้งเรื่องถนนในหมู่บ้านครับ อบต.สะแกโพรง ทำถนนคอนกรีตสายบ้านโคกเจริญ",
    "สัญญาเขียนว่าหนา 15 เซน แต่ที่ทำจริงหนาแค่ 8 เซน ชาวบ้านเอาตลับเมตรวัดดูแล้ว",
    "เดี๋ยวครับ ยังเล่าไม่จบ ถนนยาว 800 เมตร งบ 1.2 ล้าน ผู้รับเหมาเป็นญาตินายก อบต. ครับ",
    "ทำเสร็จเมื่อเดือนกันยาที่ผ่านมา ตอนนี้แตกร้าวแล้วหลายจุด ขอบถนนก็บิ่น",
    "อีกอย่างครับ ตอนตรวจรับงาน กรรมการตรวจรับก็เซ็นผ่านไปโดยไม่ได้ลงมาดูเลย แจ้งครับ",
]


def test_chat_words_between_story_bursts_are_not_the_story(chat, services):
    chat.follow()
    _says(chat, _DEPUTY)
    data = draft_of(services).data
    story = data["description"]
    for chatter in ("โอเคครับ งั้นผมจะแจ้ง", "เดี๋ยวครับ ยังเล่าไม่จบ", "แจ้งครับ"):
        assert chatter not in story, story
    for fact in ("ถนนคอนกรีตสายบ้านโคกเจริญ", "ถนนยาว 800 เมตร", "กรรมการตรวจรับก็เซ็นผ่าน"):
        assert fact in story, story
