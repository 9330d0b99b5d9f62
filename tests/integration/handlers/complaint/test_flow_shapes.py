"""Shapes of a conversation the step-by-step reading did not serve (issue 16): questions back
several in a row, Thai typed in Latin letters all the way, dates said as weekdays, a mind
changed twice about the name, edits typed at the summary, and a story in four bubbles that
mentions a bystander. Each person is played by the held-out driver and must file within its
limits with a ticket that holds what they meant."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.heldout_personas import Meant, Villager, asks, play
from tests.integration.handlers.complaint.heldout_personas_round3 import (
    CAN_WITHDRAW,
    DAYS,
    FREE,
    NAME_OPTIONAL,
    NOT_TOLD,
)
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)
from tests.integration.handlers.complaint.test_understood_steps import draft_of, to_step

# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE

QUESTIONS_IN_A_ROW = Villager(
    "พี่นวล: three questions back before saying anything, two more between answers",
    {
        "none": ["แจ้งเรื่องค่ะ"],
        "story": ["แจ้งค่ะ"],
        "consent": [
            asks("แล้วถ้าอยากถอนเรื่องทีหลัง ถอนได้ไหมคะ", CAN_WITHDRAW),
            asks("กี่วันถึงจะมีคนมาดูเรื่องคะ", DAYS),
            "ยินยอมค่ะ",
        ],
        "kind": ["เรียกเงินค่ะ"],
        "agency": ["เทศบาลตำบลปะคำค่ะ"],
        "official": ["เจ้าหน้าที่กองช่างค่ะ"],
        "district": ["ปะคำค่ะ"],
        "subdistrict": ["ปะคำค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": ["เจ้าหน้าที่กองช่างบอกว่าต้องจ่าย 3,000 ถึงจะเซ็นใบอนุญาตสร้างบ้านให้ค่ะ"],
        "what_more": ["แค่นั้นค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["สามีไปด้วยค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ส่งได้ค่ะ", "ส่ง"],
    },
    Meant(
        kind=("bribery",),
        agency=("ทต.ปะคำ",),
        official=("กองช่าง",),
        district="3112",
        subdistrict="311201",
        date=("2026-12-03", "2026-12-03"),
        story=("ใบอนุญาตสร้างบ้าน",),
        witnesses="สามี",
        reported=False,
        anonymous=True,
    ),
    opening=(
        asks("สวัสดีค่ะ แจ้งเรื่องที่นี่เสียเงินไหมคะ", FREE),
        asks("แล้วคนที่ถูกแจ้งจะรู้ไหมคะว่าใครแจ้ง", NOT_TOLD),
        asks("ต้องบอกชื่อจริงหรือเปล่าคะ", NAME_OPTIONAL),
        "เจ้าหน้าที่กองช่าง เทศบาลตำบลปะคำ อ.ปะคำ เรียกเงิน 3,000 บาท ค่าเซ็นใบอนุญาตสร้างบ้าน เมื่อวานค่ะ",
    ),
)

ROMANISED_ALL_THE_WAY = Villager(
    "บีม: types Thai in Latin letters from the first message to the last",
    {
        "none": ["yak jaeng rueang khrap", "jaeng rueang"],
        "story": ["jaeng khrap"],
        "consent": ["yinyom khrap"],
        "kind": ["riak ngoen khrap", "riak sin bon"],
        "agency": ["o bo to nong kong khrap", "obt nong kong"],
        "official": ["phu yai ban moo 5 khrap"],
        "district": ["nang rong khrap", "nang rong"],
        "subdistrict": ["nong kong khrap", "nong kong"],
        "when": ["muea wan khrap", "muea wan"],
        "what": ["phu yai ban kep ngoen chao ban khon la 200 baht bok wa pen kha thang khrap"],
        "what_more": ["mai mee laew khrap", "mai mee"],
        "evidence": ["mai mee khrap", "mai mee"],
        "witnesses": ["mai mee khrap", "mai mee"],
        "reported": ["mai koei khrap", "mai koei"],
        "identity": ["mai bok chue khrap", "mai bok chue"],
        "summary": ["thuk tong khrap song loei", "song"],
    },
    Meant(
        kind=("bribery",),
        official=("ผู้ใหญ่บ้าน", "phuyaiban"),
        district="3104",
        subdistrict="310408",
        date=("2026-12-03", "2026-12-03"),
        story=("200",),
        witnesses="",
        reported=False,
        anonymous=True,
    ),
    yes="chai khrap",
)

WEEKDAY = Villager(
    "ป้าจันทร์: the date as a weekday (วันศุกร์ที่ผ่านมา, said on a Friday: 27 Nov)",
    {
        "none": ["จะแจ้งเรื่องค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เอาของหลวงไปใช้ค่ะ", "โกงของหลวง"],
        "agency": ["อบต.ตาจงค่ะ"],
        "official": ["รองนายก อบต.ค่ะ"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["ตาจงค่ะ"],
        "when": ["วันศุกร์ที่ผ่านมาค่ะ", "27 พ.ย."],
        "what": ["รองนายกเอารถน้ำของ อบต. ไปรดสวนทุเรียนของตัวเองทุกวันค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["คนขับรถน้ำค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ", "ส่ง"],
    },
    Meant(
        kind=("abuse", "budget"),
        agency=("อบต.ตาจง",),
        official=("รองนายก",),
        district="3106",
        subdistrict="310603",
        date=("2026-11-27", "2026-11-27"),
        story=("ทุเรียน",),
        witnesses="คนขับรถน้ำ",
        reported=False,
        anonymous=True,
    ),
)

MIND_CHANGED_TWICE = Villager(
    "ป้าทองใบ: anonymous, then named at the summary, then anonymous again",
    {
        "none": ["อยากร้องเรียนค่ะ", "แจ้งเรื่อง"],
        "story": ["แจ้งค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["เก็บเงินใต้โต๊ะค่ะ", "เรียกเงิน"],
        "agency": ["อบต.ชุมแสงค่ะ"],
        "official": ["ปลัด อบต.ค่ะ"],
        "district": ["นางรองค่ะ"],
        "subdistrict": ["ชุมแสงค่ะ"],
        "when": ["เมื่อวานค่ะ"],
        "what": ["ปลัดเก็บเงินค่าทำบัตรผู้สูงอายุคนละ 100 บาทค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ยายสมหมายค่ะ"],
        "reported": ["ไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "name": ["ทองใบ ศรีสุข"],
        "phone": ["0891112233"],
        "summary": [
            "เปลี่ยนใจค่ะ ใส่ชื่อด้วยก็ได้",
            "คิดอีกทีไม่ใส่ชื่อดีกว่าค่ะ กลัวเขารู้",
            "ส่งค่ะ",
            "ส่ง",
        ],
    },
    Meant(
        kind=("bribery",),
        agency=("อบต.ชุมแสง",),
        official=("ปลัด",),
        district="3104",
        subdistrict="310405",
        date=("2026-12-03", "2026-12-03"),
        story=("บัตรผู้สูงอายุ",),
        witnesses="สมหมาย",
        reported=False,
        anonymous=True,
    ),
    opening=("ปลัด อบต.ชุมแสง อ.นางรอง เก็บเงินค่าทำบัตรผู้สูงอายุคนละ 100 บาท เมื่อวานค่ะ",),
)

EDITS_TYPED = Villager(
    "ลุงเสริม: two edits typed at the summary (by number, and a place by name)",
    {
        "none": ["จะแจ้งเรื่องครับ", "แจ้งเรื่อง"],
        "story": ["แจ้งครับ"],
        "consent": ["ยินยอมครับ"],
        "kind": ["ยักยอกเงินกองทุนครับ", "โกงงบ"],
        "agency": ["กองทุนหมู่บ้านครับ"],
        "official": ["เหรัญญิกกองทุนหมู่บ้านครับ"],
        "district": ["ชำนิครับ"],  # wrong: set right from the summary
        "subdistrict": ["เมืองยางครับ", "เมืองแกครับ"],
        "when": ["เดือนที่แล้วครับ"],
        "what": ["เงินกองทุนหมู่บ้านหายไปสองแสน ไม่มีใครชี้แจงได้ครับ"],
        "what_more": ["หมดแล้วครับ"],
        "evidence": ["ไม่มีครับ"],
        "witnesses": ["กรรมการกองทุนครับ"],
        "reported": ["ไม่เคยครับ"],
        "identity": ["ไม่บอกชื่อครับ"],
        "summary": ["แก้ข้อ 3 เป็น ประธานกองทุนหมู่บ้าน", "เปลี่ยนอำเภอเป็นสตึก", "ส่งครับ", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        official=("ประธานกองทุน",),
        district="3111",
        subdistrict="311104",
        date=("2026-11-01", "2026-11-30"),
        story=("กองทุนหมู่บ้าน",),
        witnesses="กรรมการ",
        reported=False,
        anonymous=True,
    ),
    opening=("เงินกองทุนหมู่บ้านหายไปสองแสน เหรัญญิกกองทุนยักยอกไปเมื่อเดือนที่แล้วครับ",),
    yes="ใช่ครับ",
)

BYSTANDER_IN_FOUR = Villager(
    "แม่บุญเรือน: four bubbles; the headman mentioned only knows, the school head did it",
    {
        "story": ["แจ้งค่ะ"],
        "none": ["แจ้งเรื่องค่ะ"],
        "consent": ["ยินยอมค่ะ"],
        "kind": ["โกงเงินค่าชุดนักเรียนค่ะ", "โกงงบ"],
        "agency": ["โรงเรียนบ้านหนองตะครองค่ะ"],
        "official": ["ผอ.โรงเรียนค่ะ"],
        "district": ["ละหานทรายค่ะ"],
        "subdistrict": ["หนองตะครองค่ะ"],
        "when": ["ต้นเดือนพฤศจิกาค่ะ", "พฤศจิกายน"],
        "what": ["ผอ.เบิกค่าชุดนักเรียนคนละ 300 แต่เด็กได้ชุดเก่าค่ะ"],
        "what_more": ["ไม่มีค่ะ"],
        "evidence": ["ไม่มีค่ะ"],
        "witnesses": ["ผู้ปกครองหลายคนค่ะ"],
        "reported": ["ยังไม่เคยค่ะ"],
        "identity": ["ไม่บอกชื่อค่ะ"],
        "summary": ["ถูกต้องค่ะ ส่งได้", "ส่ง"],
    },
    Meant(
        kind=("budget",),
        official=("ผอ",),
        district="3106",
        subdistrict="310610",
        date=("2026-11-01", "2026-11-30"),
        story=("ชุดนักเรียน",),
        witnesses="ผู้ปกครอง",
        reported=False,
        anonymous=True,
    ),
    opening=(
        "สวัสดีค่ะ มีเรื่องจะเล่า",
        "โรงเรียนบ้านหนองตะครอง อ.ละหานทราย",
        "เงินค่าชุดนักเรียนเบิกไปคนละ 300 แต่เด็กได้ชุดเก่าที่ใช้แล้วค่ะ",
        "ผู้ใหญ่บ้านก็รู้แต่ไม่กล้าพูดอะไรค่ะ",
    ),
)

SHAPES = {
    "questions_in_a_row": QUESTIONS_IN_A_ROW,
    "romanised_all_the_way": ROMANISED_ALL_THE_WAY,
    "weekday": WEEKDAY,
    "mind_changed_twice": MIND_CHANGED_TWICE,
    "edits_typed": EDITS_TYPED,
    "bystander_in_four": BYSTANDER_IN_FOUR,
}


@pytest.fixture
def clock():
    """Friday 4 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize("villager", list(SHAPES.values()), ids=list(SHAPES))
def test_each_shape_files_what_was_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)


def test_a_name_withdrawn_again_is_not_kept(chat, services, clock):
    """Named at the summary, then anonymous again: the name and phone given are not kept."""
    assert play(MIND_CHANGED_TWICE, chat, services).filed
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.anonymous is True
        assert ticket.complainant_name_enc is None
        assert ticket.complainant_phone_enc is None


def test_a_bystander_is_not_the_official_and_who_did_it_is_asked(chat, services, clock):
    """The headman who "only knows" is not stored as the official; the bot asks who did it."""
    out = play(BYSTANDER_IN_FOUR, chat, services)
    assert any(step == "official" for step, _, _ in out.log), out.log
    with services.uow() as uow:
        assert "ผู้ใหญ่บ้าน" not in (uow.session.scalars(select(Ticket.official)).one() or "")


@pytest.mark.parametrize(
    ("said", "span"),
    [
        ("วันอังคารก่อนค่ะ", ("2026-11-24", "2026-12-01")),
        ("วันศุกร์ที่ผ่านมาค่ะ", ("2026-11-27", "2026-11-27")),
        ("last Tuesday", ("2026-11-24", "2026-12-01")),
    ],
)
def test_a_weekday_is_taken_as_its_day(said, span, chat, services, clock):
    """At the date question a weekday is the last such day (or the one before), not refused."""
    meant = WEEKDAY.meant
    villager = Villager(
        WEEKDAY.name,
        {**WEEKDAY.says, "when": [said]},
        Meant(**{**meant.__dict__, "date": span}),
        yes="yes" if said.isascii() else WEEKDAY.yes,
    )
    files_what_they_meant(villager, chat, services, clock)


@pytest.mark.parametrize(
    ("typed", "field", "kept"),
    [
        ("แก้ข้อ 3 เป็น ประธานกองทุนหมู่บ้าน", "official", "ประธานกองทุนหมู่บ้าน"),
        (
            "edit 3 to the deputy mayor",
            "official",
            "รองนายก",
        ),  # an English post kept as the Thai post
        ("จริงๆ ไม่ใช่เมื่อวานค่ะ เป็นวันจันทร์", "occurred_on", "2026-11-30"),
        ("เอ๊ะ ไม่ใช่ค่ะ อำเภอสตึก", "district", "สตึก"),
        ("แก้ไขข้อ 4 เป็น ประโคนชัย", "district", "ประโคนชัย"),
    ],
)
def test_a_correction_typed_at_the_summary_changes_that_field(
    typed, field, kept, chat, services, clock
):
    """What follows "เป็น"/"to" is the new value of the field named before it; a value said
    alone at the summary ("ไม่ใช่ค่ะ อำเภอสตึก") changes its field."""
    to_step(chat, services, "summary")
    chat.say(typed)
    assert draft_of(services).data.get(field) == kept


def test_no_name_after_all_at_the_name_question_is_not_kept_as_a_name(chat, services, clock):
    """ "ไม่บอกแล้วค่ะ กลัว" at "your full name?" withdraws the name; it is not the name."""
    to_step(chat, services, "name")
    chat.say("ไม่บอกแล้วค่ะ กลัว")
    data = draft_of(services).data
    assert data["anonymous"] is True and not data.get("name_enc")
