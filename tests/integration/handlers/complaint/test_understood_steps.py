"""Every complaint step reads a message through the one understanding (issue 18): questions
back are answered and never stored, talk about the talk is never stored, values given early
fill their fields, natural answers are taken, edits are typed, stored values are clean."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from storage.insider_models import Agency
from storage.models import Draft, Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import location_event, media_event, reached, texts

# Each step's reading is the understanding's: SQLite only (filing on both kinds: test_conversation).
pytestmark = ONE_DATABASE

TAP_WORDS = ("กดปุ่ม", "แตะปุ่ม", "tap a button", "tap the button")


@pytest.fixture
def clock():
    """Wednesday 20 May 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 5, 20, 3, 0, tzinfo=UTC))


def draft_of(services) -> SimpleNamespace | None:
    """The person's latest draft as it is in the database (None: there is none)."""
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        if draft is None:
            return None
        return SimpleNamespace(step=draft.step, status=draft.status, data=dict(draft.data))


def started(chat, kind="เรียกเงิน"):
    """A complaint begun by typing, at the agency question."""
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say("ยินยอมค่ะ")
    return chat.say(kind)


def to_step(chat, services, step: str):
    """Answer plainly until the draft is at `step` (nothing given before its question); the
    way there is played once per process and copied in after (`reached`: what is tested is
    the reading at the step)."""
    reached(chat, ("understood_steps.to_step", step), lambda: _play_to_step(chat, services, step))


def _play_to_step(chat, services, step: str) -> None:
    plain = {
        "agency": "สำนักงานเกษตรอำเภอ",
        "official": "เจ้าหน้าที่การเงิน",
        "district": "นางรอง",
        "subdistrict": "ไม่รู้",
        "when": "ไม่รู้",
        "what": "เจ้าหน้าที่การเงินเรียกเงินค่าบัตรคนละ 300 บาท ใครไม่จ่ายไม่ออกบัตรให้",
        "evidence": "ไม่มี",
        "witnesses": "ไม่มี",
        "reported": "ไม่เคย",
        "identity": "บอกชื่อ",
        "name": "สมหญิง รักดี",
        "phone": "0812345678",
    }
    started(chat)
    answer_until(chat, services, step, plain)


def answer_until(chat, services, step: str, answers: dict, reached=None) -> SimpleNamespace:
    """Answer each question from `answers` ("ไม่รู้" where it gives none) until the draft is at
    `step` (or `reached(draft)` holds); the draft then. Fails if it never gets there."""
    for _ in range(len(answers) + 8):
        draft = draft_of(services)
        if draft.step == step or (reached is not None and reached(draft)):
            return draft
        chat.say(answers.get(draft.step, "ไม่รู้"))
    raise AssertionError(f"never reached {step}: at {draft_of(services).step}")


# -- questions back --------------------------------------------------------------------
def test_a_question_at_the_name_step_is_answered_and_asked_again_never_stored(chat, services):
    to_step(chat, services, "identity")
    answer = texts(chat.say("ต้องบอกชื่อไหมคะ"))
    assert "ไม่ต้อง" in answer  # the FAQ: a name is not required
    assert "บอกชื่อไหม" in answer  # then the same question again
    draft = draft_of(services)
    assert draft.step == "identity" and "anonymous" not in draft.data


def test_will_they_know_at_the_official_step_is_not_the_official(chat, services):
    to_step(chat, services, "official")
    answer = texts(chat.say("ถ้าบอกชื่อคนทำ เขาจะรู้ไหมคะว่าเราแจ้ง"))
    assert "ไม่บอก" in answer or "ไม่รู้" in answer  # they are not told who reported
    assert "คนที่ทำคือใคร" in answer
    draft = draft_of(services)
    assert draft.step == "official" and "official" not in draft.data


@pytest.mark.parametrize(
    ("step", "asked", "answered", "again"),
    [
        ("evidence", "ส่งรูปทีหลังได้ไหมคะ", "ทีหลังได้", "มีรูป วิดีโอ"),
        ("witnesses", "ต้องเสียเงินไหมครับ", "ไม่มีค่าใช้จ่าย", "มีใครรู้เห็น"),
        ("agency", "อะไรนะ", "บอกชื่อหน่วยงาน", "หน่วยงานไหน"),  # not in the FAQ: what is wanted
    ],
)
def test_questions_back_at_other_steps(chat, services, step, asked, answered, again):
    to_step(chat, services, step)
    before = draft_of(services).data
    answer = texts(chat.say(asked))
    assert answered in answer and again in answer
    draft = draft_of(services)
    assert draft.step == step and draft.data == before


# -- talk about the talk -------------------------------------------------------------
def test_already_said_with_the_agency_stores_the_agency_only(chat, services):
    to_step(chat, services, "agency")
    chat.say("บอกไปแล้วครับ อบต.ชุมเห็ด")
    assert draft_of(services).data.get("agency") == "อบต.ชุมเห็ด"


def test_already_said_none_is_no_witness(chat, services):
    to_step(chat, services, "witnesses")
    chat.say("บอกไปแล้วว่าไม่มี")
    draft = draft_of(services)
    assert draft.data["witnesses"] == "" and draft.step == "reported"


def test_already_said_tells_what_was_recorded(chat, services):
    to_step(chat, services, "official")
    chat.say("ย้อนกลับ")
    answer = texts(chat.say("บอกไปแล้วครับ"))
    assert "สำนักงานเกษตรอำเภอ" in answer  # what was recorded for that field
    draft = draft_of(services)
    assert draft.data["agency"] == "สำนักงานเกษตรอำเภอ" and draft.step == "official"


def test_changing_ones_mind_at_the_name_is_anonymous_not_a_name(chat, services):
    to_step(chat, services, "name")
    chat.say("เปลี่ยนใจครับ ไม่บอกชื่อดีกว่า")
    draft = draft_of(services)
    assert draft.data["anonymous"] is True
    assert not draft.data.get("name_enc")
    assert draft.step == "summary"


@pytest.mark.parametrize(
    "said",
    [
        "ขอไม่ใส่ชื่อตัวเองนะคะ",  # Thai
        "บ่อยากให้ชื่อดอกเด้อ",  # Isan
        "อ๊อตอยากให้ชื่อค่ะ",  # Northern Khmer "อ๊อต": not
        "I'd rather not tell you my name",
        "mai yak hai chue kha",  # romanised Thai
    ],
)
def test_a_refusal_at_the_name_is_anonymous_never_stored_as_the_name(chat, services, said):
    to_step(chat, services, "name")
    chat.say(said)
    draft = draft_of(services)
    assert not draft.data.get("name_enc")
    assert draft.data["anonymous"] is True and draft.step == "summary"


@pytest.mark.parametrize(
    "said",
    [
        "ฝนตกหนักทั้งวันเลยค่ะ ลูกเพิ่งกลับจากโรงเรียน",  # talk
        "เขาจะเห็นชื่อหนูหรือเปล่าคะ",  # a question
        "the clerk is still sitting at the front desk today",
    ],
)
def test_what_is_not_a_name_is_asked_again_kindly_never_stored(chat, services, said):
    to_step(chat, services, "name")
    answer = texts(chat.say(said))
    draft = draft_of(services)
    assert not draft.data.get("name_enc") and draft.step == "name"
    assert "ไม่บอกชื่อ" in answer or "anonymous" in answer  # kindly: a name may be left out


@pytest.mark.parametrize(
    ("said", "stored"),
    [("ผมชื่อบุญมี ศรีสุขครับ", "บุญมี ศรีสุข"), ("Mali Thongdee", "Mali Thongdee")],
)
def test_a_name_given_at_the_name_step_is_stored(chat, services, said, stored):
    to_step(chat, services, "name")
    chat.say(said)
    draft = draft_of(services)
    assert draft.step == "phone"
    with services.uow() as uow:
        assert uow.vault.decrypt(draft.data["name_enc"]) == stored


def test_told_already_after_going_back_keeps_the_story(chat, services):
    to_step(chat, services, "evidence")
    story = draft_of(services).data["description"]
    chat.say("ย้อนกลับ")
    chat.say("เล่าไปแล้วครับ")
    assert draft_of(services).data["description"] == story


# -- values given before their question ----------------------------------------------
def test_a_story_told_first_fills_what_it_says_and_is_said_back_once(chat, services, clock):
    chat.follow()
    chat.say("ปลัด อบต.หนองกี่ เรียกเงินค่าทำบัตรคนละ 300 บาท เมื่อวานนี้ ใครไม่จ่ายไม่ทำให้ค่ะ")
    said_back = texts(chat.say("แจ้งค่ะ"))
    assert "เราจดไว้ว่า" in said_back and "อบต.หนองกี่" in said_back and "19 พ.ค. 2569" in said_back
    answer = texts(chat.say("ยินยอมค่ะ"))
    data = draft_of(services).data
    assert data["kind"] == "bribery"
    assert data["agency"] == "อบต.หนองกี่"
    assert (data["district"], data["subdistrict"]) == ("หนองกี่", "หนองกี่")
    assert data["occurred_on"] == "2026-05-19"
    for asked in ("เรื่องแบบไหน", "หน่วยงานไหน", "อำเภอไหน", "ตำบลไหน", "เกิดเมื่อไร"):
        assert asked not in answer


def test_an_answer_given_before_its_question_is_not_asked_again(chat, services):
    started(chat)
    chat.say("อบต.หนองกง เมื่อวานนี้ค่ะ")
    data = draft_of(services).data
    assert data["agency"] == "อบต.หนองกง" and data["occurred_on"] == "2026-05-19"
    assert (data["district"], data["subdistrict"]) == ("นางรอง", "หนองกง")
    chat.say("นายก อบต.")
    assert draft_of(services).step == "what"  # place and date were given: not asked


def test_a_shared_pin_names_the_sub_district(chat, services):
    to_step(chat, services, "district")
    chat.send(location_event, "ต.หนองโบสถ์ อ.นางรอง จ.บุรีรัมย์ 31110", 14.63, 102.79)
    chat.say("ที่เกิดเหตุ")
    draft = draft_of(services)
    assert (draft.data["district"], draft.data["subdistrict"]) == ("นางรอง", "หนองโบสถ์")
    assert draft.step == "when"


# -- natural answers --------------------------------------------------------------------
@pytest.mark.parametrize("said", ["ยัง", "ไม่เคยเลย", "ไม่รู้"])
def test_natural_answers_to_reported_elsewhere(chat, services, said):
    to_step(chat, services, "reported")
    chat.say(said)
    draft = draft_of(services)
    assert draft.step == "identity" and draft.data.get("reported") is not True


@pytest.mark.parametrize("said", ["ไม่บอก", "บ่บอก", "ไม่บอกค่ะ กลัว"])
def test_natural_answers_to_the_name_question(chat, services, said):
    to_step(chat, services, "identity")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data["anonymous"] is True and draft.step == "summary"


@pytest.mark.parametrize("said", ["ครบ", "แค่นี้", "จบ"])
def test_natural_answers_at_evidence(chat, services, said):
    to_step(chat, services, "evidence")
    chat.say(said)
    assert draft_of(services).step == "witnesses"


@pytest.mark.parametrize("said", ["ได้จ้า", "เออ ได้", "ยินดี"])
def test_natural_answers_at_consent(chat, services, said):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data["consent"] is True and draft.step == "kind"


def test_what_is_not_understood_gets_a_short_re_ask_saying_what_is_wanted(chat, services):
    to_step(chat, services, "reported")
    answer = texts(chat.say("ฟหกดเ"))
    assert "เคย" in answer and len(answer) < 250
    assert draft_of(services).data.get("reported") is None


# -- typed edits --------------------------------------------------------------------------
def test_edit_the_date_by_typing_from_any_step(chat, services):
    to_step(chat, services, "evidence")
    asked = texts(chat.say("แก้วันที่ค่ะ"))
    assert "เกิดเมื่อไร" in asked
    chat.say("เมื่อวาน")
    draft = draft_of(services)
    assert draft.data["occurred_on"] == "2026-05-19"


def test_change_a_field_to_a_new_value_in_one_message(chat, services):
    to_step(chat, services, "when")
    chat.say("เปลี่ยนอำเภอเป็นประโคนชัย")
    draft = draft_of(services)
    assert draft.data["district"] == "ประโคนชัย" and draft.step == "subdistrict"  # of the new one
    chat.say("ไม่รู้")
    assert draft_of(services).step == "when"  # then back where the person was


def test_a_change_of_mind_that_says_the_new_answer_takes_it(chat, services):
    to_step(chat, services, "identity")
    chat.say("ไม่บอกชื่อ")
    assert draft_of(services).data["reported"] is False
    chat.say("เปลี่ยนใจแล้วค่ะ เคยไปร้องที่อำเภอแล้ว")
    draft = draft_of(services)
    assert draft.data["reported"] is True  # taken, not asked again


def test_the_summary_numbers_its_fields_so_typing_a_number_edits(chat, services):
    to_step(chat, services, "identity")
    summary = texts(chat.say("ไม่บอกชื่อ"))
    assert "3" in summary and "แก้" in summary
    for words in TAP_WORDS:
        assert words not in summary
    asked = texts(chat.say("แก้ 3"))
    assert "คนที่ทำคือใคร" in asked
    chat.say("นายสมปอง หัวหน้าการเงิน")
    draft = draft_of(services)
    assert draft.data["official"] == "นายสมปอง หัวหน้าการเงิน" and draft.step == "summary"


# -- clean values -------------------------------------------------------------------------
def test_an_agency_is_stored_clean(chat, services):
    to_step(chat, services, "agency")
    chat.say("อบตหนองกงครับ")
    assert draft_of(services).data["agency"] == "อบต.หนองกง"


def test_no_agency_record_from_cannot_remember(chat, services):
    to_step(chat, services, "agency")
    chat.say("จำไม่ได้")
    assert draft_of(services).step == "official"
    for said in ("ไม่รู้", "นางรอง", "ไม่รู้", "ไม่รู้"):
        chat.say(said)
    chat.say("เจ้าหน้าที่เรียกเงินคนละ 300 บาท ใครไม่จ่ายไม่ออกบัตรให้ เกิดที่ห้องการเงิน")
    for said in ("ไม่มี", "ไม่มี", "ไม่เคย", "ไม่บอกชื่อ", "ส่ง"):
        chat.say(said)
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.agency_id is None
        names = uow.session.scalars(select(Agency.name)).all()
        assert not any("จำ" in n or "ไม่รู้" in n for n in names)


# -- the meter ---------------------------------------------------------------------------
def test_talk_and_dashes_are_not_counted_and_a_voice_story_shows(chat, services):
    to_step(chat, services, "what")
    chat.send(media_event, "audio")
    chat.say("ไม่มี")
    chat.say("-")
    chat.say("ไม่เคย")
    summary = chat.say("ไม่บอกชื่อ")
    body = texts(summary)
    assert "ข้อความเสียง 1 รายการ" in body
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft)).one()
        assert not draft.data.get("witnesses")
    assert "100" not in body.split("ความครบถ้วน")[1][:8]


def test_a_threat_at_a_step_is_never_stored(chat, services):
    to_step(chat, services, "witnesses")
    chat.say("กลัวค่ะ เขาขู่จะทำร้ายลูกด้วย")  # the safety answer is dispatch's
    draft = draft_of(services)
    assert draft.step == "witnesses" and "witnesses" not in draft.data


def test_a_long_question_is_not_kept_as_the_story(chat):
    chat.follow()
    answer = texts(chat.say("อยากร้องเรียนค่ะ แต่ต้องบอกชื่อไหมคะ"))
    assert "ใช้เป็นรายละเอียด" not in answer  # not offered to be filed as the telling


# -- the reply language follows the person ------------------------------------------------
def _mostly_thai(text: str) -> bool:
    thai = sum("\u0e00" <= c <= "\u0e7f" for c in text)
    return thai > sum(c.isascii() and c.isalpha() for c in text)


def test_english_writing_gets_english_replies_and_thai_writing_thai(chat, services):
    chat.follow()
    assert not _mostly_thai(texts(chat.say("Good morning, could someone help me complain?")))
    assert not _mostly_thai(texts(chat.say("sure, that is fine")))
    assert _mostly_thai(texts(chat.say("ขอโทษค่ะ ขอเป็นภาษาไทยดีกว่า เรื่องเงินค่ะ")))


def test_a_chosen_language_is_kept_whatever_the_script(chat, services):
    chat.follow()
    chat.say("English")
    chat.say("แจ้งเรื่องค่ะ")
    assert not _mostly_thai(texts(chat.say("ยินยอมค่ะ")))


# -- an option's words inside a longer polite sentence ------------------------------------
@pytest.mark.parametrize("said", ["ตกลงค่ะ ยอมรับเงื่อนไขทุกข้อ", "ยินยอมตามนั้นเลยจ้ะ"])
def test_consent_inside_a_polite_sentence(chat, services, said):
    chat.follow()
    chat.say("แจ้งเรื่องค่ะ")
    chat.say(said)
    draft = draft_of(services)
    assert draft.data["consent"] is True and draft.step == "kind"


@pytest.mark.parametrize("said", ["ดูแล้วครบค่ะ ยืนยันตามนี้เลย", "ส่งได้เลยคับ"])
def test_sending_inside_a_polite_sentence_files(chat, services, said):
    to_step(chat, services, "summary")
    chat.say(said)
    assert filed(services) == 1


def test_a_denied_option_word_does_not_send(chat, services):
    to_step(chat, services, "summary")
    chat.say("อย่าเพิ่งยืนยันนะคะ")
    assert filed(services) == 0 and draft_of(services).status == "open"


def filed(services) -> int:
    """How many tickets were filed."""
    with services.uow() as uow:
        return len(uow.session.scalars(select(Ticket)).all())


# -- a value carried with talk about the talk ---------------------------------------------
def test_a_name_beside_already_said_is_the_witness(chat, services):
    to_step(chat, services, "witnesses")
    chat.say("น้าทองใบจ้ะ เล่าไว้แล้ว")
    draft = draft_of(services)
    assert "ทองใบ" in draft.data["witnesses"] and draft.step == "reported"


def test_never_beside_already_said_is_no(chat, services):
    to_step(chat, services, "reported")
    chat.say("ตอบไปแล้วนะคะ ยังไม่เคยเลย")
    draft = draft_of(services)
    assert draft.data.get("reported") is not True and draft.step == "identity"


def test_a_witness_named_ahead_at_another_step_fills_the_witnesses(chat, services):
    to_step(chat, services, "what")
    chat.say("ผู้ใหญ่บ้านเก็บเงินค่าถมที่คนละสามร้อย คนรู้เห็นอยู่คือพี่สมศรีข้างบ้าน")
    assert "สมศรี" in (draft_of(services).data.get("witnesses") or "")


def test_reported_elsewhere_with_no_progress_yet_is_reported_there(chat, services):
    to_step(chat, services, "reported")
    chat.say("เคยร้องไปที่ศูนย์ดำรงธรรมอำเภอแล้วค่ะ แต่เรื่องเงียบหายยังไม่มีใครมาดู")
    draft = draft_of(services)
    assert draft.data.get("reported") is True
    assert "ศูนย์ดำรงธรรม" in (draft.data.get("reported_to") or "")


@pytest.mark.parametrize(
    "typed",
    ["อบต.หนองกี่ค่ะ", "ต้องบอกชื่อไหมคะ", "เขามาขู่ที่บ้านค่ะ", "แก้วันที่", "เมื่อวานค่ะ"],
)
def test_each_message_is_understood_once(chat, clock, monkeypatch, typed):
    """Danger, the menu and the complaint's step all ask what a message means: it is read
    once per event (issue 18's understand18: it was read twice at every step)."""
    from handlers.understanding import reader

    started(chat)
    reads = []
    real = reader.read
    monkeypatch.setattr(reader, "read", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    reader.forget()  # else a short answer read in an earlier test is remembered: no reading
    chat.say(typed)
    assert reads == [typed]
