"""Evidence announced before it is sent ("มีแคปหน้าจอค่ะ", "มีรูปโต๊ะครับ"): what the file will
show is kept with the first file and the person is asked to send it (round 19's villagers)."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import answer_up_to_evidence, media_event, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE


def test_a_screenshot_announced_is_kept_with_the_first_file(chat, services):
    answer_up_to_evidence(chat)
    reply = texts(chat.say("มีแคปหน้าจอไลน์กลุ่มค่ะ"))
    draft = draft_of(services)
    assert draft.step == "evidence", draft.step
    assert "ส่ง" in reply, reply
    assert draft.data.get("evidence_notes") == [[1, "มีแคปหน้าจอไลน์กลุ่มค่ะ"]]
    chat.send(media_event, "image")
    chat.say("เสร็จแล้ว")
    assert draft_of(services).step == "witnesses"


def test_a_bare_yes_i_have_is_not_kept(chat, services):
    answer_up_to_evidence(chat)
    chat.say("มีค่ะ")
    draft = draft_of(services)
    assert draft.step == "evidence" and not draft.data.get("evidence_notes"), draft.data
