"""Round-7 shapes of a conversation (issue 16), written from the categories round 6's sealed
villagers failed in, with other words, people and places (none of theirs): an introduction is
not the story; answers said as questions back or framed for emphasis; emphatic and closing
answers; the matter sent in bubbles while consent is asked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.personas import photo
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

INVITED = ("เล่ามาได้เลย", "go ahead and tell us")
OFFERED = ("ต้องการแจ้งเรื่องนี้ไหม", "Shall we file this")
ASKS_WHAT = "เล่าให้ฟังหน่อยค่ะ ว่าใครทำอะไร"
REFUSED = "ยินยอมไหมคะ พิมพ์\n"  # the short re-ask of a consent answer not understood
#: An answer to each question, to reach a later one.
ANSWERS = {
    "consent": "ยินยอมค่ะ",
    "kind": "เรียกเงิน",
    "agency": "อบต.สองชั้น",
    "official": "ปลัด",
    "district": "กระสัง",
    "subdistrict": "ไม่รู้",
    "when": "เมื่อวาน",
    "what": "ปลัดเรียกเงินค่าเซ็นหนังสือรับรองที่ดินคนละ 1,500 บาท ไม่ให้ไม่เซ็นให้ค่ะ",
    "what_more": "ไม่มีแล้วค่ะ",
    "evidence": "ไม่มี",
    "witnesses": "ไม่มี",
    "reported": "ไม่เคย",
    "identity": "ไม่บอกชื่อ",
}


def answered_up_to(chat, step: str, **given: str):
    """Answer each question (`given` first) until the complaint is at `step`."""
    at_consent(chat)
    for _ in range(20):
        now = draft_of_step(chat)
        if now == step:
            return
        chat.say(given.get(now, ANSWERS[now]))
    raise AssertionError(f"never reached {step}")


@pytest.fixture
def clock():
    """Friday 4 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


def at_consent(chat):
    """A complaint begun by typing, at the consent question."""
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    assert draft_of_step(chat) == "consent"


def draft_of_step(chat):
    return draft_of(chat.services).step


@pytest.fixture
def chat(chat, services):
    chat.services = services
    return chat


# -- 1. an introduction is not the story ------------------------------------------------------
INTRODUCTIONS = [
    "สวัสดีครับ ผมเป็นมัคนายกวัดบ้านโนนสูง เจ้าอาวาสให้มาแจ้งเรื่องแทนวัดครับ",
    "สวัสดีเด้อ ข้อยเป็นกรรมการกองทุนหมู่บ้านหนองตาด ชาวบ้านวานให้มาแจ้งแทนเด้อ",
    "หวัดดีค่ะ หนูเป็นลูกสาวยายบุญมี ยายใช้ให้มาร้องเรียนแทนค่ะ",
    "Good afternoon, I'm the secretary of the Ban Sawai water users' group, the members sent me",
    "นมัสการครับ กระผมมัคนายกวัดหนองบัว ท่านเจ้าอาวาสสั่งให้มาแจ้งในนามวัด",
]


@pytest.mark.parametrize("opening", INTRODUCTIONS)
def test_an_introduction_is_kept_and_what_happened_is_asked(opening, chat, services, clock):
    """Who is reporting and for whom is not the story: the bot asks to hear it, and the story
    that follows (not the introduction alone) is what is filed, the introduction before it."""
    chat.follow()
    reply = texts(chat.say(opening))
    assert any(w in reply for w in INVITED) and not any(w in reply for w in OFFERED)
    reply = texts(chat.say("ผู้ใหญ่บ้านเอาเงินค่าซ่อมศาลาไปหมดแต่ไม่ซ่อมสักที 3 เดือนแล้ว"))
    assert any(w in reply for w in OFFERED)
    chat.say("แจ้ง")
    told = draft_of(services).data.get("description") or ""
    assert "ซ่อมศาลา" in told and told.index(opening.split()[1][:4]) < told.index("ซ่อมศาลา")


def test_an_introduction_in_two_bubbles_waits_for_the_story(chat, services, clock):
    """Who they are, then for whom, each a short bubble: each is kept and the story asked for
    (never offered to be filed, never the menu); the story after them is what is filed."""
    chat.follow()
    for bubble in ("ผมเป็นไวยาวัจกรวัดบ้านนาครับ", "หลวงพ่อให้มาแจ้งเรื่องแทนวัดครับ"):
        reply = texts(chat.say(bubble))
        assert INVITED[0] in reply and OFFERED[0] not in reply
    reply = texts(chat.say("กรรมการวัดเอาเงินทำบุญทอดกฐินไปใช้ส่วนตัว 8 หมื่นบาทครับ"))
    assert OFFERED[0] in reply
    chat.say("แจ้ง")
    told = draft_of(services).data.get("description") or ""
    assert told.index("ไวยาวัจกร") < told.index("แทนวัด") < told.index("กฐิน")


def test_an_introduction_then_yes_still_asks_what_happened(chat, services, clock):
    """Introduced, then straight to filing: the questions go on, and "what happened" is asked
    (not skipped as told); the story given there is filed after the introduction."""
    chat.follow()
    chat.say("สวัสดีค่ะ ดิฉันเป็นครูอัตราจ้างโรงเรียนบ้านโคกเมือง ผอ.ให้มาแจ้งแทนค่ะ")
    chat.say("แจ้งเลยค่ะ")
    draft = draft_of(services)
    assert not draft.data.get("description") and not draft.data.get("told_first")
    for answer in ("ยินยอมค่ะ", "2", "โรงเรียนบ้านโคกเมือง", "ภารโรง", "ประโคนชัย", "ไม่รู้", "เมื่อวาน"):
        reply = texts(chat.say(answer))
    assert ASKS_WHAT in reply
    chat.say("ภารโรงเอาข้าวสารอาหารกลางวันของเด็กไปขายที่ตลาด สัปดาห์ละ 2 กระสอบค่ะ")
    told = draft_of(services).data["description"]
    assert told.index("ครูอัตราจ้าง") < told.index("ข้าวสาร")


# -- 2. answers said as questions back, or framed -------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "ถ้าไม่ยินยอมจะพิมพ์มาทำไมล่ะคะ",
        "ก็ยอมสิ ไม่งั้นจะมาแจ้งทำไมครับ",
        "บ่ยอมสิมาแจ้งเฮ็ดหยังเด้อ",
        "If I didn't agree, why would I be writing to you?",
    ],
)
def test_agreement_said_as_a_question_back_is_a_yes(said, chat, services, clock):
    at_consent(chat)
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("consent") is True and draft.step == "kind"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("ก็เงินช่วยเหลือชาวนาโดนโกงไงคะ", "budget"),
        ("ก็โกงเงินกองทุนนั่นแหละ", "budget"),
        ("ก็เรียกเงินใต้โต๊ะไงล่ะครับ", "bribery"),
        ("เงินชดเชยน้ำท่วมไง จะเรื่องอะไรอีกล่ะ", "budget"),
    ],
)
def test_a_kind_said_with_a_frame_is_that_kind(said, kind, chat, services, clock):
    at_consent(chat)
    chat.say("ยินยอมค่ะ")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("kind") == kind and draft.step != "kind"


@pytest.mark.parametrize(
    ("said", "official"),
    [
        ("ผู้ใหญ่บ้านหมู่ 9 นั่นแหละ ใครจะกล้าอีกล่ะ", "ผู้ใหญ่บ้านหมู่ 9"),
        ("ก็กำนันไงคะ ใครจะกล้าทำอีก", "กำนัน"),
        ("ผู้ใหญ่บ้านหมู่ 2 ไผสิกล้าเฮ็ดล่ะ", "ผู้ใหญ่บ้านหมู่ 2"),
        ("ผู้ใหญ่บ้านหมู่ 11 ไง ใครจะกล้า", "ผู้ใหญ่บ้านหมู่ 11"),
        ("ก็ผู้ใหญ่หมู่ 8 ซิ ใครล่ะ", "ผู้ใหญ่หมู่ 8"),
    ],
)
def test_an_official_said_with_who_else_is_that_official(said, official, chat, services, clock):
    at_consent(chat)
    chat.say("ยินยอมค่ะ")
    chat.say("เรียกเงิน")
    chat.say("อบต.สองชั้น")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("official") == official and draft.step not in ("official", "consent")


# -- 3. emphatic and closing answers ------------------------------------------------------------
@pytest.mark.parametrize("said", ["ยอมอยู่แล้วค่ะ", "ยินยอมอยู่แล้วครับ", "ได้อยู่แล้วเด้อ", "ยอมแน่นอนค่ะ"])
def test_emphatic_consent_is_a_yes(said, chat, services, clock):
    at_consent(chat)
    chat.say(said)
    assert draft_of(services).data.get("consent") is True


@pytest.mark.parametrize("said", ["ผอ.รพ.สต.หักเงินค่าป่วยการ อสม. ค่ะ", "ครูใหญ่หักเงินเดือนครูอัตราจ้างครับ"])
def test_a_short_act_at_the_kind_question_gives_a_kind(said, chat, services, clock):
    at_consent(chat)
    chat.say("ยินยอมค่ะ")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("kind") and draft.step != "kind"


@pytest.mark.parametrize(
    "said", ["มีแค่รูปนี้รูปเดียวค่ะ", "มีรูปใบเสร็จที่เขาเซ็นใบเดียวครับ", "I only have this one photo"]
)
def test_only_this_one_after_a_photo_ends_the_evidence(said, chat, services, clock):
    answered_up_to(chat, "evidence")
    chat.send(*photo())
    chat.say(said)
    assert draft_of(services).step == "witnesses"


@pytest.mark.parametrize("said", ["แค่นี้แหละค่ะ", "มีเท่านี้แหละครับ", "that's all"])
def test_that_is_all_when_asked_for_more_goes_on(said, chat, services, clock):
    answered_up_to(chat, "what_more", what="ปลัดเรียกเงินค่ะ")
    chat.say(said)
    assert draft_of(services).step == "evidence"


@pytest.mark.parametrize(
    "said", ["ถูกต้องทุกอย่างค่ะ", "ถูกหมดแล้วครับ", "ถูกต้องครบทุกข้อเด้อ", "everything is correct"]
)
def test_everything_correct_at_the_summary_sends_it(said, chat, services, clock):
    answered_up_to(chat, "summary")
    chat.say(said)
    assert draft_of(services).status == "submitted"


# -- 4. the matter in bubbles while consent is asked -------------------------------------------
BUBBLES = [
    ("ผู้ใหญ่บ้านหมู่ 6 ค่ะ", "บ้านหนองแวง ต.หนองกง อ.นางรอง", "เอาเงินค่าไฟถนนไปใช้เองไม่ติดไฟสักดวง"),
    ("นายก อบต.โคกม้า", "อ.ประโคนชัย เด้อ", "ฮั้วงานสร้างฝายกับผู้รับเหมาพวกเดียวกัน"),
]


@pytest.mark.parametrize("bubbles", BUBBLES)
def test_bubbles_sent_while_consent_is_asked_are_kept(bubbles, chat, services, clock):
    """Each bubble is kept (never refused), consent is asked again gently, and after "ยินยอม"
    the story and the fields the bubbles named are in the draft; "what happened" is not asked."""
    at_consent(chat)
    for bubble in bubbles:
        reply = texts(chat.say(bubble))
        assert "จดไว้แล้ว" in reply and REFUSED not in reply
    reply = texts(chat.say("ยินยอมค่ะ"))
    draft = draft_of(services)
    assert draft.data.get("consent") is True
    assert bubbles[-1][:8] in (draft.data.get("description") or "")
    assert draft.data.get("official") and draft.data.get("district")
    assert draft.step not in ("consent", "what")
    assert ASKS_WHAT not in reply


def test_a_stray_word_at_consent_is_still_asked_again(chat, services, clock):
    """Not the matter and not a yes or no ("อือๆ"): the short re-ask, nothing kept."""
    at_consent(chat)
    reply = texts(chat.say("อืมม"))
    assert "จดไว้แล้ว" not in reply
    assert not draft_of(services).data.get("description")


@pytest.mark.parametrize(
    ("asked", "answered"),
    [
        ("can I type in Thai?", "Thai, Isan or English"),
        ("พิมพ์ภาษาอีสานได้บ่", "ภาษาอีสาน"),
        ("ใช้ภาษาไทยได้ไหมคะ", "ภาษาไทย"),
    ],
)
def test_which_language_to_type_in_is_answered_never_kept(asked, answered, chat, services, clock):
    """ "Can I type in Thai?" at the consent question: answered, then consent asked again;
    nothing of it is kept as the matter."""
    at_consent(chat)
    reply = texts(chat.say(asked))
    assert answered in reply and "จดไว้แล้ว" not in reply
    draft = draft_of(services)
    assert draft.step == "consent" and not draft.data.get("description")


def test_an_english_opening_then_a_language_question_then_the_story(chat, services, clock):
    """In English, who is reporting and that they want to; then "can I type in Thai?"; then the
    story in Thai: the story, not the opening, is what happened."""
    chat.follow()
    chat.say("Hello, I want to report a police officer at the checkpoint near my village")
    reply = texts(chat.say("can I type in Thai?"))
    assert "Thai, Isan or English" in reply
    chat.say("ตำรวจด่านเก็บเงินรถกระบะที่ขนมันสำปะหลังคันละ 300 บาททุกวันครับ")
    chat.say("แจ้ง")
    told = draft_of(services).data.get("description") or ""
    assert "มันสำปะหลัง" in told
