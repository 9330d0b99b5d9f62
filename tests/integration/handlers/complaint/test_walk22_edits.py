"""walk22's edits in new words (fixW22a): an edit that names its field sets that field only,
without its own words ("พยานผิด …" never makes the witness the accused); a name corrected at
the summary beside a rank is the official's, not the person's own; a place called wrong at
another question is an edit of the place; a relative who rode along is a witness, no alarm."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import answer_up_to_evidence, texts
from tests.integration.handlers.complaint.test_corrections_in_own_words import at_summary
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
)

# Conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


def test_witnesses_called_wrong_at_the_summary_change_the_witnesses_only(chat, services):
    at_summary(chat, services)
    official = draft_of(services).data.get("official")
    chat.say("พยานไม่ถูกค่ะ คนที่เห็นจริงๆ คือกำนันตำบลหนองโบสถ์กับแม่ค้าในตลาด")
    data = draft_of(services).data
    assert data.get("official") == official, data.get("official")  # the accused untouched
    witnesses = data.get("witnesses") or ""
    assert witnesses.startswith("กำนัน"), witnesses  # the new value, not "ไม่ถูกค่ะ …"
    assert "แม่ค้า" in witnesses, witnesses


def test_a_name_with_a_rank_corrected_at_the_summary_is_the_officials(chat, services):
    at_summary(chat, services)
    chat.say("บ่แม่นครับ ชื่อมานพ ด.ต.มานพ")
    draft = draft_of(services)
    assert draft.step in ("official", "summary"), draft.step  # never the person's own name
    assert not draft.data.get("name_enc"), draft.data


def test_a_place_called_wrong_at_the_witness_question_edits_the_place(chat, services):
    answer_up_to_evidence(chat, agency="อบต.ลำดวน", district="กระสัง", subdistrict="ลำดวน")
    chat.tap("a=evidence:done")
    assert draft_of(services).step == "witnesses"
    chat.say("เออ ขอโทษค่ะ ตำบลที่บอกไปผิด ถนนเส้นนั้นอยู่ชุมแสง บ่แม่นลำดวน ลำดวนนั่นบ้านแม่ดิฉัน")
    data = draft_of(services).data
    assert "ชุมแสง" not in (data.get("witnesses") or ""), data.get("witnesses")
    asked_again = draft_of(services).step == "subdistrict"
    assert data.get("subdistrict") == "310307" or asked_again, data.get("subdistrict")


def test_a_relative_who_rode_along_is_a_witness_and_no_alarm(chat, services):
    answer_up_to_evidence(chat)
    chat.tap("a=evidence:done")
    reply = texts(chat.say("ลูกชายนั่งมาในรถด้วยค่ะ ชื่อต้น"))
    assert "ปลอดภัย" not in reply and "1567" not in reply, reply  # no danger answer
    draft = draft_of(services)
    assert "ลูกชาย" in (draft.data.get("witnesses") or ""), draft.data
    assert draft.step == "reported", draft.step


def test_going_on_after_a_threat_by_police_does_not_send_them_to_the_police_first(chat, services):
    answer_up_to_evidence(chat, agency="สภ.กระสัง", district="กระสัง", subdistrict="ชุมแสง")
    first = texts(chat.say("ตำรวจที่ด่านมาหาที่บ้านเมื่อกี้ ขู่ว่าถ้าแจ้งจะยัดข้อหาให้"))
    assert "1567" in first, first  # the threat was heard
    reply = texts(chat.say("เขาไปแล้วครับ ทำต่อ"))
    assert "1567" in reply, reply  # not the police first, as the first answer said
    assert "โทรแจ้งตำรวจ 191 ได้ทันที" not in reply, reply
