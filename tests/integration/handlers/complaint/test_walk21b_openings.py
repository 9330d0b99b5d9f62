"""Round 21 (fixR21b): an opening that only says who is writing and that they want to report
something ("เรียนเจ้าหน้าที่ กระผมประสงค์จะร้องเรียน…", a Khmer hello and a self-introduction then
"อยากบอกเรื่อง…") is not the story: what happened is still asked, and the answer is the story.
A question asked before consenting is answered, and is not the consent."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

ASKS_WHAT = "ว่าใครทำอะไร"


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


def _to_the_questions(chat, opening: str) -> list[str]:
    """The opening, then yes to filing it and to consent, as a villager would say them."""
    chat.follow()
    return [_said(chat, opening), _said(chat, "แจ้งครับ"), _said(chat, "ยินยอมครับ")]


@pytest.mark.parametrize(
    "opening",
    [
        "เรียนท่านเจ้าหน้าที่ ดิฉันประสงค์จะร้องเรียนเรื่องการก่อสร้างถนนของเทศบาลค่ะ",
        "กราบเรียนเจ้าหน้าที่ครับ กระผมใคร่ขอร้องเรียนการจัดจ้างของ อบต. ครับ",
        "สวัสดีครับ ผมคนลาว มารับจ้างกรีดยาง อยากบอกเรื่องนายจ้างครับ",
        "ซัวสเดยจ๊ะ ยายอยู่บ้านหนองแวง อยากบอกเรื่องผู้ใหญ่บ้าน",
    ],
)
def test_an_opening_that_only_names_its_topic_is_not_the_story(opening, chat, services):
    answers = _to_the_questions(chat, opening)
    told = (draft_of(services).data.get("description") or "") if draft_of(services) else ""
    assert opening not in told, told
    assert any(ASKS_WHAT in a for a in answers) or not told, answers


def test_the_story_told_after_such_an_opening_is_kept(chat, services):
    _to_the_questions(chat, "เรียนท่านเจ้าหน้าที่ กระผมประสงค์จะร้องเรียนการจัดซื้อของ อบต. ครับ")
    if "ต้องการแจ้งเรื่องนี้ไหม" in _said(chat, "อบต. ซื้อเต็นท์หลังละ 40,000 บาท ราคาจริงไม่เกินหมื่นครับ"):
        _said(chat, "แจ้งครับ")
    data = draft_of(services).data
    # kept as the story, or beside the kind for the story question (never asked again)
    assert "40,000" in (data.get("description") or data.get("_told_beside") or ""), data


@pytest.mark.parametrize(
    "question",
    [
        "ก่อนจะตกลง ขอทราบว่าแจ้งเรื่องนี้มีค่าธรรมเนียมหรือเปล่าครับ",
        "ขออนุญาตถามก่อนนะคะ ร้องเรียนแล้วต้องจ่ายเงินอะไรไหมคะ",
    ],
)
def test_a_question_before_consent_is_answered_not_taken_as_consent(question, chat, services):
    chat.follow()
    _said(chat, "กำนันเก็บเงินค่าน้ำประปาบ้านละ 200 บาท ไม่มีใบเสร็จครับ")
    for _ in range(3):
        if draft_of(services) is not None:
            break
        _said(chat, "แจ้งครับ")
    answer = _said(chat, question)
    assert "ไม่มีค่าใช้จ่าย" in answer or "ฟรี" in answer or "ไม่เสียเงิน" in answer, answer
    assert "เป็นเรื่องแบบไหน" not in answer, answer
    assert not draft_of(services).data.get("consent"), draft_of(services).data
