"""Shapes the understanding reads by rule or by sound, not by having met the sentence:
threats asked as questions or paid for in a living, vote buying, the fear of being found
out, and calm Thai typed in Latin letters (issue 16). No sentence here is in the examples."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TODAY = date(2026, 12, 3)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "อยากให้ควายตายหมดคอกเหรอ",  # a threat asked as a question
        "อยากเจ็บตัวหรือไง เขาพูดกับพ่อ",
        "เขาถามเมียผมว่าอยากเป็นหม้ายไหม",
        "ผู้ใหญ่ว่าถ้ายังแจ้งจะไม่ได้เงินช่วยเหลือน้ำท่วมอีกเลย",  # a living taken for reporting
        "เขาขู่จะไม่ให้ขายข้าวให้โรงสีถ้ายังไม่เลิกแจ้ง",
    ],
)
def test_veiled_threats_are_danger(text):
    assert _read(text).intent == "danger"


def test_a_price_for_a_service_is_still_a_bribe_not_danger():
    found = _read("ถ้าไม่จ่ายห้าร้อยจะไม่ได้เบี้ยคนชรา", "what")
    assert found.intent != "danger"
    assert found.value("kind") == "bribery"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ดูข่าวเห็นเขาฆ่ากันที่กรุงเทพ", None),  # the news, not a threat
        ("มีเอกสารแต่อยู่ที่บ้านแม่ค่ะ", "evidence"),  # "ต่อย" only across two words
        ("แจ้งไปแล้วจะมีใครมาจัดการให้บ้างคะ", "summary"),  # the service asked for
    ],
)
def test_harm_words_in_harmless_use_raise_no_alarm(text, expecting):
    assert _read(text, expecting).intent != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ซื้อเสียง", "kind"),
        ("ก่อนเลือกตั้งเขาแจกเงินให้ทุกบ้าน", "what"),
        ("หัวคะแนนมาจ่ายเงินให้คนละสามร้อย", "kind"),
    ],
)
def test_vote_buying_is_recorded_as_another_kind(text, expecting):
    assert _read(text, expecting).value("kind") == "other"


@pytest.mark.parametrize(
    ("text", "identity"),
    [
        ("ห่วงว่านายกจะจำเสียงได้", "anonymous"),
        ("กลัวว่าถ้าให้ชื่อไปจะโดนเพ่งเล็ง", "anonymous"),
        ("mai tong bok chue ka", "anonymous"),
        ("bok chue dai loei", "named"),
        ("ชื่อบุญมีครับ", "named"),
        ("โทรหาได้ที่ 0891234567", "named"),
    ],
)
def test_the_choice_of_name_is_read_from_what_is_meant(text, identity):
    assert _read(text, "identity").value("identity") == identity


def test_a_name_given_without_a_pronoun_is_read():
    assert _read("ชื่อบุญมีครับ", "identity").value("name") == "บุญมี"


@pytest.mark.parametrize(
    "text",
    ["pom ja pai talad prung nee", "mae pai wat tae chao", "fon tok nak mak wan nee"],
)
def test_calm_romanised_thai_raises_no_alarm(text):
    assert _read(text).intent != "danger"


@pytest.mark.parametrize(
    ("text", "expecting", "name", "value"),
    [
        ("อำเภอห้วยลาชเด้อ", "district", "district", "3116"),
        ("บ้านกวดจ้า", "district", "district", "3108"),
        ("อบต.ลำดวนเก็บค่าขยะเกิน อ.ละหานซาย", "what", "district", "3106"),
        ("ต.ลำดวล อ.กระสัง", "subdistrict", "subdistrict", "310302"),
        ("อบต.ลำดวลค่ะ", "agency", "agency", "อบต.ลำดวน"),
        ("โรงบาลสตึกค่ะ", "agency", "agency", "รพ.สตึก"),
        ("โฮงบาลนางรองเด้อ", "agency", "agency", "รพ.นางรอง"),
    ],
)
def test_places_spelled_as_they_are_said_are_found(text, expecting, name, value):
    assert _read(text, expecting).value(name) == value


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("ท่านปลัดอำเภอเลยค่ะ", "ปลัดอำเภอ"),
        ("ท่านกำนันค่ะ", "กำนัน"),
        ("ท่านนายกเลยจ้า", "นายก"),
        ("ปลัดสมชายนั่นแหละ", "ปลัดสมชาย"),
    ],
)
def test_a_spoken_title_is_kept_without_its_honorific_and_emphasis(text, official):
    assert _read(text, "official").value("official") == official


@pytest.mark.parametrize(
    ("text", "expecting", "intent", "faq"),
    [
        ("plod pai mai kha", "consent", "question", "is_safe"),
        ("ja plod phai mai krub", "summary", "question", "is_safe"),
        ("mai khrap", "consent", "no", None),
        ("how many days till the committee reads my report?", "summary", "question", "how_long"),
        ("อีกกี่วันเจ้าหน้าที่จะเห็นเรื่อง", "summary", "question", "how_long"),
    ],
)
def test_a_question_back_is_read_as_the_question_it_is(text, expecting, intent, faq):
    got = _read(text, expecting)
    assert (got.intent, got.value("faq")) == (intent, faq)


@pytest.mark.parametrize(
    ("text", "expecting", "intent"),
    [
        ("เว้าไปแล้วเด้อ", "agency", "already_said"),
        ("เว้าไว้แล้วเด้ อำเภอนางรอง", "district", "already_said"),
        ("นายกบอกไปแล้วว่าไม่ต้องจ่าย", "what", "answer"),
        ("ผู้ใหญ่เว้าแล้วว่าสิแจกเงินทุกหลัง", "what", "answer"),
    ],
)
def test_isan_already_said_is_talk_and_an_official_saying_it_is_a_story(text, expecting, intent):
    assert _read(text, expecting).intent == intent


@pytest.mark.parametrize(
    "text", ["nothing more to say, that is all", "ไม่มีอะไรจะเพิ่มแล้วค่ะ", "บ่มีหยังเพิ่มแล้วจ้า"]
)
def test_nothing_more_to_add_ends_the_telling(text):
    assert _read(text, "what_more").intent in ("done", "none")


@pytest.mark.parametrize(
    "text",
    [
        "อบต.ได้งบซ่อมถนนห้าแสน ซ่อมจริงไม่ถึงแสน ที่เหลือไม่รู้หายไปไหน",
        "เงินค่าอาหารเด็กเบิกไปครบ แต่เด็กได้กินแค่ครึ่ง เงินที่เหลือบ่ฮู้ไปไส",
        "they got 200,000 for the well but only spent 50,000, who knows where the rest went",
    ],
)
def test_not_knowing_where_the_money_went_is_part_of_the_story(text):
    got = _read(text, "what")
    assert (got.intent, got.value("agency") in (None, "อบต.")) == ("answer", True)
