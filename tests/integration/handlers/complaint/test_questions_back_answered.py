"""Questions a villager asks back that had no answer of their own: how long what they send
is kept and whether it can be erased, whether the exact date is needed, whether it can be
kept quiet, and whether one may report for someone else. Each is answered truly (the
retention is the deployment's own) and the same question is asked again; nothing is stored."""

from __future__ import annotations

import pytest

from bot.i18n import catalogue
from handlers.complaint.talk import faq_answer
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

# Questions back are answered from the catalogue, not the database: SQLite only.
pytestmark = ONE_DATABASE


@pytest.mark.parametrize(
    ("step", "asked", "answered", "again"),
    [
        ("when", "ต้องบอกวันที่เป๊ะๆ เลยไหมคะ", "ไม่ต้องบอกวันที่แน่นอน", "เกิดเมื่อไร"),
        ("when", "do I have to give the exact day?", "do not need the exact date", "When did"),
        ("identity", "ข้อมูลที่ให้ไปจะเก็บไว้นานแค่ไหนคะ", "ลบข้อมูลของฉัน", "บอกชื่อไหม"),
        ("identity", "ขอให้เรื่องนี้เป็นความลับได้ไหมคะ", "แจ้งแบบปิดบัง", "บอกชื่อไหม"),
        ("what", "แจ้งแทนแม่ได้ไหมคะ แม่พิมพ์ไม่เป็น", "แจ้งแทนคนอื่นได้", "เล่า"),
    ],
)
def test_a_question_back_gets_its_own_answer_and_the_question_again(
    chat, services, step, asked, answered, again
):
    to_step(chat, services, step)
    before = draft_of(services).data
    answer = texts(chat.say(asked))
    assert answered in answer and again in answer
    draft = draft_of(services)
    assert draft.step == step and draft.data == before


def test_how_long_a_name_is_kept_is_the_deployments_own_figure():
    said = faq_answer("kept_how_long", 180)
    thai = catalogue.text("th", said.key, **said.params)
    english = catalogue.text("en", said.key, **said.params)
    assert "180 วัน" in thai and "ลบข้อมูลของฉัน" in thai
    assert "180 days" in english and "erase my data" in english


def test_cost_asked_before_any_complaint_is_answered(chat):
    chat.follow()
    assert "ไม่มีค่าใช้จ่าย" in texts(chat.say("ค่าแจ้งเรื่องกี่บาทคะ"))
