"""A chair sees "เรื่องที่อาจเกี่ยวข้อง" in Chromium, confirms that two reports are one matter,
and each reporter is told through the (fake) LINE API, with nothing of the other."""

from __future__ import annotations

import uuid

import pytest

from handlers.patterns import related
from tests.dashboard_login import login_token
from tests.e2e.conftest import wait_for
from tests.factories import add_member, new_ticket

pytestmark = pytest.mark.browser(viewport=(1200, 1000))

HEADMAN = {
    "kind": "bribery",
    "agency": "อบต.หนองโบสถ์",
    "official": "ผู้ใหญ่บ้านหมู่ 5",
    "district": "นางรอง",
    "subdistrict": "หนองโบสถ์",
    "description": "ผู้ใหญ่บ้านหมู่ 5 เก็บเงินครอบครัวละ 200 บาท ค่าทำบัตรสวัสดิการแห่งรัฐ",
}
RETOLD = HEADMAN | {
    "official": "ผญบ.ม.5",
    "description": "ผญบ.ม.๕ เรียกเก็บเงินคนละสองร้อยบาทค่าบัตรสวัสดิการ ไม่จ่ายไม่ได้บัตร",
}


def test_a_chair_confirms_two_reports_are_one_matter(live, page, line_api):
    base, services = live
    owners = ["U" + uuid.uuid4().hex, "U" + uuid.uuid4().hex]
    with services.uow() as uow:
        first = new_ticket(uow, owners[0], **HEADMAN)
        second = new_ticket(uow, owners[1], **RETOLD)
        related.find(uow, first)
        related.find(uow, second)
        uow.commit()
        references = [first.reference, second.reference]
    chair = add_member(services, "chair", "ประธาน สมปอง")

    page.goto(f"{base}/committee/login/{login_token(services, chair)}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base}/committee/tickets")
    page.goto(f"{base}/committee/tickets/{references[0]}")
    section = page.locator("#related")
    assert "เรื่องที่อาจเกี่ยวข้อง" in section.inner_text()
    assert references[1] in section.inner_text()
    assert "เรื่องคล้ายกัน" in section.inner_text()
    section.get_by_role("button", name="เป็นเรื่องเดียวกัน").click()
    page.wait_for_selector(".flash.ok")
    assert "ยืนยันแล้วว่าเป็นเรื่องเดียวกัน" in page.locator("#related").inner_text()

    page.locator("#related").get_by_role("link", name=references[1]).click()
    page.wait_for_url(f"**/committee/tickets/{references[1]}")
    assert "อยู่ในกรณีที่" in page.inner_text("main")

    pushes = wait_for(
        lambda: (
            found
            if len(found := [c for c in line_api.calls_to("/v2/bot/message/push") if c.accepted])
            == 2
            else None
        )
    )
    told = {c.json["to"]: c.json["messages"][0]["text"] for c in pushes}
    assert set(told) == set(owners)
    for owner, mine, other in ((owners[0], *references), (owners[1], *reversed(references))):
        assert told[owner].startswith(f"เรื่อง {mine} ของท่าน มีผู้อื่นแจ้งเรื่องเดียวกันเข้ามาด้วยค่ะ")
        assert other not in told[owner]
