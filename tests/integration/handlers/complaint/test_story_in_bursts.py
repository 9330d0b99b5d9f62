"""A story told first in short bursts (issue "a villager is understood, not matched"): what
the bursts said (the teller's workplace that is the agency, the place, the date, who did it)
is kept and never asked again, and the filing takes at most 16 typed messages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import (
    MAX_MESSAGES,
    Meant,
    Villager,
    play,
)
from tests.integration.handlers.complaint.personas import photo
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

pytestmark = ONE_DATABASE

NURSE = Villager(
    "พยาบาลเวรดึก: the night-shift pay skimmed by her head nurse, told in four bursts",
    {
        "story": ["แจ้งค่ะ", "แจ้ง"],
        "consent": ["ยินยอมค่ะ", "ยินยอม"],
        "kind": ["หักค่าเวรค่ะ", "ยักยอกงบ"],
        "agency": ["โรงพยาบาลสตึกค่ะ", "โรงพยาบาลสตึก"],
        "official": ["หัวหน้าพยาบาลค่ะ", "หัวหน้าพยาบาล"],
        "district": ["สตึกค่ะ"],
        "subdistrict": ["ไม่รู้ค่ะ", "ไม่รู้"],
        "when": ["เดือนที่แล้วค่ะ"],
        "what": ["เล่าไปแล้วค่ะ", "ค่าเวรถูกหัก"],
        "what_more": ["ไม่มีค่ะ", "ไม่มี"],
        "evidence": [photo(), "เสร็จแล้วค่ะ", "เสร็จแล้ว"],
        "witnesses": ["พยาบาลในเวรทุกคนค่ะ", "ไม่มี"],
        "reported": ["ยังไม่เคยค่ะ", "ไม่เคย"],
        "identity": ["ไม่บอกชื่อค่ะ", "ไม่บอกชื่อ"],
        "summary": ["ถูกต้องค่ะ ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("budget", "bribery", "abuse"),
        agency=("โรงพยาบาลสตึก", "รพ.สตึก"),
        official=("หัวหน้า",),  # kept as the position read; the story keeps "หัวหน้าพยาบาล"
        district="3111",
        date=("2026-11-01", "2026-11-30"),
        story=("600", "300"),
        reported=False,
        anonymous=True,
        evidence=1,
    ),
    opening=(
        "ดิฉันเป็นพยาบาลโรงพยาบาลสตึกค่ะ",
        "เดือนที่แล้วต้องขึ้นเวรดึกเกือบทุกคืน",
        "ค่าเวรที่ควรได้คืนละ 600 บาท ได้จริงแค่ 300",
        "หัวหน้าพยาบาลบอกว่าหักเข้ากองกลาง ไม่เคยมีใบเสร็จให้ดูเลยค่ะ",
    ),
)

ROAD = Villager(
    "ผู้ใหญ่บ้านเก่าจากละหานทราย: a laterite road left half done, in Isan, in four bursts",
    {
        "story": ["แจ้งเด้อ", "แจ้ง"],
        "consent": ["ยินยอมเด้อ", "ยินยอม"],
        "kind": ["ผู้รับเหมาทำถนนบ่ครบ", "โกงโครงการ"],
        "agency": ["อบต.หนองแวง", "องค์การบริหารส่วนตำบลหนองแวง"],
        "official": ["บ่ฮู้ ผู้รับเหมา", "ไม่รู้"],
        "district": ["ละหานทราย"],
        "subdistrict": ["หนองแวง"],
        "when": ["เดือนสิงหา"],
        "what": ["เล่าแล้วเด้อ", "ถนนทำไม่ครบ"],
        "what_more": ["บ่มีแล้ว", "ไม่มี"],
        "evidence": ["บ่มีรูปเด้อ", "ไม่มี"],
        "witnesses": ["คนทั้งหมู่ 7 เห็นหมด", "คนหมู่ 7"],
        "reported": ["บ่เคย", "ไม่เคย"],
        "identity": ["บ่บอกชื่อ", "ไม่บอกชื่อ"],
        "summary": ["แม่นแล้ว ส่งเลย", "ส่ง"],
    },
    Meant(
        kind=("procurement",),
        agency=("อบต.หนองแวง",),
        district="3106",
        subdistrict="310607",
        date=("2026-08-01", "2026-08-31"),
        story=("4 แสน", "ครึ่ง"),
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีเด้อ ข่อยอยู่หมู่ 7 ต.หนองแวง อ.ละหานทราย",
        "อบต.หนองแวง เพิ่นจ้างทำถนนลูกรังเข้าหมู่บ้านตอนเดือนสิงหา",
        "ป้ายโครงการเขียนงบ 4 แสน",
        "แต่ผู้รับเหมาเทหินแค่ครึ่งทาง ฝนตกเทื่อเดียวกะพังหมดแล้ว",
    ),
    yes="แม่นแล้ว",
)

TEACHER = Villager(
    "an English teacher at a village school: tablets bought at four times their price",
    {
        "story": ["yes, file it", "yes"],
        "consent": ["I agree", "ok"],
        "kind": ["overpriced purchase", "procurement"],
        "agency": ["Ban Non Suwan School", "โรงเรียนบ้านโนนสุวรรณ"],
        "official": ["the director", "ผอ."],
        "district": ["Non Suwan"],
        "subdistrict": ["Non Suwan"],
        "when": ["September"],
        "what": ["I told you above", "tablets overpriced"],
        "what_more": ["nothing more", "no"],
        "evidence": ["no photos", "none"],
        "witnesses": ["the other teachers", "none"],
        "reported": ["no, never", "no"],
        "identity": ["anonymous please", "anonymous"],
        "summary": ["yes, send it", "send"],
    },
    Meant(
        kind=("procurement", "conflict"),
        official=("director", "ผอ", "ผู้อำนวยการ"),
        district="3117",
        date=("2026-09-01", "2026-09-30"),
        story=("12,000", "3,000"),
        reported=False,
        anonymous=True,
    ),
    opening=(
        "Hi, I teach English at a school in Non Suwan district",
        "In September the school bought 40 tablets for the students",
        "The invoice says 12,000 baht each but they are cheap 3,000 baht models",
        "The director signed it, and the shop belongs to his brother",
    ),
    yes="yes",
    speaks="en",
)

#: What each one's bursts say, never to be asked again once the filing begins.
TOLD = {
    "nurse": (NURSE, {"agency", "official", "when", "what"}),
    "road": (ROAD, {"agency", "district", "subdistrict", "when", "what"}),
    "teacher": (TEACHER, {"official", "district", "when", "what"}),
}


@pytest.fixture
def clock():
    """Monday 7 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("who", sorted(TOLD))
def test_a_story_in_bursts_is_filed_without_asking_what_it_said(who, chat, services, clock):
    villager, told = TOLD[who]
    files_what_they_meant(villager, chat, services, clock)


@pytest.mark.parametrize("who", sorted(TOLD))
def test_no_question_the_bursts_answered_is_asked(who, chat, services, clock):
    villager, told = TOLD[who]
    out = play(villager, chat, services)
    asked = [step for step, _, _ in out.log[len(villager.opening) :]]
    assert out.filed and out.sent <= MAX_MESSAGES, out.log
    assert not told & set(asked), (told & set(asked), out.log)
