"""walk20's villagers replayed in new words (fixW20a), the draft checked as a reviewer would:
a doctor visited in the story is not the official, and last week's weekday said with a
particle between is that day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of

# How a walk's answers are read into the draft: the reading's, not the database's.
pytestmark = ONE_DATABASE

ANSWERS = {"agency": "ไม่รู้", "official": "ไม่รู้", "district": "ประโคนชัย", "subdistrict": "ไม่รู้"}


@pytest.fixture
def clock():
    """Tuesday 8 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 8, 3, 0, tzinfo=UTC))


def test_a_doctor_visited_in_the_story_is_not_the_official(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("พาแม่ไปหาหมอที่อนามัยค่ะ กลับมาผู้ใหญ่บ้านบอกต้องจ่ายค่ารับรองสองร้อย")
    assert draft_of(services).data.get("official") == "ผู้ใหญ่บ้าน"


def test_last_weeks_weekday_said_with_a_particle_between_is_that_day(chat, services):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("เรียกเงิน")
    answer_until(chat, services, "when", ANSWERS)
    chat.say("อาทิตย์ก่อนครับ วันพฤหัส")
    assert draft_of(services).data.get("occurred_on") == "2026-12-03"


@pytest.mark.parametrize(
    ("office", "district"),
    [("ที่ดินสาขาลำปลายมาศค่ะ", "ลำปลายมาศ"), ("โรงพยาบาลพุทไธสงครับ", "พุทไธสง")],
)
def test_an_office_named_after_its_district_gives_the_district(chat, services, office, district):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("เรียกเงิน")
    assert draft_of(services).step == "agency"
    chat.say(office)
    steps = []
    draft = answer_until(chat, services, "when", ANSWERS, reached=lambda d: steps.append(d.step))
    assert draft.data.get("district") == district, draft.data
    assert "district" not in steps, steps  # never asked


def _at_official(chat, services) -> None:
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    chat.say("เรียกเงิน")
    answer_until(chat, services, "official", ANSWERS)


def test_a_headman_named_with_his_village_keeps_the_role_and_the_village(chat, services):
    _at_official(chat, services)
    chat.say("ผญบ.บ้านหนองไผ่ หมู่ 8 ครับ")
    data = draft_of(services).data
    assert data.get("official") == "ผู้ใหญ่บ้าน หมู่ 8", data
    assert data.get("place_text") == "บ้านหนองไผ่ หมู่ 8", data


def test_a_name_not_known_keeps_how_he_looks_not_the_words(chat, services):
    _at_official(chat, services)
    chat.say("บ่ฮู้ชื่อเด้อ เป็นผู้ชายผมหงอก ใส่เสื้อลายทหาร")
    official = draft_of(services).data.get("official") or ""
    assert official == "ผู้ชายผมหงอก ใส่เสื้อลายทหาร", official
