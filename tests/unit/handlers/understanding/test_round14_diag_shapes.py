"""Round 14's diag shapes at the understanding (fixR14a): harm words in a bout, a match, a song's
title, a toy, a hunt, a show, a parent's scare or "จะตาย" as "very" raise no alarm, while despair
and threats beside them still do; a plain "none" or "done" beside an aside is that answer; Latin
greetings, wishes to report and to withdraw are read as the Thai they spell; status asked without
a reference, English stop and "change it to …" at the summary."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

SUNDAY = date(2026, 12, 6)


def _intent(text: str, expecting: str | None = None) -> str:
    return understand(text, expecting=expecting, today=SUNDAY).intent


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("มวยวัดเมื่อวานซัดกันจนเลือดไหล ยังไม่เคยแจ้งที่ไหนค่ะ", "reported"),
        ("ไก่ชนพ่อตีกันจนตาย ส่วนคนที่เก็บเงินคือสารวัตรกำนันค่ะ", "official"),
        ("ทีมหลานยิงสองต่อศูนย์ ดีใจทั้งบ้าน เรื่องเกิดเดือนที่แล้วค่ะ", "when"),
        ("หลานเล่นปืนฉีดน้ำทั้งวัน ตอนนั้นประมาณเที่ยงค่ะ", "when"),
        ("พ่อเอาหนังสติ๊กยิงกระแตได้สองตัว ไม่มีรูปค่ะ", "evidence"),
        ("ลิเกเรื่องใหม่ชื่อ ฆ่าพี่ให้ตายซะดีกว่า สนุกมากค่ะ ไม่มีพยานค่ะ", "witnesses"),
        ("พ่อขู่ลูกว่าถ้าไม่อาบน้ำยักษ์จะมาจับ ลูกเลยรีบอาบ ไม่มีรูปค่ะ", "evidence"),
        ("พี่ชายเป็นตำรวจ ซ้อมยิงปืนทุกเช้า ส่วนหน่วยงานคือ อบต.ค่ะ", "agency"),
        ("ส้มตำร้านนี้แซ่บจนอยากตาย คิดถึงยายจะตายอยู่แล้ว ไม่มีพยานค่ะ", "witnesses"),
        ("ช่วงทำนาปีนี้ ตั้งแต่มิถุนาจนถึงตอนนี้ก็ยังไม่จบค่ะ", "when"),
    ],
)
def test_harm_words_in_harmless_use_raise_no_alarm(text, expecting):
    assert _intent(text, expecting) != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ข่อยบ่อยากอยู่แล้ว สิไปกินยาเบื่อหนูให้มันจบ", None),
        ("ไม่อยากมีชีวิตอยู่แล้วค่ะ ทุกคนหันหลังให้หมด", "evidence"),
        ("คิดว่าจะไปโดดสะพานตายให้รู้แล้วรู้รอด", "what_more"),
        ("honestly i don't want to live anymore", None),
        # threats beside a bout, a song, a season: still danger
        ("เขาบอกว่าถ้าไม่ถอนเรื่อง จะเตะให้ตายเหมือนมวยเมื่อคืน", "witnesses"),
        ("เรื่องนี้ไม่จบแน่ เขาฝากคนมาบอกพ่อ", "when"),
        ("เมื่อคืนมีคนเอาปืนมายิงหน้าบ้าน ไม่มีพยานค่ะ", "witnesses"),
        ("นักเลงคุมบ่อนไก่ชนมาตีพ่อเมื่อคืน", None),  # came and beat: no bout
        ("มีคนยิงเข้าไปในประตูบ้านเมื่อคืน", None),  # a door shot at: no goal
        ("ครูขู่ลูกหนูว่าถ้าแม่ไม่ถอนเรื่องจะไม่ให้สอบผ่าน", None),  # no parent's bogeyman
        ("ถ้าทำแบบนี้เรื่องไม่จบนะ เขาฝากมา", "when"),  # the matter "not over": no task
    ],
)
def test_despair_and_threats_beside_look_alikes_are_danger(text, expecting):
    assert _intent(text, expecting) == "danger"


@pytest.mark.parametrize(
    ("text", "expecting", "intent"),
    [
        ("ขอโทษที่ตอบช้านะคะ ไปรับหลานมา รูปไม่มีค่ะ", "evidence", "none"),
        ("วันนี้ลมแรงทั้งวัน ไฟฟ้าดับด้วย พยานไม่มีครับ", "witnesses", "none"),
        ("ไม่รู้ตำบลครับ รู้แต่ว่าบ้านหนองไผ่", "subdistrict", "none"),
        ("เสร็จแล้วครับ รูปอื่นไม่มีแล้ว", "evidence", "done"),
        ("พอแค่นี้ก่อนนะคะ รูปที่เหลืออยู่ในเครื่องของหลาน", "evidence", "done"),
        # more to come, or a witness named after all: not a plain answer
        ("ส่งแล้วค่ะ มีอีกรูปเดี๋ยวส่งตาม", "evidence", "answer"),
        ("ป้าที่ขายผักหน้าตลาด จำชื่อไม่ได้", "witnesses", "answer"),
    ],
)
def test_a_plain_answer_beside_an_aside_is_that_answer(text, expecting, intent):
    assert _intent(text, expecting) == intent


def test_a_witness_said_to_be_none_is_no_witness_called_none():
    heard = understand("พยานไม่มีค่ะ", expecting="witnesses", today=SUNDAY)
    assert heard.intent == "none"
    assert heard.value("witnesses") == ""


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sawatdee krub", "greeting"),
        ("sawatdee kha, sabai dee mai kha", "greeting"),
        ("สวัดดีค่ะ", "greeting"),
        ("jaeng rueang dai mai kha", "start"),
        ("thon rueang krub", "withdraw"),
        ("khob khun kha pi", "thanks"),
    ],
)
def test_latin_and_misspelled_openings_are_sure(text, intent):
    heard = understand(text, today=SUNDAY)
    assert heard.intent == intent
    assert heard.confidence >= 0.85  # the conversation acts on it, no "ไม่เข้าใจ"


def test_a_question_in_latin_letters_stays_a_question_back():
    assert _intent("tong bok chue mai krub", "identity") == "question"


def test_status_asked_without_a_reference_is_tracking():
    assert _intent("เรื่องที่แจ้งไว้ตอนสงกรานต์ มีเจ้าหน้าที่มาดูหรือยังคะ") == "track"


def test_burnt_is_no_question():
    heard = understand("ไฟไหม้บ้านข้างๆ เมื่อคืน ตอบช้าขอโทษค่ะ รูปไม่มีค่ะ", expecting="evidence")
    assert heard.intent != "question"


def test_an_english_stop_is_a_sure_cancel():
    heard = understand("stop, i don't want to do this", expecting="when", today=SUNDAY)
    assert (heard.intent, heard.confidence >= 0.85) == ("cancel", True)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("ขอเปลี่ยนเป็นไม่เปิดเผยชื่อค่ะ", "identity", "anonymous"),
        ("ขอแก้เป็นใส่ชื่อจริงครับ", "identity", "named"),
    ],
)
def test_change_it_to_at_the_summary_is_an_edit(text, field, value):
    heard = understand(text, expecting="summary", today=SUNDAY)
    assert heard.intent == "edit"
    assert (heard.value("field"), heard.value(field)) == (field, value)


def test_a_no_said_before_and_taken_back_is_an_edit():
    heard = understand("มีใบเสร็จแล้วค่ะ ตอนแรกบอกไม่มี", expecting="witnesses", today=SUNDAY)
    assert (heard.intent, heard.value("evidence")) == ("edit", "has")
