"""Consent is recorded only from an explicit yes (issue 18, walk13): every edit, correction,
stray word or tap of another question at the consent question leaves no consent behind, keeps
the person at the consent question, and an edit said there is applied and said back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Draft, Ticket
from storage.privacy_models import ConsentRecord
from tests.conftest import ONE_DATABASE
from tests.factories import media_event, reached, texts

# Which words are a yes is the reading's; consent rows on both kinds: privacy/test_transfer_consent.
pytestmark = ONE_DATABASE

STORY = (
    "ผมทำนาอยู่ อ.สตึก เจ้าหน้าที่เกษตรอำเภอเรียกเก็บเงินชาวนาคนละ 300 บาท "
    "ถึงจะลงทะเบียนรับเงินช่วยเหลือให้ ตอนเกี่ยวข้าวเดือนที่แล้วครับ"
)
ASKS_CONSENT = "ยินยอมไหม"

#: What a person may type or tap at the consent question that is not a yes.
NOT_A_YES = [
    "เปลี่ยนอำเภอเป็นคูเมืองครับ",
    "ไม่ใช่สตึกครับ บอกแล้วว่าคูเมือง",
    "ขอโทษครับ อำเภอผิด ที่ถูกคือแคนดง ต.หัวฝาย",
    "แก้วันที่เป็นเมื่อวานครับ",
    "แก้วันที่",
    "แก้ 3",
    "แก้ไข",
    "ย้อนกลับ",
    "เปลี่ยนใจครับ",
    "คนที่ทำคือเกษตรตำบล ไม่ใช่เกษตรอำเภอ",
    "ไม่มีครับ",
    "ไม่รู้",
    "ข้าม",
    "เสร็จแล้ว",
    "ส่งเลยครับ",
    "ไม่บอกชื่อ",
    "บอกชื่อครับ สมชาย ดีมาก 089 555 1234",
    "ยังไม่เคยแจ้งครับ",
    "อบต.หนองขมารครับ",
    "เมื่อวานครับ",
    "ยินยอมไหมคือยังไงครับ",
    "กลัวค่ะ",  # a worry (walk16): answered, never a yes
    "ย้านคือกัน",
]
#: Buttons of other questions, tapped from an older message.
OTHER_TAPS = [
    "a=kind:bribery",
    "a=evidence:done",
    "a=edit:district",
    "a=edit:when",
    "a=identity:anonymous",
    "a=reported:no",
    "a=summary:confirm",
]


def _at_consent(chat) -> None:
    """A story told, then the wish to file: at the consent question (played once per
    process, `reached`: what is tested is the answer to it)."""
    asked = reached(chat, ("consent.at_consent",), lambda: (chat.say(STORY), chat.say("แจ้งครับ")))
    assert ASKS_CONSENT in texts(asked[1])


def _granted(services) -> list[bool]:
    with services.uow() as uow:
        return [r.granted for r in uow.session.scalars(select(ConsentRecord))]


def _draft(services) -> Draft:
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        uow.session.expunge(draft)
        return draft


@pytest.mark.parametrize("said", NOT_A_YES)
def test_nothing_typed_but_a_yes_records_consent(chat, services, said):
    _at_consent(chat)
    reply = texts(chat.say(said))
    assert True not in _granted(services), f"{said!r} recorded consent"
    draft = _draft(services)
    assert draft.status in ("open", "declined") and not draft.data.get("consent")
    if draft.status == "open":
        assert draft.step == "consent", f"{said!r} moved on to {draft.step}"
        assert ASKS_CONSENT in reply or "ยินยอม" in reply, reply


@pytest.mark.parametrize("data", OTHER_TAPS)
def test_no_tap_of_another_question_records_consent(chat, services, data):
    _at_consent(chat)
    chat.tap(data)
    assert True not in _granted(services), f"{data} recorded consent"
    draft = _draft(services)
    assert not draft.data.get("consent")
    assert draft.status != "open" or draft.step == "consent", draft.step


def test_a_photo_at_the_consent_question_records_no_consent(chat, services):
    _at_consent(chat)
    chat.send(media_event, "image")
    assert True not in _granted(services)
    assert _draft(services).step == "consent"


def test_every_edit_in_a_row_then_yes_records_one_consent_and_files(chat, services):
    _at_consent(chat)
    for said in NOT_A_YES[:12]:
        chat.say(said)
        assert True not in _granted(services), said
    chat.say("ยินยอมครับ")
    granted = _granted(services)  # "ไม่มีครับ" there is a refusal, taken back by the yes
    assert granted.count(True) == 1 and granted[-1] is True, granted
    assert _draft(services).data.get("consent") is True


def test_an_edit_at_the_consent_question_is_applied_said_back_and_consent_asked_again(
    chat, services
):
    _at_consent(chat)
    reply = texts(chat.say("เปลี่ยนอำเภอเป็นคูเมืองครับ"))
    assert "คูเมือง" in reply and ASKS_CONSENT in reply, reply
    assert _draft(services).data.get("district") == "คูเมือง"
    reply = texts(chat.say("ไม่ใช่คูเมืองครับ ที่ถูกคือแคนดง"))
    assert "แคนดง" in reply and ASKS_CONSENT in reply, reply
    assert _draft(services).data.get("district") == "แคนดง"
    assert True not in _granted(services)
    chat.say("ยินยอมครับ")
    assert _granted(services) == [True]


def test_a_relative_agreeing_is_a_yes(chat, services):
    _at_consent(chat)
    chat.say("ยายยอมครับ")
    assert _granted(services) == [True]


def test_no_ticket_is_ever_sent_without_consent(chat, services):
    _at_consent(chat)
    for word in ("ส่งเลยครับ", "ยืนยันและส่งเรื่อง", "ส่ง"):
        chat.say(word)
    chat.tap("a=summary:confirm")
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket)).first() is None
