"""A member checks the record against the code of an anchor the chairs were sent in LINE
(/committee/record-check, handlers/tickets/anchor_codes.py)."""

from __future__ import annotations

import re
import threading

import pytest
from sqlalchemy import select, text

from bot.jobs.records import verify_records
from storage import record_anchors
from storage.db import make_engine
from storage.models import AuditEntry
from tests.dashboard_login import sign_in
from tests.factories import add_member, add_ticket

STATE = re.compile(r'id="record-check" data-state="(\w+)"')


def _page(app, services, member_id: int, code: str) -> str:
    client = app.test_client()
    sign_in(client, services, member_id)
    answer = client.get("/committee/record-check", query_string={"code": code})
    assert answer.status_code == 200
    return answer.get_data(as_text=True)


def _state(page: str) -> str | None:
    found = STATE.search(page)
    return found.group(1) if found else None


def _anchored_code(services) -> str:
    made = verify_records(services, threading.Event())
    assert made["anchor"], made
    return record_anchors.code_of(made["anchor"])


def _delete_last_entry(database_url, reference: str) -> None:
    """A database writer deletes the ticket's last timeline entry (anchored since)."""
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "DELETE FROM ticket_events WHERE id = (SELECT max(e.id) FROM ticket_events e"
                " JOIN tickets t ON t.id = e.ticket_id WHERE t.reference = :r)"
            ),
            {"r": reference},
        )
    engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_tickets_rewritten_since_the_code_are_named_only_to_those_who_may_see_them(
    app, services, database_url
):
    """Two tickets anchored, then each loses an entry: the chair is told both. A ticket
    whose record no longer verifies is kept from every member with a tie (fail closed), so
    a reviewer tied to one district is told neither reference, only how many."""
    seen = add_ticket(services, district="ประโคนชัย")
    kept = add_ticket(services, district="นางรอง")
    chair = add_member(services, "chair")
    tied = add_member(services, "reviewer", conflicts=[("district", "นางรอง")])
    code = _anchored_code(services)
    assert _state(_page(app, services, chair, code)) == "intact"  # the control

    for reference in (seen, kept):
        _delete_last_entry(database_url, reference)

    page = _page(app, services, chair, code)
    assert _state(page) == "broken" and seen in page and kept in page
    page = _page(app, services, tied, code)
    assert _state(page) == "broken" and seen not in page and kept not in page
    assert "ดูไม่ได้หรือไม่มีอยู่แล้ว: 2 เรื่อง" in page


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_code_no_anchor_has_says_the_record_was_put_back_and_is_audited(app, services):
    """A well-formed code of no anchor published here: the record was put back to before
    it (or a typo, which the message says to rule out). Each check is an audit line that
    names its outcome, no ticket."""
    add_ticket(services)
    chair = add_member(services, "chair")
    code = _anchored_code(services)
    other = ("0" if code[0] != "0" else "1") + code[1:]
    page = _page(app, services, chair, other)
    assert _state(page) == "missing" and "ย้อนกลับ" in page
    with services.uow() as uow:
        details = uow.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "record_code_check")
        ).all()
    assert details == ["missing"]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_what_is_no_code_is_refused_without_a_look_up(app, services):
    """Too short, or not hex: the page says so and checks nothing (no audit line)."""
    chair = add_member(services, "chair")
    for typed in ("1234", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"):
        page = _page(app, services, chair, typed)
        assert _state(page) is None and "ไม่ใช่รหัสตรวจ" in page
    with services.uow() as uow:
        checks = uow.session.scalars(
            select(AuditEntry.id).where(AuditEntry.action == "record_code_check")
        ).all()
    assert checks == []
