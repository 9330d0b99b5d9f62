"""walk37 (fixW37b): the conversation's flow as a tester who read no code met it. A threatened
man who says he goes on is not given the same safety card again: he goes on, the threat he
asks to add is in the details, and his voice clip's caption is kept with it; an answer about
witnesses ("งั้นไม่บอกดีกว่าค่ะ") never makes the complaint anonymous; a name given with the
wish to give it at the summary is taken, never asked again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import media_event, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

pytestmark = ONE_DATABASE

CARD = "ความปลอดภัยของท่านสำคัญที่สุด"
THREAT = "เดี๋ยวครับ เมื่อกี้ลูกน้องประธานมาที่บ้าน บอกว่าถ้าไปร้องเรียนจะเผาบ้าน"


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram: the walk's day."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


# -- 8. the threatened man who goes on -------------------------------------------------------
def test_going_on_after_the_safety_card_goes_on_and_the_threat_is_kept_for_the_committee(
    chat, services
):
    to_step(chat, services, "evidence")
    assert CARD in _said(chat, THREAT)
    reply = _said(chat, "ผมยังจะแจ้งต่อครับ ใส่เรื่องที่เขาขู่ไว้ด้วย")
    assert CARD not in reply, reply  # the card once, not again
    draft = draft_of(services)
    assert draft.step == "evidence", draft.step  # on with the question left
    assert "คณะกรรมการ" in reply, reply  # told it is kept for the committee
    # never in the details, which a referral letter sends to the agency the threatener works in
    assert "เผาบ้าน" not in (draft.data.get("description") or ""), draft.data


def test_a_caption_that_names_the_threat_is_the_clip_s_caption(chat, services):
    to_step(chat, services, "evidence")
    _said(chat, THREAT)
    _said(chat, "กรอกต่อครับ")
    chat.send(media_event, "audio", duration=25000)
    reply = _said(chat, "นั่นเสียงตอนเขามาขู่ครับ อัดไว้")
    assert CARD not in reply, reply
    assert "นั่นเสียงตอนเขามาขู่" in str(draft_of(services).data), draft_of(services).data


def test_a_new_threat_after_going_on_still_gets_the_safety_card(chat, services):
    to_step(chat, services, "evidence")
    _said(chat, THREAT)
    _said(chat, "กรอกต่อครับ")
    assert CARD in _said(chat, "ตอนนี้เขามาอีกแล้วครับ ถือมีดยืนอยู่หน้าบ้าน จะฆ่าผม")


# -- 4. an answer about witnesses, a name given at the summary -------------------------------
@pytest.mark.parametrize("said", ["งั้นไม่บอกดีกว่าค่ะ", "ไม่บอกชื่อพยานดีกว่าค่ะ"])
def test_not_naming_the_witness_keeps_the_identity_question(chat, services, said):
    to_step(chat, services, "witnesses")
    _said(chat, said)
    draft = draft_of(services)
    assert draft.data.get("anonymous") is None, draft.data  # not chosen: still to be asked
    assert draft.step in ("witnesses", "reported"), draft.step


def test_no_name_of_ones_own_at_the_witness_question_is_still_heard(chat, services):
    to_step(chat, services, "witnesses")
    _said(chat, "เปลี่ยนใจค่ะ ไม่บอกชื่อตัวเองดีกว่า")
    assert draft_of(services).data.get("anonymous") is True  # the look-alike: her own name


def test_a_name_given_with_the_wish_to_give_it_at_the_summary_is_taken(chat, services):
    to_step(chat, services, "identity")
    _said(chat, "ไม่บอกชื่อค่ะ")
    assert draft_of(services).step == "summary"
    reply = _said(chat, "บอกชื่อค่ะ ชื่อ นกน้อย ใจดี")
    assert "พิมพ์ชื่อ-นามสกุล" not in reply, reply  # the name given is not asked for again
    draft = draft_of(services)
    assert draft.data.get("anonymous") is False and draft.data.get("name_enc"), draft.data
