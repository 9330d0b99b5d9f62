"""At the summary people change their minds and their answers in their own words, without
"แก้" or "เปลี่ยนใจ": each is taken (or its question asked again), never re-asked as if the
summary were not understood."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
    to_step,
)

# Changes at the summary are read, not queried: SQLite only (filing on both: test_conversation).
pytestmark = ONE_DATABASE


def at_summary_named(chat, services):
    """A complaint at its summary, filed with the person's name and phone."""
    to_step(chat, services, "phone")
    chat.say("0812345678")
    assert draft_of(services).step == "summary"


def at_summary_anonymous(chat, services):
    """A complaint at its summary, filed without a name."""
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")
    assert draft_of(services).step == "summary"


@pytest.mark.parametrize(
    "said",
    [
        "ไม่ต้องใส่ชื่อแล้วค่ะ",
        "ขอไม่บอกชื่อแล้วกันนะคะ",
        "บ่ใส่ชื่อแล้วเด้อ",
        "ขอเป็นแบบไม่ระบุชื่อแทนค่ะ",
        "เปลี่ยนใจค่ะ ไม่เปิดเผยชื่อ",
    ],
)
def test_leaving_the_name_out_at_the_summary_is_taken(chat, services, said):
    at_summary_named(chat, services)
    chat.say(said)
    draft = draft_of(services)
    assert draft.data["anonymous"] is True
    assert not draft.data.get("name_enc") and not draft.data.get("phone_enc")
    assert draft.step == "summary"


@pytest.mark.parametrize("said", ["บอกชื่อก็ได้ค่ะ", "ใส่ชื่อผมไปเลยครับ", "เปลี่ยนใจ ขอบอกชื่อ"])
def test_giving_the_name_after_all_asks_for_it(chat, services, said):
    at_summary_anonymous(chat, services)
    chat.say(said)
    draft = draft_of(services)
    assert draft.data["anonymous"] is False and draft.step == "name"


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("มีพยานเพิ่มอีกคนค่ะ", "witnesses"),
        ("I want to add a witness", "witnesses"),
        ("ขอเล่าเพิ่มเติมค่ะ", "what"),
        ("หลักฐานมีเพิ่มค่ะ", "evidence"),
    ],
)
def test_adding_to_an_answer_asks_that_question_again(chat, services, said, step):
    at_summary_anonymous(chat, services)
    asked = chat.say(said)
    assert draft_of(services).step == step
    assert "ยืนยัน" not in texts(asked)  # the question itself, not the summary again


def test_a_wrong_district_with_the_right_one_is_changed(chat, services):
    at_summary_anonymous(chat, services)
    chat.say("อำเภอผิดค่ะ ที่ถูกคือประโคนชัย")
    assert draft_of(services).data["district"] == "ประโคนชัย"
