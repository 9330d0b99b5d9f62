"""Round 18 diag's danger side (fix18a): harm words at home and at work (the kitchen, stings,
crops, a doctor, a combat sport, a farm blade, a child's spanking, harmless "threats", the small
hours, a relative's death long past) are no threat; despair as a sleep never woken from and a
post or a right taken "if you still meddle" are; each beside a threat that keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

DECEMBER = date(2026, 12, 6)


def _read(text: str, step: str | None = None):
    return understand(text, expecting=step, today=DECEMBER)


@pytest.mark.parametrize(
    "said",
    [
        "พรุ่งนี้ต้องไปเชือดไก่ทำแกงเลี้ยงญาติ",
        "รอเขาล้มหมูที่โรงฆ่าสัตว์ตั้งแต่ตีห้า",
        "โดนแตนต่อยที่แขน บวมไปหมดเลย",
        "เพลี้ยลงนา ต้นข้าวตายเป็นหย่อมๆ",
        "หมอบอกว่าถ้าไม่ผ่าตัดอาจเสียชีวิตได้",
        "หมอให้ยาฆ่าเชื้อมากินสามวัน",
        "หลานแข่งคาราเต้ โดนเตะหน้าจนเลือดกำเดาไหล",
        "ไปฟันอ้อยทั้งวันเลย เมื่อยมาก",
        "แม่บอกว่าถ้าหนีเรียนอีกจะตีก้นให้ลาย",
        "ลุงชอบขู่ว่าจะลาออกจากกรรมการทุกปี",
        "ฟ้าขู่มาทั้งบ่ายแต่ไม่มีฝน",
        "my back is killing me after the harvest",
    ],
)
def test_harm_words_at_home_and_at_work_are_no_threat(said):
    assert _read(said).intent != "danger"


def test_a_relative_who_knows_of_a_death_long_past_is_a_witness():
    found = _read("ลูกชายเขาก็รู้ว่าพ่อตายไปสองปีแล้ว", "witnesses")
    assert found.intent == "answer"


@pytest.mark.parametrize(
    "said",
    [
        "เขาขู่ว่าจะเชือดผมเหมือนเชือดหมู",
        "มีคนโทรมาตอนตีสาม ไม่พูดอะไร ทุกคืน",
        "เขาบอกว่าจะตีให้ก้นลาย ถ้ายังไปแจ้งอำเภอ",
        "พ่อโดนยิงตายแล้วค่ะ",
        "อยากหลับไปเลย ไม่ต้องตื่นขึ้นมาอีก",
        "ถ้ายังยุ่งเรื่องเงินวัด ปีหน้าไม่ต้องมาเป็นกรรมการอีก",
        "ถ้าแกยังไม่หยุด หลานแกเตรียมหางานใหม่ได้เลย",
    ],
)
def test_threats_and_despair_beside_them_are_danger(said):
    assert _read(said).intent == "danger"
