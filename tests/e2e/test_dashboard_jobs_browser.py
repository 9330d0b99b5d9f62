"""The committee's common jobs walked in Chromium on a phone (390 px) and a desk (1280 px):
the next action is on the first screen, a refused form names its field, no raw code shows.
Screenshots of each page are kept in tests/artifacts/ for a person to look at."""

from __future__ import annotations

import re
import uuid

import pytest

from storage.ticket_status import STATUSES
from tests.dashboard_login import login_token
from tests.e2e.browser import shoot, tab_of
from tests.e2e.conftest import wait_for
from tests.factories import add_member, add_ticket

pytestmark = pytest.mark.browser
# Codes a member must never read on a Thai page: states, language codes, keys, jargon.
RAW = re.compile(r"\b(" + "|".join((*STATUSES, "th", "en")) + r")\b|dash\.|SHA-256")


@pytest.fixture(params=[390, 1280], ids=["phone", "desk"])
def tab(request, chromium):
    """A headless Chromium tab (the session's browser, a fresh context) as wide as a phone or
    a desk screen."""
    with tab_of(chromium, request.param, 844 if request.param == 390 else 900) as page:
        yield page


def sign_in(page, base: str, services, member_id: int) -> None:
    page.goto(f"{base}/committee/login/{login_token(services, member_id)}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base}/committee/tickets")


def on_first_screen(page, locator) -> bool:
    """Whether the element starts within the first screen, before any scrolling."""
    page.evaluate("window.scrollTo(0, 0)")
    return locator.bounding_box()["y"] < page.viewport_size["height"]


def plain_thai(page) -> str:
    """The page's visible text, checked for raw codes."""
    text = page.inner_text("main")
    assert not RAW.search(text), RAW.search(text).group(0)
    return text


def test_take_a_new_ticket_and_ask_a_question(live, tab, line_api):
    base, services = live
    owner = "U" + uuid.uuid4().hex
    ref = add_ticket(services, owner=owner, description="เก็บเงินค่าทำบัตรโดยไม่มีใบเสร็จ")
    sign_in(tab, base, services, add_member(services, "reviewer", "กรรมการ สมหญิง"))
    tab.goto(f"{base}/committee/tickets/{ref}")
    take = tab.get_by_role("button", name="รับเรื่องนี้")
    assert on_first_screen(tab, take)
    plain_thai(tab)
    shoot(tab, "ticket-new")
    take.click()
    tab.wait_for_selector(".flash.ok")
    ask = tab.get_by_role("button", name="ถามผู้ร้อง (ขอข้อมูลเพิ่ม)")
    assert on_first_screen(tab, ask)
    tab.fill("#write-body", "ขอทราบวันที่เกิดเหตุโดยประมาณค่ะ")
    shoot(tab, "ticket-ask")
    ask.click()
    tab.wait_for_selector(".flash.ok")
    assert tab.inner_text("#ticket-status") == "ขอข้อมูลเพิ่ม"
    assert plain_thai(tab).count("ขอทราบวันที่เกิดเหตุ") == 1  # once in the timeline
    asked = wait_for(
        lambda: [
            c.json["to"]
            for c in line_api.calls_to("/v2/bot/message/push")
            if c.accepted and "ขอทราบวันที่เกิดเหตุ" in c.json["messages"][0].get("text", "")
        ]
    )
    assert set(asked) == {owner}


def test_propose_and_confirm_an_ending(live, tab):
    base, services = live
    reviewer = add_member(services, "reviewer", "กรรมการ สมชาย")
    ref = add_ticket(services, status="in_review", assignee_id=reviewer)
    sign_in(tab, base, services, reviewer)
    tab.goto(f"{base}/committee/tickets/{ref}")
    form = tab.locator("#status-form")
    save = form.get_by_role("button", name="บันทึกสถานะ")
    # Nothing is chosen at first, so one careless tap changes nothing.
    assert form.locator("select[name=status]").input_value() == ""
    assert save.is_disabled()
    assert form.locator("select[name=reason_code]").is_hidden()
    tab.get_by_role("link", name="เปลี่ยนสถานะเรื่องนี้").click()
    form.locator("select[name=status]").select_option("rejected")
    form.locator("select[name=reason_code]").select_option("duplicate")
    assert form.locator("select[name=agency]").is_hidden()  # forwarding's own field
    save.click()
    # Refused: the message names the field, the field is marked, the choices are kept.
    assert "เหตุผล" in tab.inner_text(".flash.error")
    reason = tab.locator("#status-form textarea[name=reason]")
    assert reason.get_attribute("aria-invalid") == "true"
    assert "ต้องเขียนเหตุผลที่ไม่รับพิจารณา" in tab.inner_text("#error-reason")
    assert tab.locator("#status-form select[name=status]").input_value() == "rejected"
    assert tab.locator("#status-form select[name=reason_code]").input_value() == "duplicate"
    plain_thai(tab)
    shoot(tab, "ticket-error")
    reason.fill("ผู้ร้องแจ้งเรื่องเดียวกันไว้แล้ว")
    tab.locator("#status-form").get_by_role("button", name="บันทึกสถานะ").click()
    tab.wait_for_selector(".flash.ok")
    assert "รอประธานยืนยัน" in tab.inner_text("#proposal")

    sign_in(tab, base, services, add_member(services, "chair", "ประธาน สมปอง"))
    assert "มี 1 เรื่องรอท่านยืนยัน" in tab.inner_text("#waiting")
    shoot(tab, "list-waiting")
    tab.locator("#waiting").get_by_role("link", name=ref).click()
    tab.wait_for_url(f"**/committee/tickets/{ref}")
    confirm = tab.locator("#proposal").get_by_role("button", name="ยืนยัน", exact=True)
    assert on_first_screen(tab, confirm)
    plain_thai(tab)
    shoot(tab, "ticket-confirm")
    confirm.click()
    tab.wait_for_selector(".flash.ok")
    assert tab.inner_text("#ticket-status") == "ไม่รับพิจารณา"
