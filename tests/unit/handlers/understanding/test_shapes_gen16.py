"""Shapes the models now carry (gen16): an ordinary answer that names harm to money, crops,
roads or a project is no threat; a threat said beside an answer or a wish to stop is; the
rules' single danger word gives way when both models read its sentence as calm, but not a
sentence shape of threat or an emoji of harm. No sentence here is in the examples or in the
held-out files."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

TODAY = date(2026, 12, 3)


def _read(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ต้นมันสำปะหลังตายเรียบเพราะเขาไม่ยอมซ่อมประตูน้ำ ทั้งที่เบิกงบซ่อมไปแล้ว", "what"),
        ("มีรูปตอนเขายิงพลุฉลองเปิดถนนด้วยเงินหลวงค่ะ", "evidence"),
        ("เขาฆ่าโครงการธนาคารข้าวทิ้ง แล้วเอาข้าวในยุ้งไปขายเอง", "what_more"),
        # The models outvote the rules' one word since the danger model learns from the
        # diagnosed rows.
        (
            "the flood nearly killed our rice because the dam money was never spent on the dam",
            "kind",
        ),
    ],
)
def test_harm_to_money_crops_or_projects_is_an_answer(text, expecting):
    assert _read(text, expecting).intent != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ขอถอนเรื่องค่ะ เมื่อคืนมีคนเอามีดมาฟันประตูบ้าน", None),
        ("ไม่อยากแจ้งต่อแล้วครับ เขาบอกว่าจะยิงลูกผมทิ้ง", "witnesses"),
        ("อบต.สะเดาค่ะ แต่ตอนนี้มีคนขี่รถตามหนูทุกวันตั้งแต่แจ้ง", "agency"),
        ("มีคลิปค่ะ แต่เขาว่าใครปล่อยคลิปนี้ออกไป ทั้งบ้านจะเจอดี", "evidence"),
    ],
)
def test_a_threat_beside_an_answer_or_a_wish_to_stop_is_danger(text, expecting):
    assert _read(text, expecting).intent == "danger"


def test_withdrawing_under_pressure_alone_stays_a_withdrawal():
    found = _read("ขอถอนเรื่องค่ะ ผู้ใหญ่มาอ้อนวอนที่บ้านทุกเย็น")
    assert found.intent == "withdraw"


def test_an_emoji_of_harm_is_not_outvoted():
    assert _read("เห็นหน้าเมื่อไหร่ 🔪", "official").intent == "danger"
