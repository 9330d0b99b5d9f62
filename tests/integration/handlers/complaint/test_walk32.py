"""walk32 (fixW32a): what the walk's villagers met. A month corrected at the summary in words
("ไม่ใช่พฤษภา … มิถุนาค่ะ", "ไม่ใช่ค่ะ มิถุนายน 2569") is the date edited; a term opened in a month
"since then up to now" is that month to today; Latin-typed answers ("reak ngern krub 1", "yung
mai koey", "kae 2", "sor.por.lor. Nang Rong") are read as the Thai they spell; "don't know,
it's the headman of Moo 7" at the agency question is no agency; a Latin-typed time of night is
no threat."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (
    draft_of,
    started,
    to_step,
)

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _at_summary_said_may(chat, services):
    """A complaint at its summary, its date said as May 2569, filed without a name."""
    to_step(chat, services, "when")
    chat.say("พฤษภาคม 2569 ค่ะ")
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")
    assert draft_of(services).step == "summary"


# -- 3. a month corrected at the summary in words -----------------------------------------
@pytest.mark.parametrize("said", ["ขอโทษค่ะ ไม่ใช่พฤษภา เปิดเทอมจริง ๆ มิถุนาค่ะ", "ไม่ใช่ค่ะ มิถุนายน 2569"])
def test_a_month_corrected_at_the_summary_is_the_date_edited(chat, services, clock, said):
    _at_summary_said_may(chat, services)
    reply = texts(chat.say(said))
    assert "มิถุนายน 2569" in reply and "พฤษภาคม 2569" not in reply
    assert "ต้องการแก้ข้อไหน" not in reply  # no "which item?": the item is the date
    assert draft_of(services).data["occurred_on"] == "2026-06-01"


def test_a_term_opened_in_a_month_since_then_runs_from_that_month_to_today(chat, services, clock):
    to_step(chat, services, "when")
    reply = texts(chat.say("เปิดเทอมมิถุนายน 2569 ค่ะ ตั้งแต่นั้นมาจนถึงตอนนี้"))
    assert "1 มิ.ย. – 7 ธ.ค. 2569" in reply, reply
    assert "พ.ย." not in reply


# -- 4. Latin-typed answers -----------------------------------------------------------------
@pytest.mark.parametrize("said", ["reak ngern krub 1", "1 krub reak ngern"])
def test_latin_demand_for_money_with_its_number_is_option_one(chat, services, clock, said):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    reply = texts(chat.say(said))
    assert "ฮั้ว" not in reply  # no "procurement or budget?" offered
    assert draft_of(services).data["kind"] == "bribery"


def test_latin_not_yet_at_reported_is_no(chat, services, clock):
    to_step(chat, services, "reported")
    chat.say("yung mai koey")
    draft = draft_of(services)
    assert draft.step != "reported" and draft.data["reported"] is False, draft.data


def test_latin_edit_with_an_item_number_at_the_summary_asks_that_item(chat, services, clock):
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")
    reply = texts(chat.say("kae 2"))
    assert "หน่วยงานไหน" in reply, reply
    assert draft_of(services).step == "agency"


@pytest.mark.parametrize(
    ("said", "agency", "district"),
    [
        ("sor.por.lor. Nang Rong krub", "สภ.นางรอง", "นางรอง"),
        ("sor.por.lor. Prakhon Chai krub", "สภ.ประโคนชัย", "ประโคนชัย"),
    ],
)
def test_a_police_station_typed_by_its_letters_names_the_station_and_its_district(
    chat, services, clock, said, agency, district
):
    started(chat)
    reply = texts(chat.say(said))
    data = draft_of(services).data
    assert data["agency"] == agency and data["district"] == district, data
    assert "อำเภอไหน" not in reply  # the district is not asked again


# -- 5. "don't know, it's the headman" at the agency question --------------------------------
def test_dont_know_its_the_headman_of_moo_7_is_no_agency_but_the_official(chat, services, clock):
    started(chat, "ผู้ใหญ่บ้านเพิ่นกินเงินช่วยน้ำท่วม")
    chat.say("บ่ฮู้ดอก เป็นผู้ใหญ่บ้านหมู่ 7 บ้านโนนสูง")
    data = draft_of(services).data
    assert "บ่ฮู้" not in (data.get("agency") or "")
    assert data.get("agency") in (None, "")
    assert "ผู้ใหญ่บ้าน" in (data.get("official") or "")
    assert "โนนสูง" in (data.get("place_text") or "") or "หมู่ 7" in str(data)


# -- 1. and 2. a Latin-typed time of night, a weekday's night last week ----------------------
def test_a_latin_time_of_night_is_no_threat_and_last_saturday_is_the_fifth(chat, services, clock):
    to_step(chat, services, "when")
    reply = texts(chat.say("mua kuen wan sao tee laew krub, pra man 3 toom"))
    assert "ความปลอดภัยของท่าน" not in reply and "191" not in reply
    assert draft_of(services).data["occurred_on"] == "2026-12-05"


def test_the_night_of_last_saturday_said_on_monday_is_the_fifth(chat, services, clock):
    to_step(chat, services, "when")
    reply = texts(chat.say("เมื่อคืนวันเสาร์ที่แล้วครับ ประมาณ 3 ทุ่ม"))
    assert "5 ธ.ค. 2569" in reply
    assert draft_of(services).data["occurred_on"] == "2026-12-05"


# -- 6. and 7. relief money eaten; an official's full name -----------------------------------
def test_relief_money_eaten_is_public_money_not_a_bribe(chat, services, clock):
    chat.follow()
    chat.say("สวัสดีเด้อ ข่อยสิแจ้งเรื่อง")
    chat.say("ได้ๆ")
    reply = texts(chat.say("ผู้ใหญ่บ้านเพิ่นกินเงินช่วยน้ำท่วม"))
    assert "โกงเงินหรือของหลวง" in reply and "เรียกเงิน/รับสินบน" not in reply
    assert draft_of(services).data["kind"] == "budget"


def test_an_officials_full_name_in_the_story_is_kept_with_the_surname(chat, services, clock):
    chat.follow()
    chat.say(
        "สวัสดีค่ะ ดิฉันเป็นครูโรงเรียนบ้านหนองบัว อำเภอลำปลายมาศค่ะ ตั้งแต่เปิดเทอม"
        " ผู้อำนวยการสมชาย ใจดี สั่งซื้อวัตถุดิบอาหารกลางวันจากร้านของญาติตัวเอง ราคาแพงกว่าท้องตลาด"
    )
    said_back = texts(chat.say("แจ้งค่ะ"))
    assert "ผู้อำนวยการสมชาย ใจดี" in said_back
