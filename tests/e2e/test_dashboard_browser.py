"""A reviewer signs in through a LINE link in Chromium, finds a ticket, rejects it with a reason,
and the complainant's Thai notice leaves through the (fake) LINE API."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.dashboard_login import login_token
from tests.e2e.conftest import wait_for
from tests.factories import add_member, add_ticket, spread

pytestmark = pytest.mark.browser(viewport=(1200, 1000))
SHOTS = Path("/tmp")


def test_reviewer_rejects_a_ticket_and_the_citizen_is_told_in_line(
    live, page, line_api, database_url
):
    base, services = live
    owner = "U" + uuid.uuid4().hex
    times = spread(4)
    target = add_ticket(
        services,
        owner=owner,
        district="นางรอง",
        kind="procurement",
        submitted_at=times[1],
        agency="อบต.ถนนหัก",
        description="ฮั้วประมูลถนนลูกรังหมู่ 4 งบ 2 ล้านบาท",
    )
    for when in (times[0], times[2], times[3]):
        add_ticket(services, submitted_at=when)
    reviewer = add_member(services, "reviewer", "กรรมการ สมหญิง")

    page.goto(f"{base}/committee/login/{login_token(services, reviewer)}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base}/committee/tickets")
    assert page.locator("table.tickets tbody tr").count() == 4

    page.select_option("select[name=district]", "นางรอง")
    page.get_by_role("button", name="กรอง").click()
    page.wait_for_url("**district=*")
    rows = page.locator("table.tickets tbody tr")
    assert rows.count() == 1
    assert target in rows.first.inner_text()
    page.screenshot(path=str(SHOTS / "sujarit-dashboard-list.png"), full_page=True)

    page.get_by_role("link", name=target).click()
    page.wait_for_url(f"**/committee/tickets/{target}")
    assert "ฮั้วประมูลถนนลูกรัง" in page.inner_text("main")
    page.select_option("#status-form select[name=status]", "rejected")
    page.fill("#status-form textarea[name=reason]", "เรื่องนี้อยู่นอกอำนาจของคณะกรรมการ")
    page.screenshot(path=str(SHOTS / "sujarit-dashboard-ticket.png"), full_page=True)
    page.select_option("#status-form select[name=reason_code]", "outside_scope")
    page.get_by_role("button", name="บันทึกสถานะ").click()
    page.wait_for_selector(".flash.ok")
    # A reviewer's rejection is a proposal: nothing changes until the chair confirms it.
    assert page.inner_text("#ticket-status") == "รอรับเรื่อง"
    assert "รอประธานยืนยัน" in page.inner_text("#proposal")
    assert services.sender.send_due()["sent"] == 0

    chair = add_member(services, "chair", "ประธาน สมปอง")
    page.goto(f"{base}/committee/login/{login_token(services, chair)}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.goto(f"{base}/committee/tickets/{target}")
    page.screenshot(path=str(SHOTS / "sujarit-dashboard-proposal.png"), full_page=True)
    page.locator("#proposal").get_by_role("button", name="ยืนยัน", exact=True).click()
    page.wait_for_selector(".flash.ok")
    assert page.inner_text("#ticket-status") == "ไม่รับพิจารณา"

    # The dashboard request sent the notice itself; no outbox job runs here.
    pushes = wait_for(lambda: [c for c in line_api.calls_to("/v2/bot/message/push") if c.accepted])
    assert [c.json["to"] for c in pushes] == [owner]
    text = pushes[0].json["messages"][0]["text"]
    assert text.startswith(f"เรื่อง {target} คณะกรรมการพิจารณาแล้ว ไม่สามารถรับเรื่องไว้")
    assert "ไม่ใช่การกระทำของเจ้าหน้าที่รัฐ" in text  # the plain-Thai reason
    assert "เรื่องนี้อยู่นอกอำนาจของคณะกรรมการ" in text

    page.goto(f"{base}/committee/figures")
    page.wait_for_selector("canvas[data-chart=status]")
    page.screenshot(path=str(SHOTS / "sujarit-dashboard-figures.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/committee/tickets")
    page.screenshot(path=str(SHOTS / "sujarit-dashboard-mobile.png"), full_page=True)


def test_a_chair_sees_at_a_glance_which_tickets_carry_a_threat(live, page):
    """A mother was threatened after filing, then said she is safe at her mother's; another
    villager was threatened and is not safe yet. The chair sees both marks, on the list and on
    the ticket, and none on the quiet ticket."""
    from handlers import danger
    from storage import tickets

    base, services = live
    times = spread(3)
    quiet = add_ticket(services, submitted_at=times[0])
    mother = add_ticket(services, submitted_at=times[1])
    villager = add_ticket(services, submitted_at=times[2])
    with services.uow() as uow:
        for reference in (mother, villager):
            ticket = tickets.by_reference(uow, reference)
            danger.record_threat(uow, ticket, "มีคนมาขู่ว่าถ้าไม่ถอนเรื่องจะเผาบ้าน")
        tickets.add_timeline(
            uow,
            tickets.by_reference(uow, mother),
            "safe_again",
            "complainant",
            "ตอนนี้มาอยู่บ้านแม่แล้ว ปลอดภัยค่ะ",
            internal=True,
        )
        uow.commit()
    chair = add_member(services, "chair", "ประธาน สมปอง")

    page.goto(f"{base}/committee/login/{login_token(services, chair)}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base}/committee/tickets")

    def row(reference: str):
        return page.locator("table.tickets tbody tr", has_text=reference)

    assert row(villager).locator(".badge.threat").inner_text() == "ถูกข่มขู่"
    assert row(mother).locator(".badge.threat").inner_text() == "ถูกข่มขู่ · ปลอดภัยแล้ว"
    assert row(quiet).locator(".badge.threat").count() == 0
    assert row(villager).locator(".badge.threat").is_visible()
    page.screenshot(path=str(SHOTS / "sujarit-dashboard-threats.png"), full_page=True)

    page.get_by_role("link", name=villager).click()
    page.wait_for_url(f"**/committee/tickets/{villager}")
    assert page.inner_text("#ticket-threat") == "ถูกข่มขู่"
