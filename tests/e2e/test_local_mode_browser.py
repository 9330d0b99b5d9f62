"""A villager in Chromium on a local-mode server (gunicorn, 2 workers, SQLite): files a
complaint in the chat simulator by tapping and typing, reads the privacy notice in Thai then
English, asks for their data from the chat, switches pretend users on a 360 px phone and sends a
voice message. One server for the module: each test chats
as a pretend user no other test uses, and only one files a complaint (the database's first)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import migrated_sqlite
from tests.e2e.conftest import gunicorn
from tests.model_caches import cache_models_for

SCREENSHOT = Path("/tmp/sujarit-simulator.png")
SECRET_KEY = "e2e-local-secret-key"
ON_A_LAPTOP = pytest.mark.browser(viewport=(1000, 900))
ON_A_PHONE = pytest.mark.browser(viewport=(400, 800))
ON_A_SMALL_PHONE = pytest.mark.browser(viewport=(360, 740))
pytestmark = pytest.mark.long(seconds=30)


@pytest.fixture(scope="module")
def local_server(sqlite_template, tmp_path_factory) -> Iterator[str]:
    """gunicorn (2 workers) in local mode on a fresh SQLite database; yields its base URL."""
    tmp = tmp_path_factory.mktemp("local")
    url = migrated_sqlite(sqlite_template, tmp)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.update(
        DATABASE_URL=url,
        SUJARIT_MODE="local",
        # Its own (a local mode without one makes and keeps one in the checkout's instance/
        # folder), and the models of the session's cache copied to the keys it derives.
        SECRET_KEY=SECRET_KEY,
        EVIDENCE_DIR=str(tmp / "evidence"),
        # Its own record journal: the checkout's instance/ folder is the developer's.
        RECORD_ANCHOR_DIR=str(tmp / "anchors"),
        PRIVACY_CONTACT="pdpa@buriram-network.example",
    )
    cache_models_for(SECRET_KEY)
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


@ON_A_LAPTOP
def test_newcomer_files_a_complaint_in_the_simulator(page, local_server, tmp_path):
    from playwright.sync_api import expect

    page.goto(f"{local_server}/simulator")
    # A pretend LINE user of its own: the page opens on the first one, whoever used it before.
    expect(page.locator("#users li")).not_to_have_count(0)
    page.fill("#new-user-name", "ผู้มาใหม่")
    page.press("#new-user-name", "Enter")
    expect(page.locator("#who")).to_contain_text("ผู้มาใหม่")
    page.get_by_role("button", name="เพิ่มเพื่อน · Add friend").click()
    expect(page.locator("#chat")).to_contain_text("เห็นเฉพาะประธาน")

    tap(page, "แจ้งเรื่องร้องเรียน")
    tap(page, "ยินยอม")
    tap(page, "ฮั้ว/โกงโครงการ")
    # an agency that names no district (a hospital named after its district would give it, and
    # the district question with its location button would not be asked)
    type_after(page, "หน่วยงานไหน", "สำนักงานสาธารณสุข")
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

    done = page.locator("#chat .bot", has_text=re.compile(r"BRM-25\d\d-\d{5}")).first
    expect(done).to_be_visible()
    # the reference the bot gave (its number is permuted, not 00001: storage.reference_numbers)
    reference = re.search(r"BRM-25\d\d-\d{5}", done.inner_text()).group(0)
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    # The rich menu under the chat opens the complainant's tickets.
    page.click("#menu-toggle")
    page.locator('#richmenu .area[aria-label="ติดตามเรื่องของฉัน"]').click()
    ticket = page.locator(".carousel .flex-bubble", has_text=reference)
    expect(ticket).to_contain_text("ฮั้ว/โกงโครงการ")
    page.screenshot(path=str(SCREENSHOT.with_name("sujarit-simulator-menu.png")))


@ON_A_PHONE
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


@ON_A_PHONE
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


def new_user_on_a_phone(page, name: str) -> None:
    """Open the users from the bar, make a pretend user of one's own, and be back in the chat."""
    from playwright.sync_api import expect

    page.locator("#people-toggle").click()
    page.fill("#new-user-name", name)
    page.press("#new-user-name", "Enter")
    expect(page.locator("#people-toggle")).to_contain_text(name)
    expect(page.locator("#users")).to_be_hidden()


@ON_A_SMALL_PHONE
def test_on_a_small_phone_the_users_are_a_tap_away(page, local_server):
    from playwright.sync_api import expect

    page.goto(f"{local_server}/simulator")
    expect(page.locator("#chat")).to_be_visible()
    expect(page.locator("#users")).to_be_hidden()  # the chat takes the screen
    new_user_on_a_phone(page, "ป้าจอเล็ก")
    new_user_on_a_phone(page, "ลุงจอเล็ก")
    page.locator("#people-toggle").click()
    expect(page.locator("#users li").first).to_be_visible()
    page.screenshot(path=str(SCREENSHOT.with_name("sujarit-simulator-360-users.png")))
    page.locator("#users li button", has_text="ป้าจอเล็ก").click()  # back to the first one
    expect(page.locator("#people-toggle")).to_contain_text("ป้าจอเล็ก")
    expect(page.locator("#who")).to_contain_text("ป้าจอเล็ก")
    page.locator("#people-toggle").click()
    page.get_by_role("button", name="ปิด · Close").click()
    expect(page.locator("#users")).to_be_hidden()
    page.get_by_role("button", name="เพิ่มเพื่อน · Add friend").click()
    expect(page.locator("#chat")).to_contain_text("เห็นเฉพาะประธาน")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page is {width} px wide on a 360 px phone"


@ON_A_SMALL_PHONE
def test_a_user_made_while_the_list_loads_stays_chosen(page, local_server):
    """Someone makes a pretend user while the list of users is on its way (answered by the
    server before the user was made, delivered after): their own user stays the one chosen
    and listed (CI once saw the list's first user win)."""
    from playwright.sync_api import expect

    held = []

    def hold_the_first_list(route):
        if route.request.method == "GET" and not held:
            held.append(route)
        else:
            route.continue_()

    page.route("**/simulator/api/users", hold_the_first_list)
    page.goto(f"{local_server}/simulator")
    expect(page.locator("#users")).to_have_attribute("aria-busy", "true")
    listed = held[0].fetch()  # the list as the server answered before the user was made
    new_user_on_a_phone(page, "คนรีบ")
    held[0].fulfill(response=listed)
    expect(page.locator("#users")).to_have_attribute("aria-busy", "false")
    expect(page.locator("#people-toggle")).to_contain_text("คนรีบ")
    expect(page.locator("#who")).to_contain_text("คนรีบ")


@ON_A_SMALL_PHONE
def test_a_voice_message_from_the_simulator_is_the_telling(page, local_server):
    from playwright.sync_api import expect

    page.goto(f"{local_server}/simulator")
    new_user_on_a_phone(page, "คนส่งเสียง")
    page.get_by_role("button", name="เพิ่มเพื่อน · Add friend").click()
    expect(page.locator("#chat")).to_contain_text("เห็นเฉพาะประธาน")
    page.click("#plus")
    page.get_by_role("button", name="ข้อความเสียง / Voice").click()
    expect(page.locator("#chat .me").last).to_contain_text("ข้อความเสียง · Voice 0:05")
    expect(page.locator("#chat .bot", has_text="ได้รับข้อความเสียงแล้ว")).to_be_visible()
    page.screenshot(path=str(SCREENSHOT.with_name("sujarit-simulator-360-voice.png")))


def _tiny_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#1B7F5B").save(out, "PNG")
    return out.getvalue()
