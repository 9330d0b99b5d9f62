"""What a simulator walk by someone who had read no code met (issue 16): family named at the
witnesses question, an aside at the door, Isan questions back, agencies typed with a slip of
the finger, a reference and its tracking code in one line. No sentence here is in the
examples or in the held-out files."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TODAY = date(2026, 12, 5)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "BRM-2569-75199 FE6R-G2SN-GSND",
        "เลขที่ BRM-2569-75199 รหัส FE6R-G2SN-GSND ค่ะ",
        "check BRM-2569-75199 code fe6r g2sn gsnd",
        "ขอดูเรื่อง brm 2569 75199 รหัส fe6rg2sngsnd",
    ],
)
def test_a_reference_and_its_code_in_one_line_is_a_look_up_carrying_both(text):
    heard = _read(text)
    assert heard.intent == "track"
    assert heard.value("reference") == "BRM-2569-75199"
    assert heard.value("code") == "FE6R-G2SN-GSND"


def test_a_withdrawal_naming_its_code_stays_a_withdrawal():
    heard = _read("ขอถอนเรื่อง BRM-2569-75199 รหัส FE6R-G2SN-GSND ค่ะ")
    assert heard.intent == "withdraw"
    assert heard.value("code") == "FE6R-G2SN-GSND"


def test_three_short_english_words_beside_a_reference_are_no_code():
    heard = _read("what they want from BRM-2569-75199 ?")
    assert heard.value("code") is None


@pytest.mark.parametrize(
    "text",
    [
        "my wife was with me",
        "แม่บ้านอยู่ด้วย",
        "ลูกชายเห็นด้วยค่ะ",
        "ลูกสาวกับเมียครับ",
        "my brother-in-law and my daughter",
        "ผัวกับลูกสาวอยู่นำ",
    ],
)
def test_family_named_at_the_witnesses_question_is_an_answer(text):
    assert _read(text, "witnesses").intent == "answer"


@pytest.mark.parametrize(
    "text",
    [
        "ลูกสาวโดนเขาขู่ค่ะ",
        "เขาตามลูกชายผมทุกวัน",
        "my daughter was followed home",
        "they know where my kids go to school",
        "my wife got a call saying she should be careful",
        "หลานสาวเห็นค่ะ แต่ตอนนี้เขามาป้วนเปี้ยนแถวบ้าน",
    ],
)
def test_family_threatened_at_the_witnesses_question_stays_danger(text):
    assert _read(text, "witnesses").intent == "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("เดี๋ยวนะ มีคนมาหน้าบ้าน", "witnesses"),
        ("รอแป๊บ ลูกเรียก", "evidence"),
        ("hang on, somebody at my gate", "official"),
        ("แป๊บนึงนะคะ มีคนมาเคาะประตู", "when"),
        ("ถ้าแหน่เด้อ แม่เอิ้น", "district"),
    ],
)
def test_an_aside_at_the_door_is_a_remark(text, expecting):
    heard = _read(text, expecting)
    assert heard.intent == "remark"
    assert expecting not in heard.values


@pytest.mark.parametrize(
    "text",
    [
        "มีคนถือปืนมาหน้าบ้าน",
        "เดี๋ยวนะ มีคนถือมีดมาหน้าบ้าน",
        "hold on, a man with a knife is at my door",
        "เดี๋ยวนะ มีคนมาหน้าบ้านอีกแล้ว กลัว",
    ],
)
def test_a_threat_at_the_door_stays_danger(text):
    assert _read(text, "witnesses").intent == "danger"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("เดี๋ยวนะคะ วันผิด", "edit"),
        ("เดี๋ยวนะ ยกเลิกดีกว่า", "cancel"),
        ("แป๊บนะ ไม่มีพยานค่ะ", "none"),
    ],
)
def test_what_follows_a_pause_is_read_for_itself(text, intent):
    assert _read(text, "witnesses").intent == intent


@pytest.mark.parametrize(
    ("text", "expecting", "faq"),
    [
        ("แล้วจะเป็นจั๋งใด๋", "summary", "what_happens_next"),
        ("เรื่องยายไปถึงไส", "evidence", "who_sees"),
        ("เขาสิฮู้บ่ว่าเฮาแจ้ง", "identity", "will_they_know"),
        ("ต้องบอกซื่อบ่", "identity", "must_give_name"),
        ("ส่งแล้วสิเฮ็ดหยังต่อ", "summary", "what_happens_next"),
    ],
)
def test_an_isan_question_back_is_a_question_with_its_topic(text, expecting, faq):
    heard = _read(text, expecting)
    assert heard.intent == "question"
    assert heard.value("faq") == faq


def test_an_isan_name_given_is_still_an_answer():
    assert _read("บ่บอกซื่อเด้อ", "identity").value("identity") == "anonymous"
    assert _read("บ่บอกซื่อเด้อ", "identity").intent == "answer"


def test_a_filed_complaint_asked_after_in_isan_is_followed():
    assert _read("เรื่องข่อยไปถึงไสแล้ว").intent == "track"


@pytest.mark.parametrize(
    ("typed", "agency"),
    [
        ("ตำหรวจ", "ตำรวจ"),
        ("โรงพยาบาน", "รพ."),
        ("อบจ", "อบจ."),
        ("โรงพญาบาลนางรอง", "รพ.นางรอง"),
        ("สถานีตำหรวจภูธรสตึก", "สภ.สตึก"),
        ("เทศบานเมืองบุรีรำ", "ทม.บุรีรัมย์"),
        ("สาทารณสุขอำเภอ", "สาธารณสุขอำเภอ"),
    ],
)
def test_an_agency_typed_by_ear_is_read_as_that_agency(typed, agency):
    assert _read(typed, "agency").value("agency") == agency


def test_a_police_officer_typed_by_ear_is_the_official_in_a_story():
    assert _read("ตำหรวจเรียกเงินสองพันตอนตั้งด่าน", "what").value("official") == "ตำรวจ"
