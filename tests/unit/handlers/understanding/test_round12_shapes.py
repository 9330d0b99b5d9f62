"""Round 12's diag shapes at the understanding (fix16a2): Thai typed by ear in Latin letters is
written back in Thai, a topic named after the wish to report is not a story, a time said of
who holds an office is not when it happened, kinds told by their shape, and a relay is who it
is filed for, out of the story."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import names_only_a_topic, understand, without_who_reports
from handlers.understanding.romanised import in_thai

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "thai"),
    [
        ("yinyom krub", "ยินยอมครับ"),  # "krub": the short a of ครับ typed as in "cup"
        ("muea wan sao tee laew krub", "เมื่อวันเสาร์ที่แล้วครับ"),  # วัน before a day, not วาน
        ("duean tee laew kha", "เดือนที่แล้วค่ะ"),
        ("mai mee laew kha, set laew", "ไม่มีแล้วค่ะ , เสร็จแล้ว"),  # the romaniser's "sert"
    ],
)
def test_thai_typed_by_ear_is_written_back_in_thai(typed, thai):
    assert in_thai(typed) == thai


def test_english_is_not_written_back_in_thai():
    assert in_thai("I want to report the mayor") is None


@pytest.mark.parametrize(
    ("typed", "expecting", "intent"),
    [
        ("yinyom krub", "consent", "yes"),
        ("tuk tong krub, song loei", "summary", "yes"),
        ("yak jaeng rueang phu yai baan krub", None, "start"),
        ("plod pai mai kha", "consent", "question"),  # a question back stays one
    ],
)
def test_latin_letter_thai_is_read_as_the_thai_it_spells(typed, expecting, intent):
    assert understand(typed, expecting=expecting, today=SUNDAY).intent == intent


def test_a_latin_letter_date_is_read():
    heard = understand("muea wan sao tee laew krub", expecting="when", today=SUNDAY)
    assert heard.value("date")["start"] == "2026-11-28"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("สวัสดีค่ะ แม่ครัวโรงเรียนค่ะ อยากแจ้งเรื่องเงินอาหารกลางวัน", True),
        ("sawatdee krub, yak jaeng rueang phu yai baan", True),
        ("สวัสดีค่ะ ครูเวรค่ะ อยากแจ้งเรื่อง ผอ.เก็บเงินค่าอาหารเด็กไปคนละ 20 บาททุกวัน", False),
    ],
)
def test_a_topic_after_the_wish_to_report_is_not_a_story(text, topic):
    assert names_only_a_topic(text) is topic


@pytest.mark.parametrize("said", ["ผอ.โรงเรียนคนที่มาใหม่ปีนี้ค่ะ", "the new headman elected last year"])
def test_a_time_said_of_who_holds_the_office_is_not_when_it_happened(said):
    assert understand(said, expecting="official", today=SUNDAY).value("date") is None


def test_a_time_said_beside_who_did_it_is_still_read():
    heard = understand("ปลัดครับ เมื่อวานนี้", expecting="official", today=SUNDAY)
    assert heard.value("date") is not None


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("งบหัวละ 36 บาท แต่ได้ซื้อของจริงแค่ 20 ค่ะ", "budget"),
        ("เบิกค่าชุดคนละ 500 แต่ให้จริงสามร้อย", "budget"),
        ("เรียกเงินคนละ 500 แต่ผมจ่ายแค่ 300", "bribery"),  # asked for: a bribe
        ("เขาเอาหนองน้ำสาธารณะไปถมสร้างบ้านตัวเองค่ะ", "abuse"),
    ],
)
def test_a_kind_is_told_by_its_shape(said, kind):
    assert understand(said, expecting="kind", today=SUNDAY).value("kind") == kind


@pytest.mark.parametrize(
    ("said", "relation"),
    [
        ("หนูพิมพ์แทนยายนะคะ ยายมองไม่ค่อยเห็น ปลัดเก็บเงินยายห้าร้อยค่ะ", "ยาย"),
        ("ผมช่วยพิมพ์ให้แม่ครับ ปลัดเก็บเงินแม่สามร้อย", "แม่"),
    ],
)
def test_typing_for_a_relative_is_who_it_is_filed_for_and_out_of_the_story(said, relation):
    assert understand(said, expecting="what", today=SUNDAY).value("behalf") == relation
    kept = without_who_reports(said)
    assert "พิมพ์" not in kept and "ร้อย" in kept, kept


@pytest.mark.parametrize(
    ("said", "expecting"),
    [
        ("ส่งรูปบ้านที่สร้างบนหนองแล้วค่ะ เสร็จแล้ว", "evidence"),
        ("ครูรู้ค่ะ แต่เขาไม่กล้าพูด กลัวไม่ได้ย้ายกลับบ้าน", "witnesses"),
        ("ผู้ใหญ่บ้านเอาดินมาถมหนองสาธารณะ แล้วสร้างบ้านให้ลูกสาว", "what"),
    ],
)
def test_the_tellers_photos_a_posting_and_an_officials_kin_are_no_threat(said, expecting):
    assert understand(said, expecting=expecting, today=SUNDAY).intent != "danger"


@pytest.mark.parametrize("said", ["เขาส่งรูปบ้านหนูมาแล้วค่ะ", "มีคนส่งรูปลูกมาให้ดู", "ระวังลูกสาวด้วยนะ"])
def test_photos_of_the_home_sent_to_the_teller_stay_a_threat(said):
    assert understand(said, expecting="evidence", today=SUNDAY).intent == "danger"
