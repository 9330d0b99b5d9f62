"""Unclear answers and unclear intent (issue 16, written by conv16c before any change): "not
sure" where a place is asked, "something is wrong" at the summary without saying what, "send it
anyway", an agency typed where the kind is asked, a refusal of consent tapped by mistake, and
Isan thanks. Each is taken or guided, never answered "not understood" again and again."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
    to_step,
)

# Unclear answers are read, not queried: SQLite only (filing on both kinds: test_conversation).
pytestmark = ONE_DATABASE

#: Not reached on the code these were written against (xfail, not strict: passes once fixed).
NOT_UNDERSTOOD = re.compile(r"ไม่เข้าใจ|didn't understand|not understand", re.I)


def _chips(reply: list[dict]) -> list[str]:
    items = [m.get("quickReply", {}).get("items", []) for m in reply]
    return [item["action"]["label"] for group in items for item in group]


@pytest.mark.parametrize("said", ["ไม่แน่ใจค่ะ", "not sure which one", "บ่แน่ใจเด้อ"])
def test_not_sure_of_the_sub_district_moves_on(chat, services, said):
    to_step(chat, services, "subdistrict")
    reply = chat.say(said)
    assert draft_of(services).step != "subdistrict", texts(reply)
    assert not NOT_UNDERSTOOD.search(texts(reply)), texts(reply)


@pytest.mark.parametrize(
    "said",
    [
        "มีข้อที่ไม่ตรงอยู่นะคะ",
        "เหมือนจะผิดสักข้อ แต่ไม่แน่ใจว่าข้อไหน",
    ],
)
def test_something_wrong_at_the_summary_offers_the_items(chat, services, said):
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")
    reply = chat.say(said)
    chips = _chips(reply)
    named = [c for c in chips if re.search(r"หน่วยงาน|วัน|อำเภอ|ตำบล|เรื่อง|พยาน|หลักฐาน", c)]
    assert len(named) >= 3, (texts(reply), chips)
    assert draft_of(services).step == "summary"


@pytest.mark.parametrize("said", ["งั้นส่งเลยก็ได้ค่ะ", "ช่างมันเถอะค่ะ ส่งไปเลย"])
def test_send_it_anyway_at_the_summary_files_it(chat, services, said):
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")
    chat.say(said)
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket)).first() is not None


def test_an_agency_typed_at_the_kind_question_is_kept_and_the_kind_asked(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    reply = chat.say("อบต.หนองกี่ครับ")
    draft = draft_of(services)
    assert "หนองกี่" in str(draft.data.get("agency")), draft.data
    assert draft.step == "kind", texts(reply)
    assert not NOT_UNDERSTOOD.search(texts(reply)), texts(reply)


@pytest.mark.parametrize("again", ["กดผิดค่ะ ยินยอมค่ะ", "ยินยอมค่ะ", "เปลี่ยนใจค่ะ ยินยอม"])
def test_a_refusal_of_consent_tapped_by_mistake_can_be_undone(chat, services, again):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ไม่ยินยอม")
    reply = chat.say(again)
    assert not NOT_UNDERSTOOD.search(texts(reply)), texts(reply)
    assert draft_of(services).step == "kind", texts(reply)


@pytest.mark.parametrize("said", ["ขอบใจหลายเด้อจ้า", "ขอบคุณหลายๆเด้อหล่า"])
def test_isan_thanks_are_thanks(chat, services, said):
    chat.follow()
    reply = chat.say(said)
    assert not NOT_UNDERSTOOD.search(texts(reply)), texts(reply)


@pytest.mark.parametrize("asked", ["ที่นี่เป็นหน่วยงานราชการไหมคะ", "is this run by the government?"])
def test_is_this_the_government_is_answered_plainly(chat, services, asked):
    """Written with the fix (not held out): who runs this, then the question again."""
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("เรียกเงิน")
    reply = texts(chat.say(asked))
    assert re.search(r"ไม่ใช่หน่วยงานของรัฐ|not a government office", reply), reply
    assert draft_of(services).step == "agency"
