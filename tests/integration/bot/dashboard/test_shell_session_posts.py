"""One rule for a session opened with a link made at the command line (`members
login-link`): it reads, and every form that changes anything is refused, whatever the route.
The routes are read from the application itself, so a route added later is covered unless it
is named here as changing only the browser's own session."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from storage.models import AuditEntry, TicketEvent
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, add_ticket
from tests.integration.bot.dashboard.test_shell_sign_in import shell_signed_in

# What a shell session may still post: it changes the browser's session, not the records.
SESSION_ONLY = {"dashboard.login", "dashboard.logout", "dashboard.choose_language"}
READS = {"GET", "HEAD", "OPTIONS"}


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def _changing_routes(app) -> list:
    return [
        rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("dashboard.")
        and rule.endpoint not in SESSION_ONLY
        and rule.methods - READS
    ]


def _url(rule, reference: str) -> str:
    """The route's address with a real ticket's reference and plausible numbers."""
    path = rule.rule.replace("<reference>", reference)
    return re.sub(r"<(?:int:)?(\w+)>", "1", path)


def _written(services) -> tuple[int, int]:
    with services.uow() as uow:
        audit = uow.session.scalar(select(func.count()).select_from(AuditEntry))
        events = uow.session.scalar(select(func.count()).select_from(TicketEvent))
        return audit, events


def test_every_dashboard_form_refuses_a_session_opened_at_the_shell(app, services, runner):
    reference = add_ticket(services, status="in_review", name="นางสมศรี ใจดี", phone="0812345678")
    chair = add_member(services, "chair")
    add_member(services, "reviewer")
    client = shell_signed_in(app, runner, chair)
    before = _written(services)
    routes = _changing_routes(app)
    assert len(routes) > 30  # the enumeration found the dashboard's forms
    form = {
        "reason": "ตรวจสอบก่อนส่งต่อหน่วยงานที่เกี่ยวข้อง",
        "member_id": "1",
        "status": "in_progress",
        "body": "บันทึกภายใน",
        "agency": "อบต.สะเดา",
        "kind": "district",
        "value": "สตึก",
    }
    for rule in routes:
        url = _url(rule, reference)
        refused = client.post(url, data={**form, "csrf_token": csrf_token(client)})
        assert refused.status_code == 403, rule.rule
        assert "เครื่องเซิร์ฟเวอร์" in refused.get_data(as_text=True), rule.rule
    assert _written(services) == before  # nothing was done, nothing audited


def test_the_same_forms_pass_the_rule_for_the_members_own_link(app, services):
    """The chair's own link is not stopped by the rule (each route then decides)."""
    reference = add_ticket(services, status="in_review")
    chair = add_member(services, "chair")
    client = app.test_client()
    sign_in(client, services, chair)
    for rule in _changing_routes(app):
        answer = client.post(_url(rule, reference), data={"csrf_token": csrf_token(client)})
        assert "เครื่องเซิร์ฟเวอร์" not in answer.get_data(as_text=True), rule.rule


def test_a_shell_session_still_signs_out_and_changes_language(app, services, runner):
    chair = add_member(services, "chair")
    client = shell_signed_in(app, runner, chair)
    token = csrf_token(client)
    chosen = client.post(
        "/committee/language", data={"lang": "en", "next": "/committee/", "csrf_token": token}
    )
    assert chosen.status_code == 303
    assert client.post("/committee/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/committee/tickets").status_code == 302  # signed out
