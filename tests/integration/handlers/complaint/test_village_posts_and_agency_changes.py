"""Issue 16's leftovers heard in the conversation (fixK16b): a post of a village's public body
typed at the agency question is who did it, never the agency; an agency changed in free words
at a later question ("จริงๆ ไม่ใช่ อบต.นะคะ เป็นเทศบาลตำบล…") is edited, and the question asked
goes on; a festival said with "last year" and a month keeps last year."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of
from tests.integration.handlers.complaint.test_walk16k import ANSWERS

# How the answers are read into the draft: the reading's, not the database's.
pytestmark = ONE_DATABASE

#: A story naming no one, so the official is first named at the agency question.
STORY = "เขาเก็บเงินค่าสมัครกู้คนละ 300 บาทค่ะ ไม่มีใบเสร็จ"


@pytest.fixture
def clock():
    """Sunday 6 December 2026 (2569 BE), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _to(chat, services, step: str, **answers) -> None:
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answer_until(chat, services, step, {**ANSWERS, **answers})


@pytest.mark.parametrize(
    ("said", "post"),
    [
        ("เหรัญญิกกองทุนหมู่บ้านค่ะ", "เหรัญญิกกองทุนหมู่บ้าน"),
        ("ประธาน อสม.ครับ", "ประธาน อสม."),
        ("กรรมการหมู่บ้านค่ะ", "กรรมการหมู่บ้าน"),
    ],
)
def test_a_village_body_post_at_the_agency_question_is_who_did_it(said, post, chat, services):
    _to(chat, services, "agency")
    reply = texts(chat.say(said))
    assert post in reply, reply
    draft = draft_of(services)
    assert draft.data.get("official") == post and not draft.data.get("agency"), draft.data


def test_an_agency_changed_in_free_words_at_the_witness_question(chat, services):
    _to(chat, services, "witnesses", agency="อบต.หนองกี่")
    reply = texts(chat.say("จริงๆ ไม่ใช่ อบต.นะคะ เป็นเทศบาลตำบลหนองกี่ค่ะ"))
    assert "ทต.หนองกี่" in reply and "ใครรู้เห็น" in reply, reply  # said back, then asked on
    draft = draft_of(services)
    assert draft.step == "witnesses" and draft.data["agency"] == "ทต.หนองกี่", draft.data
    assert not draft.data.get("witnesses"), draft.data


def test_an_office_denied_as_the_doer_is_no_change_of_agency(chat, services):
    _to(chat, services, "witnesses", agency="อบต.หนองกี่")
    chat.say("ไม่ใช่ อบต. ที่ทำ แต่เขาสั่ง")
    assert draft_of(services).data["agency"] == "อบต.หนองกี่"


def test_a_school_break_last_year_with_its_month_is_last_year(chat, services):
    _to(chat, services, "when")
    chat.say("ปิดเทอมใหญ่ปีที่แล้วค่ะ เดือนเมษา")
    draft = draft_of(services)
    dates = {k: v for k, v in draft.data.items() if k.startswith("occurred")}
    assert str(dates).count("2025-04") >= 1, dates
