"""A date given as people say it is said back, summarised and kept as the days it means:
a month as a month, a few days as a span — never the month's first day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import first_on_both
from tests.factories import texts


@pytest.fixture
def clock():
    """Thursday 3 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 3, 3, 0, tzinfo=UTC))


# How a date is read is Python's; the draft and the ticket it is kept in are the same rows for
# every date: the first on both kinds of database, the others on SQLite.
@first_on_both(
    ("said", "said_back", "first_day"),
    [
        ("ตุลา", "ตุลาคม 2569", "2026-10-01"),
        ("2-3 วันก่อนค่ะ", "30 พ.ย. – 1 ธ.ค. 2569", "2026-11-30"),
        ("ตอนลอยกระทง", "23–25 พ.ย. 2569", "2026-11-23"),
    ],
)
def test_a_spoken_date_is_said_back_summarised_and_kept_as_its_days(
    chat, services, said, said_back, first_day
):
    chat.follow()
    for answer in ("แจ้งเรื่องครับ", "ยินยอมครับ", "เขาเก็บเงินคนละ 200 ครับ", "อบต.สะเดา"):
        chat.say(answer)
    for answer in ("ปลัด", "นางรอง", "สะเดา"):
        chat.say(answer)
    heard = texts(chat.say(said))
    assert said_back in heard
    assert "1 ต.ค." not in heard
    chat.say("ปลัดเก็บเงินคนละ 200 บาทตอนลงทะเบียนเบี้ยผู้สูงอายุ ใครไม่จ่ายไม่ลงให้")
    for answer in ("ไม่มี", "-", "ยังไม่เคย"):
        chat.say(answer)
    summary = texts(chat.say("ไม่บอกชื่อ"))
    assert said_back in summary
    assert "1 ต.ค." not in summary  # a month is never its first day
    chat.say("ส่ง")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.occurred_on.isoformat() == first_day
        assert ticket.occurred_text == said_back
