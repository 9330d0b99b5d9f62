"""Despair is answered as a threat is, first and alone, and with someone to talk to: the
mental-health line (1323) beside the police and the complaint centres. A threat from someone
else is not answered with it. Written in users' words, none of them from the lexicon's."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import texts

# Despair is read, not queried: SQLite only (danger alerts on both kinds: test_danger_bounds).
pytestmark = ONE_DATABASE

LINE = "1323"


@pytest.mark.parametrize(
    "said",
    [
        "เหนื่อยหลายแล้วค่ะ บ่อยากอยู่แล้ว เงินก็โดนโกงหมด",
        "คิดจะกินยาฆ่าหญ้าตายไปให้รู้แล้วรู้รอด",
        "honestly I want to die, nobody helps us",
    ],
)
def test_despair_gets_the_mental_health_line(chat, said):
    answer = texts(chat.say(said))
    assert "191" in answer and LINE in answer


def test_despair_while_filing_keeps_the_complaint_and_gives_the_line(chat):
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    answer = texts(chat.say("ไม่อยากมีชีวิตอยู่แล้วค่ะ เขาเอาเงินผู้สูงอายุของแม่ไปหมด"))
    assert LINE in answer
    assert "ข้อมูลยังเก็บไว้ครบ" in answer  # the complaint being filed is kept


@pytest.mark.parametrize("said", ["เขาขู่ว่าจะเผาบ้านถ้าไม่ถอนเรื่อง", "มีคนถือปืนมายืนหน้าบ้านเมื่อคืน"])
def test_a_threat_from_someone_else_gets_no_mental_health_line(chat, said):
    answer = texts(chat.say(said))
    assert "191" in answer and LINE not in answer


def test_a_threat_with_nothing_being_filed_is_not_told_its_filing_is_kept(chat):
    """After filing (or before), the safety answer says nothing of "what you were filing": a
    woman threatened after filing read "ถ้ากำลังแจ้งเรื่องอยู่…" and wondered what it meant."""
    answer = texts(chat.say("มีคนมาถามที่บ้านว่าใครไปแจ้ง ขู่ว่าระวังตัวไว้"))
    assert "191" in answer and "ถ้ากำลังแจ้งเรื่องอยู่" not in answer
