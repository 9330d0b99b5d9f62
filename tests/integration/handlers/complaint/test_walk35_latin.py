"""walk35's karaoke villager (Thai typed in Latin letters), end to end (fixL35): อบต. and
นายก อบต. typed by their letters' names stored in Thai, never as the district office nor as the
Latin typed; "ban pao" (บ้านเป้า) a place, never arson (เผา); "mai ru kha" not knowing at the
sub-district question; a real threat still answered; a cancel taken back and a go-on after the
safety answer typed in Latin letters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Monday 7 December 2026, ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


def _play(chat, answers: tuple[str, ...]) -> str:
    """Each answer typed in turn; the bot's last reply."""
    reply = ""
    for said in answers:
        reply = texts(chat.say(said))
    return reply


def _no_alarm(reply: str) -> None:
    assert "191" not in reply and "ความปลอดภัยของท่าน" not in reply, reply


STORY = (
    "yak jaeng rueang nai ok bor tor tambon ban pao kep ngern chao baan kha, "
    "bok wa pen kha tham thanon lukrang khao moo baan, kep baan la 500 baht"
)


def test_letter_names_and_a_place_that_sounds_as_burning_are_read_as_meant(chat, services):
    chat.follow()
    _no_alarm(texts(chat.say(STORY)))
    _no_alarm(_play(chat, ("jaeng", "yinyom kha", "1 kha")))
    draft = draft_of(services)
    assert draft.data.get("agency") != "ที่ว่าการอำเภอนางรอง", draft.data
    if draft.step == "agency":
        _no_alarm(texts(chat.say("ok bor tor ban pao kha")))
    draft = draft_of(services)
    assert "อบต" in (draft.data.get("agency") or ""), draft.data
    if draft.step == "official":
        _no_alarm(texts(chat.say("nai ok bor tor ban pao kha")))
    draft = draft_of(services)
    assert draft.data.get("official") == "นายก อบต.", draft.data
    if draft.step == "subdistrict":
        reply = texts(chat.say("mai ru kha"))
        assert "ไม่พบตำบล" not in reply, reply
    assert draft_of(services).step not in ("subdistrict", "official", "agency"), draft_of(
        services
    ).step


def test_a_real_latin_threat_is_answered_and_going_on_is_read(chat, services):
    chat.follow()
    _play(chat, ("jaeng rueang kha", "yinyom kha"))
    reply = texts(chat.say("kao bok wa ja pao ban chan tha chan pai jaeng kha"))
    assert "191" in reply, reply
    reply = texts(chat.say("mai pen rai krub tor dai"))  # going on: no answer to the question
    assert "ไปต่อกัน" in reply and "เป็นเรื่องแบบไหน" in reply, reply
    assert "kind" not in draft_of(services).data, draft_of(services).data


def test_a_cancel_taken_back_in_latin_letters_goes_on(chat, services):
    chat.follow()
    _play(chat, ("jaeng rueang kha", "yinyom kha"))
    step = draft_of(services).step
    reply = texts(chat.say("yok lerk kon na kha"))
    assert "ยกเลิก" in reply, reply
    reply = texts(chat.say("plian jai laew krub, ja jaeng tor"))
    assert "ไม่ยกเลิก" in reply, reply
    draft = draft_of(services)
    assert draft.status == "open" and draft.step == step, (draft.status, draft.step)
