"""walk36 (fixW36b): the English-speaking wife and the cleaner at the name and phone questions.
An email offered where a phone is asked is answered kindly (how the committee reaches people),
never "that number does not look right"; "anonymous then" at the phone question makes the
report anonymous, said so; a yes typed before the name and phone keeps neither in the name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """The walk's day: Monday 7 December 2026, Bangkok afternoon."""
    return Clock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))


def _says(chat, lines) -> None:
    for line in lines:
        chat.say(line)


_SARAH = [
    "English",
    "Hello, I need to report a police officer. At the checkpoint on the road from Prakhon Chai "
    "to Buriram town, an officer stopped my husband on 28 November and said he must pay 2000 "
    "baht or they will take his motorbike. There was no receipt.",
    "Yes please report it",
    "I agree",
]

_SELLER = [
    "สวัสดีค่ะ อยากร้องเรียนเจ้าหน้าที่เทศบาลเก็บค่าแผงตลาดเกินแล้วไม่ให้ใบเสร็จค่ะ",
    "แจ้งค่ะ",
    "แจ้งค่ะ",
    "ได้ค่ะ",
    "เก็บค่าแผงเกินค่ะ วันละ 50 แต่ประกาศแค่ 20",
    "เทศบาลเมืองบุรีรัมย์ค่ะ ตลาดสดเทศบาล",
    "เจ้าหน้าที่เก็บค่าแผง ชื่อนายสมศักดิ์ค่ะ",
    "ต.ในเมืองค่ะ",
    "ทุกวันเลยค่ะ ตั้งแต่เดือนตุลา",
    "ไม่มีค่ะ",
]


def _answer_until(chat, services, step: str, answers: dict[str, str], limit: int = 14) -> None:
    """Answer each question asked with the answer given for its step, until `step` is asked."""
    for _ in range(limit):
        now = draft_of(services).step
        if now == step:
            return
        chat.say(answers[now])
    raise AssertionError(f"never reached {step}: at {draft_of(services).step}")


_SARAH_ANSWERS = {
    "kind": "He demanded a bribe",
    "agency": "Prakhon Chai police station",
    "official": "a police officer at the checkpoint",
    "district": "Prakhon Chai",
    "subdistrict": "don't know",
    "when": "28 November",
    "evidence": "none",
    "witnesses": "none",
    "reported": "not yet",
    "identity": "2",
    "name": "Sarah Thompson",
}

_THAI_ANSWERS = {
    "kind": "เก็บเงินเกินค่ะ",
    "agency": "เทศบาลเมืองบุรีรัมย์ค่ะ",
    "official": "เจ้าหน้าที่เก็บค่าแผงค่ะ",
    "district": "เมืองบุรีรัมย์ค่ะ",
    "subdistrict": "ต.ในเมืองค่ะ",
    "when": "ทุกวันเลยค่ะ ตั้งแต่เดือนตุลา",
    "evidence": "ไม่มีค่ะ",
    "witnesses": "ไม่มีค่ะ",
    "reported": "ยังไม่เคยค่ะ",
    "identity": "2",
    "name": "สมศรี ใจดี",
}


def _at_phone_in_english(chat, services) -> None:
    chat.follow()
    _says(chat, _SARAH)
    _answer_until(chat, services, "phone", _SARAH_ANSWERS)


def _at_phone_in_thai(chat, services) -> None:
    chat.follow()
    _says(chat, _SELLER)
    _answer_until(chat, services, "phone", _THAI_ANSWERS)


def test_an_email_at_the_phone_question_is_answered_kindly_and_the_name_kept(chat, services):
    _at_phone_in_english(chat, services)
    said = texts(
        chat.say("I don't have a Thai phone number. Please use my email sarah.thompson@example.com")
    )
    assert "does not look right" not in said
    assert "email" in said.lower() and "LINE" in said
    draft = draft_of(services)
    assert draft.step == "phone"
    assert draft.data.get("name_enc") and not draft.data.get("anonymous")


def test_anonymous_then_at_the_phone_question_makes_it_anonymous_and_says_so(chat, services):
    _at_phone_in_english(chat, services)
    said = texts(chat.say("Fine, anonymous then."))
    assert "does not look right" not in said
    assert "without your name" in said
    draft = draft_of(services)
    assert draft.step == "summary"
    assert draft.data.get("anonymous") is True and not draft.data.get("name_enc")


def test_only_an_email_in_thai_is_answered_kindly(chat, services):
    _at_phone_in_thai(chat, services)
    said = texts(chat.say("ไม่มีเบอร์ค่ะ มีแต่อีเมล"))
    assert "ยังไม่ถูก" not in said
    assert "อีเมล" in said and "LINE" in said
    assert draft_of(services).step == "phone"


@pytest.mark.parametrize("line", ["งั้นไม่ใส่ชื่อก็ได้", "เปลี่ยนใจค่ะ ไม่ใส่ชื่อแล้ว"])
def test_no_name_then_in_thai_at_the_phone_question_makes_it_anonymous(chat, services, line):
    _at_phone_in_thai(chat, services)
    said = texts(chat.say(line))
    assert "ไม่ระบุชื่อ" in said
    draft = draft_of(services)
    assert draft.step == "summary"
    assert draft.data.get("anonymous") is True and not draft.data.get("name_enc")


def test_a_yes_before_the_name_and_phone_is_kept_out_of_the_name(chat, services):
    chat.follow()
    _says(chat, _SELLER)
    _answer_until(chat, services, "identity", _THAI_ANSWERS)
    chat.say("บอกค่ะ สมพร แก้วมณี 089-123-4567")
    draft = draft_of(services)
    with services.uow() as uow:
        assert uow.vault.decrypt(draft.data["name_enc"]) == "สมพร แก้วมณี"
        assert uow.vault.decrypt(draft.data["phone_enc"]) == "0891234567"


def test_english_typed_first_is_welcomed_in_english(chat, services):
    chat.follow()  # the welcome in Thai, before a word is heard
    said = texts(
        chat.say(
            "Hello, I need to report a police officer at a checkpoint near Prakhon Chai who "
            "asked my husband for 2000 baht."
        )
    )
    assert 'This is "Sujarit"' in said
    assert said.count('This is "Sujarit"') == 1
    again = texts(chat.say("Yes please report it"))
    assert 'This is "Sujarit"' not in again
