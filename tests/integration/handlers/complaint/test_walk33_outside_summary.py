"""fixW33b (walk33, issue #16): a complaint filed here about another province shows its place at
the summary as said, with the other province ("… จ.ศรีสะเกษ (นอกจังหวัดบุรีรัมย์)"), counts it as
given and does not ask for it again; a Buriram complaint's place reads as before."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of
from tests.integration.handlers.complaint.test_walk16_said_once import PLAIN
from tests.integration.handlers.complaint.test_walk30_outside import _at_district
from tests.integration.handlers.complaint.test_walk_o32_outside import _to_district_with

pytestmark = ONE_DATABASE

NAMED = {**PLAIN, "identity": "บอกชื่อ สมชาย ใจดี 0812345678"}


def _summary(chat, services, answers: dict) -> str:
    """Answer each question until the summary; the summary's words."""
    reply = ""
    for _ in range(len(answers) + 8):
        step = draft_of(services).step
        if step == "summary":
            return reply
        reply = texts(chat.say(answers.get(step, "ไม่รู้")))
    raise AssertionError(f"never reached the summary: at {draft_of(services).step}")


def _place_row(summary: str) -> str:
    return summary.split("4. สถานที่", 1)[1].split("5. ", 1)[0]


def test_an_agency_of_another_province_shows_the_province_and_is_not_asked_again(chat, services):
    _to_district_with(chat, services, "สภ.กันทรลักษ์")
    chat.say("แจ้งที่นี่")
    summary = _summary(chat, services, NAMED)
    assert "จ.ศรีสะเกษ (นอกจังหวัดบุรีรัมย์)" in _place_row(summary), summary
    assert "สถานที่เกิดเหตุ" not in summary.split("1. ", 1)[0], summary  # not missing
    assert "เพิ่มสถานที่" not in summary, summary


def test_a_place_said_in_another_province_is_shown_as_said(chat, services):
    _at_district(chat, services)
    chat.say("อ.เมืองศรีสะเกษค่ะ")
    chat.say("แจ้งที่นี่")
    summary = _summary(chat, services, NAMED)
    row = _place_row(summary)
    assert "อ.เมืองศรีสะเกษ" in row and "(นอกจังหวัดบุรีรัมย์)" in row, row
    assert row.count("ศรีสะเกษ") == 1, row  # the province not said twice
    assert "เพิ่มสถานที่" not in summary, summary


def test_a_buriram_place_reads_as_before(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่อง")
    chat.say("ยินยอม")
    summary = _summary(chat, services, NAMED)
    assert "สตึก" in _place_row(summary) and "นอกจังหวัด" not in summary, summary
