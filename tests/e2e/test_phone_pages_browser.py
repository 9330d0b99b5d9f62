"""Every public page and the committee's ticket page on a small phone (360 and 400 px), in
Chromium: nothing reaches past the screen's edge (the page never scrolls sideways) and the
figures a person came for are on the screen. Screenshots are kept in tests/artifacts/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storage import tickets
from storage.record_checks import check_and_record
from tests.conftest import make_env, paired_with_databases
from tests.dashboard_login import login_token
from tests.e2e.browser import off_screen, on_screen, shoot
from tests.e2e.conftest import served
from tests.factories import add_many, add_member, add_ticket

# Each width once, on SQLite and PostgreSQL in turn (tests/conftest.py says why).
pytestmark = paired_with_databases("phone", [360, 400], ["360", "400"])


@pytest.fixture
def phone(request, tabs) -> Iterator[object]:
    """A tab as wide as a small phone."""
    with tabs.sized(request.param, 780) as tab:
        yield tab


@pytest.fixture
def live(database_url, tmp_path) -> Iterator[tuple[str, object]]:
    """The app served for real on a local port."""
    with served(make_env(database_url, tmp_path)) as live_app:
        yield live_app


def fits(tab, name: str) -> None:
    """The page fits the phone's width; its screenshot kept."""
    shoot(tab, name)
    state = off_screen(tab)
    assert state["wider"] <= 0 and state["beyond"] == [], state


def test_transparency_figures_fit_a_phone(live, phone):
    base, services = live
    for status in ("in_review", "forwarded", "resolved", "rejected"):
        add_many(services, 7, district="นางรอง", status=status, kind="procurement")
        add_many(services, 6, district="ประโคนชัย", status=status, kind="bribery")
    add_many(services, 2, district="ลำปลายมาศ", status="in_review", kind="budget")
    with services.uow() as uow:
        check_and_record(uow, None, "job")
        uow.commit()

    phone.goto(f"{base}/transparency")

    fits(phone, "transparency")
    assert phone.locator("#status-tiles [data-key=received] strong").inner_text() == "50–54"
    assert on_screen(phone, phone.locator("#status-tiles strong"))
    assert on_screen(phone, phone.locator("#months td.num, #kinds td.num"))
    assert on_screen(phone, phone.locator("canvas[data-chart]"))
    # The months' total is withheld (a month has fewer than 5): said in words, not a bare "—"
    # beside a chart and a headline that show 54.
    total = phone.locator("#months-total").inner_text()
    assert "—" not in total and "น้อยกว่า 5" in total
    assert "—" in phone.locator("#status-tiles").inner_text()
    assert on_screen(phone, phone.locator("#tiles-legend"))  # what "—" means, beside the tiles
    assert on_screen(phone, phone.locator("#record-check strong"))

    phone.goto(f"{base}/transparency/data-dictionary")
    fits(phone, "transparency-dictionary")
    assert on_screen(phone, phone.locator("#fields"))


def test_status_and_privacy_fit_a_phone(live, phone):
    base, services = live
    with services.uow() as uow:
        code = tickets.tracking_fields(uow, "K7QM-4TXP-H3WA")
    reference = add_ticket(services, **code, kind="budget")

    phone.goto(f"{base}/status")
    fits(phone, "status-form")
    phone.get_by_label("เลขที่เรื่อง").fill(reference)
    phone.get_by_label("รหัสติดตาม").fill("K7QM-4TXP-H3WA")
    phone.get_by_role("button", name="ดูสถานะ").click()
    phone.locator("#ticket").wait_for()
    fits(phone, "status-ticket")
    assert reference in phone.locator("#ticket").inner_text()
    assert on_screen(phone, phone.locator("#receipt"))

    phone.goto(f"{base}/privacy")
    fits(phone, "privacy")
    assert on_screen(phone, phone.get_by_role("heading", level=1))


def test_the_committees_ticket_page_fits_a_phone(live, phone):
    base, services = live
    reference = add_ticket(
        services,
        agency="องค์การบริหารส่วนตำบลหนองโบสถ์",
        description="ฮั้วประมูลถนนลาดยางหมู่ 5 งบ 2,000,000 บาท " * 6,
    )
    reviewer = add_member(services, "reviewer", "กรรมการ สมหญิง")

    phone.goto(f"{base}/committee/login/{login_token(services, reviewer)}")
    fits(phone, "committee-login")
    phone.get_by_role("button", name="เข้าสู่ระบบ").click()
    phone.wait_for_url(f"{base}/committee/tickets")
    fits(phone, "committee-tickets")
    phone.goto(f"{base}/committee/tickets/{reference}")

    fits(phone, "committee-ticket")
    assert on_screen(phone, phone.get_by_text(reference).first)
    assert on_screen(phone, phone.get_by_role("button", name="รับเรื่องนี้"))
