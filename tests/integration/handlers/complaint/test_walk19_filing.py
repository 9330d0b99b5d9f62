"""walk19's villagers replayed in new words, the ticket's draft checked field by field (fixW19a):
a story typed after a voice note is kept; a year said back corrected at the agency question is
the date, not the agency; an agency typed in Latin letters in the story is not asked again; the
answers at reported-elsewhere, its reference and the witnesses are stored as meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import media_event, texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of
from tests.integration.handlers.complaint.test_walk14 import BEFORE_WITNESSES

# How a walk's answers are read into the draft: the reading's, not the database's.
pytestmark = ONE_DATABASE

STORY = "กำนันเพิ่นเอาชื่อคนตายไปใส่บัญชีรับเงินชดเชยภัยแล้ง ยายเห็นชื่อพ่อใหญ่สี เพิ่นเสียไปสามปีแล้ว"


@pytest.fixture
def clock():
    """Sunday 6 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _voice_then_story(chat) -> None:
    chat.follow()
    chat.send(media_event, "audio", duration=9000)
    chat.say("ได้จ้า")  # consent
    chat.say(STORY)  # typed at the kind question


def test_a_story_typed_after_a_voice_note_is_the_story_and_no_death_is_its_date(chat, services):
    _voice_then_story(chat)
    data = draft_of(services).data
    assert "พ่อใหญ่สี" in (data.get("description") or ""), data
    assert data.get("kind") == "budget", data
    assert data.get("official") == "กำนัน", data
    assert not data.get("occurred_on"), data  # "เสียไปสามปีแล้ว" is when he died


def test_a_year_corrected_at_the_agency_question_is_the_date_and_the_agency_still_asked(
    chat, services
):
    _voice_then_story(chat)
    assert draft_of(services).step == "agency"
    reply = texts(chat.say("ปีบ่แม่นเด้อ เงินภัยแล้งนี่ปีนี้ ได้ตอนเดือนแปด"))
    data = draft_of(services).data
    assert data.get("occurred_on") == "2026-08-01", data
    assert not data.get("agency"), data
    assert draft_of(services).step == "agency", reply  # the question it did not answer, again


def test_a_latin_agency_in_the_story_is_not_asked_again(chat, services):
    chat.follow()
    chat.say("sawasdee krub yak jang rueng")
    chat.say("nong sao pom pai samak ngan tee aob tor sa dao")
    chat.say("นายกอบต.เรียกเงิน 50000 บอกว่าจ่ายแล้วได้งานแน่")
    chat.say("ok jang krub")
    chat.say("dai krub")  # consent
    data = draft_of(services).data
    assert data.get("agency") == "อบต.สะเดา", data
    assert draft_of(services).step != "agency"
    assert "ok jang" not in (data.get("description") or ""), data


def _filing(chat) -> None:
    chat.say("ตำรวจที่ด่านเรียกเงินสามีพันนึงค่ะ")
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")


def test_a_witness_described_whose_name_is_unknown_is_kept(chat, services):
    _filing(chat)
    answer_until(chat, services, "witnesses", BEFORE_WITNESSES)
    chat.say("แม่ค้าส้มตำตรงนั้นเห็นค่ะ ไม่รู้ชื่อ")
    draft = draft_of(services)
    assert "แม่ค้าส้มตำ" in (draft.data.get("witnesses") or ""), draft.data  # not "no witness"
    assert draft.step == "reported"


def test_not_yet_with_a_fear_at_reported_elsewhere_moves_on(chat, services):
    _filing(chat)
    answer_until(chat, services, "reported", {**BEFORE_WITNESSES, "witnesses": "ไม่มี"})
    chat.say("ยังค่ะ กลัวเขาไม่ต่อใบอนุญาตให้")
    draft = draft_of(services)
    assert draft.data.get("reported") is False, draft.data
    assert draft.step != "reported"


def test_no_number_given_is_no_reference(chat, services):
    _filing(chat)
    answer_until(chat, services, "reported", {**BEFORE_WITNESSES, "witnesses": "ไม่มี"})
    chat.say("เคยค่ะ")
    chat.say("ศูนย์ดำรงธรรมค่ะ")
    chat.say("บอกแล้วว่าเขาไม่ได้ให้เลขมาค่ะ")
    draft = draft_of(services)
    assert not draft.data.get("reported_ref"), draft.data
    assert draft.step == "identity"


def test_send_said_in_latin_letters_at_the_summary_sends(chat, services):
    _filing(chat)
    answer_until(
        chat,
        services,
        "summary",
        {**BEFORE_WITNESSES, "witnesses": "ไม่มี", "reported": "ไม่เคย", "identity": "1"},
    )
    chat.say("song loey krub")
    assert draft_of(services).status != "open" or draft_of(services).step != "summary"


def test_in_town_at_the_sub_district_question_is_the_seat_and_the_spot_is_kept(chat, services):
    _filing(chat)
    answer_until(chat, services, "subdistrict", {**BEFORE_WITNESSES, "district": "ลำปลายมาศ"})
    chat.say("ในเมืองค่ะ ตรงสามแยกหน้าตลาด")
    draft = draft_of(services)
    assert draft.data.get("subdistrict") == "ลำปลายมาศ", draft.data
    assert draft.data.get("place_text") == "สามแยกหน้าตลาด", draft.data
    assert draft.step != "subdistrict"
