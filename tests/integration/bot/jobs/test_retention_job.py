"""The daily retention job, moved through time: each period ends when configured, not before."""

from __future__ import annotations

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import time_machine
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from storage.models import AuditEntry, Draft, Evidence, ProcessedEvent, Ticket
from tests.factories import chair_confirms, media_event, submit
from tests.scheduling import bkk

START = bkk(2026, 3, 1, 9, 0)


def run_at(services, moment) -> dict:
    with time_machine.travel(moment, tick=False):
        return jobs.run_job(services, "retention")


def test_retention_is_listed_as_a_daily_job(runner):
    listed = runner.invoke(args=["jobs", "list"]).output
    [line] = [row for row in listed.splitlines() if row.startswith("retention ")]
    assert "cron(hour=3, minute=17)" in line


def test_cancelled_draft_text_and_its_photo_go_after_their_periods(chat, services):
    with time_machine.travel(START, tick=False):
        chat.follow()
        chat.tap("menu=complain")
        chat.tap("a=consent:yes")
        chat.tap("a=kind:bribery")
        chat.say("อบต.ตะโก")
        chat.post(media_event("image", chat.user_id))
        chat.say("ยกเลิก")
        chat.say("ใช่")  # cancelling asks to confirm
    # The download happened: the photo sits in the evidence directory.
    data = b"photo of the envelope"
    digest = hashlib.sha256(data).hexdigest()
    path = Path(services.config.evidence_dir) / digest[:2] / digest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (START.timestamp(), START.timestamp()))  # written when it was sent
    with services.uow() as uow:
        evidence = uow.session.scalars(select(Evidence)).one()
        evidence.status, evidence.storage_path, evidence.sha256 = "stored", str(path), digest
        uow.commit()

    early = run_at(services, START + timedelta(days=29, hours=23))
    assert early["drafts_purged"] == 0 and early["evidence_purged"] == 0
    assert path.exists()
    with services.uow() as uow:
        assert uow.session.scalars(select(Draft)).one().data["agency"] == "อบต.ตะโก"

    later = run_at(services, START + timedelta(days=30, minutes=1))
    assert later["drafts_purged"] == 1 and later["evidence_purged"] == 1
    assert later["files_removed"] == 1 and not path.exists()
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft)).one()
        assert draft.data == {} and draft.status == "cancelled"  # the row stays, the text goes
        assert uow.session.scalars(select(Evidence)).one().status == "purged"
    again = run_at(services, START + timedelta(days=31))
    assert again["drafts_purged"] == again["evidence_purged"] == again["files_removed"] == 0


def test_event_ids_pruned_after_the_redelivery_window(chat, services):
    with time_machine.travel(START, tick=False):
        chat.follow()
    with services.uow() as uow:
        assert uow.session.scalars(select(ProcessedEvent)).all()
    run_at(services, START + timedelta(days=6))
    with services.uow() as uow:
        assert uow.session.scalars(select(ProcessedEvent)).all()
    assert run_at(services, START + timedelta(days=7, minutes=1))["event_ids"] == 1
    with services.uow() as uow:
        assert uow.session.scalars(select(ProcessedEvent)).all() == []


def test_closed_ticket_identity_removed_after_a_year_open_one_kept(chat, services, runner):
    with time_machine.travel(START, tick=False):
        reference = submit(chat, anonymous=False).reference
        for status in ("in_review", "resolved"):
            assert runner.invoke(args=["tickets", "set-status", reference, status]).exit_code == 0
        chair_confirms(services, reference)  # a resolution takes effect when a chair confirms
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        uow.session.add(AuditEntry(actor="member:1", action="view_identity", ticket_id=ticket.id))
        for entry in uow.session.scalars(select(AuditEntry)):
            entry.at = START
        audited = len(uow.session.scalars(select(AuditEntry)).all())
        uow.commit()
        # The view and the two status changes, all audited at START.
        audited = len(uow.session.scalars(select(AuditEntry)).all())

    assert run_at(services, START + timedelta(days=364))["identities_removed"] == 0
    assert run_at(services, START + timedelta(days=366))["identities_removed"] == 1
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.complainant_name_enc is None and ticket.owner_line_id_enc == ""
        assert ticket.description and ticket.status == "resolved"
        assert uow.session.scalars(select(AuditEntry)).all()  # audit is kept longer
    assert run_at(services, START + timedelta(days=1826))["audit"] == audited


def test_periods_come_from_configuration(sqlite_url, tmp_path):
    from bot import create_app
    from tests.conftest import make_env

    env = make_env(sqlite_url, tmp_path, RETENTION_DRAFT_DAYS="3", RETENTION_EVENT_DAYS="2")
    app = create_app({"ENV": env, "TESTING": True})
    services = app.extensions["sujarit"]
    from bot.jobs.retention import policy

    assert policy(services).draft_contents == timedelta(days=3)
    assert policy(services).event_ids == timedelta(days=2)
    services.engine.dispose()
