"""A villager reads the privacy notice and asks for their data, in Chromium, in local mode."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.conftest import migrated_sqlite
from tests.e2e.conftest import gunicorn

pytestmark = pytest.mark.browser(viewport=(400, 800))


@pytest.fixture(scope="module")
def local_server(sqlite_template, tmp_path_factory) -> Iterator[str]:
    """gunicorn (2 workers) in local mode on a fresh SQLite database; yields its base URL."""
    tmp = tmp_path_factory.mktemp("privacy")
    url = migrated_sqlite(sqlite_template, tmp)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.update(
        DATABASE_URL=url,
        SUJARIT_MODE="local",
        EVIDENCE_DIR=str(tmp / "evidence"),
        PRIVACY_CONTACT="pdpa@buriram-network.example",
    )
    with gunicorn(env, tmp / "gunicorn.log") as base:
        yield base


def test_notice_in_thai_then_english(page, local_server):
    from playwright.sync_api import expect

    page.set_extra_http_headers({"Accept-Language": "th-TH,th;q=0.9"})  # a phone set to Thai
    page.goto(f"{local_server}/privacy")
    expect(page.get_by_role("heading", level=1)).to_have_text("ประกาศความเป็นส่วนตัว (PDPA)")
    expect(page.locator("body")).to_contain_text("pdpa@buriram-network.example")
    expect(page.locator("body")).to_contain_text("สคส.")
    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy notice (PDPA)")
    expect(page.get_by_role("heading", name="Your rights and how to use them")).to_be_visible()
    page.get_by_role("link", name="ภาษาไทย").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("ประกาศความเป็นส่วนตัว (PDPA)")


def test_my_data_from_the_chat(page, local_server):
    from playwright.sync_api import expect

    page.goto(f"{local_server}/simulator")
    page.get_by_role("button", name="เพิ่มเพื่อน · Add friend").click()
    expect(page.locator("#chat")).to_contain_text("/privacy")
    page.locator("#quick .chip", has_text="ข้อมูลของฉัน").first.click()
    expect(page.locator("#chat")).to_contain_text("ข้อมูลที่เครือข่ายเก็บไว้เกี่ยวกับท่าน")
    expect(page.locator("#chat")).to_contain_text("/privacy/export/")
    page.locator("#quick .chip", has_text="ลบข้อมูลของฉัน").first.click()
    expect(page.locator("#chat")).to_contain_text("ลบแล้วย้อนกลับไม่ได้")
