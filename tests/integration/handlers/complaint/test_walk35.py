"""walk35 (fixW35a): values a tester who read no code found stored wrong. A named landmark (a
reservoir) is kept as the place; the official is the post and the name, what they did stays in
the story; a land-office officer is kept whole; a date corrected at a later question is edited;
"since early this year" is this year, up to today."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


# -- 2. a named landmark is the place --------------------------------------------------------
@pytest.mark.parametrize(
    ("story", "place"),
    [
        ("ผมหาปลาอยู่อ่างเก็บน้ำห้วยจระเข้ เจ้าหน้าที่ประมงเรียกเงินค่าใบอนุญาตสองพัน", "อ่างเก็บน้ำห้วยจระเข้"),
        ("คนหาปลาแถวอ่างสนามบิน โดนเรียกเก็บเงินเดือนละห้าร้อยค่ะ", "อ่างสนามบิน"),
    ],
)
def test_a_reservoir_named_in_the_story_is_kept_as_the_place(chat, services, story, place):
    to_step(chat, services, "what")
    chat.say(story)
    assert place in (draft_of(services).data.get("place_text") or "")


# -- 3. the official is the post and the name, the deed stays in the story -------------------
@pytest.mark.parametrize(
    ("said", "official", "deed"),
    [
        ("นายก อบต. ชื่อนายสมศักดิ์ เบิกงบซ่อมหอกระจายข่าวไปแล้วไม่ซ่อม", "นายก อบต. นายสมศักดิ์", "เบิกงบ"),
        ("เจ้าหน้าที่ อบต. นางสาวกานดา เป็นคนเอาเงินมาจ่ายที่ศาลา", "เจ้าหน้าที่ อบต. นางสาวกานดา", None),
        ("นางบุญมี เป็นคนเก็บเงินค่าน้ำทุกเดือนค่ะ", "นางบุญมี", None),
    ],
)
def test_the_official_keeps_no_story(chat, services, said, official, deed):
    to_step(chat, services, "official")
    chat.say(said)
    data = draft_of(services).data
    assert data["official"] == official, data["official"]
    if deed:  # what they did is not lost: kept with the draft for the story
        kept = {k: v for k, v in data.items() if k != "official" and not k.startswith("_msgs")}
        assert deed in str(kept), data


# -- 4. a land-office officer kept whole -----------------------------------------------------
@pytest.mark.parametrize(
    "opening",
    [
        "สวัสดีค่ะ จะมาแจ้งเรื่องเจ้าหน้าที่สำนักงานที่ดินค่ะ",
        "เจ้าหน้าที่สำนักงานที่ดินสาขานางรองเรียกเงินค่ารังวัดห้าพันครับ",
    ],
)
def test_a_land_office_officer_told_first_is_not_cut_short(chat, services, opening):
    chat.follow()
    chat.say(opening)
    if draft_of(services) is None:  # the consent asked first, the story kept for after it
        chat.say("ยินยอมค่ะ")
    official = draft_of(services).data.get("official") or ""
    assert official.startswith("เจ้าหน้าที่สำนักงานที่ดิน"), official


# -- 5. a date corrected at a later question -------------------------------------------------
@pytest.mark.parametrize(
    ("correction", "day"),
    [
        ("เดี๋ยวๆ ไม่ใช่อาทิตย์ที่แล้ว เป็นสามวันก่อน", "2026-12-04"),
        ("ไม่ใช่ๆ เมื่อวานค่ะ ไม่ใช่อาทิตย์ที่แล้ว", "2026-12-06"),
    ],
)
def test_a_date_corrected_at_the_evidence_question_is_edited(chat, services, correction, day):
    to_step(chat, services, "when")
    chat.say("อาทิตย์ที่แล้วค่ะ")
    chat.say("เจ้าหน้าที่การเงินเรียกเงินค่าบัตรคนละ 300 บาท")
    assert draft_of(services).step == "evidence"
    reply = texts(chat.say(correction))
    data = draft_of(services).data
    assert data["occurred_on"] == day, (data.get("occurred_on"), reply)
    assert correction not in (data.get("description") or "")


# -- 6. since early this year ----------------------------------------------------------------
def test_since_early_this_year_is_this_year_up_to_today(chat, services):
    to_step(chat, services, "when")
    reply = texts(chat.say("เป็นแบบนี้มาตั้งแต่ต้นปีแล้วค่ะ"))
    data = draft_of(services).data
    assert data["occurred_on"] == "2026-01-01", data
    assert "2569" in reply and "2568" not in reply, reply
