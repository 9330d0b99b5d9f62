"""Organizers' campaign and forum pages: who may open them, and what organizers do there."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from bot.line.gateway import Quota
from handlers.directory import members
from handlers.outreach import campaigns
from storage.campaign_models import Campaign, Forum, ForumRsvp
from storage.models import AuditEntry
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, Chat, add_member

ROLES = ("reviewer", "chair", "organizer", "admin")
ORGANIZERS = {"organizer", "admin"}
SECRET = "test-channel-secret"
# Signed out, a form refused before anything is stored, the pages in English: Flask's and the
# templates', so on SQLite alone; making, sending, cancelling and counting run on both.
FLASKS = ONE_DATABASE


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


@pytest.fixture
def world(services):
    """One member of each role, a draft campaign and a forum next week."""
    ids = {role: add_member(services, role) for role in ROLES}
    with services.uow() as uow:
        draft = campaigns.create(uow, title="ร่าง", text="ข้อความร่างค่ะ", draft=True)
        forum = Forum(
            title="เวทีงบประมาณ", starts_at=datetime(2026, 3, 17, 2, 30, tzinfo=UTC), venue="ศาลา"
        )
        uow.session.add(forum)
        uow.commit()
        return {"ids": ids, "campaign": draft.id, "forum": forum.id}


def campaign_form(**fields) -> dict:
    """A valid new-campaign form (sent as a draft unless told otherwise)."""
    form = {
        "title": "ไม่รับ ไม่ให้ สินบน",
        "text": "ร่วมกันปฏิเสธสินบนทุกรูปแบบค่ะ",
        "image_url": "",
        "audience": "subscribers",
        "district": "เมืองบุรีรัมย์",
        "schedule": "now",
        "send_date": "",
        "send_time": "",
        "save_draft": "บันทึก",
    }
    form.update(fields)
    return form


FORUM_FORM = {
    "title": "เวทีธรรมาภิบาลท้องถิ่น",
    "day": "2026-03-20",
    "at": "09:30",
    "venue": "ศาลากลางบ้านหนองโบสถ์",
    "latitude": "15.01",
    "longitude": "103.1",
    "agenda": "งบประมาณ อบต. ปี 2569",
    "submit": "บันทึก",
}
ANNOUNCE = {"audience": "subscribers", "district": "นางรอง", "schedule": "now", "submit": "ส่ง"}


def routes(world) -> list[tuple[str, str, dict]]:
    """Every organizers' route: method, URL and a form that works."""
    page = f"/committee/campaigns/{world['campaign']}"
    forum = f"/committee/forums/{world['forum']}"
    when = {"schedule": "at", "send_date": "2026-04-01", "send_time": "09:00"}
    return [
        ("GET", "/committee/campaigns", {}),
        ("GET", "/committee/campaigns/new", {}),
        ("POST", "/committee/campaigns/new", campaign_form()),
        ("GET", page, {}),
        ("POST", f"{page}/test", {}),
        ("POST", f"{page}/schedule", when),
        ("POST", f"{page}/resume", {}),
        ("POST", f"{page}/cancel", {}),
        ("GET", "/committee/forums", {}),
        ("GET", "/committee/forums?past=1", {}),
        ("GET", "/committee/forums/new", {}),
        ("POST", "/committee/forums/new", FORUM_FORM),
        ("GET", forum, {}),
        ("POST", f"{forum}/announce", ANNOUNCE),
    ]


def _call(client, method: str, url: str, form: dict):
    if method == "GET":
        return client.get(url)
    return client.post(url, data={**form, "csrf_token": csrf_token(client)})


def _signed_in(app, services, member_id: int):
    client = app.test_client()
    assert sign_in(client, services, member_id).status_code == 303
    return client


def _new_campaign(client, **fields) -> int:
    response = _call(client, "POST", "/committee/campaigns/new", campaign_form(**fields))
    assert response.status_code == 303, response.get_data(as_text=True)
    return int(response.location.rsplit("/", 1)[-1])


def _citizens(app, gateway, count: int) -> list[Chat]:
    chats = [Chat(app.test_client(), gateway, "U" + uuid.uuid4().hex, SECRET) for _ in range(count)]
    for chat in chats:
        chat.follow()
    gateway.sent.clear()
    return chats


@pytest.mark.parametrize("role", ROLES)
def test_only_organizers_and_admins_open_these_pages(app, services, world, role):
    client = _signed_in(app, services, world["ids"][role])
    for method, url, form in routes(world):
        response = _call(client, method, url, form)
        if role in ORGANIZERS:
            assert response.status_code in (200, 303), (role, method, url, response.status_code)
            assert "signed-out" not in (response.location or ""), (role, url)
        else:
            assert response.status_code == 403, (role, method, url, response.status_code)
    nav = client.get("/committee/outbox" if role in ORGANIZERS else "/committee/tickets")
    assert ("/committee/campaigns" in nav.get_data(as_text=True)) == (role in ORGANIZERS)


@FLASKS
def test_nobody_signed_in_opens_them(app, services, world, gateway):
    client = app.test_client()
    for method, url, form in routes(world):
        response = _call(client, method, url, form)
        assert response.status_code == 302, (method, url)
        assert response.location.endswith("/committee/signed-out")
    with services.uow() as uow:
        assert [c.id for c in campaigns.all_campaigns(uow)] == [world["campaign"]]
        assert campaigns.get(uow, world["campaign"]).status == "draft"
    assert gateway.sent == []


def test_a_campaign_made_in_the_form_is_listed_and_stored(app, services, world):
    client = _signed_in(app, services, world["ids"]["organizer"])
    assert 'name="csrf_token"' in client.get("/committee/campaigns/new").get_data(as_text=True)
    campaign_id = _new_campaign(
        client,
        audience="district",
        district="นางรอง",
        schedule="weekly",
        send_date="2026-03-16",
        send_time="08:30",
        card="y",
        image_url="https://example.org/poster.jpg",
        save_draft="",
        save_schedule="ตั้งเวลา",
    )
    listing = client.get("/committee/campaigns").get_data(as_text=True)
    assert "ไม่รับ ไม่ให้ สินบน" in listing and "อ.นางรอง" in listing
    assert "16 มี.ค. 2569 08:30" in listing  # Asia/Bangkok, Buddhist-era year
    assert "ตั้งเวลาแล้ว" in listing and "ทุกสัปดาห์" in listing
    with services.uow() as uow:
        stored = campaigns.get(uow, campaign_id)
        assert (stored.status, stored.audience, stored.weekly) == (
            "scheduled",
            "district:นางรอง",
            True,
        )
        assert stored.next_run_at.astimezone(UTC) == datetime(2026, 3, 16, 1, 30, tzinfo=UTC)
        assert stored.as_card and stored.image_url == "https://example.org/poster.jpg"
        assert stored.created_by == f"member:{world['ids']['organizer']}"
        audit = uow.session.scalars(
            select(AuditEntry).filter_by(action="campaign_create", detail=str(campaign_id))
        ).one()
        assert audit.actor == f"member:{world['ids']['organizer']}"


@FLASKS
def test_the_form_refuses_what_line_would_refuse(app, services, world):
    client = _signed_in(app, services, world["ids"]["organizer"])
    url = "/committee/campaigns/new"
    too_long = _call(client, "POST", url, campaign_form(text="ก" * 5001))
    assert too_long.status_code == 422
    assert "ข้อความยาวเกิน 5000 ตัวอักษร" in too_long.get_data(as_text=True)
    # 2,501 emoji are 5,002 UTF-16 units, as LINE counts them: the handlers' check refuses it.
    emoji = _call(client, "POST", url, campaign_form(text="😀" * 2501))
    assert emoji.status_code == 422 and "ข้อความยาว 5002 ตัวอักษร" in emoji.get_data(as_text=True)
    plain_http = _call(client, "POST", url, campaign_form(image_url="http://example.org/a.jpg"))
    assert "https://" in plain_http.get_data(as_text=True) and plain_http.status_code == 422
    no_time = _call(client, "POST", url, campaign_form(schedule="at"))
    assert "กรุณาระบุทั้งวันที่และเวลา" in no_time.get_data(as_text=True)
    past = _call(
        client, "POST", url, campaign_form(schedule="at", send_date="2026-03-09", send_time="09:00")
    )
    assert "ผ่านไปแล้ว" in past.get_data(as_text=True)
    assert "ร่วมกันปฏิเสธสินบน" in past.get_data(as_text=True)  # what was typed is kept
    with services.uow() as uow:
        assert [c.id for c in campaigns.all_campaigns(uow)] == [world["campaign"]]


def test_an_organizer_cancels_a_campaign(app, services, world):
    client = _signed_in(app, services, world["ids"]["admin"])
    campaign_id = _new_campaign(
        client, schedule="at", send_date="2026-04-01", send_time="09:00", save_draft=""
    )
    page = f"/committee/campaigns/{campaign_id}"
    cancelled = _call(client, "POST", f"{page}/cancel", {})
    assert cancelled.status_code == 303
    shown = client.get(page).get_data(as_text=True)
    assert "ยกเลิกแคมเปญแล้ว" in shown and 'class="badge c-cancelled"' in shown
    assert f"{page}/cancel" not in shown  # nothing left to cancel
    with services.uow() as uow:
        assert campaigns.get(uow, campaign_id).status == "cancelled"
    again = _call(client, "POST", f"{page}/cancel", {})
    assert "ยกเลิกไม่ได้" in client.get(again.location).get_data(as_text=True)


def test_a_test_send_reaches_only_the_organizer(app, services, world, gateway):
    _citizens(app, gateway, 2)
    client = _signed_in(app, services, world["ids"]["organizer"])
    campaign_id = _new_campaign(client, text="ทดลองส่งค่ะ", audience="all")
    response = _call(client, "POST", f"/committee/campaigns/{campaign_id}/test", {})
    assert "ส่งทดลองถึง LINE ของคุณแล้ว" in client.get(response.location).get_data(as_text=True)
    services.sender.send_due()
    with services.uow() as uow:
        member = members.get_member(uow, world["ids"]["organizer"])
        me = uow.vault.decrypt(member.line_user_id_enc)
        assert campaigns.get(uow, campaign_id).status == "draft"
    assert gateway.sent == [
        {"kind": "push", "to": me, "messages": [{"type": "text", "text": "ทดลองส่งค่ะ"}]}
    ]


def test_a_member_without_line_is_told_so(app, services, world, gateway):
    with services.uow() as uow:
        member_id = members.add_member(uow, None, "ผู้ประสานงานไม่มีไลน์", "organizer").id
        uow.commit()
    client = _signed_in(app, services, member_id)
    page = f"/committee/campaigns/{world['campaign']}"
    assert "ยังไม่ได้ผูกกับ LINE" in client.get(page).get_data(as_text=True)
    response = _call(client, "POST", f"{page}/test", {})
    assert "ยังไม่ได้ผูกกับ LINE" in client.get(response.location).get_data(as_text=True)
    services.sender.send_due()
    assert gateway.sent == []


def test_a_short_quota_is_warned_of_then_held_then_forced(app, services, world, gateway):
    _citizens(app, gateway, 2)
    gateway.quota = lambda: Quota(1, used=0)
    client = _signed_in(app, services, world["ids"]["organizer"])
    campaign_id = _new_campaign(client, save_draft="", save_schedule="ส่ง")
    page = f"/committee/campaigns/{campaign_id}"
    assert 'id="quota-warning"' in client.get(page).get_data(as_text=True)
    jobs.run_job(services, "campaigns")
    assert gateway.sent == []
    listing = client.get("/committee/campaigns").get_data(as_text=True)
    assert "พักไว้ (โควตา)" in listing and "โควตาข้อความเดือนนี้ไม่พอ" in listing
    assert _call(client, "POST", f"{page}/resume", {"force": "1"}).status_code == 303
    jobs.run_job(services, "campaigns")
    [call] = gateway.sent
    assert call["kind"] == "multicast" and len(call["to"]) == 2
    shown = client.get(page).get_data(as_text=True)
    assert re.search(r'id="reached">2<', shown) and "ส่งแล้ว" in shown


def test_a_draft_is_scheduled_from_its_page(app, services, world):
    client = _signed_in(app, services, world["ids"]["organizer"])
    page = f"/committee/campaigns/{world['campaign']}"
    when = {"schedule": "at", "send_date": "2026-03-11", "send_time": "18:00"}
    assert _call(client, "POST", f"{page}/schedule", when).status_code == 303
    with services.uow() as uow:
        stored = campaigns.get(uow, world["campaign"])
        assert stored.status == "scheduled"
        assert stored.next_run_at.astimezone(UTC) == datetime(2026, 3, 11, 11, 0, tzinfo=UTC)
    assert "11 มี.ค. 2569 18:00" in client.get("/committee/campaigns").get_data(as_text=True)


def _rsvp_buttons(messages: list[dict]) -> list[str]:
    found = re.findall(r"'data': '(rsvp=[^']+)'", str(messages))
    assert found, messages
    return found


def test_a_forum_is_made_announced_and_counted(app, services, world, gateway):
    yes, no = _citizens(app, gateway, 2)
    client = _signed_in(app, services, world["ids"]["organizer"])
    created = _call(client, "POST", "/committee/forums/new", FORUM_FORM)
    assert created.status_code == 303
    forum_id = int(created.location.rsplit("/", 1)[-1])
    page = client.get(created.location).get_data(as_text=True)
    assert "เวทีธรรมาภิบาลท้องถิ่น" in page and "20 มี.ค. 2569 09:30" in page
    announced = _call(client, "POST", f"/committee/forums/{forum_id}/announce", ANNOUNCE)
    assert announced.status_code == 303 and "/committee/campaigns/" in announced.location
    jobs.run_job(services, "campaigns")
    [call] = gateway.sent
    assert call["kind"] == "multicast" and sorted(call["to"]) == sorted([yes.user_id, no.user_id])
    assert [m["type"] for m in call["messages"]] == ["flex", "location"]
    will_come, cannot = _rsvp_buttons(call["messages"])
    yes.tap(will_come)
    no.tap(cannot)
    no.tap(cannot)  # tapping twice counts once
    listing = client.get("/committee/forums").get_data(as_text=True)
    assert re.search(r'rsvp-yes">1<', listing) and re.search(r'rsvp-no">1<', listing)
    forum_page = client.get(f"/committee/forums/{forum_id}").get_data(as_text=True)
    assert 'id="rsvp-yes">1<' in forum_page and 'id="rsvp-no">1<' in forum_page
    assert announced.location.rsplit("/", 1)[-1] in forum_page  # the announcement is linked
    with services.uow() as uow:
        answers = uow.session.scalars(select(ForumRsvp.answer).filter_by(forum_id=forum_id))
        assert sorted(answers) == ["no", "yes"]
        [campaign] = uow.session.scalars(select(Campaign).filter_by(forum_id=forum_id))
        assert campaign.status == "sent"


@FLASKS
def test_a_forum_form_refusal_is_shown(app, services, world):
    client = _signed_in(app, services, world["ids"]["organizer"])
    past = _call(client, "POST", "/committee/forums/new", {**FORUM_FORM, "day": "2026-03-01"})
    assert past.status_code == 422 and "ต้องอยู่ในอนาคต" in past.get_data(as_text=True)
    half = _call(client, "POST", "/committee/forums/new", {**FORUM_FORM, "longitude": ""})
    assert half.status_code == 422 and "พิกัดต้องมีทั้งละติจูดและลองจิจูด" in half.get_data(as_text=True)
    with services.uow() as uow:
        assert uow.session.scalars(select(Forum.id)).all() == [world["forum"]]


@FLASKS
def test_the_pages_read_in_english_too(app, services, world):
    client = _signed_in(app, services, world["ids"]["admin"])
    client.post(
        "/committee/language",
        data={"lang": "en", "next": "/committee/campaigns", "csrf_token": csrf_token(client)},
    )
    pages = {
        "/committee/campaigns": "Draft",
        "/committee/campaigns/new": "Subscribers in a district",
        f"/committee/campaigns/{world['campaign']}": "Test send to my LINE",
        "/committee/forums": "Will come",
        "/committee/forums/new": "Latitude (optional)",
        f"/committee/forums/{world['forum']}": "Announce this forum",
    }
    for url, english in pages.items():
        response = client.get(url)
        assert response.status_code == 200 and english in response.get_data(as_text=True), url
