"""Who may open which dashboard page: every route × role, login links, CSRF, cookies."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import create_app
from handlers.directory import members
from handlers.replies import Say, to_json
from storage import outbox, tickets
from storage.models import AuditEntry, OutboxMessage, TicketEvent
from tests.clock import Clock
from tests.conftest import ONE_DATABASE, make_env
from tests.dashboard_login import csrf_token, login_token, sign_in
from tests.factories import (
    NOW,
    add_evidence,
    add_member,
    add_ticket,
    shown,
    sign,
    text_event,
    webhook_body,
)

ROLES = ("reviewer", "chair", "organizer", "admin")
REVIEW = {"reviewer", "chair", "admin"}

# Sessions, CSRF tokens, an unknown login link, headers: Flask's, the same on either database,
# so on SQLite alone; every page's SQL (each role's pages), a link used once, an expired link,
# a removed member and a resend run on both.
FLASKS = ONE_DATABASE


@pytest.fixture
def clock():
    """A clock the test moves by hand."""
    return Clock(NOW)


@pytest.fixture
def world(services, tmp_path):
    """One member of each role, a named ticket with a photo, and a dead outbox message."""
    ids = {role: add_member(services, role) for role in ROLES}
    reference = add_ticket(services, name="นางสมศรี ใจดี", phone="0812345678")
    photo = tmp_path / "evidence" / "ab" / "photo"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    evidence = add_evidence(services, reference, photo, "image/png", clean_path=photo)
    with services.uow() as uow:
        notice = to_json([Say("drafts.start_again")])
        row = outbox.enqueue(uow, "push", notice, recipient="U" + "1" * 32, purpose="status:test")
        row.status = "dead"
        uow.commit()
        dead = row.id
    return {
        "ids": ids,
        "reference": reference,
        "evidence": evidence,
        "shown_evidence": shown(services, "evidence", evidence),
        "dead": dead,
    }


AGENCY_FORM = {"name": "สำนักงาน ป.ป.ท. เขต 3", "addressee": "ผู้อำนวยการ", "address": "โคราช"}


def routes(world) -> list[tuple[str, str, dict, set[str]]]:
    """Every dashboard route: method, URL, form, and the roles that may use it."""
    ref = world["reference"]
    base = f"/committee/tickets/{ref}"
    return [
        ("GET", "/committee/tickets", {}, REVIEW),
        ("GET", "/committee/tickets?status=submitted&mine=1&overdue=1&q=x", {}, REVIEW),
        ("GET", base, {}, REVIEW),
        ("GET", f"{base}/evidence/{world['shown_evidence']}", {}, REVIEW),
        ("GET", "/committee/figures", {}, REVIEW),
        ("GET", "/committee/tickets/export.csv", {}, REVIEW),
        ("GET", "/committee/tickets/export.xlsx", {}, REVIEW),
        ("GET", "/committee/outbox", {}, {"organizer", "admin"}),
        ("GET", "/committee/outbox/dead", {}, {"admin"}),
        ("POST", f"{base}/note", {"body": "ตรวจสอบแล้ว"}, REVIEW),
        ("POST", f"{base}/message", {"body": "ขอเอกสารเพิ่มค่ะ"}, REVIEW),
        # Admins open identity only where the chair's policy allows (not by default).
        ("POST", f"{base}/identity", {"reason": "ตรวจสอบตัวตนก่อนส่งต่อ ป.ป.ท."}, {"chair"}),
        ("POST", f"{base}/assign", {"member_id": world["ids"]["reviewer"]}, {"chair", "admin"}),
        ("POST", f"{base}/take", {}, REVIEW),
        ("POST", f"{base}/status", {"status": "needs_info", "reason": "ขอหลักฐาน"}, REVIEW),
        ("POST", f"/committee/outbox/{world['dead']}/resend", {}, {"admin"}),
        ("GET", "/committee/agencies", {}, REVIEW),
        ("POST", f"{base}/referral/letter", {"agency": "pacc"}, REVIEW),
        ("POST", f"{base}/referral/bundle", {"agency": "nacc"}, REVIEW),
        ("POST", f"{base}/referral/consent", {}, REVIEW),
        ("POST", f"{base}/referral/reference", {"agency_reference": "ปท 1/2569"}, REVIEW),
        ("POST", f"{base}/referral/answer", {"summary": "รับไว้ตรวจสอบ"}, REVIEW),
        ("POST", "/committee/agencies/pacc", AGENCY_FORM, {"chair", "admin"}),
        ("GET", "/committee/audit", {}, {"chair", "admin"}),
        ("GET", "/committee/accused-agencies", {}, {"chair", "admin"}),
        ("GET", "/committee/conflicts", {}, REVIEW),
        ("POST", "/committee/audit/policy", {"admins": "no"}, {"chair"}),
        (
            "POST",
            "/committee/sessions/end",
            {"member_id": world["ids"]["organizer"]},
            {"admin"},
        ),
    ]


def _call(client, method: str, url: str, form: dict):
    if method == "GET":
        response = client.get(url)
        response.get_data()  # a streamed export runs to its end, as a browser would read it
        return response
    return client.post(url, data={**form, "csrf_token": csrf_token(client)})


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_only_its_pages(app, services, world, role):
    client = app.test_client()
    assert sign_in(client, services, world["ids"][role]).status_code == 303
    for method, url, form, allowed in routes(world):
        response = _call(client, method, url, form)
        if role in allowed:
            assert response.status_code in (200, 303), (role, method, url, response.status_code)
            assert "signed-out" not in (response.location or ""), (role, url)
        else:
            assert response.status_code == 403, (role, method, url, response.status_code)


@FLASKS
def test_nobody_signed_in_sees_anything(app, world):
    client = app.test_client()
    for method, url, form, _allowed in routes(world) + [("GET", "/committee/", {}, set())]:
        response = _call(client, method, url, form)
        assert response.status_code == 302, (method, url)
        assert response.location.endswith("/committee/signed-out")
    assert "นางสมศรี" not in client.get("/committee/tickets/export.csv").get_data(as_text=True)


@FLASKS
def test_each_role_lands_on_its_own_page(app, services, world):
    landing = {
        "reviewer": "/committee/tickets",
        "chair": "/committee/tickets",
        "admin": "/committee/tickets",
        "organizer": "/committee/outbox",
    }
    for role, page in landing.items():
        client = app.test_client()
        assert sign_in(client, services, world["ids"][role]).location.endswith(page)
        assert client.get("/committee/").location.endswith(page)


def test_a_login_link_works_once(app, services, world):
    token = login_token(services, world["ids"]["reviewer"])
    url = f"/committee/login/{token}"
    first = app.test_client()
    first.get(url)  # opening the page (a link preview does this) does not use the link up
    assert first.post(url, data={"csrf_token": csrf_token(first, url)}).status_code == 303
    second = app.test_client()
    reused = second.post(url, data={"csrf_token": csrf_token(second, url)})
    assert reused.status_code == 403
    assert "หมดอายุหรือถูกใช้ไปแล้ว" in reused.get_data(as_text=True)
    assert second.get("/committee/tickets").status_code == 302


def test_an_expired_login_link_is_refused(app, services, world, clock):
    token = login_token(services, world["ids"]["chair"])
    clock.advance(minutes=10, seconds=1)
    client = app.test_client()
    url = f"/committee/login/{token}"
    assert client.post(url, data={"csrf_token": csrf_token(client, url)}).status_code == 403
    assert client.get("/committee/tickets").status_code == 302


@FLASKS
def test_an_unknown_login_link_is_refused(app, world):
    client = app.test_client()
    url = "/committee/login/not-a-real-token"
    assert client.post(url, data={"csrf_token": csrf_token(client, url)}).status_code == 403


@FLASKS
def test_signing_in_rotates_the_session_and_is_audited(app, services, world):
    client = app.test_client()
    before = csrf_token(client)
    sign_in(client, services, world["ids"]["reviewer"])
    assert client.post("/committee/logout", data={"csrf_token": before}).status_code == 400
    assert client.get("/committee/tickets").status_code == 200
    with services.uow() as uow:
        logins = uow.session.query(AuditEntry).filter_by(action="dashboard_login").all()
        assert [e.actor for e in logins] == [f"member:{world['ids']['reviewer']}"]


@FLASKS
def test_logging_out_ends_the_session(app, services, world):
    client = app.test_client()
    sign_in(client, services, world["ids"]["chair"])
    response = client.post("/committee/logout", data={"csrf_token": csrf_token(client)})
    assert response.status_code == 303
    assert client.get("/committee/tickets").status_code == 302


def test_a_removed_member_is_signed_out(app, services, world):
    client = app.test_client()
    sign_in(client, services, world["ids"]["reviewer"])
    with services.uow() as uow:
        members.remove_member(uow, world["ids"]["reviewer"], actor="test")
        uow.commit()
    assert client.get("/committee/tickets").status_code == 302


@FLASKS
def test_forms_without_a_csrf_token_are_refused(app, services, world):
    client = app.test_client()
    ref = world["reference"]
    token = login_token(services, world["ids"]["chair"])
    assert client.post(f"/committee/login/{token}").status_code == 400
    sign_in(client, services, world["ids"]["chair"])
    for url in (
        f"/committee/tickets/{ref}/take",
        f"/committee/tickets/{ref}/note",
        f"/committee/tickets/{ref}/identity",
        "/committee/logout",
    ):
        assert client.post(url, data={"body": "x"}).status_code == 400, url
        assert client.post(url, data={"body": "x", "csrf_token": "forged"}).status_code == 400
    with services.uow() as uow:
        assert uow.session.query(AuditEntry).filter_by(action="view_identity").count() == 0
        assert uow.session.query(TicketEvent).filter_by(kind="note").count() == 0
        assert tickets.by_reference(uow, ref).assignee_id is None
    assert client.get("/committee/tickets").status_code == 200  # still signed in


@FLASKS
def test_the_line_webhook_needs_no_csrf_token(app, world):
    body = webhook_body(text_event("สวัสดี"))
    response = app.test_client().post(
        "/callback",
        data=body,
        headers={
            "X-Line-Signature": sign(body, "test-channel-secret"),
            "Content-Type": "application/json",
        },
    )
    assert response.status_code == 200


@FLASKS
def test_session_cookie_is_secure_httponly_and_lax(database_url, tmp_path, gateway):
    app = create_app({"ENV": make_env(database_url, tmp_path), "GATEWAY": gateway})
    try:
        services = app.extensions["sujarit"]
        reviewer = add_member(services, "reviewer")
        client = app.test_client()
        url = f"/committee/login/{login_token(services, reviewer)}"
        response = client.post(
            url,
            data={"csrf_token": csrf_token(client, url)},
            base_url="https://sujarit.example.org",
        )
        cookie = response.headers["Set-Cookie"]
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert app.permanent_session_lifetime == timedelta(hours=8)
    finally:
        app.extensions["sujarit"].engine.dispose()


@FLASKS
def test_pages_forbid_framing_and_sniffing(app, services, world):
    client = app.test_client()
    sign_in(client, services, world["ids"]["reviewer"])
    response = client.get("/committee/tickets")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def test_admin_resends_a_dead_message_under_the_same_id(app, services, world):
    client = app.test_client()
    sign_in(client, services, world["ids"]["admin"])
    assert world["dead"] in client.get("/committee/outbox/dead").get_data(as_text=True)
    url = f"/committee/outbox/{world['dead']}/resend"
    assert client.post(url, data={"csrf_token": csrf_token(client)}).status_code == 303
    with services.uow() as uow:
        row = uow.session.get(OutboxMessage, world["dead"])
        assert (row.status, row.attempts) == ("sent", 0)  # sent again by the request itself
    assert client.post(url, data={"csrf_token": csrf_token(client)}).status_code == 404
