"""What walk22's villagers gave is kept as meant and not asked again (issue 16, fixW22b): a
name said with the yes to giving it, an official with the contractor named beside them."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import answer_until, draft_of
from tests.integration.handlers.complaint.test_walk13 import ANSWERS, FARMER

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


def _at_identity(chat, services):
    chat.say(FARMER)
    chat.say("แจ้งครับ")
    chat.say("ยินยอมครับ")
    answers = {**ANSWERS, "subdistrict": "ไม่รู้", "witnesses": "ไม่มี", "reported": "ยังไม่เคย"}
    answer_until(chat, services, "identity", answers)


def test_a_name_said_after_the_yes_to_giving_it_is_not_asked_again(chat, services):
    _at_identity(chat, services)
    reply = texts(chat.say("บอกชื่อได้ครับ บุญเลิศ ศรีงาม"))
    assert "พิมพ์ชื่อ" not in reply, reply
    draft = draft_of(services)
    with services.uow() as uow:
        assert uow.vault.decrypt(draft.data["name_enc"]) == "บุญเลิศ ศรีงาม"


def test_the_yes_alone_still_asks_the_name(chat, services):
    _at_identity(chat, services)
    reply = texts(chat.say("บอกชื่อได้ครับ"))
    assert "ชื่อ" in reply, reply
    assert not draft_of(services).data.get("name_enc")


ALLOWANCE = "เบี้ยผู้สูงอายุยายโดนหักทุกเดือน เดือนละสองร้อย คนแจกเงินบอกเป็นค่าบริการ"


def test_an_agency_misspelt_is_spelt_as_the_sub_district_taken(chat, services):
    chat.say(ALLOWANCE)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answers = {**ANSWERS, "agency": "อบต.ปะเคีบ", "district": "คูเมือง", "subdistrict": "ปะเคียบ"}
    draft = answer_until(chat, services, "when", answers)
    assert draft.data.get("subdistrict") == "ปะเคียบ", draft.data
    assert draft.data.get("agency") == "อบต.ปะเคียบ", draft.data


def test_an_agency_of_another_sub_district_is_kept_as_named(chat, services):
    chat.say(ALLOWANCE)
    chat.say("แจ้งค่ะ")
    chat.say("ยินยอมค่ะ")
    answers = {**ANSWERS, "agency": "อบต.หนองขมาร", "district": "คูเมือง", "subdistrict": "ปะเคียบ"}
    draft = answer_until(chat, services, "when", answers)
    assert draft.data.get("agency") == "อบต.หนองขมาร", draft.data
