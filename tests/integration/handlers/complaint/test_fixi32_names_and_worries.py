"""Issue 16 leftovers (fixI32): a name told without "ชื่อ" at the name choice or the name is
the name (and the phone beside it), a place or an office typed there is no name; the worry of
being found out is answered by the one text meant, saying what the committee sees, what an
agency is told and that an unnamed complaint stays so."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
    to_step,
)

pytestmark = ONE_DATABASE


@pytest.mark.parametrize(
    ("step", "said", "name", "phone"),
    [
        ("name", "ผม ทองดี มีสุข 0812345678", "ทองดี มีสุข", "+66812345678"),
        ("name", "ทองดี มีสุข 081-234-5678 ค่ะ", "ทองดี มีสุข", "+66812345678"),
        ("identity", "ผม ทองดี มีสุข 0812345678", "ทองดี มีสุข", "+66812345678"),
        ("identity", "สมศรี ใจดี ค่ะ", "สมศรี ใจดี", None),
        ("name", "นางสาวบัวผัน แก้วใส", "บัวผัน แก้วใส", None),
    ],
)
def test_a_name_told_without_its_word_is_kept_as_the_name(chat, services, step, said, name, phone):
    to_step(chat, services, step)
    chat.say(said)
    draft = draft_of(services)
    with services.uow() as uow:
        assert uow.vault.decrypt(draft.data["name_enc"]) == name
        if phone:
            assert uow.vault.decrypt(draft.data["phone_enc"])[-9:] == phone[-9:]
    assert draft.data["anonymous"] is False


@pytest.mark.parametrize("said", ["บ้านหนองกี่", "อบต.ชุมเห็ด", "เทศบาลตำบลนางรอง", "แล้วแต่ค่ะ"])
def test_a_place_an_office_or_up_to_you_at_the_name_is_no_name(chat, services, said):
    to_step(chat, services, "name")
    chat.say(said)
    draft = draft_of(services)
    assert not draft.data.get("name_enc") and draft.step == "name"


def test_not_telling_at_the_name_is_anonymous(chat, services):
    to_step(chat, services, "name")
    chat.say("ไม่บอก ค่ะ")
    draft = draft_of(services)
    assert not draft.data.get("name_enc") and draft.data["anonymous"] is True


def _answered_fully(answer: str) -> None:
    assert "กรรมการ" in answer, answer  # what the committee sees
    assert "หน่วยงานที่ส่งต่อไม่รู้ว่าใครแจ้ง" in answer and "ยินยอม" in answer, answer
    assert "ไม่บอกชื่อ เรื่องก็ไม่มีชื่อ" in answer, answer  # unnamed stays unnamed
    assert "อาจเดาได้" in answer and "กว้าง ๆ" in answer, answer  # details, told generally


def test_a_detail_few_know_asked_before_filing_gets_the_details_answer(chat):
    chat.follow()
    answer = texts(chat.say("เรื่องนี้รู้กันแค่ไม่กี่คน ถ้าแจ้งเขาจะรู้ไหมว่าเป็นหนู"))
    _answered_fully(answer)
    assert "หัวหน้าจะไม่รู้จากเรา" not in answer, answer


def test_the_boss_asked_while_filing_gets_the_insiders_answer_in_full(chat, services):
    to_step(chat, services, "official")
    answer = texts(chat.say("หัวหน้าจะรู้ไหมคะว่าหนูแจ้ง"))
    _answered_fully(answer)
    assert "หัวหน้าจะไม่รู้จากเรา" in answer and "1567" in answer, answer


def test_a_sub_district_asked_while_filing_gets_the_details_answer(chat, services):
    to_step(chat, services, "subdistrict")
    answer = texts(chat.say("ถ้าบอกตำบลเขาจะรู้ไหมคะว่าหนูแจ้ง"))
    _answered_fully(answer)
    assert draft_of(services).step == "subdistrict"
