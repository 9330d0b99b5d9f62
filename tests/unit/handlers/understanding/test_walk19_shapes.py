"""What walk19's villagers answered while filing (fixW19a), read as meant by the understanding:
the walk's own lines, each beside a look-alike that must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand

DECEMBER = date(2026, 12, 6)


def _read(text: str, step: str | None):
    return understand(text, expecting=step, today=DECEMBER)


def test_not_yet_with_a_fear_at_reported_elsewhere_is_a_no():
    assert _read("ยังค่ะ กลัวเขาไม่ออกโฉนดให้", "reported").value("reported") == "no"
    assert _read("เคยค่ะ แจ้งศูนย์ดำรงธรรมไปแล้ว", "reported").value("reported") == "yes"


@pytest.mark.parametrize("said", ["บอกแล้วว่าไม่ได้ให้", "เขาไม่ได้ให้เลขอะไรมาค่ะ"])
def test_no_number_given_is_no_reference(said):
    assert _read(said.removeprefix("บอกแล้วว่า"), "reported_ref").intent == "none"


def test_a_witness_described_whose_name_is_unknown_is_the_witness():
    heard = _read("คนขายลูกชิ้นตรงนั้นเห็นค่ะ ไม่รู้ชื่อ", "witnesses")
    assert (heard.intent, heard.value("witnesses")) == ("answer", "คนขายลูกชิ้นตรงนั้น")
    assert _read("ไม่มีใครเห็นค่ะ", "witnesses").value("witnesses") == ""


def test_a_family_tie_said_after_the_official_is_not_who_it_is():
    heard = _read("นายกอบตกับผรม.เปนญาติกัน ผรม.ชื่อเสี่ยหนวด", "official")
    assert heard.value("official") == "นายก อบต."


def test_the_time_since_someone_died_is_no_date_of_the_deed():
    told = "ผู้ใหญ่บ้านเอาชื่อคนตายไปใส่บัญชีรับเงิน แม่ใหญ่ทองใบตายไปสองปีแล้ว"
    assert _read(told, "kind").value("date") is None
