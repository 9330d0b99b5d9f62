"""walk29 (fixW29a, issue "a villager is understood, not matched"): a yes to "shall I file it?"
said with "but not my name" starts the filing and is never asked the name choice again; the
second option typed with a name and a phone at the name choice keeps the name alone; a
villager who writes Thai with Latin words now and then is answered in one language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (
    draft_of,
    to_step,
)

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _mostly_thai(text: str) -> bool:
    thai = sum("\u0e00" <= c <= "\u0e7f" for c in text)
    return thai > sum(c.isascii() and c.isalpha() for c in text)


def test_a_yes_to_file_with_no_name_starts_and_is_not_asked_the_name_again(chat, services, clock):
    chat.follow()
    chat.say("ปลัดให้ผมกรอกชื่อคนเข้าประชุมเพิ่มอีก 20 ชื่อ เพื่อเบิกค่าอาหารว่าง")
    started = texts(chat.say("แจ้งเลยครับ แต่ขอไม่บอกชื่อนะครับ"))
    assert "ยินยอม" in started, started  # the filing began: consent is asked
    draft = draft_of(services)
    assert draft is not None and draft.data.get("anonymous") is True, draft
    asked = []
    answers = {
        "consent": "ยินยอม",
        "kind": "3",
        "agency": "อบต.หนองกี่",
        "official": "ปลัด",
        "district": "หนองกี่",
        "subdistrict": "ไม่รู้",
        "when": "เดือนที่แล้ว",
        "evidence": "ไม่มี",
        "witnesses": "ไม่มี",
        "reported": "ไม่เคย",
    }
    for _ in range(20):
        draft = draft_of(services)
        if draft.step in ("summary", "identity", "name"):
            break
        asked.append(texts(chat.say(answers.get(draft.step, "ไม่รู้"))))
    assert draft_of(services).step == "summary", (draft_of(services).step, asked[-1:])


def test_a_start_with_no_name_is_anonymous_from_the_first_question(chat, services, clock):
    chat.follow()
    asked = texts(chat.say("อยากแจ้งเรื่องครับ แต่ไม่อยากบอกชื่อ"))
    assert "ยินยอม" in asked, asked
    assert draft_of(services).data.get("anonymous") is True, draft_of(services)


def test_option_two_with_a_name_and_a_phone_keeps_the_name_alone(chat, services, clock):
    to_step(chat, services, "identity")
    chat.say("2 ครับ Kittisak Srisuk 0891234567")
    data = draft_of(services).data
    assert data.get("anonymous") is False, data
    with services.uow() as uow:
        assert uow.vault.decrypt(data["name_enc"]) == "Kittisak Srisuk"


def test_thai_with_latin_words_is_answered_in_thai_throughout(chat, services, clock):
    chat.follow()
    chat.say("สวัสดีครับ อยากแจ้ง เรื่อง budget ของ อบต. ครับ")
    replies = [
        chat.say(
            "SAO Nong Ki ซ่อม water tank ที่ Ban Khok Sa-at ราคา 200,000 baht but tank still leaks"
        ),
        chat.say("แจ้ง"),
        chat.say("ok ครับ ยินยอม"),
    ]
    for reply in replies:
        assert _mostly_thai(texts(reply)), texts(reply)


def test_a_story_of_a_padded_sign_up_list_is_no_danger(chat, services, clock):
    chat.follow()
    told = texts(chat.say("ปลัดให้ผมทำรายชื่อคนเข้าประชุมปลอม มาจริง 12 คน แต่ให้ลงชื่อ 45 คน เบิกค่าอาหาร"))
    assert "ความปลอดภัย" not in told and "191" not in told, told
    chat.say("แจ้ง")
    assert not draft_of(services).data.get("_threats"), draft_of(services).data


def test_will_they_know_from_the_sub_district_is_answered_honestly(chat, services, clock):
    to_step(chat, services, "subdistrict")
    said = texts(chat.say("ถ้าบอกชื่อตำบลไป นายจะเดาออกไหมครับว่าผมแจ้ง"))
    assert "อาจเดาได้" in said, said  # details may point to the teller, said honestly
    assert "ถูกขู่" not in said, said


def test_a_date_said_ahead_at_the_district_question_is_kept_for_the_date(chat, services, clock):
    to_step(chat, services, "district")
    said = texts(chat.say("สองเดือนก่อน"))
    assert "ไม่พบอำเภอ" not in said, said
    draft = draft_of(services)
    assert draft.step == "district" and draft.data.get("occurred_on"), draft


def test_an_isan_no_then_the_district_is_the_district(chat, services, clock):
    to_step(chat, services, "district")
    chat.say("บ่แม่น สตึก")
    assert draft_of(services).data.get("district") == "สตึก", draft_of(services).data


def test_an_isan_yes_to_the_doer_said_back_is_never_the_agency(chat, services, clock):
    chat.follow()
    chat.say("แจ้งเรื่องจ้า")
    chat.say("ได้ จ้า")
    chat.say("กำนัน เก็บเงิน")  # the kind, and the doer said back with the agency asked
    assert draft_of(services).step == "agency", draft_of(services)
    chat.say("แม่นอยู่ เด้อ")
    assert not str(draft_of(services).data.get("agency") or "").startswith("แม่น"), draft_of(
        services
    ).data


def test_an_isan_where_has_my_matter_got_to_after_filing_shows_it(chat, services, clock):
    to_step(chat, services, "summary")
    chat.say("ส่ง")
    said = texts(chat.say("เรื่อง ไปฮอดไส"))
    assert "ยังไม่เข้าใจ" not in said, said
    assert "BRM-" in said, said
