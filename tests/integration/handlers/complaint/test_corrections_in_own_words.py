"""Corrections in a person's own words (a field named by its number or its name, in Thai,
Isan or English, with or without the new value), "not sure" at a question, and what was
said in a message kept for its own question (issue #16)."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import reached, texts
from tests.integration.handlers.complaint.test_understood_steps import (  # noqa: F401
    clock,
    draft_of,
    to_step,
)

# Corrections are read, not queried: SQLite only (filing on both kinds: test_conversation).
pytestmark = ONE_DATABASE


def at_summary(chat, services):
    """A complaint at its summary, filed without a name (played once per process: `reached`)."""
    reached(chat, ("corrections.at_summary",), lambda: _to_summary(chat, services))
    assert draft_of(services).step == "summary"


def _to_summary(chat, services) -> None:
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")


# -- 1. corrections: the field named, the value after the turn ---------------------------
@pytest.mark.parametrize(
    ("said", "field", "meant"),
    [
        ("ข้อ3 บ่แม่นเด้อ ต้องเป็นปลัด อบต.", "official", "ปลัด"),
        ("ข้อ 3 ไม่ถูกค่ะ ที่ถูกคือหัวหน้าสำนักงาน", "official", "หัวหน้าสำนักงาน"),
        ("Number 3 is wrong, it should be the head nurse", "official", "head nurse"),
        (
            "item 3 isn't right, it was the village head",
            "official",
            "ผู้ใหญ่บ้าน",
        ),  # an English post kept as the Thai post
        ("Number 3 is wrong, the official is the head nurse, Mrs Malee", "official", "Mrs Malee"),
        ("ข้อ 2 ผิดค่ะ ต้องเป็น อบต.หนองกง", "agency", "หนองกง"),
        ("the district is wrong, it's Prakhon Chai", "district", "ประโคนชัย"),
        ("Sorry, the district is wrong - it's Prakhon Chai, not Nang Rong", "district", "ประโคนชัย"),
        ("อำเภอผิดค่ะ ต้องเป็นสตึก ไม่ใช่นางรอง", "district", "สตึก"),
        ("อำเภอบ่แม่นเด้อ แม่นอำเภอสตึก", "district", "สตึก"),
        ("ไม่ใช่เจ้าหน้าที่การเงิน เป็นหัวหน้าสำนักงานค่ะ", "official", "หัวหน้าสำนักงาน"),
    ],
)
def test_a_field_corrected_at_the_summary_takes_the_value_after_the_turn(
    chat, services, said, field, meant
):
    at_summary(chat, services)
    chat.say(said)
    draft = draft_of(services)
    assert meant in str(draft.data.get(field)), draft.data.get(field)
    # back at the summary (a new district first asks its sub-district)
    assert draft.step == ("subdistrict" if field == "district" else "summary")


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("ข้อ 3 ผิดค่ะ", "official"),
        ("ข้อ5 บ่แม่นเด้อ", "when"),
        ("number 2 is wrong", "agency"),
        ("the official is not right", "official"),
    ],
)
def test_a_field_said_wrong_without_a_value_asks_its_question(chat, services, said, step):
    at_summary(chat, services)
    chat.say(said)
    assert draft_of(services).step == step


@pytest.mark.parametrize(
    ("said", "field", "meant"),
    [
        ("ข้อ 3 บ่แม่นเด้อ ต้องเป็นนายก อบต.", "official", "นายก"),
        ("Number 3 is wrong, it should be the head nurse", "official", "head nurse"),
        ("ไม่ใช่เจ้าหน้าที่การเงินนะคะ เป็นหัวหน้าฝ่ายการเงิน", "official", "หัวหน้าฝ่าย"),
        ("บ่แม่นสำนักงานเกษตรอำเภอเด้อ แม่นสำนักงานที่ดิน", "agency", "ที่ดิน"),
    ],
)
def test_a_correction_at_another_question_is_taken_and_that_question_goes_on(
    chat, services, said, field, meant
):
    to_step(chat, services, "witnesses")
    chat.say(said)
    draft = draft_of(services)
    assert meant in str(draft.data.get(field)), draft.data.get(field)
    assert draft.step == "witnesses"


# -- 2. "not sure" is an answer ------------------------------------------------------------
@pytest.mark.parametrize(
    ("step", "said", "after"),
    [
        ("subdistrict", "not sure, sorry", "when"),
        ("official", "ไม่แน่ใจค่ะ", "district"),
        ("evidence", "งั้นข้ามไปก่อนค่ะ", "witnesses"),
        ("when", "บ่ฮู้คือกัน", "what"),
        ("witnesses", "not sure", "reported"),
        ("agency", "I'm not really sure", "official"),
    ],
)
def test_not_sure_at_an_optional_question_skips_it(chat, services, step, said, after):
    to_step(chat, services, step)
    chat.say(said)
    assert draft_of(services).step == after


@pytest.mark.parametrize(
    ("step", "said", "example"),
    [
        ("what", "not sure, sorry", "e.g."),
        ("what", "ไม่แน่ใจค่ะ", "เช่น"),
        ("district", "บ่ฮู้คือกันเด้อ", "เช่น"),
        ("district", "I'm not really sure", "include"),
    ],
)
def test_not_sure_at_a_required_question_asks_it_again_kindly_with_an_example(
    chat, services, step, said, example
):
    to_step(chat, services, step)
    replies = chat.say(said)
    draft = draft_of(services)
    assert draft.step == step
    assert not draft.data.get("description" if step == "what" else step)
    assert example in texts(replies)
    assert "ขอโทษ" not in texts(replies) and "not in" not in texts(replies)


# -- 3. what was said is kept for its own question, and not asked again ------------------------
def answer_until(chat, services, stop: str, asked: list[str]) -> None:
    """Answer plainly until `stop`, noting every question asked on the way."""
    plain = {
        "kind": "1",
        "agency": "ไม่รู้",
        "official": "ไม่รู้",
        "district": "นางรอง",
        "subdistrict": "ไม่รู้",
        "when": "ไม่รู้",
        "what": "เขาเก็บเงิน",
        "what_more": "ไม่มี",
        "evidence": "ไม่มี",
        "witnesses": "ไม่มี",
        "reported": "ไม่เคย",
    }
    for _ in range(len(plain) + 1):
        now = draft_of(services).step
        asked.append(now)
        if now == stop:
            return
        chat.say(plain[now])
    raise AssertionError(f"never reached {stop}: {asked}")


@pytest.mark.parametrize(
    "story",
    [
        "Our kamnan keeps the rice seed that was meant for the farmers and sells it in town."
        " I saw it yesterday.",
        "A nurse at the health centre made every family pay 100 baht for the free flu shots."
        " It happened yesterday.",
        "The village headman took 500 baht from each family to sign the land papers, it"
        " happened yesterday.",
        "ครูที่โรงเรียนเก็บเงินค่าอาหารกลางวันฟรีคนละ 300 บาท เมื่อวานนี้เองค่ะ ใครไม่จ่ายลูกไม่ได้กินข้าว",
    ],
)
def test_a_story_told_at_the_kind_question_is_kept_and_not_asked_again(chat, services, story):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    assert draft_of(services).step == "kind"
    chat.say(story)
    data = draft_of(services).data
    assert story.split()[1] in (data.get("description") or "")
    assert data.get("occurred_on") == "2026-05-19"
    asked: list[str] = []
    answer_until(chat, services, "identity", asked)
    assert "what" not in asked and "when" not in asked, asked


@pytest.mark.parametrize(
    ("said", "witness"),
    [
        ("นางสมศรี อสม.หมู่ 8 ก็เห็นด้วยค่ะ", "สมศรี"),
        ("ลุงสมพงษ์ข้างบ้านก็เห็นเหมือนกันครับ", "สมพงษ์"),
        ("My neighbour Somchai saw it too", "Somchai"),
    ],
)
def test_a_witness_named_at_the_evidence_question_is_kept_for_its_question(
    chat, services, said, witness
):
    to_step(chat, services, "evidence")
    chat.say(said)
    draft = draft_of(services)
    assert witness in (draft.data.get("witnesses") or ""), draft.data.get("witnesses")
    assert draft.step == "evidence"
    chat.say("ไม่มีค่ะ")
    assert draft_of(services).step == "reported"  # the witnesses are not asked again


@pytest.mark.parametrize(
    "said", ["ยังไม่เคยแจ้งที่ไหนค่ะ", "บ่เคยไปแจ้งไสเด้อ", "I have never reported it anywhere"]
)
def test_never_reported_said_at_the_evidence_question_is_kept_for_its_question(
    chat, services, said
):
    to_step(chat, services, "evidence")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("reported") is False
    assert draft.step == "evidence" and not draft.data.get("evidence_done")
    chat.say("ไม่มีค่ะ")
    chat.say("ไม่มีค่ะ")
    assert draft_of(services).step == "identity"  # reported elsewhere is not asked again


@pytest.mark.parametrize(
    ("said", "district"), [("Nang Rong", "นางรอง"), ("ลำปลายมาศค่ะ", "ลำปลายมาศ")]
)
def test_a_district_named_at_the_who_question_is_the_place_not_the_official(
    chat, services, said, district
):
    to_step(chat, services, "official")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("district") == district
    assert not draft.data.get("official")
    assert draft.step == "official"  # who did it is asked again, the place is not


@pytest.mark.parametrize("said", ["Nang Rong, as I just said", "Like I said, Prakhon Chai"])
def test_a_district_said_again_with_as_i_said_is_taken(chat, services, said):
    to_step(chat, services, "district")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data.get("district") in ("นางรอง", "ประโคนชัย")
    assert draft.step == "subdistrict"


def test_a_denial_inside_the_story_stays_in_the_story(chat, services):
    to_step(chat, services, "what")
    chat.say("ไม่ใช่เจ้าหน้าที่การเงินคนเดียวนะคะ เป็นทั้งหัวหน้าฝ่ายด้วยที่รับเงินไป")
    draft = draft_of(services)
    assert draft.data["official"] == "เจ้าหน้าที่การเงิน"
    assert "หัวหน้าฝ่าย" in draft.data.get("description", "")
