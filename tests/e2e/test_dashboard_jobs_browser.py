"""The committee's common jobs walked in Chromium on a phone (390 px) and a desk (1280 px):
the next action is on the first screen, a refused form names its field, no raw code shows.
Screenshots of each page are kept in tests/artifacts/ for a person to look at, with the
clicks each job took (tests/artifacts/clicks-<width>.json; the README's dashboard section
lists them)."""

from __future__ import annotations

import fcntl
import json
import re
import uuid

import pytest

from storage.ticket_status import STATUSES
from tests.conftest import paired_with_databases
from tests.dashboard_login import login_token
from tests.e2e.browser import ARTIFACTS, shoot
from tests.e2e.conftest import wait_for
from tests.factories import add_member, add_ticket

# Each width once, on SQLite and PostgreSQL in turn (tests/conftest.py says why).
pytestmark = [pytest.mark.browser, paired_with_databases("tab", [390, 1280], ["phone", "desk"])]
# Codes a member must never read on a Thai page: states, language codes, keys, jargon.
RAW = re.compile(
    r"\b(" + "|".join((*STATUSES, "th", "en")) + r")\b|dash\.|SHA-256|Flex"
    r"|\b[a-z]+_[a-z_]+\b|\bmember[ :]\d|->|Mozilla/"
)


@pytest.fixture
def tab(request, tabs):
    """The session's Chromium tab (nothing of other tests in it) as wide as a phone or a desk
    screen."""
    with tabs.sized(request.param, 844 if request.param == 390 else 900) as page:
        page.width = request.param
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


def open_ticket(page, click, reference: str) -> None:
    """Tap the ticket on the list, and wait until its page (and its script) has loaded."""
    click(page.get_by_role("link", name=reference))
    page.wait_for_url(f"**/committee/tickets/{reference}")
    page.wait_for_load_state()


class Clicks:
    """The taps and choices a job takes (typing into a field is not counted), kept with the
    screenshots."""

    def __init__(self, page, job: str) -> None:
        self.page, self.job, self.count = page, job, 0

    def __call__(self, locator, option: str | None = None, **how) -> None:
        """Click `locator`, or choose `option` in it (one tap on a drop-down list)."""
        if option is None:
            locator.click(**how)
        else:
            locator.select_option(option)
        self.count += 1

    def keep(self) -> None:
        """Add this job's count to the width's file; the two test workers share it, so the
        read and the write are one step under a lock."""
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"clicks-{self.page.width}.json"
        with open(ARTIFACTS / f"clicks-{self.page.width}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            found = json.loads(path.read_text()) if path.exists() else {}
            found[self.job] = self.count
            path.write_text(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True))


def test_take_a_new_ticket_and_ask_a_question(live, tab, line_api):
    base, services = live
    owner = "U" + uuid.uuid4().hex
    ref = add_ticket(services, owner=owner, description="เก็บเงินค่าทำบัตรโดยไม่มีใบเสร็จ")
    sign_in(tab, base, services, add_member(services, "reviewer", "กรรมการ สมหญิง"))
    click = Clicks(tab, "take a new ticket and ask a question")
    open_ticket(tab, click, ref)
    take = tab.get_by_role("button", name="รับเรื่องนี้")
    assert on_first_screen(tab, take)
    plain_thai(tab)
    shoot(tab, "ticket-new")
    click(take)
    tab.wait_for_selector(".flash.ok")
    ask = tab.get_by_role("button", name="ถามผู้ร้อง (ขอข้อมูลเพิ่ม)")
    assert on_first_screen(tab, ask)
    tab.fill("#write-body", "ขอทราบวันที่เกิดเหตุโดยประมาณค่ะ")
    shoot(tab, "ticket-ask")
    click(ask)
    tab.wait_for_selector(".flash.ok")
    assert tab.inner_text("#ticket-status") == "ขอข้อมูลเพิ่ม"
    assert plain_thai(tab).count("ขอทราบวันที่เกิดเหตุ") == 1  # once in the timeline
    click.keep()
    # And once in LINE: one message, with the button to answer.
    services.sender.send_due()
    asked = wait_for(
        lambda: [
            c.json
            for c in line_api.calls_to("/v2/bot/message/push")
            if c.accepted and "ขอทราบวันที่เกิดเหตุ" in json.dumps(c.json, ensure_ascii=False)
        ]
    )
    assert [call["to"] for call in asked] == [owner]
    said = [m for m in asked[0]["messages"] if "ขอทราบวันที่เกิดเหตุ" in m.get("text", "")]
    assert len(said) == 1 and said[0]["quickReply"]["items"]


def test_propose_and_confirm_an_ending(live, tab):
    base, services = live
    reviewer = add_member(services, "reviewer", "กรรมการ สมชาย")
    ref = add_ticket(services, status="in_review", assignee_id=reviewer)
    sign_in(tab, base, services, reviewer)
    click = Clicks(tab, "propose and confirm an ending")
    open_ticket(tab, click, ref)
    form = tab.locator("#status-form")
    save = form.get_by_role("button", name="บันทึกสถานะ")
    # Nothing is chosen at first, so one careless tap changes nothing.
    assert form.locator("select[name=status]").input_value() == ""
    assert save.is_disabled()
    assert form.locator("select[name=reason_code]").is_hidden()
    assert form.locator("select[name=agency]").count() == 0  # forwarding has its own flow
    link = tab.get_by_role("link", name="เปลี่ยนสถานะเรื่องนี้")
    assert on_first_screen(tab, link)
    click(link)
    click(form.locator("select[name=status]"), "rejected")
    click(form.locator("select[name=reason_code]"), "duplicate")
    click(save)
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
    click(tab.locator("#status-form").get_by_role("button", name="บันทึกสถานะ"))
    tab.wait_for_selector(".flash.ok")
    assert "รอประธานยืนยัน" in tab.inner_text("#proposal")

    sign_in(tab, base, services, add_member(services, "chair", "ประธาน สมปอง"))
    assert "มี 1 เรื่องรอท่านยืนยัน" in tab.inner_text("#waiting")
    plain_thai(tab)
    shoot(tab, "list-waiting")
    click(tab.locator("#waiting").get_by_role("link", name=ref))
    tab.wait_for_url(f"**/committee/tickets/{ref}")
    confirm = tab.locator("#proposal").get_by_role("button", name="ยืนยัน", exact=True)
    assert on_first_screen(tab, confirm)
    plain_thai(tab)
    shoot(tab, "ticket-confirm")
    click(confirm)
    tab.wait_for_selector(".flash.ok")
    assert tab.inner_text("#ticket-status") == "ไม่รับพิจารณา"
    click.keep()


def test_forward_with_a_letter(live, tab):
    base, services = live
    reviewer = add_member(services, "reviewer", "กรรมการ สมศักดิ์")
    ref = add_ticket(services, status="in_review", assignee_id=reviewer, agency="อบต.ถนนหัก")
    sign_in(tab, base, services, reviewer)
    click = Clicks(tab, "forward with a letter")
    open_ticket(tab, click, ref)
    forward = tab.locator("#next-step").get_by_role("link", name="ส่งต่อหน่วยงาน")
    assert on_first_screen(tab, forward)
    click(forward)
    card = tab.locator("#referrals")
    assert tab.locator("select[name=agency]").count() == 1  # the agency is chosen once
    click(card.locator("select[name=agency]"), "pacc")
    # The first letter of a process loads the Thai fonts and word lists: give it time.
    with tab.expect_download(timeout=90_000) as letter:
        click(card.get_by_role("button", name="ออกหนังสือนำส่ง (PDF)"), timeout=90_000)
    assert letter.value.suggested_filename.endswith(".pdf")
    plain_thai(tab)
    shoot(tab, "ticket-forward")
    card.locator("input[name=agency_reference]").fill("ปท 0012/2569")
    click(card.get_by_role("button", name="ส่งหนังสือแล้ว บันทึกว่าส่งต่อ"))
    tab.wait_for_selector(".flash.ok")
    assert "รอประธานยืนยัน" in tab.inner_text("#proposal")
    assert "ส่งต่อหน่วยงาน" in tab.inner_text("#proposal")
    plain_thai(tab)
    click.keep()


def test_open_identity_with_a_reason(live, tab):
    base, services = live
    ref = add_ticket(services, name="นางสาวกล้า ใจดี", phone="0812345678")
    sign_in(tab, base, services, add_member(services, "chair", "ประธาน สมปอง"))
    click = Clicks(tab, "open identity with a reason")
    open_ticket(tab, click, ref)
    see = tab.get_by_role("link", name="เปิดดูชื่อและเบอร์โทรผู้ร้อง (ต้องระบุเหตุผล)")
    assert on_first_screen(tab, see)
    click(see)
    box = tab.locator("#identity")
    box.locator("input[name=reason]").fill("โทรยืนยันข้อเท็จจริงก่อนส่งต่อ")
    shoot(tab, "ticket-identity")
    click(box.get_by_role("button", name="แสดงชื่อและเบอร์โทร"))
    assert tab.inner_text("#identity-name") == "นางสาวกล้า ใจดี"
    plain_thai(tab)
    click.keep()


def test_read_the_audit(live, tab):
    base, services = live
    chair = add_member(services, "chair", "ประธาน สมปอง")
    reviewer = add_member(services, "reviewer", "กรรมการ สมหญิง")
    token = login_token(services, reviewer)
    for _ in range(2):  # the second use of a one-time link fails
        tab.goto(f"{base}/committee/login/{token}")
        tab.get_by_role("button", name="เข้าสู่ระบบ").click()
    sign_in(tab, base, services, chair)
    click = Clicks(tab, "read the audit")
    if tab.width < 760:
        assert on_first_screen(tab, tab.get_by_role("link", name="บันทึกการตรวจสอบ"))
    click(tab.get_by_role("link", name="บันทึกการตรวจสอบ"))
    tab.wait_for_url("**/committee/audit")
    plain_thai(tab)
    shoot(tab, "audit")
    click(tab.get_by_label("เฉพาะการเข้าสู่ระบบที่ไม่สำเร็จ"))
    click(tab.locator("#audit-filters").get_by_role("button", name="กรอง"))
    tab.wait_for_url("**failed=1*")
    failed = tab.locator("#logins li")
    assert failed.count() == 1 and "กรรมการ สมหญิง" in failed.first.inner_text()
    plain_thai(tab)
    shoot(tab, "audit-failed")
    click.keep()


def test_the_campaign_button_follows_the_schedule_chosen(live, tab):
    base, services = live
    tab.goto(f"{base}/committee/login/{login_token(services, add_member(services, 'organizer'))}")
    tab.get_by_role("button", name="เข้าสู่ระบบ").click()
    tab.goto(f"{base}/committee/campaigns/new")
    button = tab.locator("button[name=save_schedule]")
    assert button.inner_text() == "ส่งเลย"
    tab.get_by_label("ส่งครั้งเดียว ตามวันและเวลา").check()
    assert button.inner_text() == "ตั้งเวลาส่ง"
    tab.get_by_label("ทุกสัปดาห์", exact=False).first.check()
    assert button.inner_text() == "ตั้งส่งทุกสัปดาห์"
    plain_thai(tab)
    shoot(tab, "campaign-new")
