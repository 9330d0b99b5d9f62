"""Who looked, and who may: the audit page and CLI, identity policy, revocable sessions,
messages only from the assignee or the chair, and throttles on what can be guessed."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from bot.i18n import catalogue
from handlers.directory import members
from handlers.throttles import LIMITS
from storage.models import Ticket
from tests.clock import Clock
from tests.dashboard_login import csrf_token, login_token, sign_in
from tests.factories import NOW, Chat, add_member, add_ticket, texts, waiting

WHY = "ติดต่อผู้ร้องเพื่อขอเอกสารเพิ่ม"
ANDROID_CHROME = (
    "Mozilla/5.0 (Linux; Android 13; SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.144 Mobile Safari/537.36"
)


@pytest.fixture
def clock():
    """A clock the test moves by hand."""
    return Clock(NOW)


def browser(app, services, member_id, user_agent: str | None = None):
    client = app.test_client()
    if user_agent:
        client.environ_base["HTTP_USER_AGENT"] = user_agent
    assert sign_in(client, services, member_id).status_code == 303
    return client


def post(client, url, **form):
    return client.post(url, data={**form, "csrf_token": csrf_token(client)})


def test_the_audit_page_and_cli_show_identity_views_first(app, services, runner):
    chair = add_member(services, "chair", "ประธานสมปอง")
    reviewer = add_member(services, "reviewer")
    reference = add_ticket(services, name="นางสาวกล้า", phone="0800000001")
    chair_web = browser(app, services, chair)
    post(chair_web, f"/committee/tickets/{reference}/identity", reason=WHY)
    post(chair_web, f"/committee/tickets/{reference}/note", body="บันทึกภายใน")
    browser(app, services, reviewer)  # signs in after the identity view: newer entry
    page = chair_web.get("/committee/audit").get_data(as_text=True)
    rows = page.split('id="audit"')[1]
    assert rows.index("เปิดดูข้อมูลผู้ร้อง") < rows.index("เข้าสู่ระบบ")
    assert WHY in rows and reference in rows and "ประธานสมปอง" in rows
    assert "นางสาวกล้า" not in page.replace(f"ประธานสมปอง: {WHY}", "")
    assert browser(app, services, reviewer).get("/committee/audit").status_code == 403
    output = runner.invoke(args=["audit", "list"]).output.splitlines()
    assert "view_identity" in output[0] and reference in output[0] and WHY in output[0]
    assert "dashboard_login" in output[1]
    only = runner.invoke(args=["audit", "list", "--identity"]).output
    assert "dashboard_login" not in only and "1 entry" in only


def test_the_audit_page_reads_in_thai_words_with_a_short_device_name(app, services):
    chair = add_member(services, "chair", "ประธานสมปอง")
    reviewer = add_member(services, "reviewer", "กรรมการสมศรี")
    reference = add_ticket(services)
    phone = browser(app, services, reviewer, ANDROID_CHROME)
    post(phone, f"/committee/tickets/{reference}/take")
    form = {"status": "rejected", "reason": "ไม่ใช่เจ้าหน้าที่รัฐ", "reason_code": "outside_scope"}
    post(phone, f"/committee/tickets/{reference}/status", **form)
    chair_web = browser(app, services, chair)
    proposal = waiting(services, reference)
    post(chair_web, f"/committee/tickets/{reference}/confirm", proposal=proposal)
    post(
        browser(app, services, add_member(services, "admin", "ผู้ดูแลสมชาย")),
        "/committee/sessions/end",
        member_id=reviewer,
    )
    rows = chair_web.get("/committee/audit").get_data(as_text=True).split('id="audit"')[1]
    codes = ("ticket_status", "->", "proposal ", "confirm_", "propose_", "dashboard_login")
    for code in (*codes, "sign_out_everywhere", "member "):
        assert code not in rows, code
    assert "Chrome บน Android" in rows and "Mozilla/5.0" not in rows
    assert "ยืนยันไม่รับเรื่อง" in rows and "ข้อเสนอที่ " in rows
    assert "จาก “กำลังพิจารณา” เป็น “ไม่รับพิจารณา”" in rows
    assert "กรรมการสมศรี: 1" in rows  # whose sessions were ended, by name


def test_sign_ins_are_apart_short_and_filtered_by_member_day_and_failure(app, services):
    chair = add_member(services, "chair", "ประธานสมปอง")
    reviewer = add_member(services, "reviewer", "กรรมการสมศรี")
    reference = add_ticket(services)
    phone = browser(app, services, reviewer, ANDROID_CHROME)
    post(phone, f"/committee/tickets/{reference}/take")
    # A link used twice: the second use fails, under the member's name; a made-up one too.
    token = login_token(services, reviewer)
    for attempt in (token, token, "made-up-token"):
        stranger = app.test_client()
        stranger.environ_base["HTTP_USER_AGENT"] = ANDROID_CHROME
        url = f"/committee/login/{attempt}"
        stranger.post(url, data={"csrf_token": csrf_token(stranger, url)})
    chair_web = browser(app, services, chair)

    def sections(query: str = "") -> tuple[str, list[str]]:
        page = BeautifulSoup(chair_web.get(f"/committee/audit{query}").data, "html.parser")
        logins = [li.get_text(" ", strip=True) for li in page.select("#logins li")]
        return page.select_one("#audit").get_text(" ", strip=True), logins

    acts, logins = sections()
    assert "เข้าสู่ระบบ" not in acts and "รับเรื่อง" in acts  # sign-ins are not in the log
    assert len(logins) == 5 and all("Mozilla" not in line for line in logins)
    assert sum("ไม่สำเร็จ" in line for line in logins) == 2
    _, failed = sections("?failed=1")
    assert len(failed) == 2 and all("ไม่สำเร็จ" in line for line in failed)
    assert any("กรรมการสมศรี" in line for line in failed)  # the used link was hers
    assert any("ลิงก์ไม่ถูกต้อง" in line for line in failed)  # nobody's link
    acts, mine = sections(f"?who={reviewer}")
    assert len(mine) == 3 and all("กรรมการสมศรี" in line for line in mine)
    assert reference in acts
    today = NOW.astimezone(services.config.tz).date()
    assert len(sections(f"?day={today.isoformat()}")[1]) == 5
    assert sections(f"?day={(today - timedelta(days=1)).isoformat()}")[1] == ["ไม่มีรายการ"]


def test_admins_see_identity_only_where_the_chairs_policy_allows(app, services):
    chair = add_member(services, "chair")
    admin = add_member(services, "admin")
    reference = add_ticket(services, name="นายกล้าหาญ", phone="0800000002")
    admin_web = browser(app, services, admin)
    url = f"/committee/tickets/{reference}/identity"
    assert post(admin_web, url, reason=WHY).status_code == 403
    assert "/identity" not in admin_web.get(f"/committee/tickets/{reference}").get_data(
        as_text=True
    )
    assert post(admin_web, "/committee/tickets/export.csv", reason=WHY).status_code == 403
    assert post(admin_web, "/committee/audit/policy", admins="yes").status_code == 403
    chair_web = browser(app, services, chair)
    post(chair_web, "/committee/audit/policy", admins="yes")
    assert "นายกล้าหาญ" in post(admin_web, url, reason=WHY).get_data(as_text=True)
    post(chair_web, "/committee/audit/policy", admins="no")
    assert post(admin_web, url, reason=WHY).status_code == 403
    # The privacy notice says what the code does.
    words = {"th": ("ผู้ดูแลระบบ", "ประธานอนุญาต", "เหตุผล"), "en": ("admin", "chair allow", "reason")}
    for language, expected in words.items():
        for key in ("welcome.privacy", "privacy.notice", "privacy.page.who"):
            notice = catalogue.text(language, key, url="https://example.org/privacy")
            assert all(word in notice for word in expected), (language, key)


def test_logout_ends_the_session_on_the_server(app, services):
    chair = add_member(services, "chair")
    client = browser(app, services, chair)
    stolen = client.get_cookie("session").value
    post(client, "/committee/logout")
    replay = app.test_client()
    replay.set_cookie("session", stolen)
    assert replay.get("/committee/tickets").status_code == 302


def test_removal_and_sign_out_everywhere_end_sessions(app, services, runner):
    admin = add_member(services, "admin")
    reviewer = add_member(services, "reviewer")
    chair = add_member(services, "chair")
    first, second = browser(app, services, reviewer), browser(app, services, reviewer)
    chair_web = browser(app, services, chair)
    admin_web = browser(app, services, admin)
    post(admin_web, "/committee/sessions/end", member_id=reviewer)
    assert first.get("/committee/tickets").status_code == 302
    assert second.get("/committee/tickets").status_code == 302
    assert chair_web.get("/committee/tickets").status_code == 200
    post(admin_web, "/committee/sessions/end")  # everyone, the admin too
    assert chair_web.get("/committee/tickets").status_code == 302
    assert admin_web.get("/committee/tickets").status_code == 302
    again = browser(app, services, reviewer)
    runner.invoke(args=["members", "remove", "--id", str(reviewer)])
    assert again.get("/committee/tickets").status_code == 302
    chair_web = browser(app, services, chair)
    assert "1 session(s) ended" in runner.invoke(args=["members", "sign-out", "--all"]).output
    assert chair_web.get("/committee/tickets").status_code == 302


def test_a_session_ends_after_eight_hours_whatever_happens(app, services, clock):
    chair = add_member(services, "chair")
    client = browser(app, services, chair)
    clock.advance(hours=7, minutes=59)
    assert client.get("/committee/tickets").status_code == 200
    clock.advance(minutes=2)
    assert client.get("/committee/tickets").status_code == 302


def test_only_the_assignee_or_the_chair_writes_to_the_complainant(app, services, gateway):
    assignee = add_member(services, "reviewer", "ผู้รับผิดชอบ")
    bystander = add_member(services, "reviewer", "คนอื่น")
    admin = add_member(services, "admin")
    chair = add_member(services, "chair")
    reference = add_ticket(services, status="in_review", assignee_id=assignee)
    url = f"/committee/tickets/{reference}/message"
    for member in (bystander, admin):
        web = browser(app, services, member)
        assert "/message" not in web.get(f"/committee/tickets/{reference}").get_data(as_text=True)
        post(web, url, body="ส่งเอกสารมาให้หน่อย", question="1")  # a crafted POST
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.status == "in_review"
        assert [e.kind for e in ticket.timeline if e.kind in ("message", "question")] == []
    post(browser(app, services, assignee), url, body="ได้รับแล้วค่ะ")
    post(browser(app, services, chair), url, body="ขอบคุณค่ะ")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert [e.kind for e in ticket.timeline if e.kind == "message"] == ["message", "message"]


def test_a_bystander_cannot_question_someone_elses_ticket_from_line(app, services, client, gateway):
    owner = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    other = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    with services.uow() as uow:
        owner_id = members.add_member(uow, owner.user_id, "ผู้รับ", "reviewer").id
        members.add_member(uow, other.user_id, "คนอื่น", "reviewer")
        uow.commit()
    reference = add_ticket(services, status="in_review", assignee_id=owner_id)
    assert "ถามผู้ร้องเรียนไม่ได้" in texts(other.tap(f"ask={reference}"))
    other.say("ขอเบอร์โทรผู้ใหญ่บ้านด้วย")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.status == "in_review"
        assert [e.kind for e in ticket.timeline if e.kind == "question"] == []


def test_join_codes_are_throttled_per_line_user_and_flooders_overall(
    runner, services, client, gateway
):
    guesser = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    for _ in range(LIMITS["join"].per_subject):
        assert "ไม่ถูกต้อง" in texts(guesser.say("เข้าร่วม ABCD-EFGH"))
    code = runner.invoke(args=["members", "invite", "--role", "reviewer"]).output.split()[-1]
    assert "ผิดหลายครั้ง" in texts(guesser.say(f"เข้าร่วม {code}"))
    with services.uow() as uow:
        assert members.member_for_line_id(uow, guesser.user_id) is None
    # Past the overall limit, an account that has missed once is refused; a newcomer's
    # correct code still works (a flood must not lock out the genuine invitee).
    flooders = []
    for _ in range(LIMITS["join"].overall // (LIMITS["join"].per_subject - 1) + 1):
        flooders.append(Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret"))
        for _ in range(LIMITS["join"].per_subject - 1):
            flooders[-1].say("เข้าร่วม WXYZ-2345")
    assert "ผิดหลายครั้ง" in texts(flooders[0].say(f"เข้าร่วม {code}"))
    newcomer = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    assert "ยินดีต้อนรับ" in texts(newcomer.say(f"เข้าร่วม {code}"))


def test_login_links_are_throttled_in_line_and_on_the_web(app, services, client, gateway):
    member_chat = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    with services.uow() as uow:
        member_id = members.add_member(uow, member_chat.user_id, "กรรมการ", "reviewer").id
        uow.commit()
    for _ in range(LIMITS["login_link"].per_subject):
        assert "กำลังส่งลิงก์" in texts(member_chat.say("เข้าสู่ระบบ"))
    refused = texts(member_chat.say("เข้าสู่ระบบ"))
    assert "บ่อยเกินไป" in refused
    # when to try again, in minutes (walk21, W21-10): the window's end, not "a while"
    minutes = re.search(r"อีก (\d+) นาที", refused)
    assert minutes and 1 <= int(minutes.group(1)) <= 60, refused
    web = app.test_client()
    for _ in range(LIMITS["login_use"].per_subject):
        url = f"/committee/login/{uuid.uuid4().hex}"
        assert web.post(url, data={"csrf_token": csrf_token(web, url)}).status_code == 403
    bogus = f"/committee/login/{uuid.uuid4().hex}"
    assert web.post(bogus, data={"csrf_token": csrf_token(web, bogus)}).status_code == 429
    # A real link is never blocked by the misses counted against its address.
    good = f"/committee/login/{login_token(services, member_id)}"
    assert web.post(good, data={"csrf_token": csrf_token(web, good)}).status_code == 303


def test_tracking_codes_for_one_reference_are_throttled_across_accounts(services, client, gateway):
    reference = add_ticket(services)
    per_user, overall = LIMITS["tracking"].per_subject, LIMITS["tracking"].overall
    for _ in range(overall // per_user):
        someone = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
        someone.tap("menu=lookup")
        for _ in range(per_user):
            someone.say(reference)
            someone.say("AAAA-BBBB")
    fresh = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    fresh.tap("menu=lookup")
    fresh.say(reference)
    assert "ลองผิดหลายครั้งเกินไป" in texts(fresh.say("CCCC-DDDD"))
