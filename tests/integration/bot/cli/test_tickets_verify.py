"""`flask --app bot tickets verify [REF]`: the record holds while the application writes it,
and an edit made behind the application's back shows (and stays shown)."""

from __future__ import annotations

import re

from sqlalchemy import select, text

from storage import tickets
from storage.db import make_engine
from storage.models import Ticket
from storage.transparency_models import ChainVerification
from tests.factories import chair_confirms, submitted

HASH = re.compile(r"\b[0-9a-f]{64}\b")


def behind_the_back(database_url: str, sql: str, **params) -> None:
    """Change the database directly, as someone with database access would."""
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text(sql), params)
    engine.dispose()


def test_the_receipt_counts_the_first_entry_and_the_record_verifies(
    runner, chat, services, database_url
):
    reference, _, first, _ = submitted(chat)
    assert first == 1  # the receipt's count; its check code is on the status page
    for move in (["in_review"], ["forwarded", "--agency", "pacc"]):
        moved = runner.invoke(args=["tickets", "set-status", reference, *move])
        assert moved.exit_code == 0, moved.output
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.timeline[0].prev_hash == "0" * 64
        assert [e.prev_hash for e in ticket.timeline[1:]] == [
            e.entry_hash for e in ticket.timeline[:-1]
        ]

    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 0, checked.output
    assert "1 ticket(s) checked, 0 broken" in checked.output
    one = runner.invoke(args=["tickets", "verify", reference.lower()])
    assert one.exit_code == 0 and "1 ticket(s) checked" in one.output
    with services.uow() as uow:
        runs = uow.session.scalars(select(ChainVerification).order_by(ChainVerification.id)).all()
        assert [(r.scope, r.checked, r.broken) for r in runs] == [
            ("all", 1, 0),
            (reference, 1, 0),
        ]


def test_an_edit_to_a_ticket_outside_the_application_fails_verify(
    runner, chat, services, database_url
):
    reference = submitted(chat).reference
    behind_the_back(
        database_url,
        "UPDATE tickets SET agency = 'อบต.อื่น' WHERE reference = :ref",
        ref=reference,
    )

    checked = runner.invoke(args=["tickets", "verify"])

    assert checked.exit_code == 1
    assert f"BROKEN {reference}: ticket: its fields changed outside the application" in (
        checked.output
    )
    assert "0 broken" not in checked.output
    # The committee keeps working on the ticket; the application does not paper over the edit.
    assert runner.invoke(args=["tickets", "set-status", reference, "in_review"]).exit_code == 0
    again = runner.invoke(args=["tickets", "verify", reference])
    assert again.exit_code == 1 and f"BROKEN {reference}" in again.output


def test_an_edited_or_removed_timeline_entry_fails_verify(runner, chat, services, database_url):
    reference = submitted(chat).reference
    assert runner.invoke(args=["tickets", "set-status", reference, "in_review"]).exit_code == 0
    assert (
        runner.invoke(
            args=["tickets", "set-status", reference, "rejected", "--note", "ไม่ใช่เรื่องทุจริต"]
        ).exit_code
        == 0
    )
    chair_confirms(services, reference)  # the rejection takes effect when a chair confirms it
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0

    behind_the_back(
        database_url,
        "UPDATE ticket_events SET body = 'ส่งต่อแล้ว' WHERE to_status = 'rejected'",
    )
    edited = runner.invoke(args=["tickets", "verify", reference])
    assert edited.exit_code == 1 and "changed after it was written" in edited.output

    behind_the_back(database_url, "DELETE FROM ticket_events WHERE to_status = 'rejected'")
    removed = runner.invoke(args=["tickets", "verify", reference])
    assert removed.exit_code == 1
    assert "entries missing or added" in removed.output


def test_two_people_writing_to_one_ticket_one_after_the_other_keep_it_sealed(
    runner, chat, services
):
    reference = submitted(chat).reference
    with services.uow() as reviewer:
        ticket = tickets.by_reference(reviewer, reference)
        reviewer.commit()  # the page was read; the reviewer is still typing a note
        moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
        assert moved.exit_code == 0, moved.output
        tickets.add_timeline(reviewer, ticket, "note", "member:1", "โทรสอบถามแล้ว", internal=True)
        reviewer.commit()

    checked = runner.invoke(args=["tickets", "verify", reference])

    assert checked.exit_code == 0, checked.output
    with services.uow() as uow:
        entries = tickets.by_reference(uow, reference).timeline
        assert [e.kind for e in entries] == ["status", "status", "note"]


def test_a_time_moved_outside_the_application_fails_verify_in_any_connection_zone(
    runner, chat, services, database_url, monkeypatch
):
    reference = submitted(chat).reference
    # Times come back in the connection's zone (PostgreSQL); the seal is over UTC text.
    monkeypatch.setenv("PGTZ", "Asia/Bangkok")
    services.engine.dispose()
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 0, checked.output
    assert "1 ticket(s) checked, 0 broken" in checked.output

    later = (
        "datetime(updated_at, '+1 second')"
        if database_url.startswith("sqlite")
        else "updated_at + interval '1 second'"
    )
    behind_the_back(
        database_url,
        f"UPDATE tickets SET updated_at = {later} WHERE reference = :ref",
        ref=reference,
    )

    moved = runner.invoke(args=["tickets", "verify"])
    assert moved.exit_code == 1
    assert f"BROKEN {reference}: ticket: its fields changed outside the application" in (
        moved.output
    )


def test_public_counts_moved_between_districts_are_reported_and_counted_again(
    runner, services, database_url
):
    """A writer moves one district's kept counts to another (the totals still add up):
    `tickets verify` says so in plain words, counts them again from the tickets, and the
    next run finds them as the tickets say."""
    from storage.public_tally import DEFAULT_ZONE
    from storage.ticket_figures import public_counts
    from tests.factories import new_ticket

    with services.uow() as uow:
        for _ in range(3):
            new_ticket(uow, district="นางรอง")
        uow.commit()
    behind_the_back(
        database_url, "UPDATE public_counts SET district = 'ประโคนชัย' WHERE district = 'นางรอง'"
    )
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 1
    assert "public counts kept for ประโคนชัย, submitted" in checked.output
    assert "say 3, the tickets 0" in checked.output and "counted again" in checked.output
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0
    with services.uow() as uow:
        published = public_counts(uow, DEFAULT_ZONE, uow.now()).by_district_status
    assert {k: n for k, n in published.items() if n} == {("นางรอง", "submitted"): 3}


def test_public_durations_moved_to_shorter_times_are_reported(runner, services, database_url):
    from datetime import timedelta

    from tests.factories import NOW, new_ticket

    with services.uow() as uow:
        new_ticket(uow, status="in_review", taken_at=NOW + timedelta(hours=10))
        uow.commit()
    behind_the_back(database_url, "UPDATE public_durations SET slot = 1 WHERE measure = 'take'")
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 1
    assert "public durations kept for take 0.0 h say 1, the tickets 0" in checked.output


def _audited(services, detail: str) -> None:
    from storage import audit

    with services.uow() as uow:
        audit.record(uow, "member:1", "view_identity", detail)
        uow.commit()


def test_an_audit_entry_changed_in_sql_fails_verify(runner, services):
    _audited(services, "ตรวจสอบตัวผู้ร้องเรียน")
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'system' WHERE action = 'view_identity'"))

    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 1 and "audit log" in checked.output


def test_an_audit_entry_added_in_sql_fails_verify(runner, services):
    """Issue 17: an entry the application never wrote (a forged vouch or identity view, put
    in by SQL) is in no journal line: `tickets verify` names it."""
    _audited(services, "ตรวจสอบตัวผู้ร้องเรียน")
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0
    from datetime import timedelta

    with services.uow() as uow:  # dated after the journal's first entry, past the last minutes
        now = uow.now() + timedelta(minutes=5)
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail) "
                "VALUES (:at, 'member:2', 'grant_confirmed', 'member:3')"
            ),
            {"at": now},
        )

    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 1 and "audit log" in checked.output
    assert "not written by the application" in checked.output


def test_audit_entries_the_retention_job_let_go_do_not_fail_verify(
    services, database_url, tmp_path, gateway, clock
):
    from datetime import timedelta

    from bot import create_app
    from storage import retention
    from tests.conftest import make_env

    _audited(services, "เก่ามาก")
    # Two days later, the job with an audit period of one day: the entry is past it.
    env = make_env(database_url, tmp_path, RETENTION_AUDIT_DAYS="1")
    later = create_app(
        {"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": lambda: clock() + timedelta(2)}
    )
    with later.extensions["sujarit"].uow() as uow:
        retention.prune_records(uow, retention.RetentionPolicy(audit=timedelta(days=1)))
        uow.commit()

    assert later.test_cli_runner().invoke(args=["tickets", "verify"]).exit_code == 0


def test_a_second_audit_start_row_fails_verify(runner, services):
    """The table holds one start row: a second, put in by SQL beside it, is reported."""
    _audited(services, "ตรวจสอบ")
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_start (id, highest, noted_at, covered, seal) "
                "SELECT id + 1, highest, noted_at, covered, seal FROM audit_start"
            )
        )
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 1 and "2 audit start rows" in checked.output, checked.output
