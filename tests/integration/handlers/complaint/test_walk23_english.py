"""walk23 (fixW24a): English asked for inside a message is kept until another language is asked
for; a message in both scripts does not turn the replies back to Thai; a mostly-English first
message is answered in English."""

from __future__ import annotations

from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_english_conversation import THAI
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
)

pytestmark = ONE_DATABASE
#: Words the person typed, said back as given.
TYPED = ("โรงเรียนบ้านหนองกี่", "หนองกี่", "ภาษาไทย", "ครูสมศรี", "ผอ.")


def english(messages) -> bool:
    body = texts(messages)
    for word in TYPED:
        body = body.replace(word, "")
    return bool(body.strip()) and not THAI.search(body)


def test_english_asked_for_mid_filing_stays_through_thai_words(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    reply = chat.say("can you speak english? my thai reading not so good")
    assert english(reply), texts(reply)
    chat.say("ok agree")
    chat.tap("a=kind:budget")
    said = [
        "I told you already, the school โรงเรียนบ้านหนองกี่ in Nong Ki district",
        "the director ผอ. and the teacher who buy food, ครูสมศรี",
        "ลูกถ่ายรูปข้าวกลางวันไว้ มีแต่ข้าวกับแกงจืดไข่ 1 ฟอง for 40 kids",
        "not yet",
    ]
    for text in said:
        reply = chat.say(text)
        assert english(reply), (text, texts(reply))


def test_thai_asked_for_by_name_goes_back_to_thai(chat, services):
    chat.follow()
    chat.say("English please. I want to report something")
    reply = chat.say("ขอเป็นภาษาไทยค่ะ, อ่านอังกฤษไม่ค่อยออก")
    assert THAI.search(texts(reply)), texts(reply)


def test_a_mostly_english_opening_is_answered_in_english(chat, services):
    chat.follow()
    reply = chat.say(
        "hi I want to report about school lunch money, อาหารกลางวันเด็กที่โรงเรียนบ้านหนองกี่ "
        "is very bad, they cut the budget"
    )
    assert english(reply), texts(reply)
