"""walk29 (fixW29b): a worry about being found out, said while telling the story, is answered
and not kept as what happened, and the fact told beside it is kept in the details; where it was
reported before, typed in Latin letters with capitals, is kept as typed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE

PLAIN = {
    "consent": "ยินยอม",
    "kind": "3",
    "agency": "อบต.หนองแวง",
    "official": "ปลัด อบต.",
    "district": "ละหานทราย",
    "subdistrict": "ไม่รู้",
    "when": "เดือนที่แล้ว",
    "what": "เขาเบิกค่าอาหารเกินจริง",
    "evidence": "ไม่มี",
    "witnesses": "ไม่มี",
    "reported": "ไม่เคย",
    "identity": "ไม่บอกชื่อ",
}


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _filed(chat, services, answers=PLAIN) -> tuple[Ticket, str]:
    said = []
    for _ in range(len(answers) + 8):
        draft = draft_of(services)
        if draft is not None and draft.step == "summary":
            break
        step = draft.step if draft is not None else "consent"
        said.append(texts(chat.say(answers.get(step, "ไม่รู้"))))
    assert draft_of(services).step == "summary", draft_of(services)
    said.append(texts(chat.say("ส่ง")))
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        uow.session.expunge(ticket)
    return ticket, "\n".join(said)


# -- 2. a worry about being found out is answered, not kept as what happened -----------------
@pytest.mark.parametrize(
    ("worry", "fact", "fact_words"),
    [
        (
            "แต่มีแค่ผมกับปลัดเท่านั้นที่รู้เรื่องนี้ ถ้าไปถึงนายอำเภอเขาก็รู้ว่าเป็นผม",
            "ปลัดให้ผมเซ็นรับของแจกแทนชาวบ้าน 40 ชุด แต่แจกจริงแค่ 12 ชุด",
            "40 ชุด",
        ),
        (
            "เรื่องนี้รู้กันอยู่สองคนค่ะ ถ้าเรื่องแดงขึ้นมาเขาเดาออกแน่ว่าหนูเป็นคนแจ้ง",
            "หัวหน้าให้หนูแก้ใบเสร็จค่าน้ำมันรถจาก 800 เป็น 2,800 บาททุกเดือน",
            "2,800",
        ),
    ],
)
def test_a_worry_said_in_the_story_is_not_the_details_and_the_fact_is(
    chat, services, clock, worry, fact, fact_words
):
    chat.follow()
    chat.say("สวัสดีค่ะ ถ้าแจ้งเรื่องเจ้านายตัวเอง เขาจะรู้ไหมคะว่าเป็นใคร")
    answered = texts(chat.say(worry))
    chat.say(fact)
    chat.say("แจ้ง")
    ticket, _ = _filed(chat, services)
    details = ticket.description or ""
    assert fact_words in details, details
    assert worry not in details, details
    assert not details.startswith(worry[:12]), details
    assert answered.strip(), answered


# -- 4. where it was reported before, typed in Latin letters, kept as typed -------------------
@pytest.mark.parametrize(
    "told_to", ["Damrongdhama Center Surin", "Office of the Ombudsman Bangkok"]
)
def test_where_it_was_reported_is_kept_as_typed(chat, services, clock, told_to):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    answers = dict(PLAIN, reported="เคยแจ้งแล้วค่ะ", reported_to=f"{told_to} ครับ บอกไปแล้ว")
    answers["reported_ref"] = "ไม่มี"
    ticket, _ = _filed(chat, services, answers)
    assert ticket.reported_to and ticket.reported_to.startswith(told_to), ticket.reported_to


def test_a_line_of_the_story_read_as_danger_is_answered_and_still_kept_as_the_details(
    chat, services, clock
):
    chat.follow()
    chat.say("อบต.หนองแวงจัดโครงการแจกพันธุ์ข้าวให้ชาวบ้านค่ะ แต่แจกไม่ครบทุกบ้าน")
    answered = texts(chat.say("ปลัดเก็บเงินชาวบ้านคนละ 700 บาทค่าพันธุ์ข้าว ใครไม่จ่ายเขาขู่ว่าจะเผาบ้าน"))
    assert "191" in answered, answered  # the safety answer first
    chat.say("แจ้ง")
    ticket, _ = _filed(chat, services)
    assert "700" in (ticket.description or ""), ticket.description
