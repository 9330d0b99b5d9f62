"""Places, agencies and dates as villagers say them (issue 16): a district corrected at the
sub-district question, an agency named again as "the same อบต." or "อบต.ฯ", and a date said
with a festival and a short or misspelt month. Our own people and words, played by the
held-out driver: each must file within its limits with what they meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

WRONG_DISTRICT_TWICE = Villager(
    "ป้าบัวผัน: gives the wrong district, corrects it at the sub-district question, then again",
    {
        "none": ["ขอแจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เรียกเงินค่าออกใบอนุญาตค่ะ"],
        "agency": ["อบต.ค่ะ"],
        "official": ["ปลัด อบต.ค่ะ"],
        "district": ["กระสังค่ะ"],
        "subdistrict": [
            "ขอโทษเด้อค่ะ บอกอำเภอผิด แท้ๆเป็นอำเภอประโคนชัยค่ะ",
            "แก้อีกทีค่ะ อำเภอนางรอง ตำบลหนองโบสถ์",
        ],
        "when": ["เมื่อวานค่ะ"],
        "what": ["ปลัดเรียกเงิน 3,000 บาท ถ้าไม่จ่ายไม่ออกใบอนุญาตสร้างบ้านให้ค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งเลยค่ะ"],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.",),
        official=("ปลัด",),
        district="3104",
        subdistrict="310406",
        date=("2026-12-03", "2026-12-03"),
        reported=False,
        anonymous=True,
    ),
)

SAME_AGENCY = Villager(
    "ลุงทองใบ: answers 'อบต.ฯ' at the agency question, then names it when asked which",
    {
        "none": ["ขอแจ้งเรื่องครับ"],
        "consent": ["ได้ครับ"],
        "kind": ["โกงงบครับ"],
        "agency": ["อบต.ฯ ครับ", "อบต.ดอนมนต์ครับ"],
        "official": ["นายก อบต.ครับ"],
        "district": ["สตึกครับ"],
        "subdistrict": ["ดอนมนต์ครับ"],
        "when": ["ต้นเดือนที่แล้วครับ"],
        "what": ["นายกเอาเงินงบซ่อมถนนไป แต่ถนนไม่ได้ซ่อมสักเมตรครับ ชาวบ้านเดือดร้อนกันมาก"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่ประสงค์ออกนามครับ"],
        "summary": ["ส่งเลยครับ"],
    },
    Meant(
        agency=("อบต.ดอนมนต์",),
        district="3111",
        subdistrict="311109",
        date=("2026-11-01", "2026-11-10"),
        story=("ถนน",),
        anonymous=True,
    ),
)

FESTIVAL_AND_SHORT_MONTH = Villager(
    "แม่ใหญ่คำแพง: a date said as 'before Khao Phansa this year, around ก.ค.', misspelt",
    {
        "none": ["อยากร้องเรียนเด้อ"],
        "story": ["แจ้งเด้อ"],
        "consent": ["ได้เด้อ"],
        "kind": ["โกงงบค่ะ"],
        "agency": ["ทต.หนองกงค่ะ"],
        "official": ["นายกเทศมนตรีค่ะ"],
        "district": ["นางรองค่ะ"],
        "subdistrict": ["หนองกงค่ะ"],
        "when": ["ก่อนเข้าพรรษาปีนี้ ประมาณเดือนกรกฏาค่ะ"],
        "what": ["งบทำรางระบายน้ำ 5 แสน ทำไปแค่ครึ่งเดียวแล้วก็หายไปเลยค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["คนในหมู่บ้านค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งเลยค่ะ"],
    },
    Meant(
        agency=("ทต.หนองกง",),
        district="3104",
        subdistrict="310408",
        date=("2026-07-01", "2026-07-31"),
        anonymous=True,
    ),
)

NOT_THAT_DISTRICT = Villager(
    "พ่อใหญ่สุข: 'not Krasang, district Satuek' at the sub-district question (Krasang is also "
    "a sub-district of Satuek), then his sub-district",
    {
        "none": ["แจ้งเรื่องครับ"],
        "story": ["แจ้งครับ"],
        "consent": ["ได้ครับ"],
        "kind": ["เก็บเงินใต้โต๊ะครับ"],
        "agency": ["โรงเรียนครับ"],
        "official": ["ผอ.ครับ"],
        "district": ["กระสังครับ"],
        "subdistrict": ["ไม่ใช่กระสังครับ อำเภอสตึก", "ดอนมนต์ครับ"],
        "when": ["เดือนที่แล้วครับ"],
        "what": ["ผอ.เก็บเงินผู้ปกครองคนละ 2,000 บาท บอกว่าค่าแป๊ะเจี๊ยะ ถ้าไม่จ่ายลูกไม่ได้เข้าเรียนครับ"],
        "what_more": ["ไม่มีครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["ไม่มีครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["ส่งครับ"],
    },
    Meant(district="3111", subdistrict="311109", date=("2026-11-01", "2026-11-30")),
)

STORY_THEN_THE_SAME_AGENCY = Villager(
    "น้าเพ็ญ: tells the story naming the อบต. by its village, then 'อบต.ดังกล่าว' when asked",
    {
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เรียกเงินค่ะ"],
        "agency": ["อบต.ดังกล่าวค่ะ"],
        "official": ["ปลัดค่ะ"],
        "district": ["คูเมืองค่ะ"],
        "subdistrict": ["ไม่รู้ค่ะ"],
        "when": ["ปลายเดือนก่อนค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งค่ะ"],
    },
    Meant(
        agency=("อบต.บ้านโนนทอง",),
        district="3102",
        date=("2026-11-21", "2026-11-30"),
        story=("ใบอนุญาต",),
    ),
    opening=("ปลัดที่ อบต.บ้านโนนทอง เรียกเงินค่าออกใบอนุญาตต่อเติมบ้าน 5,000 บาท ไม่จ่ายก็ไม่ออกให้ค่ะ",),
)

SAME_AGENCY_SAID_AGAIN = Villager(
    "ยายแตง: says 'อบต.ฯ' at the agency question and again when asked which",
    {
        "none": ["ขอร้องเรียนค่ะ"],
        "consent": ["ได้ค่ะ"],
        "kind": ["เรียกเงินค่ะ"],
        "agency": ["อบต.ฯ ค่ะ"],
        "official": ["นายก อบต.ค่ะ"],
        "district": ["สตึกค่ะ"],
        "subdistrict": ["ไม่รู้ค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": ["นายกเรียกเงินค่าต่อใบอนุญาตร้านค้า 3,000 บาท ไม่มีใบเสร็จค่ะ"],
        "what_more": ["ไม่มีแล้วค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ไม่มีค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งค่ะ"],
    },
    Meant(agency=("อบต.",), district="3111"),
)

SHAPES = {
    "story_then_the_same_agency": STORY_THEN_THE_SAME_AGENCY,
    "same_agency_said_again": SAME_AGENCY_SAID_AGAIN,
    "not_that_district": NOT_THAT_DISTRICT,
    "wrong_district_twice": WRONG_DISTRICT_TWICE,
    "same_agency": SAME_AGENCY,
    "festival_and_short_month": FESTIVAL_AND_SHORT_MONTH,
}


@pytest.fixture
def clock():
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("villager", list(SHAPES.values()), ids=list(SHAPES))
def test_each_place_agency_and_date_shape_files_what_was_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)
