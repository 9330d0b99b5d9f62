"""Thanks, greetings and an ok said alone, however long, against a fact said beside thanks:
the first answered while adding, the second attached (handlers/tickets/adding_on.py)."""

from __future__ import annotations

import pytest

from handlers.understanding import only_courtesy


@pytest.mark.parametrize(
    "said",
    [
        "ขอบคุณมากๆเลยนะคะที่ช่วยดูแลเรื่องนี้ให้",
        "ขอบใจหลายๆเด้อจ้า ขอบใจแท้ๆ",
        "โอเคค่ะ รับทราบค่ะ ขอบคุณค่ะ",
        "Thank you so much for your help!",
        "🙏🙏🙏🙏🙏",
    ],
)
def test_courtesy_alone(said):
    assert only_courtesy(said)


@pytest.mark.parametrize(
    "said",
    [
        "ขอบคุณค่ะ นายกรับเงินอีกแล้ว",
        "ขอบคุณค่ะ เมื่อวานปลัดมาที่บ้านอีก",
        "นายกรับเงินค่าเซ็นอีก 3,000 บาทเมื่อวานครับ ขอบคุณค่ะ",
        "ขอบคุณค่ะ ลืมบอกไปว่ามีพยานอีกคน ชื่อนายมี",
        "เจอกันแน่ 🔪🔪",
        "🔪🔪",
        "729-495",  # a number (a sum, a house number) read unsurely as a greeting
        "245-939",
    ],
)
def test_a_fact_or_harm_beside_thanks_is_not_courtesy(said):
    assert not only_courtesy(said)
