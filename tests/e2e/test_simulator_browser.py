"""A newcomer files a complaint in the local chat simulator, in Chromium, by tapping and typing."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import migrated_sqlite
from tests.e2e.conftest import gunicorn

pytestmark = pytest.mark.browser(viewport=(1000, 900))
SCREENSHOT = Path("/tmp/sujarit-simulator.png")


@pytest.fixture(scope="module")
def local_server(sqlite_template, tmp_path_factory) -> Iterator[str]:
    """gunicorn (2 workers) in local mode on a fresh SQLite database; yields its base URL."""
    tmp = tmp_path_factory.mktemp("simulator")
    url = migrated_sqlite(sqlite_template, tmp)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.update(DATABASE_URL=url, SUJARIT_MODE="local", EVIDENCE_DIR=str(tmp / "evidence"))
    with gunicorn(env, tmp / "gunicorn.log") as base:
        yield base


def tap(page, label: str) -> None:
    """Tap a quick-reply chip."""
    page.locator("#quick .chip", has_text=label).first.click()


def type_after(page, question: str, text: str) -> None:
    """Wait for the bot's question, then type an answer and send it."""
    page.locator("#chat .bot", has_text=question).last.wait_for()
    page.fill("#text", text)
    page.press("#text", "Enter")


def test_newcomer_files_a_complaint_in_the_simulator(page, local_server, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{local_server}/simulator")
    page.get_by_role("button", name="เพิ่มเพื่อน · Add friend").click()
    expect(page.locator("#chat")).to_contain_text("PDPA")

    tap(page, "แจ้งเรื่องร้องเรียน")
    tap(page, "ยินยอม")
    tap(page, "ฮั้ว/โกงโครงการ")
    type_after(page, "หน่วยงานไหน", "โรงพยาบาลนางรอง")
    type_after(page, "คนที่ทำคือใคร", "ผู้อำนวยการโรงพยาบาล")
    tap(page, "ส่งตำแหน่งที่ตั้ง")
    page.locator("#place-dialog .place", has_text="ที่ว่าการอำเภอนางรอง").click()
    page.locator("#chat .bot", has_text="หมุดที่แชร์มาคือสถานที่เกิดเหตุใช่ไหม").last.wait_for()
    tap(page, "ใช่ ที่เกิดเหตุ")  # the pin's address names the sub-district: not asked
    tap(page, "เลือกวันที่")
    page.fill("#date-input", "2025-03-14")
    page.click("#date-ok")
    type_after(
        page,
        "เล่าให้ฟัง",
        "มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก อบต.",
    )
    page.locator("#chat .bot", has_text="มีรูป วิดีโอ").last.wait_for()
    photo = tmp_path / "receipt.png"
    photo.write_bytes(_tiny_png())
    page.set_input_files("#photo-input", str(photo))
    expect(page.locator("#chat")).to_contain_text("รวม 1 ชิ้น")
    tap(page, "เสร็จแล้ว")
    type_after(page, "มีใครรู้เห็น", "นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    tap(page, "ยังไม่เคย")
    tap(page, "ไม่บอกชื่อ")
    summary = page.locator(".flex-bubble", has_text="ตรวจสอบเรื่องร้องเรียนก่อนส่ง").last
    expect(summary).to_contain_text("นางรอง")
    expect(summary).to_contain_text("14 มี.ค. 2568")  # the picked date, as people read it
    summary.get_by_role("button", name="ยืนยันและส่งเรื่อง").click()

    done = page.locator("#chat .bot", has_text=re.compile(r"BRM-25\d\d-00001")).first
    expect(done).to_be_visible()
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    # The rich menu under the chat opens the complainant's tickets.
    page.click("#menu-toggle")
    page.locator('#richmenu .area[aria-label="ติดตามเรื่องของฉัน"]').click()
    ticket = page.locator(".carousel .flex-bubble", has_text=re.compile(r"BRM-25\d\d-00001"))
    expect(ticket).to_contain_text("ฮั้ว/โกงโครงการ")
    page.screenshot(path=str(SCREENSHOT.with_name("sujarit-simulator-menu.png")))


def _tiny_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#1B7F5B").save(out, "PNG")
    return out.getvalue()
