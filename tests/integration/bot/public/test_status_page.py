"""`/status`: a villager on a borrowed phone follows their complaint with reference and code."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from bot.i18n import catalogue
from handlers.tickets.additions import KIND as ADDED
from storage import tickets
from storage.db import make_engine
from storage.transparency_models import LookupThrottle
from tests.clock import Clock
from tests.conftest import ONE_DATABASE, first_on_both
from tests.dashboard_login import CSRF
from tests.factories import NOW, submit, submitted, texts

CODE = re.compile(r"\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b")
REFERENCE = re.compile(r"\b(BRM-\d{4}-\d{5})\b")
HASH = re.compile(r"\b([0-9a-f]{64})\b")


@pytest.fixture
def clock():
    """A clock the test moves (for the lock-out)."""
    return Clock(NOW)


def look_up(client, reference: str, code: str, **extra):
    """Fill in and send the form, as a browser would (with the page's CSRF token)."""
    form = client.get("/status").get_data(as_text=True)
    token = CSRF.search(form)[1]
    return client.post(
        "/status", data={"csrf_token": token, "reference": reference, "code": code, **extra}
    )


def test_reference_and_code_show_status_and_timeline_in_thai_without_identity(chat, client):
    reference, code, _, _ = submitted(chat, anonymous=False)

    found = look_up(client, f" {reference.lower()} ", code.lower().replace("-", ""))

    assert found.status_code == 200
    page = found.get_data(as_text=True)
    assert reference in page
    assert catalogue.text("th", "status.submitted") in page
    assert catalogue.text("th", "kind.procurement") in page
    assert HASH.search(page) and "บันทึกของเรื่องนี้ครบถ้วน" in page
    assert "สมหญิง" not in page and "081" not in page and chat.user_id not in page
    assert found.headers["Cache-Control"] == "no-store"
    english = look_up(client, reference, code, lang="en").get_data(as_text=True)
    assert "Progress" in english and reference in english


def test_five_wrong_codes_lock_the_reference_out_like_line(chat, client, clock):
    reference, code, _, _ = submitted(chat)

    for _ in range(5):
        wrong = look_up(client, reference, "AAAA-BBBB")
        assert wrong.status_code == 404
        assert "ไม่พบเรื่องที่ตรงกับเลขที่และรหัสนี้" in wrong.get_data(as_text=True)
    locked = look_up(client, reference, code)

    assert locked.status_code == 429
    assert "ลองผิดหลายครั้งเกินไป" in locked.get_data(as_text=True)
    clock.advance(minutes=31)
    assert look_up(client, reference, code).status_code == 200


def test_a_reference_that_does_not_exist_is_answered_like_a_wrong_code(client, services):
    answer = look_up(client, "BRM-2569-99999", "AAAA-BBBB")
    nonsense = look_up(client, "สวัสดีค่ะ", "1234")

    for page in (answer, nonsense):
        assert page.status_code == 404
        assert "ไม่พบเรื่องที่ตรงกับเลขที่และรหัสนี้" in page.get_data(as_text=True)
    with services.uow() as uow:  # a miss on a real-looking reference counts; nonsense does not
        assert uow.session.scalar(select(func.count()).select_from(LookupThrottle)) == 1


@ONE_DATABASE  # Flask's check of the form, before anything is read
def test_the_form_needs_its_csrf_token(chat, client):
    reference, code, _, _ = submitted(chat)

    refused = client.post("/status", data={"reference": reference, "code": code})

    assert refused.status_code == 400
    assert reference not in refused.get_data(as_text=True)


def test_line_locks_out_after_five_wrong_codes_too(chat):
    reference, code, _, _ = submitted(chat)
    chat.tap("menu=lookup")
    for _ in range(5):
        chat.say(reference)
        assert "ไม่พบเรื่อง" in texts(chat.say("AAAA-BBBB"))

    assert "ลองผิดหลายครั้งเกินไป" in texts(chat.say(reference))


def test_a_record_edited_behind_the_applications_back_shows_on_the_status_page(
    chat, client, database_url
):
    reference, code, _, _ = submitted(chat)
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET kind = 'other' WHERE reference = :r"), {"r": reference}
        )
    engine.dispose()

    page = look_up(client, reference, code).get_data(as_text=True)

    assert "บันทึกของเรื่องนี้ไม่ตรงกับที่ระบบเขียนไว้" in page


def test_a_link_decided_on_a_ticket_does_not_show_in_its_reporters_receipt(
    chat, client, gateway, services
):
    """Deciding whether two reports are one matter writes an internal entry on both tickets;
    the reporter's receipt, `/status` and LINE show only what concerns them, so the count
    and the code do not move and do not tell them their ticket was linked, or unlinked."""
    from handlers.patterns import related
    from handlers.tickets import actions
    from storage import patterns, tickets
    from storage.models import Member
    from tests.factories import Chat, add_member, line_id

    reference, code, entries, _ = submitted(chat)
    before = look_up(client, reference, code).get_data(as_text=True)
    receipt = HASH.search(before)[1]
    assert f"(รายการที่ {entries})" in before
    other = submit(Chat(client, gateway, line_id(), "test-channel-secret")).reference
    reviewer = add_member(services, "reviewer")
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer)
        mine = tickets.by_reference(uow, reference)
        (link,) = [ln for ln, t in patterns.links_of(uow, mine.id) if t.reference == other]
        related.dismiss(uow, member, mine, link.id)
        actions.add_note(uow, member, mine, "ดูแล้ว ไม่ใช่เรื่องเดียวกับอีกเรื่อง")
        uow.commit()

    after = look_up(client, reference, code).get_data(as_text=True)
    assert receipt in after and f"(รายการที่ {entries})" in after
    assert f"ไว้ {entries} ครั้ง" in texts(chat.tap(f"ticket={reference}"))


def test_the_page_shows_dates_as_a_villager_reads_them(chat, client):
    """Dates read like the LINE card's ("3 ธ.ค. 2569 …"), never ISO text with its offset."""
    reference, code, _, _ = submitted(chat, anonymous=True)

    for lang in ("th", "en"):
        page = look_up(client, reference, code, lang=lang).get_data(as_text=True)
        assert not re.search(r"\d{4}-\d{2}-\d{2}", page), lang
        assert ("2569" if lang == "th" else "2026") in page


# The language is the template's: Thai on both databases, English on SQLite.
@first_on_both(
    ("lang", "photo_line"), [("th", "ข้อมูลเพิ่มเติม: รูปภาพ"), ("en", "More information: photo")]
)
def test_additions_after_filing_show_what_was_added_as_on_the_line_card(
    chat, client, services, lang, photo_line
):
    """A photo added after filing, or words, show as the LINE status card shows them, never
    a line with a time only (walk12)."""
    reference, code, _, _ = submitted(chat, anonymous=True)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.add_timeline(uow, ticket, ADDED, "complainant", body="มีรถกระบะสีขาวมาด้วยค่ะ")
        tickets.add_timeline(uow, ticket, ADDED, "complainant", body="[image]")
        uow.commit()

    page = look_up(client, reference, code, lang=lang).get_data(as_text=True)

    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', page, re.S).group(1)
    lines = [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", timeline)]
    assert any("รถกระบะ" in line for line in lines), lines
    assert any(photo_line in line for line in lines) and "[image]" not in page, lines
    dates_only = [line for line in lines if re.fullmatch(r"[\w .,:]*\d{2}:\d{2}( น\.)?", line)]
    assert not dates_only, lines
