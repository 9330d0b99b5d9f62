"""walk23 (fixW24a): adding to the story at the summary puts what is added after the story told,
never in its place ("ข้อ 6 ขอเพิ่มอีกหน่อยค่ะ …", "please add to number 6: …", "แก้ 6" then
"also: …"), and the addition said in the same message is not lost."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_corrections_in_own_words import at_summary
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
)

pytestmark = ONE_DATABASE

STORY = "เจ้าหน้าที่การเงินเรียกเงินค่าบัตรคนละ 300 บาท"  # at_summary's story, as it begins


def test_added_to_item_6_in_thai_goes_after_the_story(chat, services):
    at_summary(chat, services)
    told = draft_of(services).data["description"]
    chat.say("ข้อ 6 ขอเพิ่มอีกหน่อยค่ะ งบ 2 ล้าน ถนนยาว 1 กิโล ทำได้แค่ 500 เมตร")
    draft = draft_of(services)
    assert draft.step == "summary", draft.step  # not the story asked again
    story = draft.data["description"]
    assert story.startswith(told) and story.endswith("ทำได้แค่ 500 เมตร"), story
    assert "ขอเพิ่ม" not in story and "ข้อ 6" not in story, story


def test_added_to_number_6_in_english_goes_after_the_story(chat, services):
    at_summary(chat, services)
    chat.say("English")
    reply = texts(
        chat.say("please add to number 6: lunch is only rice and egg soup, 1 egg for 40 kids")
    )
    assert 'Type "send" to send' not in reply, reply  # no longer refused
    draft = draft_of(services)
    story = draft.data["description"]
    assert story.startswith(STORY) and story.endswith("1 egg for 40 kids"), story
    assert "number 6" not in story, story


def test_asked_to_add_without_the_words_takes_the_next_message_after_the_story(chat, services):
    at_summary(chat, services)
    told = draft_of(services).data["description"]
    chat.say("ขอเพิ่มข้อ 6 ค่ะ")
    assert draft_of(services).step == "what"
    chat.say("งบ 2 ล้าน ถนนยาว 1 กิโล")
    draft = draft_of(services)
    assert draft.data["description"] == f"{told}\nงบ 2 ล้าน ถนนยาว 1 กิโล", draft.data
    assert draft.step == "summary", draft.step


def test_also_after_edit_6_goes_after_the_story(chat, services):
    at_summary(chat, services)
    told = draft_of(services).data["description"]
    chat.say("edit 6")
    chat.say("also: lunch is only rice and egg soup, 1 egg for 40 kids")
    story = draft_of(services).data["description"]
    assert story == f"{told}\nlunch is only rice and egg soup, 1 egg for 40 kids", story


def test_edit_6_with_a_new_story_still_replaces_it(chat, services):
    at_summary(chat, services)
    chat.say("แก้ 6")
    chat.say("ผู้รับเหมาเบิกเงินไปหมดแล้วแต่ถนนบ่เสร็จ ทำได้ครึ่งทางแล้วทิ้งไว้")
    story = draft_of(services).data["description"]
    assert story == "ผู้รับเหมาเบิกเงินไปหมดแล้วแต่ถนนบ่เสร็จ ทำได้ครึ่งทางแล้วทิ้งไว้", story


def test_another_item_added_to_is_not_the_story(chat, services):
    at_summary(chat, services)
    told = draft_of(services).data["description"]
    chat.say("เพิ่มพยานค่ะ ลุงสีบ้านติดกัน")
    assert draft_of(services).data["description"] == told
