"""A reviewer tied to an อบต. uses the figures and the ticket their digest links to, in
Chromium: the agencies and officials named most leave out that อบต. and count its headman
only in the report they may see (on the figures page and the page it links to), and a new
report linked to that อบต.'s open case shows them neither the link nor the case; a free
reviewer sees all of it."""

from __future__ import annotations

import pytest

from handlers.directory import agencies
from handlers.patterns import related
from storage import patterns
from tests.dashboard_login import login_token
from tests.factories import add_member, new_member, new_ticket

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
# The new report went to the district office (a reviewed record the tied member may see).
FRESH = HEADMAN | {
    "agency": "ที่ว่าการอำเภอนางรอง",
    "description": "พ่อใหญ่บ้านหมู่ 5 เก็บเงิน 200 บาททุกหลังคาเรือน ค่าบัตรสวัสดิการแห่งรัฐ",
}
POLICE = HEADMAN | {
    "agency": "สถานีตำรวจภูธรสตึก",
    "official": "กำนัน",
    "district": "สตึก",
    "subdistrict": "สตึก",
    "description": "ตำรวจเรียกเงิน 500 บาทที่ด่านตรวจ ไม่ออกใบสั่ง",
}

# The headman of หมู่ 5 of one sub-district (the next one's is another person).
HEADMAN_ROW = "ผู้ใหญ่บ้าน หมู่ 5\tนางรอง\tต.หนองโบสถ์"


@pytest.fixture
def filed(live):
    """Two reports of the headman made one case, a new report linked to it, a police report;
    the new one's reference and the case's."""
    _, services = live
    with services.uow() as uow:
        for agency in (FRESH["agency"], POLICE["agency"]):
            agencies.add_reviewed(uow, agency, "operator")
        chair, _ = new_member(uow, "ประธาน", role="chair")
        first, second = new_ticket(uow, **HEADMAN), new_ticket(uow, **RETOLD)
        for ticket in (first, second):
            related.find(uow, ticket)
        related.confirm(uow, chair, second, patterns.link_between(uow, first.id, second.id).id)
        fresh, police = new_ticket(uow, **FRESH), new_ticket(uow, **POLICE)
        related.find(uow, fresh)
        related.find(uow, police)
        assert patterns.links_of(uow, fresh.id)  # it is linked to the open case
        uow.commit()
        return fresh.reference, [first.reference, second.reference]


def sign_in(page, base, services, member_id: int) -> None:
    page.goto(f"{base}/committee/login/{login_token(services, member_id)}")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base}/committee/tickets")


def seen(page, base, fresh: str) -> dict[str, str]:
    """What the member reads: the figures' named-most card, the page it links to, and the
    new report's page."""
    page.goto(f"{base}/committee/figures")
    named = page.inner_text("#named-most")
    page.locator("#named-most").get_by_role("link").first.click()
    page.wait_for_url("**/committee/figures/named**")
    trends = page.inner_text("main")
    page.goto(f"{base}/committee/tickets/{fresh}")
    return {"named": named, "trends": trends, "ticket": page.inner_text("main")}


def test_a_tied_reviewer_reads_nothing_of_the_agency_in_figures_or_links(live, page, filed):
    base, services = live
    tied = add_member(services, "reviewer", "ญาติ อบต.", [("agency", "อบต.หนองโบสถ์")])
    free = add_member(services, "reviewer", "กรรมการอิสระ")

    sign_in(page, base, services, free)
    shown = seen(page, base, filed[0])
    for where in ("named", "trends"):
        assert "หนองโบสถ์" in shown[where] and "สตึก" in shown[where]
        assert f"{HEADMAN_ROW}\t3" in shown[where]  # the case's two and the new report
    fresh, case = filed
    assert any(reference in shown["ticket"] for reference in case)

    page.context.clear_cookies()
    sign_in(page, base, services, tied)
    shown = seen(page, base, fresh)
    for where in ("named", "trends"):
        # The อบต. is not named; the sub-district of the report they may see is.
        assert "องค์การบริหารส่วนตำบลหนองโบสถ์" not in shown[where]
        assert "อบต.หนองโบสถ์" not in shown[where]
        # The headman counts once: the new report, which they may see and which names him.
        assert f"{HEADMAN_ROW}\t1" in shown[where]
        assert "สตึก" in shown[where]  # what they may see still counts
    assert fresh in shown["ticket"]
    assert "ไม่พบเรื่องที่อาจเกี่ยวข้อง" in shown["ticket"]
    assert "กรณีที่" not in shown["ticket"]
    assert not any(reference in shown["ticket"] for reference in case)
