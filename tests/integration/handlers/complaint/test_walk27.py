"""walk27 (fixW27): what a villager told is understood and kept, not matched word for word.
A story of a headman keeping a cut of the flood relief names its kind: the kind is never asked;
a date or the doer's name corrected at a later question changes that value and the question
is asked again, never stored as its answer; "since August until now" in an edit runs to
today; a rank and a name told in a later bubble of the story is the official."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (
    draft_of,
    to_step,
)

pytestmark = ONE_DATABASE

KIND_ASKED = ("เป็นเรื่องแบบไหน", "What kind of thing happened")
PLAIN = {
    "consent": "ยินยอม",
    "agency": "อบต.ตาจง",
    "official": "ไม่รู้",
    "district": "ละหานทราย",
    "subdistrict": "ตาจง",
    "when": "เมื่อวาน",
    "what": "เขาเรียกเงินคนละ 300 บาท",
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
    """Every question left answered plainly, the summary sent: the ticket, and all the bot
    said on the way."""
    said = []
    for _ in range(len(answers) + 8):
        draft = draft_of(services)
        if draft.step == "summary":
            break
        said.append(texts(chat.say(answers.get(draft.step, "ไม่รู้"))))
    assert draft_of(services).step == "summary", draft_of(services)
    said.append(texts(chat.say("ส่ง")))
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        uow.session.expunge(ticket)
    return ticket, "\n".join(said)


# -- 1. the kind the story tells is not asked again ------------------------------------------
@pytest.mark.parametrize(
    "story",
    [
        "สวัสดีค่ะ ผู้ใหญ่บ้านหมู่ 5 หักเงินช่วยเหลือน้ำท่วมไว้ ชาวบ้านได้ไม่ครบค่ะ",
        "ผู้ใหญ่บ้านเอาส่วนแบ่งจากเงินช่วยเหลือน้ำท่วมทุกบ้านเลยค่ะ",
        "The village headman is taking a cut of the flood relief money from every house",
    ],
)
def test_a_cut_of_the_relief_kept_names_the_kind_and_it_is_not_asked(chat, services, clock, story):
    chat.follow()
    chat.say(story)
    said = [texts(chat.say("ค่ะ"))]
    ticket, later = _filed(chat, services)
    said.append(later)
    assert not any(asked in "\n".join(said) for asked in KIND_ASKED), said
    assert ticket.kind == "budget", ticket.kind


# -- 2. a correction typed at a later question ----------------------------------------------
def test_a_date_corrected_at_the_witness_question_changes_the_date_and_asks_again(
    chat, services, clock
):
    to_step(chat, services, "witnesses")
    reply = texts(chat.say("อ้อ วันที่ผิดค่ะ เป็นวันที่ 3"))
    draft = draft_of(services)
    assert draft.data.get("occurred_on") == "2026-12-03", draft.data
    assert draft.step == "witnesses" and not draft.data.get("witnesses"), draft.data
    assert "มีใครรู้เห็น" in reply, reply  # the question asked again
    ticket, _ = _filed(chat, services)
    assert ticket.occurred_on.isoformat() == "2026-12-03"
    assert "วันที่ผิด" not in (ticket.witnesses or "")


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("ชื่อคนทำผิดครับ ชื่อสมปอง", "สมปอง"),
        ("ชื่อคนทำบ่แม่นเด้อ ชื่อบุญมี", "บุญมี"),
        ("อ้อ ชื่อคนที่เรียกเงินผิดครับ เขาชื่อสมศักดิ์", "สมศักดิ์"),
    ],
)
def test_the_doers_name_corrected_at_the_evidence_question_is_the_official(
    chat, services, clock, said, name
):
    to_step(chat, services, "evidence")
    reply = texts(chat.say(said))
    assert name in reply, reply  # the new name said back to be checked
    chat.say("ใช่ครับ")
    draft = draft_of(services)
    assert draft.data.get("official") == name, draft.data
    assert draft.step == "evidence", draft.step  # back to the question that was asked
    ticket, _ = _filed(chat, services)
    assert ticket.official == name, ticket.official


# -- 3. "until now" in an edit ---------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "แก้วันที่ค่ะ ตั้งแต่เดือนสิงหาจนถึงตอนนี้",
        "change the date: since August until now",
        "edit the date, from August up to now",
    ],
)
def test_since_august_until_now_at_the_summary_runs_to_today(chat, services, clock, said):
    to_step(chat, services, "summary")
    reply = texts(chat.say(said))
    assert "ส.ค. – 7 ธ.ค." in reply or "Aug – 7 Dec" in reply, reply
    ticket, _ = _filed(chat, services)  # sent from the summary shown with the check
    assert ticket.occurred_on.isoformat() == "2026-08-01"
    assert "7 ธ.ค." in (ticket.occurred_text or ""), ticket.occurred_text


# -- 4. a rank and a name in a later bubble --------------------------------------------------
@pytest.mark.parametrize(
    ("later", "official"),
    [
        ("ส.ต.ท.สมพงษ์ เป็นคนเรียก", "ส.ต.ท.สมพงษ์"),
        ("คนเรียกชื่อ ร.ต.อ.ประยุทธ ครับ", "ร.ต.อ.ประยุทธ"),
    ],
)
def test_a_rank_and_a_name_in_a_later_bubble_is_the_official(
    chat, services, clock, later, official
):
    chat.follow()
    chat.say("สวัสดีครับ ผมโดนตำรวจด่านตรวจเรียกเงิน 2000 บาท ที่ด่านหน้าอำเภอนางรอง")
    chat.say(later)
    chat.say("ครับ")
    assert draft_of(services).data.get("official") == official, draft_of(services).data
    ticket, said = _filed(chat, services, {**PLAIN, "subdistrict": "ไม่รู้", "agency": "ไม่รู้"})
    assert ticket.official == official, ticket.official
    assert "คนที่ทำคือใคร" not in said, said


def test_a_rank_said_of_ones_own_son_is_no_official(chat, services, clock):
    to_step(chat, services, "witnesses")
    chat.say("ลูกชายเป็น ส.ต.ท. อยู่ สภ.นางรอง ค่ะ เขาแนะนำให้แจ้ง")
    assert draft_of(services).data.get("official") == "เจ้าหน้าที่การเงิน"
