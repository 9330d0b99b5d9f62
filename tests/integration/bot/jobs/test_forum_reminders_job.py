"""The day before a forum (Asia/Bangkok), those who will come get one reminder."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import time_machine

from bot.jobs import catalogue as jobs
from handlers.outreach import forums
from storage.users import user_for_line_id
from tests.factories import texts

FORUM_DAY = date(2026, 3, 14)


def _pushes(gateway):
    return [call for call in gateway.sent if call["kind"] == "push"]


def test_reminder_once_the_day_before_at_the_bangkok_day_boundary(chat, services, gateway):
    with time_machine.travel(datetime(2026, 3, 1, 3, 0, tzinfo=UTC), tick=False):
        chat.follow()
        with services.uow() as uow:
            forum = forums.create(
                uow,
                title="เวทีงบ อบต.",
                day=FORUM_DAY,
                at=time(9, 0),
                venue="วัดบ้านกรวด",
                latitude=14.42,
                longitude=103.09,
                actor="test",
            )
            uow.commit()
        chat.tap(f"rsvp={forum.id}:yes")
        with services.uow() as uow:  # a second person, who cannot come, gets nothing
            forums.rsvp(uow, user_for_line_id(uow, "U" + "c" * 32), forum.id, "no")
            uow.commit()

    # 23:30 on the 12th in Bangkok (16:30 UTC): two days before, not yet.
    with time_machine.travel(datetime(2026, 3, 12, 16, 30, tzinfo=UTC), tick=False):
        assert jobs.run_job(services, "forum-reminders")["queued"] == 0
    # 00:30 on the 13th in Bangkok, still the 12th in UTC: the day before.
    with time_machine.travel(datetime(2026, 3, 12, 17, 30, tzinfo=UTC), tick=False):
        assert jobs.run_job(services, "forum-reminders")["queued"] == 1
        assert jobs.run_job(services, "forum-reminders")["queued"] == 0
    with time_machine.travel(datetime(2026, 3, 13, 10, 0, tzinfo=UTC), tick=False):
        assert jobs.run_job(services, "forum-reminders")["queued"] == 0
    [push] = _pushes(gateway)
    assert push["to"] == chat.user_id
    assert "พรุ่งนี้เวลา 09:00" in texts(push["messages"]) and "วัดบ้านกรวด" in texts(push["messages"])
    assert push["messages"][-1]["type"] == "location"


def test_no_reminder_for_those_who_changed_their_mind_or_unfollowed(chat, services, gateway):
    with time_machine.travel(datetime(2026, 3, 1, 3, 0, tzinfo=UTC), tick=False):
        chat.follow()
        with services.uow() as uow:
            forum = forums.create(
                uow, title="เวที", day=FORUM_DAY, at=time(13, 0), venue="อบต.หนองกี่", actor="test"
            )
            uow.commit()
        chat.tap(f"rsvp={forum.id}:yes")
        chat.tap(f"rsvp={forum.id}:no")
        with services.uow() as uow:  # said yes, then blocked the account
            gone = user_for_line_id(uow, "U" + "d" * 32)
            forums.rsvp(uow, gone, forum.id, "yes")
            gone.following = False
            uow.commit()
    with time_machine.travel(datetime(2026, 3, 13, 2, 0, tzinfo=UTC), tick=False):
        assert jobs.run_job(services, "forum-reminders")["queued"] == 0
    assert _pushes(gateway) == []
