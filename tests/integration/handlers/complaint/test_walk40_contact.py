"""walk40, beyond its strict xfails: a grandchild filing for a grandmother gives her own number
(the contact's, not the grandmother's), replayed through the same chat."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.test_walk40 import GRANDMA, TEMPLE

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Tuesday 8 December 2026, 06:20 in Buriram: the walk's hour."""
    return Clock(datetime(2026, 12, 7, 23, 20, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:500]}")
    return answer


#: The grandmother's walk up to the name question, filing with a name.
TO_THE_NAME = (
    *GRANDMA,
    "ไม่รู้ค่ะ",
    "ตำบลโนนสุวรรณ อำเภอโนนสุวรรณค่ะ",
    "ทุกเดือนค่ะ ล่าสุด 10 พ.ย.",
    "ไม่มีค่ะ",
    "ไม่มีค่ะ",
    "ยังไม่เคยค่ะ",
    "บอกชื่อค่ะ",
)


def test_the_grandmothers_name_at_the_contacts_name_question_is_hers(chat, services):
    """ "ยายชื่อนางบุญมา ใจดีค่ะ" asked for the grandchild's own name: the grandmother's name,
    kept as the one filed for; the grandchild's own name is still asked, and the number given
    after it is the grandchild's, under the grandchild's name."""
    chat.follow()
    for text in TO_THE_NAME:
        _said(chat, text)
    reply = _said(chat, "ยายชื่อนางบุญมา ใจดีค่ะ")
    assert "ชื่อ-นามสกุลของท่านเอง" in reply or "ชื่อของท่านเอง" in reply, reply
    _said(chat, "หนูชื่อนิด สมใจค่ะ")
    _said(chat, "0812345678 เบอร์หนูเองนะคะ ยายไม่มีโทรศัพท์")
    with services.uow() as uow:
        data = draft_of(services).data
        assert uow.vault.decrypt(data["affected_name_enc"]) == "นางบุญมา ใจดี"
        assert uow.vault.decrypt(data["name_enc"]) == "นิด สมใจ"
        assert uow.vault.decrypt(data["phone_enc"]) == "0812345678"


def test_the_tellers_own_post_is_not_masked_as_a_name(chat, services, runner):
    """An anonymous temple committee member's story opens "ดิฉันเป็นกรรมการวัดบ้านสวายจีก": at
    `tickets show` it stays hidden (it points to her), but as her post, not as her name."""
    chat.follow()
    for text in (
        *TEMPLE,
        "ยังไม่เคยค่ะ",
        "ไม่บอกชื่อค่ะ",
    ):
        _said(chat, text)
    reply = _said(chat, "ส่งค่ะ")
    reference = re.search(r"BRM-\d{4}-\d+", reply).group(0)
    shown = runner.invoke(args=["tickets", "show", reference]).output
    print(shown)
    what = next(line for line in shown.splitlines() if line.startswith("what"))
    assert "สวายจีก" not in what.split("ปีที่แล้ว")[0], what
    assert "[complainant's name]" not in what, what
