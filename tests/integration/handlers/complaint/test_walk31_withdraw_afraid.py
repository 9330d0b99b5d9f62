"""walk31 (fixW31): fear told with the wish to withdraw, or as the reason in words, gets the
safety answer first and the chair told, and the withdrawal goes on (never the reason menu
again)."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import submitted, texts
from tests.integration.handlers.test_conversations import chair, pushed_to  # noqa: F401

pytestmark = ONE_DATABASE

SAFETY = "ท่านไม่ได้อยู่คนเดียว"


@pytest.mark.parametrize(
    "said",
    [
        "อยากถอนเรื่องที่แจ้งไว้ครับ ผมกลัวเขาไม่ต่อสัญญาจ้าง",
        "ถอนเรื่องให้หน่อยค่ะ หนูกลัวโดนไล่ออกจากงาน",
    ],
)
def test_fear_said_with_the_wish_gets_safety_first_and_the_chair_told(
    chat,
    services,
    gateway,
    chair,  # noqa: F811
    said,
):
    reference = submitted(chat).reference
    reply = texts(chat.say(said))
    assert SAFETY in reply and "1567" in reply, reply
    assert reply.index(SAFETY) < reply.index(reference), reply  # the safety answer first
    assert reference in pushed_to(gateway, chair)
    done = texts(chat.say("ใช่ค่ะ"))
    assert f"ถอนเรื่อง {reference} แล้ว" in done, done


@pytest.mark.parametrize("said", ["ก็กลัวนั่นแหละค่ะ", "ก็บอกไปแล้วไงคะว่ากลัว", "พูดไปแล้วค่ะ ว่ากลัวเขา"])
def test_fear_as_the_reason_in_words_withdraws_with_safety(chat, services, gateway, chair, said):  # noqa: F811
    reference = submitted(chat).reference
    chat.say("ขอถอนเรื่องค่ะ")
    reply = texts(chat.say(said))
    assert SAFETY in reply, reply  # at once, with the reason said back (#16)
    assert "ถูกกดดัน" in reply and reference in reply, reply
    done = texts(chat.say("ถอนค่ะ"))
    assert f"ถอนเรื่อง {reference} แล้ว" in done, done
    assert reference in pushed_to(gateway, chair)
