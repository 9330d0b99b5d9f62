"""Abandoned drafts: one gentle reminder after a day, expiry after a week, the citizen told."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import select

from bot.jobs import registry as jobs
from storage.models import Draft
from tests.factories import quick_data, texts
from tests.scheduling import bkk, pushes

LEFT = bkk(2026, 3, 10, 23, 50)  # the citizen stops typing ten minutes before midnight


def leave_a_draft(chat):
    with time_machine.travel(LEFT, tick=False):
        chat.follow()
        chat.tap("menu=complain")
        return chat.tap("a=consent:yes")  # the question the draft now waits on


def run_at(services, moment):
    with time_machine.travel(moment, tick=False):
        return jobs.run_job(services, "drafts")


def draft_status(services):
    with services.uow() as uow:
        return uow.session.scalars(select(Draft.status)).one()


def test_one_reminder_after_a_day_then_the_citizen_can_continue(chat, services, gateway):
    question = leave_a_draft(chat)

    run_at(services, bkk(2026, 3, 11, 0, 10))  # a new day in Bangkok, but 20 minutes later
    run_at(services, LEFT + timedelta(hours=23, minutes=59))
    assert pushes(gateway, chat.user_id) == []

    run_at(services, LEFT + timedelta(hours=24))
    run_at(services, LEFT + timedelta(hours=25))
    run_at(services, LEFT + timedelta(days=3))
    [reminder] = pushes(gateway, chat.user_id)
    assert "กรอกเรื่องไว้ยังไม่เสร็จค่ะ" in texts(reminder)
    buttons = quick_data(reminder)
    assert set(buttons) == {"กรอกต่อ", "ยกเลิก", "ปิดการเตือน"}

    with time_machine.travel(LEFT + timedelta(days=3, minutes=5), tick=False):
        answer = chat.tap(buttons["กรอกต่อ"])
    assert quick_data(answer) == quick_data(question)  # the step it stopped at, asked again
    assert texts(question).splitlines()[-1] in texts(answer)
    assert draft_status(services) == "open"


def test_a_week_old_draft_expires_and_the_citizen_is_told_once(chat, services, gateway):
    leave_a_draft(chat)
    run_at(services, LEFT + timedelta(days=1, hours=1))

    run_at(services, LEFT + timedelta(days=7) - timedelta(minutes=1))
    assert draft_status(services) == "open"
    run_at(services, LEFT + timedelta(days=7))
    run_at(services, LEFT + timedelta(days=8))

    assert draft_status(services) == "expired"
    reminder, expired = pushes(gateway, chat.user_id)
    assert "ปิดไปแล้วค่ะ" in texts(expired) and "7 วัน" in texts(expired)
    assert quick_data(expired) == {"แจ้งเรื่องใหม่": "menu=complain"}
    with time_machine.travel(LEFT + timedelta(days=8, minutes=1), tick=False):
        again = chat.tap("menu=complain")
    assert "กรอกค้างไว้" not in texts(again)  # a fresh complaint, not the expired one
