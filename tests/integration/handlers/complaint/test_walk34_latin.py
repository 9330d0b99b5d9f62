"""walk34's villager typing Thai in Latin letters (karaoke), end to end (fixL34): the story's
kind, official and district read from the Thai it spells; a witness named with a phone number
taken as the witness, no threat; another province's district named in any romanisation said
back as outside the province (no loop); "song" (ส่ง) never a place; where the teller lives is
not the scene; a cancel and a change of mind typed in Latin letters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# How a walk's answers are read into the draft: the reading's, not the database's.
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


#: A villager typing Thai in Latin letters, up to the witnesses question: the story names the
#: kind (เรียกเงิน), the official (ตำรวจ) and the station's district (นางรอง).
TO_WITNESSES = (
    "sawatdee krub, yak jaeng rueang krub",
    "yin yom krub",
    "tamruat sathanee Nang Rong reak ngern 3000 baht pua mai jab lok krub",
    "sathanee tamruat Nang Rong krub",
    "Nang Rong krub",
    "mai roo krub",
    "mua wan nee krub",
)


def test_a_latin_typed_story_and_witness_are_stored_as_meant(chat, services):
    chat.follow()
    _play(chat, TO_WITNESSES)
    draft = draft_of(services)
    assert (draft.data["kind"], draft.data["official"]) == ("bribery", "ตำรวจ"), draft.data
    assert draft.data["district"] == "นางรอง", draft.data
    assert "มีใครรู้เห็น" in texts(chat.say("mai mee kha"))  # nothing more: the witnesses
    reply = texts(chat.say("phuen pom chue Somchai Jaidee yoo nai rot duay, 0812345678"))
    assert "ความปลอดภัย" not in reply and "191" not in reply  # a friend named, no threat
    draft = draft_of(services)
    assert "Somchai" in (draft.data.get("witnesses") or ""), draft.data
    assert draft.step == "reported", draft.step


def test_a_common_word_is_no_place_and_another_provinces_district_is_said_back(chat, services):
    chat.follow()
    _play(chat, ("jaeng rueang krub", "yin yom krub", "kamnan reak ngern 500 baht kha"))
    _play(chat, ("mai roo kha",))  # no agency known: the district is asked
    reply = texts(chat.say("song"))
    assert "แพร่" not in reply and not draft_of(services).data.get("outside_province")
    reply = texts(chat.say("amphoe Kantharalak jangwat Sisaket"))
    assert "ศรีสะเกษ" in reply and "นอกจังหวัด" in reply, reply
    chat.say("Kantharalak, Sisaket")  # said again: going on, never a loop
    draft = draft_of(services)
    assert draft.data["outside_province"] == "ศรีสะเกษ", draft.data
    assert "Kantharalak" in draft.data["place_text"] and draft.step != "district", draft.data
