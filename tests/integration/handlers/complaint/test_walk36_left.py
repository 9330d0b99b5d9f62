"""fixW36c: what two walks (walk35, walk36) through the simulator left (issue 16). What the story
told (a bribe, the police) is kept and never asked again, in English as in Thai; an agency
answer wrapped in "I already said" / "don't know which station" keeps only the agency; a
finer date told later wins over the story's month; a story opening with a question word is a
story."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

pytestmark = ONE_DATABASE

OFFERED = ("ต้องการแจ้งเรื่องนี้ไหมคะ", "Shall we file this")


@pytest.fixture
def clock():
    """The walk's day: Monday 7 December 2026, Bangkok afternoon."""
    return Clock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))


def _said(chat, text: str) -> str:
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:300]}")
    return answer


def _until(chat, services, answers: dict[str, str], stop: str, limit: int = 14) -> list[str]:
    """Answer each question asked from `answers` until `stop` is asked; the steps asked."""
    asked = []
    for _ in range(limit):
        step = draft_of(services).step
        if step == stop:
            return asked
        asked.append(step)
        _said(chat, answers.get(step, "don't know"))
    raise AssertionError(f"never reached {stop}: asked {asked}")


_SARAH = (
    "Hello, my name is Sarah. A policeman at the checkpoint in Prakhon Chai demanded 2000 baht "
    "from my husband on 28 November or he would take his motorbike. No receipt."
)
_ANSWERS = {"official": "a policeman at the checkpoint", "district": "Prakhon Chai"}


# -- 1. the kind and the police told in the story, never asked again ----------------------
def test_a_bribe_demanded_by_a_policeman_in_english_is_not_asked_again(chat, services):
    chat.follow()
    _said(chat, "English")
    _said(chat, _SARAH)
    _said(chat, "Yes please report it")
    _said(chat, "I agree")
    data = draft_of(services).data
    assert data.get("kind") == "bribery", data
    asked = _until(chat, services, {**_ANSWERS, "agency": "the police"}, "subdistrict")
    assert "kind" not in asked and asked.count("agency") <= 1, asked
    assert "police" in (draft_of(services).data.get("agency") or "").lower()


def test_police_at_the_agency_question_is_the_police_never_which_office(chat, services):
    chat.follow()
    _said(chat, "English")
    _said(chat, _SARAH)
    _said(chat, "Yes please report it")
    _said(chat, "I agree")
    _until(chat, services, _ANSWERS, "agency")
    reply = _said(chat, "the police")
    assert "Which office" not in reply, reply
    assert draft_of(services).step != "agency", reply
    assert "police" in (draft_of(services).data.get("agency") or "").lower()


def test_a_bribe_demanded_by_a_policeman_in_thai_is_not_asked_again(chat, services):
    chat.follow()
    _said(chat, "ตำรวจที่ด่านประโคนชัยเรียกเงินสามีดิฉัน 2000 บาท ไม่จ่ายจะยึดรถ ไม่มีใบเสร็จค่ะ")
    _said(chat, "แจ้งค่ะ")
    _said(chat, "ยินยอมค่ะ")
    assert draft_of(services).data.get("kind") == "bribery", draft_of(services).data
    assert draft_of(services).step != "kind"


# -- 2. "already said" / "don't know which" beside the agency -----------------------------
@pytest.mark.parametrize(
    "said, kept",
    [
        ("The police. I already said. I don't know which station", "police"),
        ("ตำรวจค่ะ บอกไปแล้ว ไม่รู้ว่าโรงพักไหน", "ตำรวจ"),
    ],
)
def test_already_said_and_dont_know_which_keep_only_the_agency(chat, services, said, kept):
    chat.follow()
    _said(chat, "สวัสดีค่ะ มีเรื่องจะแจ้ง")
    _said(chat, "แจ้งค่ะ")
    _said(chat, "ยินยอมค่ะ")
    _until(chat, services, {"kind": "เรียกเงินค่ะ"}, "agency")
    _said(chat, said)
    agency = draft_of(services).data.get("agency") or ""
    assert kept in agency.lower(), agency
    for talk in ("already", "know", "บอกไปแล้ว", "ไม่รู้", "ไหน"):
        assert talk not in agency.lower(), agency


def test_only_talk_at_the_agency_takes_the_police_the_story_told(chat, services):
    chat.follow()
    _said(chat, "ตำรวจที่ด่านประโคนชัยเรียกเงินสามีดิฉัน 2000 บาท ไม่จ่ายจะยึดรถค่ะ")
    _said(chat, "แจ้งค่ะ")
    _said(chat, "ยินยอมค่ะ")
    assert draft_of(services).step == "agency"
    _said(chat, "บอกไปแล้วไงคะ ไม่รู้ว่าที่ไหน")
    agency = draft_of(services).data.get("agency") or ""
    assert "บอกไปแล้ว" not in agency and "ไม่รู้" not in agency, agency
    assert "ตำรวจ" in agency, draft_of(services).data


# -- 4. a question word at the start of a story -------------------------------------------
def test_a_story_opening_with_a_question_word_is_offered_as_a_story(chat, services):
    chat.follow()
    first = _said(
        chat,
        "นานแค่ไหนแล้วก็ไม่รู้ ผู้ใหญ่บ้านเก็บเงินค่าน้ำประปาหมู่บ้านเกินจริง บ้านละ 300 ทุกเดือนค่ะ",
    )
    assert any(offer in first for offer in OFFERED), first
    _said(chat, "แจ้งค่ะ")
    assert "ค่าน้ำ" in (draft_of(services).data.get("description") or "")


def test_a_how_long_question_is_still_answered_as_a_question(chat, services):
    chat.follow()
    reply = _said(chat, "แจ้งเรื่องแล้วนานแค่ไหนกว่าจะรู้ผลคะ")
    assert not any(offer in reply for offer in OFFERED), reply


# -- 3. a finer date told later -----------------------------------------------------------
def test_a_day_told_later_is_the_day_of_the_month_the_story_said(chat, services):
    chat.follow()
    _said(chat, "ลุงจะแจ้งเรื่อง ผู้ใหญ่บ้านเก็บเงินค่าไฟคนละร้อยเดือนที่แล้ว ใครไม่จ่ายไม่ต่อไฟให้")
    _said(chat, "แจ้งเลยหลาน")
    _said(chat, "ได้")
    assert str(draft_of(services).data.get("occurred_on")).startswith("2026-11"), draft_of(
        services
    ).data
    _until(chat, services, {"kind": "1"}, "agency")
    _said(chat, "อบต.หินโคน เพิ่นมาเก็บวันที่ 3")
    assert draft_of(services).data.get("occurred_on") == "2026-11-03", draft_of(services).data


def test_how_long_it_took_told_later_never_moves_the_date(chat, services):
    chat.follow()
    _said(chat, "ลุงจะแจ้งเรื่อง ผู้ใหญ่บ้านเก็บเงินค่าไฟคนละร้อยเดือนที่แล้ว ใครไม่จ่ายไม่ต่อไฟให้")
    _said(chat, "แจ้งเลยหลาน")
    _said(chat, "ได้")
    _until(chat, services, {"kind": "1"}, "agency")
    _said(chat, "อบต.หินโคน เพิ่นมาเก็บอยู่สามวันแล้วก็หายไป")
    assert draft_of(services).data.get("occurred_on") == "2026-11-01", draft_of(services).data


# -- 8. a grandson filing for his grandmother ---------------------------------------------
_GRANDSON = "แจ้งแทนยายครับ ยายชื่อบุญมี ศรีสุข ผู้ใหญ่บ้านหักเงินเบี้ยคนแก่ของยายเดือนละ 200 บาท"


def test_her_name_typed_at_his_name_question_is_hers_and_his_own_is_asked(chat, services):
    chat.follow()
    _said(chat, _GRANDSON)
    _said(chat, "แจ้งครับ")
    _said(chat, "ยินยอมครับ")
    answers = {
        "kind": "1", "agency": "อบต.หินโคน", "official": "ผู้ใหญ่บ้าน", "district": "ลำปลายมาศ",
        "subdistrict": "ไม่รู้", "when": "ไม่รู้", "what_more": "ไม่มี", "evidence": "ไม่มี",
        "witnesses": "ไม่มี", "reported": "ไม่เคย", "identity": "บอกชื่อครับ",
    }  # fmt: skip
    _until(chat, services, answers, "name", limit=16)
    reply = _said(chat, "บุญมี ศรีสุข")
    draft = draft_of(services)
    assert draft.step == "name", reply  # his own name asked again, said whose it is
    assert "ยาย" in reply and "ของท่านเอง" in reply, reply
    _said(chat, "สมชาย ศรีสุข")
    with services.uow() as uow:
        data = draft_of(services).data
        assert uow.vault.decrypt(data["name_enc"]) == "สมชาย ศรีสุข"
        assert uow.vault.decrypt(data["affected_name_enc"]) == "บุญมี ศรีสุข"
