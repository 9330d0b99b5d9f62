"""Round 12's diag shapes, in new words (issue 18, fix16a2): a topic is not a story, a time
said of who did it is not when it happened, sums per head and public land taken tell a kind,
Thai typed in Latin letters is read as Thai, "I sent the photos" after a threat is not a
threat, a relay is who it is filed for, "the normal way" gives a name, and a name typed into
an anonymous story is not said back. Dates as said on Sunday 6 December 2026 (BE 2569)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import (
    Meant,
    Villager,
    asks,
    play,
    threat,
)

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Sunday 6 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def _says(**changes) -> dict[str, list]:
    """A plain filing in polite Thai, with the answers this case is about."""
    return {
        "none": ["แจ้งเรื่องครับ"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["เรียกเงินครับ", "เรียกรับเงิน"],
        "agency": ["อบต.สะเดาครับ"],
        "official": ["ปลัด อบต.ครับ"],
        "district": ["นางรองครับ"],
        "subdistrict": ["สะเดาครับ"],
        "when": ["เมื่อวานครับ"],
        "what": ["ปลัดเก็บเงินคนละสามร้อยก่อนจะเซ็นเอกสารให้ครับ ใครไม่จ่ายก็ไม่เซ็น"],
        "what_more": ["แค่นี้ครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "name": ["สมหมาย ใจดี"],
        "phone": ["0812345678"],
        "summary": ["ถูกต้องครับ ส่งเลย", "ส่ง"],
    } | changes


def _filed(villager: Villager, chat, services):
    out = play(villager, chat, services)
    assert out.filed, f"gave up at {out.stuck_at}: {out.log[-3:]}"
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        behalf = uow.vault.decrypt(ticket.behalf_of_enc)
        uow.session.expunge(ticket)
    return out, ticket, behalf


def _steps(out) -> list[str]:
    return [step for step, _, _ in out.log]


def test_an_opening_that_names_a_topic_still_asks_what_happened(chat, services):
    says = _says(none=["สวัสดีครับ คนขับรถโรงเรียนครับ อยากร้องเรียนเรื่องค่าน้ำมันรถ"])
    out, ticket, _ = _filed(Villager("topic opening", says, Meant()), chat, services)
    assert "what" in _steps(out), out.log
    assert "สามร้อย" in ticket.description, ticket.description
    assert not out.refused, out.refused


def test_an_opening_in_latin_letters_that_names_a_topic_still_asks_what_happened(chat, services):
    says = _says(none=["sawatdee krub, yak rong rian rueang kamnan krub"])
    out, ticket, _ = _filed(Villager("romanised topic", says, Meant()), chat, services)
    assert "what" in _steps(out), out.log
    assert "สามร้อย" in ticket.description, ticket.description


def test_a_time_said_of_who_did_it_is_not_when_it_happened(chat, services):
    says = _says(official=["ปลัดคนที่เพิ่งย้ายมาเดือนที่แล้วครับ"], when=["เมื่อวันจันทร์ที่แล้วครับ"])
    out, ticket, _ = _filed(Villager("who, with a time", says, Meant()), chat, services)
    assert "when" in _steps(out), out.log
    assert ticket.occurred_on is not None and ticket.occurred_on.isoformat() == "2026-11-30"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("เบิกค่าหนังสือเด็กหัวละ 150 บาท แต่ซื้อให้จริงเล่มละ 60 ครับ", "budget"),
        ("เขาเอาที่ดินสาธารณะหลังโรงเรียนไปล้อมรั้วปลูกมันของตัวเองครับ", "abuse"),
    ],
)
def test_a_kind_told_by_its_shape_is_taken_at_the_kind_question(said, kind, chat, services):
    out, ticket, _ = _filed(Villager("kind by shape", _says(kind=[said]), Meant()), chat, services)
    assert not out.refused, out.refused
    assert ticket.kind == kind


def test_thai_in_latin_letters_is_read_at_consent_date_evidence_and_summary(chat, services):
    says = _says(
        consent=["ok yinyom krub"],
        when=["muea wan jan tee laew krub"],
        evidence=["mai mee krub"],
        summary=["chai krub, song dai loei", "ส่ง"],
    )
    out, ticket, _ = _filed(
        Villager("latin letters", says, Meant(), yes="chai krub"), chat, services
    )
    assert not out.refused, out.refused
    assert ticket.occurred_on is not None and ticket.occurred_on.isoformat() == "2026-11-30"


def test_after_a_threat_and_safe_again_sending_photos_is_not_a_threat(chat, services):
    from tests.integration.handlers.complaint.personas import photo

    says = _says(
        when=[
            threat("เดี๋ยวครับ มีคนมายืนตะโกนหน้าบ้านว่าจะเผาบ้านผม กลัวครับ"),
            asks("เขาไปแล้วครับ ปลอดภัยแล้ว ทำต่อได้ครับ", r"\S"),
            "เมื่อวานครับ",
        ],
        evidence=[photo(), "ส่งรูปบ้านที่เขาสร้างแล้วครับ เสร็จแล้ว", "เสร็จแล้ว"],
    )
    out, ticket, _ = _filed(Villager("threat then photos", says, Meant()), chat, services)
    after = [reply for step, said, reply in out.log if said.startswith("ส่งรูปบ้าน")]
    assert after and "191" not in after[0], out.log
    assert not out.refused, out.refused


def test_a_relay_is_kept_as_who_it_is_filed_for_not_in_the_story(chat, services):
    says = _says(what=["ผมพิมพ์แทนแม่นะครับ แม่พิมพ์ไม่เป็น ปลัดเก็บเงินแม่สามร้อยก่อนเซ็นให้ครับ"])
    out, ticket, behalf = _filed(Villager("typed for mum", says, Meant()), chat, services)
    assert "สามร้อย" in ticket.description
    assert "พิมพ์แทน" not in ticket.description, ticket.description
    assert behalf == "แม่"


@pytest.mark.parametrize("said", ["แบบปกติค่ะ", "แบบปกติครับ", "เอาแบบปกติก็ได้ค่ะ"])
def test_the_normal_way_at_the_name_choice_gives_a_name(said, chat, services):
    says = _says(identity=[said])
    out, ticket, _ = _filed(Villager("normal way", says, Meant()), chat, services)
    assert not out.refused, out.refused
    assert ticket.anonymous is False


def test_a_name_typed_into_an_anonymous_story_is_not_said_back(chat, services):
    says = _says(
        what=["ผมชื่อสมหมาย ใจดี ครับ ปลัดเก็บเงินคนละสามร้อยก่อนจะเซ็นเอกสารให้ ใครไม่จ่ายก็ไม่เซ็น"],
        identity=["ไม่บอกชื่อครับ"],
    )
    out, ticket, _ = _filed(Villager("own name in story", says, Meant()), chat, services)
    assert ticket.anonymous is True
    assert "สามร้อย" in ticket.description
    assert "สมหมาย" not in ticket.description, ticket.description
    summary = next(reply for step, _, reply in out.log if step == "identity")
    assert "สมหมาย" not in summary, summary
