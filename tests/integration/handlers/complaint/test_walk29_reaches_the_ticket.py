"""walk29 (fixF29, issue 16): what a villager said reaches the ticket. The spot named in the
story or beside the where answers (a pavilion, a market, the front of someone's house) is the
ticket's place, shown on the chair's page and in the export; a sum or the teller's own role
said beside another question's answer goes with the story; a span of months corrected at the
summary keeps both ends and is said back; an agency typed in Latin letters is stored and said
back by its Thai name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from storage import tickets
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import REFERENCE, location_event, texts
from tests.integration.bot.dashboard.test_tickets_pages import signed_in
from tests.integration.handlers.complaint.test_understood_steps import (
    answer_until,
    draft_of,
    started,
)

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

PLAIN = {
    "agency": "อบต.สะเดา",
    "official": "ผู้ใหญ่บ้าน",
    "district": "นางรอง",
    "subdistrict": "สะเดา",
    "when": "เดือนที่แล้ว",
    "what": "ผู้ใหญ่บ้านเรียกเก็บเงินค่าลงชื่อรับเงินช่วยเหลือ ใครไม่จ่ายไม่ได้ลงชื่อ",
    "evidence": "ไม่มีค่ะ",
    "witnesses": "ไม่มีค่ะ",
    "reported": "ยังไม่เคยค่ะ",
    "identity": "ไม่บอกชื่อค่ะ",
}


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _at(chat, services, step: str, **said) -> None:
    started(chat)
    answer_until(chat, services, step, {**PLAIN, **said})


def _to_summary(chat, services, **said) -> None:
    _at(chat, services, "summary", **said)


def _filed(chat, services, **said) -> str:
    _to_summary(chat, services, **said)
    shown = texts(chat.tap("a=summary:confirm"))
    found = REFERENCE.search(shown)
    assert found, shown
    return found.group(0)


def _story(services) -> str:
    return str(draft_of(services).data.get("description") or "")


# -- 1. the place ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "story, spot",
    [
        ("ผู้ใหญ่บ้านเรียกชาวบ้านไปประชุมที่ศาลากลางหมู่บ้าน แล้วเก็บเงินค่าลงทะเบียนคนละ 200", "ศาลากลางหมู่บ้าน"),
        ("กำนันนั่งเก็บเงินค่าบัตรอยู่หน้าบ้านกำนันเอง ใครไม่จ่ายไม่ได้บัตร", "หน้าบ้านกำนัน"),
        ("เทศกิจมาเก็บค่าแผงที่ตลาดนัดวันเสาร์ทุกนัด ไม่มีใบเสร็จให้เลย", "ตลาดนัดวันเสาร์"),
        ("ผู้ใหญ่บ้านบ้านโนนแดง หมู่ 5 เก็บเงินค่าลงชื่อรับเงินภัยแล้งคนละ 300", "บ้านโนนแดง หมู่ 5"),
    ],
)
def test_the_spot_the_story_names_is_the_place(chat, services, clock, story, spot):
    _at(chat, services, "evidence", what=story)
    assert spot in str(draft_of(services).data.get("place_text")), draft_of(services).data


def test_where_the_teller_lives_is_not_the_place(chat, services, clock):
    _at(chat, services, "evidence", what="ดิฉันอยู่บ้านหนองบัว หมู่ 2 ผู้ใหญ่บ้านเก็บเงินค่าลงชื่อคนละ 300")
    assert not draft_of(services).data.get("place_text"), draft_of(services).data


def test_the_spot_said_with_the_district_is_the_place(chat, services, clock):
    _at(chat, services, "subdistrict", district="อ.ละหานทราย ที่หอประชุมหมู่บ้านค่ะ")
    data = draft_of(services).data
    assert data.get("district") == "ละหานทราย", data
    assert "หอประชุมหมู่บ้าน" in str(data.get("place_text")), data


def test_the_spot_said_with_the_subdistrict_is_the_place(chat, services, clock):
    _at(chat, services, "when", agency="ไม่รู้", subdistrict="ต.สะเดา แถวตลาดสดค่ะ")
    data = draft_of(services).data
    assert data.get("subdistrict") == "สะเดา", data
    assert "ตลาดสด" in str(data.get("place_text")), data


def test_a_pins_address_is_the_place(chat, services, clock):
    _at(chat, services, "district")
    chat.send(location_event, "ศาลาประชาคม ต.หนองโบสถ์ อ.นางรอง จ.บุรีรัมย์ 31110", 14.63, 102.79)
    assert "ศาลาประชาคม" in str(draft_of(services).data.get("place_text")), draft_of(services)


def test_the_place_is_on_the_chairs_page_and_in_the_export(app, chat, services, clock):
    story = "ผู้ใหญ่บ้านแจกเงินช่วยภัยแล้งที่ศาลาวัดบ้านหนองแวง แต่หักไว้คนละ 500 บาท"
    reference = _filed(chat, services, what=story)
    with services.uow() as uow:
        assert "ศาลาวัด" in str(tickets.by_reference(uow, reference).place_text)
    chair, _ = signed_in(app, services, "chair")
    page = BeautifulSoup(chair.get(f"/committee/tickets/{reference}").data, "html.parser")
    assert "ศาลาวัด" in page.get_text(" ", strip=True)
    exported = chair.get("/committee/tickets/export.csv").get_data(as_text=True)
    assert "ศาลาวัด" in exported, exported


def test_a_place_said_is_not_taken_from_the_name_question(chat, services, clock):
    _at(
        chat,
        services,
        "summary",
        identity="บอกชื่อ",
        name="สมศรี ใจดี",
        phone="0812345678 ค่ะ บ้านอยู่ตรงข้ามตลาดสด",
    )
    assert not draft_of(services).data.get("place_text"), draft_of(services).data


# -- 2. facts said beside other answers --------------------------------------------------------
@pytest.mark.parametrize(
    "step, said, fact",
    [
        ("witnesses", "ไม่มีค่ะ แต่เขาเก็บไปหลังละ 400 ทุกบ้าน", "หลังละ 400"),
        ("reported", "ยังไม่เคยค่ะ เขาเอาไปคนละ 250 ไม่มีใบเสร็จ", "คนละ 250"),
        ("official", "ผู้ใหญ่บ้านค่ะ เก็บไปคนละ 150", "คนละ 150"),
    ],
)
def test_a_sum_said_beside_an_answer_goes_with_the_story(chat, services, clock, step, said, fact):
    _to_summary(chat, services, **{step: said})
    assert fact in _story(services), draft_of(services).data
    if step == "witnesses":
        assert not draft_of(services).data.get("witnesses"), draft_of(services).data
    if step == "official":  # who did it, without the sum said after
        assert draft_of(services).data.get("official") == "ผู้ใหญ่บ้าน", draft_of(services).data


@pytest.mark.parametrize(
    "step, said, role",
    [
        ("official", "ผู้ใหญ่บ้านค่ะ ดิฉันเป็นอาสาสมัครสาธารณสุขหมู่นี้", "อาสาสมัครสาธารณสุข"),
        ("witnesses", "ไม่มีค่ะ ฉันเป็นแม่ครัวโรงเรียนเลยเห็นเอง", "แม่ครัวโรงเรียน"),
    ],
)
def test_the_tellers_own_role_beside_an_answer_goes_with_the_story(
    chat, services, clock, step, said, role
):
    _to_summary(chat, services, **{step: said})
    assert role in _story(services), draft_of(services).data
    if step == "witnesses":  # "ไม่มีค่ะ" said first: no witness, the rest is no witness's name
        assert not draft_of(services).data.get("witnesses"), draft_of(services).data


def test_talk_about_the_talk_is_not_kept_with_the_story(chat, services, clock):
    _to_summary(chat, services, witnesses="ไม่มีค่ะ")
    before = _story(services)
    chat.say("บอกไปแล้วค่ะ")
    assert _story(services) == before


# -- 3. a span of months corrected at the summary ---------------------------------------------
def test_a_span_of_months_corrected_at_the_summary_keeps_both_ends(chat, services, clock):
    _to_summary(chat, services)
    reply = texts(chat.say("ขอแก้วันที่นะคะ ตั้งแต่ พ.ย. 66 ถึง ส.ค. 67"))
    data = draft_of(services).data
    assert data.get("occurred_on") == "2023-11-01", data
    kept = str(data.get("occurred_text"))
    assert "2566" in kept and "2567" in kept and "ส.ค." in kept, data
    assert "ส.ค. 2567" in reply, reply


# -- 4. agencies typed in Latin letters ---------------------------------------------------------
@pytest.mark.parametrize(
    "typed, thai",
    [
        ("Prakhon Chai hospital", "รพ.ประโคนชัย"),
        ("SAO Ban Dan", "อบต.บ้านด่าน"),
        ("Tessaban Nong Ki", "เทศบาลหนองกี่"),
    ],
)
def test_an_agency_typed_in_latin_is_stored_and_said_back_in_thai(
    chat, services, clock, typed, thai
):
    started(chat)
    reply = texts(chat.say(typed))
    assert draft_of(services).data.get("agency") == thai, draft_of(services).data
    assert thai in reply, reply
