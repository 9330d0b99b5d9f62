"""walk28 (issue "a villager is understood, not matched"): an elder who names himself by kinship
at the name question ("บอกก็ได้ ลุงชื่อทองใบ ศรีสุข") is the teller, not filing for his uncle;
filing for an uncle said with "แทน" still is; and a Northern Khmer "no" (ออต) at the evidence
question is never a witness."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Draft
from tests.conftest import ONE_DATABASE
from tests.factories import texts

pytestmark = ONE_DATABASE


def _to_evidence(chat) -> None:
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    chat.say("อบต.หนองโบสถ์")
    chat.say("ผู้ใหญ่บ้าน")
    chat.say("14 มี.ค. 2568")
    chat.say("ผู้ใหญ่บ้านเก็บเงินค่าเบี้ยยังชีพคนละ 200 บาท ทุกเดือน ไม่ให้ก็ไม่ได้รับเงิน")


def _to_identity(chat) -> list[dict]:
    _to_evidence(chat)
    chat.tap("a=evidence:done")
    chat.say("ไม่มี")
    return chat.tap("a=reported:no")


def _draft(services) -> dict:
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        return {"step": draft.step, **draft.data}


def test_an_elder_naming_himself_lung_is_the_teller(chat, services):
    _to_identity(chat)
    reply = texts(chat.say("บอกก็ได้ ลุงชื่อทองใบ ศรีสุข"))
    assert "แจ้งแทน" not in reply, reply
    assert not _draft(services).get("behalf"), _draft(services)


def test_filing_for_an_uncle_said_with_thaen_stays_for_him(chat, services):
    _to_identity(chat)
    reply = texts(chat.say("แจ้งแทนลุงค่ะ ลุงชื่อสมศักดิ์ ดีมาก"))
    assert "แจ้งแทนลุง" in reply, reply
    assert _draft(services)["behalf"] == "ลุง"


def test_a_khmer_no_at_evidence_is_no_witness(chat, services):
    _to_evidence(chat)
    texts(chat.say("ออต มีแต่เห็นกับตา"))
    assert "ออต" not in str(_draft(services).get("witnesses") or ""), _draft(services)
