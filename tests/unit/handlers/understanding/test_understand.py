"""One understanding of a message: the phrasings issue 18 saw misread, read right."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import INTENTS, VALUE_NAMES, reads_as_name, understand

TODAY = date(2026, 12, 3)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("กลัวค่ะ เขาขู่จะทำร้ายลูกด้วย", "evidence"),
        ("โดนขู่", None),
        ("มีคนมาขู่", "what"),
        ("ขู่จะยิง", None),
        ("มีคนถือปืนมาหน้าบ้าน", "witnesses"),
        ("ย่านเขาทำ", "identity"),
        ("ช่วยด้วย", None),
        ("เขาขับรถตามผมกลับบ้านทุกวัน", None),
        ("they said they will burn my house", None),
    ],
)
def test_danger_is_read_wherever_the_person_is(text, expecting):
    assert _read(text, expecting).intent == "danger"


@pytest.mark.parametrize(
    "text",
    ["ขู่ว่าจะไม่ให้เบี้ยยังชีพถ้าไม่จ่าย", "เขาเก็บเงินคนละ 200 บาท", "ไม่ได้โดนขู่ค่ะ"],
)
def test_extortion_and_denials_are_not_danger(text):
    assert _read(text, "what").intent != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("my cousin Dang saw the whole thing", "witnesses"),
        ("ลุงเขาขนกระสอบข้าวของโครงการกลับบ้านไป", "what"),
        ("ใบเสร็จอยู่ที่บ้านแม่ เดี๋ยวเย็นนี้ถ่ายมาให้", "evidence"),
        ("หลานชายผมก็อยู่ตรงนั้นด้วย", "witnesses"),
    ],
)
def test_no_danger_without_a_threat_harm_fear_or_following(text, expecting):
    assert _read(text, expecting).intent != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("someone keeps watching my house from a pickup", "witnesses"),
        ("มีคนมาด้อม ๆ มอง ๆ แถวบ้านตอนค่ำ", "evidence"),
        ("เขาบอกให้ระวังตัวไว้ให้ดี", "official"),
    ],
)
def test_veiled_threats_and_watching_are_still_danger(text, expecting):
    assert _read(text, expecting).intent == "danger"


def test_extortion_is_bribery():
    assert _read("ขู่ว่าจะไม่ให้เบี้ยยังชีพถ้าไม่จ่าย", "what").value("kind") == "bribery"


@pytest.mark.parametrize(
    ("text", "expecting", "faq"),
    [
        ("อยากร้องเรียนค่ะ แต่ต้องบอกชื่อไหมคะ", None, "must_give_name"),
        ("ถ้าบอกชื่อคนทำ เขาจะรู้ไหมคะว่าเราแจ้ง", "official", "will_they_know"),
        ("เสียเงินไหมคะ", "consent", "cost"),
        ("กี่วันถึงจะรู้ผล", None, "how_long"),
    ],
)
def test_questions_back_are_questions_not_answers(text, expecting, faq):
    read = _read(text, expecting)
    assert (read.intent, read.value("faq")) == ("question", faq)
    assert read.value("official") is None and read.value("identity") is None


@pytest.mark.parametrize(
    ("text", "expecting", "intent", "field"),
    [
        ("บอกไปแล้วครับ อบต.ชุมเห็ด", "agency", "already_said", "agency"),
        ("บอกไปแล้วว่าไม่มี", "witnesses", "already_said", "witnesses"),
        ("เล่าไปแล้วครับ", "what", "already_said", "what"),
        ("เปลี่ยนใจครับ ไม่บอกชื่อดีกว่า", "name", "change_mind", "identity"),
        ("แก้วันที่ค่ะ", "summary", "edit", "when"),
        ("เปลี่ยนอำเภอเป็นนางรอง", "summary", "edit", "district"),
        ("แก้ 3", "summary", "edit", 3),
    ],
)
def test_talk_about_the_conversation(text, expecting, intent, field):
    read = _read(text, expecting)
    assert (read.intent, read.value("field")) == (intent, field)
    assert read.value("witnesses") is None and read.value("name") is None


def test_talk_keeps_the_values_it_carries():
    assert _read("บอกไปแล้วครับ อบต.ชุมเห็ด", "agency").value("agency") == "อบต.ชุมเห็ด"
    assert _read("เปลี่ยนอำเภอเป็นนางรอง", "summary").value("district") == "3104"
    assert _read("เปลี่ยนใจครับ ไม่บอกชื่อดีกว่า", "name").value("identity") == "anonymous"


@pytest.mark.parametrize(
    ("text", "expecting", "intent"),
    [
        ("ยัง", "reported", "none"),
        ("ไม่เคยเลย", "reported", "none"),
        ("ไม่รู้", "reported", "none"),
        ("ครบ", "evidence", "done"),
        ("แค่นี้", "evidence", "done"),
        ("จบ", "evidence", "done"),
        ("ได้จ้า", "consent", "yes"),
        ("เออ ได้", "consent", "yes"),
        ("ยินดี", "consent", "yes"),
        ("บ่", "consent", "no"),
        ("แจ้งเรือง", None, "start"),
        ("ยกเลิก", "when", "cancel"),
        ("สวัสดีครับ", None, "greeting"),
        ("ขอบคุณค่ะ", None, "thanks"),
        ("เรื่องถึงไหนแล้วคะ", None, "track"),
    ],
)
def test_natural_short_answers(text, expecting, intent):
    assert _read(text, expecting).intent == intent


@pytest.mark.parametrize("text", ["ไม่บอก", "บ่บอก", "ไม่บอกค่ะ กลัว", "1"])
def test_refusing_the_name_is_anonymity(text):
    assert _read(text, "identity").value("identity") == "anonymous"


def test_withdrawal_with_reference_and_pressure():
    read = _read("ถอนเรื่อง BRM-2569-00010")
    assert (read.intent, read.value("reference")) == ("withdraw", "BRM-2569-00010")
    # past a year's 99,999th ticket references have six digits (storage.reference_numbers)
    read = _read("ถอนเรื่อง BRM-2569-104233")
    assert (read.intent, read.value("reference")) == ("withdraw", "BRM-2569-104233")
    assert _read("เขามาขู่ ไม่อยากมีเรื่องค่ะ", "reason").value("reason") == "pressure"


def test_a_story_gives_every_value_it_holds():
    read = _read("นายก อบต.หนองกี่ เรียกเงิน 500 บาท เมื่อวาน ที่ อ.หนองกี่")
    assert read.intent == "answer"
    assert read.value("kind") == "bribery"
    assert read.value("agency") == "อบต.หนองกี่"
    assert read.value("official") == "นายก อบต."
    assert read.value("district") == "3105"
    assert read.value("date") == {"start": "2026-12-02", "end": "2026-12-02", "precision": "day"}


def test_a_plain_municipality_is_an_agency():
    assert _read("เทศบาล", "agency").value("agency") == "เทศบาล"
    assert _read("เทศบาลหนองกี่ค่ะ", "agency").value("agency") == "เทศบาลหนองกี่"
    assert _read("ปลัดเทศบาลเอารถหลวงไปใช้งานบ้านตัวเอง", "what").value("kind") == "budget"


def test_values_are_clean():
    assert _read("อบตหนองกงครับ", "agency").value("agency") == "อบต.หนองกง"
    assert _read("โทร ๐๘๑-๒๓๔-๕๖๗๘ ครับ", "phone").value("phone") == "+66812345678"
    assert _read("จำไม่ได้", "agency").value("agency") is None
    assert _read("ตุลา", "when").value("date")["precision"] == "month"


def test_every_intent_and_value_is_from_the_agreed_lists():
    read = _read("ถอนเรื่อง BRM-2569-00010 เพราะโดนกดดัน โทร 0812345678")
    assert read.intent in INTENTS
    assert set(read.values) <= set(VALUE_NAMES)
    assert all(0 <= value.confidence <= 1 for value in read.values.values())


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("เรียนท่าน ผมนายสมชาย ใจดี ครูโรงเรียนบ้านโคก ขอร้องเรียนผู้อำนวยการที่เบิกค่าอาหารเกิน", "ผู้อำนวยการ"),
        ("ผมเป็นพยาบาล หัวหน้าสถานีอนามัยเก็บเงินคนไข้", "หัวหน้า"),
        ("ผมโดนปลัดเรียกเงิน", "ปลัด"),
    ],
)
def test_the_official_is_the_one_accused_not_the_tellers_own_role(text, official):
    assert str(_read(text).value("official")).startswith(official)


@pytest.mark.parametrize(
    "text",
    [
        "ไม่กล้าบอกชื่อค่ะ กลัวคนในหมู่บ้านรู้",
        "ยังไม่อยากให้ชื่อครับ",
        "บ่อยากบอกชื่อเด้อ",
        "I'd rather not give my name",
    ],
)
def test_unwilling_to_give_a_name_is_anonymity(text):
    assert _read(text, "identity").value("identity") == "anonymous"


@pytest.mark.parametrize(
    ("text", "expecting", "field"),
    [
        ("ก็บอกไปแล้วไง นางรอง", "district", "district"),
        ("ตอบไปแล้วนะว่าเมื่อวานซืน", "when", "when"),
        ("บอกแล้วค่ะ ผู้ใหญ่บ้าน", "official", "official"),
    ],
)
def test_talk_that_repeats_a_value_names_its_field(text, expecting, field):
    assert _read(text, expecting).value("field") == field


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("ตำบลไม่ถูกค่ะ ที่ถูกคือหนองโบสถ์", "subdistrict"),
        ("ขอแก้ตำบลครับ", "subdistrict"),
        ("เปลี่ยนใจครับ เคยไปร้องที่อำเภอแล้ว", "reported"),
        ("อำเภอผิดค่ะ", "district"),
    ],
)
def test_an_edit_names_the_right_field(text, field):
    assert _read(text, "summary").value("field") == field


def test_sending_in_a_moment_is_having_evidence():
    assert _read("มีรูปค่ะ เดี๋ยวส่ง", "evidence").value("evidence") == "has"
    assert _read("ส่งทีหลังได้ไหม", "evidence").value("evidence") != "has"


def test_a_council_members_village_is_not_an_agency():
    read = _read("ส.อบต.หมู่ 9 เอาของแจกไปขาย")
    assert read.value("agency") != "อบต.หมู่"
    assert str(read.value("official")).startswith("ส.อบต.")
    assert _read("สมาชิก อบต.หนองกง หมู่ 3 เก็บเงิน").value("agency") == "อบต.หนองกง"


@pytest.mark.parametrize(
    ("text", "expecting", "name", "value"),
    [
        ("SAO Nong Kong", "agency", "subdistrict", "310408"),
        ("Nong Kong SAO ครับ", "agency", "agency", "อบต.หนองกง"),
        ("the mayor of Nong Kong SAO asked for money", None, "subdistrict", "310408"),
        ("Nongkong", "subdistrict", "subdistrict", "310408"),
        ("tambon Nong Kong", None, "subdistrict", "310408"),
        ("Khok Sawang sub-district, Nong Ki district", None, "subdistrict", "310505"),
        ("amphoe Nang Rong", None, "district", "3104"),
    ],
)
def test_places_in_latin_letters_are_the_provinces_own(text, expecting, name, value):
    """RTGS romanisation (PyThaiNLP royin) and the official English names both resolve."""
    assert _read(text, expecting).value(name) == value


@pytest.mark.parametrize(
    "text",
    [
        "ขอไม่ลงชื่อจริงนะครับ",
        "บ่ให้ชื่อเด้อ",
        "อ็อตอยากบอกชื่อ",  # Northern Khmer "อ็อต": not
        "I'd prefer not to give my name",
        "bo yak bok chue",
        "ชื่อเอาไปทำอะไรคะ",  # a question
        "เมื่อวานฝนตกเลยไม่ได้ไปนา",  # talk
    ],
)
def test_what_is_not_a_name_is_never_read_as_one(text):
    assert not reads_as_name(text)
    for step in ("identity", "name"):
        assert "name" not in understand(text, expecting=step).values


@pytest.mark.parametrize("text", ["สมปอง ดีใจ", "นางบัวเรียน แก้วมณี", "Somsak Boonmee", "ยายมี"])
def test_a_name_reads_as_one(text):
    assert reads_as_name(text)
