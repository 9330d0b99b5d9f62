"""walk18 (fixW18a): a story told, then offered to be filed, is never lost by a question asked
at the offer: the question is answered and the offer stays; a loose yes files it, and "แจ้งเรื่อง"
files the kept story (not a blank one)."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

STORY = "กำนันตำบลโนนดินแดงเก็บเงินค่าลงชื่อรับถุงยังชีพน้ำท่วม 800 บาทค่ะ บ้านหนูอยู่ต.ส้มป่อย"


def _offered(chat) -> None:
    assert "ต้องการแจ้งเรื่องนี้ไหม" in texts(chat.say(STORY))


def _filing_began(answer: str) -> bool:
    return not any(s in answer for s in ("ต้องการแจ้งเรื่องนี้ไหม", "ยังไม่เข้าใจ", "จดไว้แล้ว"))


def test_a_worry_at_the_offer_is_answered_and_the_offer_stays(chat):
    _offered(chat)
    answer = texts(chat.say("ถ้ากำนันเขารู้ว่าหนูแจ้งจะทำยังไงคะ"))
    assert "วิธีใช้" not in answer, answer
    assert "แจ้ง" in answer and "ไม่ตอนนี้" in answer, answer  # the offer is still there


def test_a_loose_yes_after_a_worry_files_the_story(chat):
    _offered(chat)
    chat.say("ถ้าเขารู้จะเป็นไรไหมคะ")
    answer = texts(chat.say("งั้นก็แจ้งไปเลยละกันค่ะ"))
    assert _filing_began(answer), answer


def test_an_isan_yes_files_the_story(chat):
    _offered(chat)
    answer = texts(chat.say("เออ แม่นแล้ว แจ้งโลดเด้อ"))
    assert _filing_began(answer), answer


def test_report_after_a_worry_files_the_kept_story(chat, services):
    _offered(chat)
    chat.say("ถ้าเขารู้จะเป็นไรไหมคะ")
    answer = texts(chat.say("แจ้งเรื่อง"))
    assert _filing_began(answer), answer
    assert "ส้มป่อย" in (draft_of(services).data.get("description") or "")


def test_an_isan_yes_is_not_kept_as_a_line_of_the_story(chat, services):
    _offered(chat)
    answer = texts(chat.say("แม่นแล้วจ้า แจ้งโลด"))
    assert _filing_began(answer) and draft_of(services) is not None, answer
    told = draft_of(services).data.get("description") or ""
    assert "ส้มป่อย" in told and "แจ้งโลด" not in told, told
