"""walk38 (fixW38): what a tester who read no code met on integ. At the summary, a village and a
new district in one edit ("แก้ 4 … บ้านหนองตาดอยู่ลำปลายมาศ บ่แม่นอำเภอเมือง") moves the place and
is answered; an agency of the old district dropped by the move is never said back as taken."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.complaint import understood
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

STORY = "ผู้ใหญ่บ้านเก็บเงินค่าน้ำจากรถน้ำ อบต.หนองตาด ถังละ 200 บาท"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


def _at_summary(chat, services) -> None:
    """repro.md #1-#8: the story first, filed anonymously with nothing more."""
    chat.follow()
    for text in (STORY, "แจ้ง", "ได้", "ไม่รู้", "ไม่มี", "ไม่มี", "ยังไม่เคย", "1"):
        _said(chat, text)
    assert draft_of(services).step == "summary"


# -- 1. a village and a new district in one edit -------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "แก้ 4 ครับ บ้านหนองตาดอยู่ลำปลายมาศ บ่แม่นอำเภอเมือง",
        "แก้ 4 ครับ อยู่อำเภอลำปลายมาศ",
    ],
)
def test_a_new_district_that_drops_the_agency_is_answered(chat, services, said):
    _at_summary(chat, services)
    reply = _said(chat, said)
    assert "ลำปลายมาศ" in reply, reply  # answered: the new district said back
    data = draft_of(services).data
    assert data.get("district") == "ลำปลายมาศ", data
    # the district denied ("บ่แม่นอำเภอเมือง") is no agency; the old district's one is asked again
    assert data.get("agency") != "อำเภอเมือง", data
    assert "อบต.หนองตาด" in reply and draft_of(services).step == "agency", reply


def test_a_said_back_value_dropped_in_the_same_message_is_not_said():
    """The pattern behind the crash, wherever it is said back: an agency taken and then dropped
    by the district moved in the same message is left out, the district still said."""
    data = {"district": "ลำปลายมาศ", "agency": None}
    said = understood.said_back(data, ["agency", "district", "behalf", "kind"], None)
    assert [s.key for s in said] == ["note.understood"]
    assert [p.key for p in said[0].params["parts"]] == ["said.district"]
    assert understood.said_back({}, ["agency"], None) == []


# -- 3. a phone with a polite tail ("…ค่ะ บอกไปแล้วนะคะ") at the phone question ------------------
@pytest.mark.parametrize("said", ["092-333-4444 ค่ะ บอกไปแล้วนะคะ", "0923334444 ค่ะ บอกไปแล้ว"])
def test_a_phone_said_again_with_a_tail_is_taken(chat, services, said):
    to_step(chat, services, "phone")
    reply = _said(chat, said)
    assert draft_of(services).step == "summary", reply
    assert draft_of(services).data.get("phone_enc"), reply
