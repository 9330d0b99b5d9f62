"""On a phone, in Chromium: the transparency page draws its charts and tables in Thai, hides
small counts, says when the record was last verified; `/status` shows a ticket to whoever holds
its reference and tracking code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storage import tickets
from storage.record_checks import check_and_record
from tests.conftest import make_env
from tests.e2e.conftest import served
from tests.factories import add_many, add_ticket

pytestmark = pytest.mark.browser(viewport=(390, 844))


@pytest.fixture
def live(database_url, tmp_path) -> Iterator[tuple[str, object]]:
    """The app served for real on a local port."""
    with served(make_env(database_url, tmp_path)) as live_app:
        yield live_app


def test_a_villager_reads_the_figures_on_a_phone(live, page):
    base, services = live
    for status in ("in_review", "forwarded", "resolved", "rejected"):
        add_many(services, 7, district="นางรอง", status=status, kind="procurement")
        add_many(services, 6, district="ประโคนชัย", status=status, kind="bribery")
    add_many(services, 1, district="ประโคนชัย", status="withdrawn", kind="bribery")
    with services.uow() as uow:
        check_and_record(uow, None, "job")
        uow.commit()

    page.goto(f"{base}/transparency")

    assert page.get_by_role("heading", level=1).inner_text() == "เรื่องร้องเรียนได้รับการดูแลอย่างไร"
    for name in ("status", "month", "kind"):
        drawn = page.evaluate(
            "n => { const c = document.querySelector(`canvas[data-chart=${n}]`);"
            " return !!Chart.getChart(c) && c.width > 0 && c.height > 0; }",
            name,
        )
        assert drawn, name
    rows = page.locator("#districts tbody tr")
    assert rows.count() == len(services.geography.districts())  # every district, empty ones too
    assert "นางรอง" in rows.filter(has_text="นางรอง").first.inner_text()
    assert "น้อยกว่า 5" in page.locator("#districts").inner_text()
    assert page.locator("#status-tiles [data-key=received] strong").inner_text() == "50–54"
    assert "ไม่พบการแก้ไขนอกระบบ" in page.locator("#record-check").inner_text()
    assert "53 เรื่อง" not in page.locator("#record-check").inner_text()  # no count beside it
    wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert wide <= 0, f"the page is {wide}px wider than the phone"
    page.screenshot(path="/tmp/transparency-page.png", full_page=True)

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**lang=en")
    assert page.get_by_role("heading", level=1).inner_text() == "What happens to complaints"
    page.get_by_role("link", name="Data dictionary").click()
    field = page.locator("#fields").get_by_text("medians_hours.agency_answer")
    field.wait_for()  # the dictionary is a page of its own: wait for it, not for the click
    assert field.count() == 1


def test_status_on_a_borrowed_phone(live, page):
    base, services = live
    with services.uow() as uow:
        code = tickets.tracking_fields(uow, "K7QM-4TXP-H3WA")
    reference = add_ticket(services, **code, kind="budget", name="สมหญิง รักดี")

    page.goto(f"{base}/status")
    page.get_by_label("เลขที่เรื่อง").fill(reference)
    page.get_by_label("รหัสติดตาม").fill("k7qm 4txp h3wa")
    page.get_by_role("button", name="ดูสถานะ").click()

    shown = page.locator("#ticket").inner_text()
    assert reference in shown and "บันทึกของเรื่องนี้ครบถ้วน" in shown
    assert "สมหญิง" not in page.content()
