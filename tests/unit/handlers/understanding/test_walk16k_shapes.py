"""What last session's walks met (issue 16, fix16k), read as meant by the understanding: the
walk's own lines, each beside a look-alike that must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import only_a_relay, understand
from handlers.understanding.romanised import in_thai

DECEMBER = date(2026, 12, 6)


def _read(text: str, step: str | None):
    return understand(text, expecting=step, today=DECEMBER)


def test_a_calm_aside_at_consent_is_neither_yes_nor_no():
    heard = _read("ตอนนี้ก็ปกติดีค่ะ เขาไม่ได้มาอะไรอีก", "consent")
    assert heard.intent == "answer", heard
    assert _read("ไม่ได้ค่ะ", "consent").intent == "no"


@pytest.mark.parametrize("said", ["ไม่โอเคค่ะ", "not ok"])
def test_not_ok_at_consent_is_a_no(said):
    assert _read(said, "consent").intent == "no"


def test_an_agency_and_an_official_in_latin_letters_are_the_thai_ones():
    assert _read("o bo to nang rong", "agency").value("agency") == "อบต.นางรอง"
    assert _read("nayok o bo to", "official").value("official") == "นายก อบต."
    assert _read("pa lat o bo to", "official").value("official") == "ปลัด อบต."


def test_a_latin_threat_to_the_family_is_danger_at_the_witness_question():
    assert _read("kao ja tee mae chan", "witnesses").intent == "danger"
    assert _read("mae chan hen", "witnesses").intent != "danger"


def test_came_to_the_house_is_spelled_as_such_and_hitting_before_a_person():
    assert in_thai("ma thi ban") == "มาที่บ้าน"
    assert "ตี" in (in_thai("kao ma ti chan") or "")


def test_a_relay_whose_relative_cannot_type_is_no_call_for_help():
    heard = _read("หนูพิมพ์แทนแม่นะคะ แม่พิมพ์ไม่เป็น", "what")
    assert heard.intent == "answer" and heard.value("behalf") == "แม่", heard
    assert only_a_relay("หนูพิมพ์แทนแม่นะคะ แม่พิมพ์ไม่เป็น")
    assert not only_a_relay("หนูแจ้งแทนพ่อค่ะ พ่อโดนผู้ใหญ่บ้านเก็บเงินค่าเบี้ยยังชีพ")
    assert _read("หนูพิมพ์ไม่เป็นค่ะ", "what").intent == "help"


def test_a_moment_asked_for_is_a_remark_and_no_teacher():
    heard = _read("รอสักครู่นะคะ", "official")
    assert heard.intent == "remark" and heard.value("official") is None, heard
    assert _read("ครูค่ะ", "official").value("official") == "ครู"


def test_wrong_again_then_the_district_is_its_edit():
    heard = _read("ผิดอีกแล้วค่ะ อำเภอคือคูเมือง", "summary")
    assert heard.intent == "edit" and heard.value("district") == "3102", heard
    assert _read("ผิดระเบียบค่ะ อำเภอไม่ตรวจ", "what").intent != "edit"


def test_after_the_harvest_said_in_december_is_the_harvest_just_past():
    heard = _read("หลังเกี่ยวข้าว", "when")
    assert heard.intent == "answer", heard
    assert heard.value("date") == {"start": "2026-11-01", "end": "2026-12-06", "precision": "day"}
    after_songkran = _read("หลังสงกรานต์", "when").value("date")
    assert after_songkran["start"] == "2026-04-16", after_songkran
