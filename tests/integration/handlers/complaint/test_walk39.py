"""walk39: ten villagers walked through the local chat simulator by a tester who read no product
code (Monday 7 December 2026). Each failure met is replayed here through the same chat, asserting
what the villager would expect; a strict xfail while it fails today, its reason saying what the bot
did. Checks of what worked are kept as plain tests."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.walking import data as _data
from tests.integration.handlers.complaint.walking import said as _said
from tests.integration.handlers.complaint.walking import walk as _walk

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _step(services) -> str:
    return draft_of(services).step


SOMCHAI = "ผู้ใหญ่บ้านบ้านโคกเจริญ เก็บเงินคนละ 500 บาท ถ้าบ่จ่ายบ่ได้เบี้ยคนพิการเด้อ"
SOMCHAI_AGENCY = "บ่ฮู้ครับ แต่บ้านโคกเจริญอยู่ตำบลโคกเหล็ก อำเภอห้วยราช"
SOMCHAI_WALK = (
    SOMCHAI,
    "แจ้งเลยครับ",
    "ได้ครับ",
    SOMCHAI_AGENCY,
    "เดือนก่อนพุ้นครับ ประมาณวันที่ ๒๐",
    "บ่มีหลักฐานดอก มีแต่ปากคำชาวบ้าน",
    "ชาวบ้านหลายคนเห็นอยู่ แต่บ่อยากบอกชื่อเขา",
    "บ่เคยครับ",
    "บ่บอกชื่อดีกว่า ย้าน",
)


# -- 1. Somchai (Isan): what works -------------------------------------------------------------
def test_isan_walk_reaches_the_summary_with_the_right_fields(chat, services):
    _walk(chat, *SOMCHAI_WALK)
    data = _data(services)
    assert _step(services) == "summary"
    assert data["kind"] == "bribery" and data["official"] == "ผู้ใหญ่บ้าน"
    assert (data["subdistrict"], data["district"]) == ("โคกเหล็ก", "ห้วยราช")
    assert data["occurred_on"] == "2026-11-20"  # "เดือนก่อนพุ้น … วันที่ ๒๐"
    assert data["reported"] is False and data["anonymous"] is True


# -- 2. the village named twice is dropped from the place ----------------------------------------
def test_the_village_told_twice_is_kept_in_the_place(chat, services):
    _walk(chat, *SOMCHAI_WALK)
    data = _data(services)
    place = " ".join(str(v) for k, v in data.items() if k not in ("description", "witnesses"))
    assert "โคกเจริญ" in place, data


# -- 3. an answer to the agency question appended to the story -----------------------------------
def test_an_agency_answer_is_not_added_to_the_story(chat, services):
    _walk(chat, *SOMCHAI_WALK)
    assert "บ่ฮู้" not in _data(services)["description"]


# -- 4. a typo of แจ้ง after a story ------------------------------------------------------------
MALEE = "ตำรวจจราจรด่านหน้าตลาดนางรองงง เรียกเงนิ 300 บาทไม่ออกใบสั่งคะ เมื่อวันที่ ๕ ธ.ค."


def test_a_typo_of_jaeng_at_the_offer_starts_filing(chat, services):
    reply = _walk(chat, MALEE, "แจง้คะ")
    assert "สวัสดี" not in reply
    assert "ยินยอม" in reply, reply


def test_typos_and_thai_digits_are_read(chat, services):
    _walk(chat, MALEE, "แจ้งค่ะ", "ยินยอมคะ", "สภ.นางรองคะ", "ในเมืองนางรอง หน้าตลาดสดเทศบาลคะ")
    data = _data(services)
    assert data["occurred_on"] == "2026-12-05"  # "๕ ธ.ค."
    assert data["agency"] == "สภ.นางรอง" and data["official"] == "ตำรวจจราจร"
    assert data["district"] == "นางรอง"


def test_a_typo_of_the_town_is_not_stored_in_the_place(chat, services):
    _walk(chat, MALEE, "แจ้งค่ะ", "ยินยอมคะ", "สภ.นางรองคะ", "ในเมืองนางรอง หน้าตลาดสดเทศบาลคะ")
    data = _data(services)
    place = " ".join(str(v) for k, v in data.items() if k not in ("description", "witnesses"))
    assert "นางรองงง" not in place, data


# -- 6. a story typed in Latin letters -----------------------------------------------------------
BOON = "phu yai ban tham kan kong ngern chuay lua nam thuam krub"


def test_a_latin_typed_story_is_kept_and_read(chat, services):
    _walk(chat, "sawatdee krub", BOON, "jaeng krub", "dai krub")
    data = _data(services)
    assert data.get("kind") == "budget", data
    assert "nam thuam" in (data.get("description") or ""), data


# -- 7. an English story -------------------------------------------------------------------------
def test_an_english_story_of_a_fee_for_a_seat_is_read_as_bribery(chat, services):
    _walk(
        chat,
        "Hello, I want to report a teacher at Ban Kruat school who is charging parents 1,500 baht "
        "for a seat in grade 1",
        "yes please",
        "yes",
    )
    assert _data(services).get("kind") == "bribery"


# -- 8. a story in four bubbles, then a question -------------------------------------------------
WANNA = (
    "พี่คะ ขอเล่าก่อนนะคะ",
    "แม่หนูไปขอใบอนุญาตปลูกสร้างบ้านที่เทศบาลตำบลกระสัง",
    "เจ้าหน้าที่กองช่างบอกว่าต้องจ่ายค่าดำเนินการเพิ่ม 5,000 ไม่งั้นรอเป็นปี",
    "ไม่มีใบเสร็จให้ด้วยค่ะ จ่ายไปเมื่อวันจันทร์ที่แล้ว",
)


def test_what_should_i_do_after_a_story_keeps_it_and_offers_to_file(chat, services):
    reply = _walk(chat, *WANNA, "หนูควรทำยังไงดีคะ")
    assert "แจ้ง" in reply and "วิธีใช้" not in reply, reply
    _said(chat, "งั้นแจ้งเลยค่ะ")
    _said(chat, "ยินยอมค่ะ")
    data = _data(services)
    assert data.get("kind") == "bribery", data
    assert "5,000" in (data.get("description") or ""), data
    assert "งั้นแจ้ง" not in (data.get("description") or ""), data


def test_a_story_in_four_bubbles_then_jaeng_is_kept(chat, services):
    _walk(chat, *WANNA, "แจ้งค่ะ", "ยินยอมค่ะ")
    data = _data(services)
    assert "5,000" in data["description"] and data["kind"] == "bribery"


# -- 9. a date given at the official question ----------------------------------------------------
def test_a_date_at_the_official_question_is_not_the_official(chat, services):
    reply = _walk(chat, "แจ้งเรื่องค่ะ", "ยินยอมค่ะ", "เรียกเงินค่ะ", "เทศบาลตำบลกระสัง กองช่างค่ะ")
    assert "คนที่ทำคือใคร" in reply, reply
    _said(chat, "วันจันทร์ที่แล้วค่ะ")
    data = _data(services)
    assert data.get("occurred_on") == "2026-11-30", data
    assert "วันจันทร์" not in (data.get("official") or ""), data


# -- 10. a pasted Facebook post: the day it was seen is not the day it happened -------------------
FB_POST = (
    "‼️แชร์ด่วน‼️ \nโครงการถนนคอนกรีตหมู่ 7 บ้านหนองแวง ต.ถนนหัก อ.นางรอง งบ 1.2 ล้าน "
    "สร้างเสร็จไม่ถึง 3 เดือนพังแล้ว 😡😡 ผู้รับเหมาเป็นญาตินายก อบต.ถนนหัก ใครเห็นด้วยช่วยแชร์ "
    "#บุรีรัมย์ #โกงกิน\nดูเพิ่มเติม\n👍 245 💬 38 ↗️ 112"
)


def test_a_pasted_facebook_post_is_read(chat, services):
    _walk(chat, FB_POST, "แจ้ง", "ได้")
    data = _data(services)
    assert data["kind"] == "procurement" and data["agency"] == "อบต.ถนนหัก"
    assert (data["subdistrict"], data["district"]) == ("ถนนหัก", "นางรอง")


def test_the_day_the_post_was_seen_is_not_the_date(chat, services):
    _walk(chat, FB_POST, "แจ้ง", "ได้")
    reply = _said(chat, "ไม่รู้ครับ เห็นในเฟซเมื่อวาน ถนนสร้างเสร็จประมาณเดือนสิงหา")
    assert "สิงหาคม 2569" in reply and "6 ธ.ค." not in reply, reply
    assert "6 ธ.ค." not in (_data(services).get("occurred_text") or "")


def test_at_the_summary_a_corrected_official_and_date_are_taken(chat, services):
    _walk(chat, FB_POST, "แจ้ง", "ได้", "สิงหาคมครับ", "ไม่มี", "ไม่มี", "ไม่เคย", "1")
    assert _step(services) == "summary"
    _said(chat, "เดี๋ยวครับ ผมว่าผู้รับเหมาเป็นญาติรองนายกมากกว่า ไม่ใช่นายก")
    assert _data(services)["official"].startswith("รองนายก")
    _said(chat, "แก้วันที่ ถนนเสร็จเดือนกรกฎาคมครับ")
    assert _data(services)["occurred_text"] == "กรกฎาคม 2569"


# -- 11-13. Thong: an official in the kind answer, a tail stored, a refusal refused ---------------
THONG_KIND = "ปลัดอำเภอประโคนชัยรับเงินจากบ่อนไก่ชนทุกเดือน เดือนละ 20,000"


def test_the_official_in_the_kind_answer_is_taken(chat, services):
    reply = _walk(chat, "แจ้งเรื่องครับ", "ยินยอม", THONG_KIND)
    assert "คนที่ทำคือใคร" not in reply, reply
    assert _data(services).get("official") == "ปลัดอำเภอ"


def test_already_told_tail_is_not_in_the_official(chat, services):
    _walk(chat, "แจ้งเรื่องครับ", "ยินยอม", THONG_KIND, "ก็ปลัดอำเภอที่บอกไปแล้วไงครับ")
    assert _data(services).get("official") == "ปลัดอำเภอ"


def test_a_threat_mid_filing_gets_safety_numbers_and_the_draft_is_kept(chat, services):
    _walk(chat, "แจ้งเรื่องครับ", "ยินยอม", THONG_KIND, "ปลัดอำเภอครับ")
    reply = _said(chat, "เมื่อคืนมีคนขี่มอไซค์มาจอดหน้าบ้านบอกว่าถ้ายังยุ่งเรื่องบ่อนจะเผาบ้าน")
    assert "191" in reply and "1567" in reply, reply
    reply = _said(chat, "ทำต่อครับ ผมไม่กลัว")
    assert "ตำบล" in reply and _data(services)["official"] == "ปลัดอำเภอ"


def test_rather_not_send_ends_the_evidence_question(chat, services):
    _walk(chat, "แจ้งเรื่องครับ", "ยินยอม", THONG_KIND, "ปลัดอำเภอครับ", "ตำบลบ้านไทรครับ")
    _said(chat, "ทุกเดือนครับ ล่าสุดต้นเดือนนี้")
    assert _step(services) == "evidence"
    _said(chat, "ไม่ส่งดีกว่าครับ")
    assert _step(services) != "evidence"


# -- 14. withdrawing with the reference in a question ---------------------------------------------
def _filed(chat, services) -> str:
    reply = _walk(chat, *SOMCHAI_WALK, "ส่งเลยครับ")
    ref = re.search(r"BRM-\d{4}-\d+", reply)
    assert ref, reply
    return ref.group(0)


def test_withdrawing_with_a_reference_in_a_question_starts_the_withdrawal(chat, services):
    ref = _filed(chat, services)
    reply = _said(chat, f"ขอถอนเรื่อง {ref} ได้บ่ครับ ย้านผู้ใหญ่บ้านฮู้")
    assert f"จะถอนเรื่อง {ref}" in reply or "191" in reply, reply


def test_withdrawing_for_fear_gives_safety_numbers(chat, services):
    ref = _filed(chat, services)
    assert "เพราะอะไร" in _said(chat, f"ถอนเรื่อง {ref}")
    reply = _said(chat, "ย้านครับ กลัวเขารู้ว่าผมแจ้ง")
    assert "191" in reply and "ถูกกดดัน/ข่มขู่" in reply, reply
    assert "ถอนเรื่อง" in _said(chat, "ถอนครับ")


# -- 15. filing for a parent: the phone in the name message ----------------------------------------
NID = (
    "แจ้งเรื่องค่ะ หนูแจ้งแทนแม่นะคะ แม่อายุ 72",
    "ยินยอมค่ะ",
    "เจ้าหน้าที่ รพ.สต.หักเงินเบี้ยผู้สูงอายุแม่ไปเดือนละ 100 บาทค่ะ",
    "รพ.สต.บ้านบัว อำเภอเมืองบุรีรัมย์ค่ะ",
    "พยาบาลที่เป็นคนจ่ายเงินค่ะ ไม่รู้ชื่อ",
    "หักมาตั้งแต่ต้นปี ๒๕๖๙ ค่ะ",
    "ไม่มีค่ะ",
    "ยายข้างบ้านก็โดนเหมือนกันค่ะ ยายทองม้วน",
    "ยังไม่เคยค่ะ",
)


def test_a_phone_with_the_name_and_the_parents_name_is_taken(chat, services):
    _walk(chat, *NID)
    reply = _said(chat, "บอกค่ะ หนูชื่อนิด สมใจ เบอร์ 0891112222 แม่ชื่อนางบัวผัน สมใจ")
    data = _data(services)
    assert data.get("affected_name_enc") and data.get("name_enc"), data
    assert "เบอร์โทร" not in reply and _step(services) == "summary", reply


# -- 16. an answer with a question tail ------------------------------------------------------------
def test_an_official_with_a_question_tail_is_taken(chat, services):
    _walk(chat, "รูปนี้ใบเสร็จที่ อบต.เขาคอก เก็บค่าขยะ 300 แต่ใบเสร็จเขียน 100 ค่ะ", "แจ้งค่ะ", "ยินยอม")
    assert _step(services) == "official"
    _said(chat, "เจ้าหน้าที่การเงินค่ะ แต่ถ้าบอกชื่อเขาจะโดนอะไรไหมคะ")
    assert _data(services).get("official") == "เจ้าหน้าที่การเงิน"


# -- 17. named at the summary, name and phone in one message ---------------------------------------
def test_changing_to_named_at_the_summary_takes_name_and_phone(chat, services):
    _walk(
        chat,
        "รูปนี้ใบเสร็จที่ อบต.เขาคอก เก็บค่าขยะ 300 แต่ใบเสร็จเขียน 100 ค่ะ",
        "แจ้งค่ะ",
        "ยินยอม",
        "เจ้าหน้าที่การเงินค่ะ",
        "เดือนที่แล้วค่ะ",
        "ไม่มี",
        "ไม่มี",
        "ไม่เคย",
        "1",
    )
    assert _step(services) == "summary"
    _said(chat, "คิดอีกทีบอกชื่อดีกว่าค่ะ ชื่อสมศรี ใจดี 0865554444")
    data = _data(services)
    assert data.get("name_enc") and data.get("phone_enc") and _step(services) == "summary", data


# -- 18. an edit of the place naming a sub-district and no district --------------------------------
ANSWERS = {
    "subdistrict": "ไม่รู้ค่ะ",
    "when": "สัปดาห์ที่แล้วค่ะ",
    "evidence": "ไม่มี",
    "witnesses": "ไม่มี",
    "reported": "ยังไม่เคย",
    "identity": "1",
}


def _to_summary(chat, services, *said: str) -> None:
    _walk(chat, *said)
    for _ in range(12):
        step = _step(services)
        if step == "summary":
            return
        _said(chat, ANSWERS.get(step, "ไม่รู้ค่ะ"))
    assert _step(services) == "summary"


def test_an_edit_to_a_subdistrict_of_another_district_is_understood(chat, services):
    _to_summary(
        chat,
        services,
        "ครูใหญ่โรงเรียนบ้านหนองกี่เก็บเงินค่าแป้นบาสจากผู้ปกครองคนละ 200 บาทค่ะ",
        "แจ้ง",
        "ได้",
        "โรงเรียนบ้านหนองกี่ค่ะ",
    )
    reply = _said(chat, "แก้สถานที่เป็นหมู่ 5 บ้านโคกสะอาด ตำบลเมืองไผ่ค่ะ")
    assert "ไม่พบอำเภอ" not in reply, reply
    if _step(services) != "summary":
        _said(chat, "กระสังค่ะ")
    data = _data(services)
    assert (data.get("subdistrict"), data.get("district")) == ("เมืองไผ่", "กระสัง"), data
