"""What walk16's villagers said once is never asked again (fixW16c): the agency, kind, date and
the sub-district an อบต. is named after, told in a story or typed at the agency question, fill
their fields (a sub-district found in several districts asks only which of those districts); a
pasted post's official is the person named with a title, not a word of the post; a numbered
edit at the summary changes the line of that number as the card shows it."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ONE_DATABASE
from tests.factories import file_complaint, texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

#: ต.ชุมแสง is a sub-district of three districts of Buriram (geothai: กระสัง, นางรอง, สตึก).
CHUM_SAENG_DISTRICTS = ("กระสัง", "นางรอง", "สตึก")
STORY = "พนักงาน อบต.ชุมแสง มาเก็บเงินบ้านละ 60 บาท บอกว่าถ้าไม่จ่ายจะไม่เก็บขยะให้ ตั้งแต่เดือนมีนาคมค่ะ"
PLAIN = {
    "kind": "1",
    "agency": "ไม่รู้",
    "official": "ไม่รู้",
    "district": "สตึก",
    "subdistrict": "ไม่รู้",
    "when": "ไม่รู้",
    "what": "เก็บเงินเกินกว่าที่ประกาศไว้ค่ะ บ้านละ 30 บาท ทุกเดือน",
    "what_more": "ไม่มีค่ะ",
    "evidence": "ไม่มี",
    "witnesses": "ไม่มี",
    "reported": "ยังไม่เคย",
    "identity": "ไม่บอกชื่อ",
}


def _asked(chat, services, said: str) -> tuple[str, str]:
    """What the bot answered `said` with, and the question the draft is at then."""
    reply = texts(chat.say(said))
    return reply, draft_of(services).step


def _walk_to_summary(chat, services, answers: dict) -> list[str]:
    """Answer each question until the summary; the steps asked on the way."""
    asked = []
    for _ in range(len(answers) + 8):
        step = draft_of(services).step
        if step == "summary":
            return asked
        asked.append(step)
        chat.say(answers.get(step, "ไม่รู้"))
    raise AssertionError(f"never reached the summary: at {draft_of(services).step}")


def test_a_story_naming_a_tambon_agency_asks_only_which_of_its_districts(chat, services):
    chat.follow()
    chat.say(STORY)
    chat.say("แจ้งค่ะ")
    reply, step = _asked(chat, services, "ยินยอมค่ะ")
    assert step == "district", step  # kind, agency, who and when were all told
    listed = re.findall(r"^\d\. (\S+)$", reply, re.M)
    assert tuple(listed) == CHUM_SAENG_DISTRICTS, reply
    assert "อบต.ชุมแสง" in reply, reply
    reply, step = _asked(chat, services, "3")
    assert "ชุมแสง" in reply and "สตึก" in reply, reply  # said back, for correction
    asked = [step, *_walk_to_summary(chat, services, PLAIN)]
    for told in ("kind", "agency", "official", "subdistrict", "when", "what"):
        assert told not in asked, (told, asked)
    data = draft_of(services).data
    assert (data["agency"], data["district"], data["subdistrict"]) == ("อบต.ชุมแสง", "สตึก", "ชุมแสง")
    assert data["kind"] == "bribery" and data["occurred_on"], data


def test_a_tambon_agency_typed_at_its_question_fills_the_tambon_once_the_district_is_named(
    chat, services
):
    chat.follow()
    chat.say("ขอแจ้งเรื่องค่ะ")
    chat.say("ยินยอม")
    chat.say("1")
    chat.say("อบต.ชุมแสงค่ะ")
    reply, step = _asked(chat, services, "ปลัด อบต.")
    assert step == "district" and "2. นางรอง" in reply, reply
    _asked(chat, services, "นางรองค่ะ")  # by its name, not its number
    asked = _walk_to_summary(chat, services, PLAIN)
    assert "subdistrict" not in asked and "agency" not in asked, asked
    data = draft_of(services).data
    assert (data["district"], data["subdistrict"]) == ("นางรอง", "ชุมแสง"), data


def test_a_tambon_agency_in_a_district_named_in_the_story_asks_neither(chat, services):
    chat.follow()
    chat.say("ปลัด อบต.ชุมแสง อ.สตึก เรียกเงินคนละ 500 บาทก่อนจะเซ็นใบอนุญาตให้ ตั้งแต่เดือนมีนาครับ")
    chat.say("แจ้งครับ")
    chat.say("ยินยอมครับ")
    asked = [draft_of(services).step, *_walk_to_summary(chat, services, PLAIN)]
    for told in ("kind", "agency", "official", "district", "subdistrict", "when"):
        assert told not in asked, (told, asked)
    assert draft_of(services).data["subdistrict"] == "ชุมแสง"


def test_a_district_without_that_tambon_asks_the_tambon_as_usual(chat, services):
    chat.follow()
    chat.say("ขอแจ้งเรื่องค่ะ")
    chat.say("ยินยอม")
    chat.say("1")
    chat.say("อบต.ชุมแสง")
    chat.say("ไม่รู้")
    reply, step = _asked(chat, services, "ลำปลายมาศ")
    assert step == "subdistrict", (step, reply)
    assert "subdistrict" not in draft_of(services).data


POST = (
    "‼️ ฝากแชร์ให้ถึงหูผู้ใหญ่ด้วยครับ ‼️\n"
    "ประชุมประชาคมหมู่ 6 เมื่อ 2 เม.ย. 2569 ประธานที่ประชุมอ่านงบให้ฟังแค่ครึ่งเดียว\n"
    "โครงการซ่อมฝายน้ำล้น งบ 720,000 บาท นายวีระพงษ์ คงมั่น นายก อบต.หนองโบสถ์ "
    "ให้บริษัทของลูกเขยได้งานไปโดยไม่มีใครแข่ง\n"
    "ใครมีข้อมูลเพิ่มส่งมาได้เลย #บุรีรัมย์"
)


def test_a_pasted_post_names_the_official_with_a_title_not_a_word_of_the_post(chat, services):
    chat.follow()
    chat.say(POST)
    reply = texts(chat.say("แจ้งครับ"))
    assert "นายวีระพงษ์ คงมั่น" in reply, reply  # said back, for correction
    official = draft_of(services).data.get("official") or ""
    assert official.startswith("นายวีระพงษ์ คงมั่น นายก"), official
    assert "ประธาน" not in official, official


def test_a_title_then_a_name_in_a_post_is_the_official(chat, services):
    chat.follow()
    chat.say(
        "ส่งต่อจากกลุ่มไลน์: กำนันตำบลหนองโบสถ์ นายบุญเลิศ ศรีงาม เก็บเงินชาวบ้านคนละ 100 บาท "
        "อ้างว่าเป็นค่าทำถนน แต่ประธานกองทุนบอกว่าไม่มีโครงการนี้"
    )
    chat.say("แจ้งครับ")
    official = draft_of(services).data.get("official") or ""
    assert "นายบุญเลิศ ศรีงาม" in official and official.startswith("กำนัน"), official


# -- numbered edits at the summary ------------------------------------------------------------
def _card_lines(reply: str) -> dict[int, str]:
    """The summary card's numbered lines: number → the label shown."""
    return {int(n): label for n, label in re.findall(r"^(\d{1,2})\. (.+)$", reply, re.M)}


def test_an_edit_by_number_with_a_name_changes_that_line_of_the_card(chat, services):
    card = _card_lines(texts(file_complaint(chat)))
    assert card[3] == "ผู้ถูกร้องเรียน", card
    before = draft_of(services).data
    chat.say("แก้ 3 นายสมหมาย ทองคำ นายก อบต.หนองโบสถ์")
    after = draft_of(services).data
    assert after["official"].startswith("นายสมหมาย ทองคำ"), after["official"]
    assert (after["kind"], after["agency"]) == (before["kind"], before["agency"]), after
    assert draft_of(services).step == "summary"


@pytest.mark.parametrize("number", [2, 3, 5, 8])
def test_edit_n_opens_the_question_of_the_cards_line_n(chat, services, number):
    card = _card_lines(texts(file_complaint(chat)))
    asks = {
        "หน่วยงาน": "agency",
        "ผู้ถูกร้องเรียน": "official",
        "วันที่เกิดเหตุ": "when",
        "พยาน": "witnesses",
    }
    chat.say(f"แก้ข้อ {number}")
    assert draft_of(services).step == asks[card[number]], (card, draft_of(services).step)
