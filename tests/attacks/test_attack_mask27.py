"""Mask27 (issue "insiders … what still gets through"): new attacks on the masking of private
people's names (other spellings, Latin letters, other verbs of witnessing, other titles) and
on everyday words that are also nicknames, which must stay as typed; and `tickets show` at the
shell, which must print what a member without identity access reads.

Each test passes when the protection holds; one marked xfail(strict) is an attack that gets
through today (its reason says how)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.directory import access
from handlers.masking import COMPLAINANT, PLACEHOLDERS, WITNESS, masked
from storage.models import AuditEntry, Member
from tests.factories import add_member, add_ticket

SOMSRI = [("สมศรี มีสุข", WITNESS)]
NOI = [("น้อย", WITNESS)]
KAI = [("ไก่", COMPLAINANT)]
BOONMA = [("บุญมา ทองดี", COMPLAINANT)]
JOHN = [("John Smith", WITNESS)]
SOMCHAI = [("สมชาย ใจดี", WITNESS)]


def _gone(names, text: str, typed: str) -> bool:
    """Whether the name as `typed` in `text` leaves for a reviewer as a mark, none of it kept."""
    out = masked(text, names, PLACEHOLDERS)
    return "\u27e6" in out and typed not in out


# (names, text, the name as typed there, how)
HELD = [
    (SOMSRI, "พยานคือ สมสี มีสุก", "สมสี", "as it sounds, no silent r"),
    (NOI, "น๊อยเห็นปลัดรับเงิน", "น๊อย", "the wrong tone mark"),
    (NOI, "นอ้ยเห็นปลัดรับเงิน", "นอ้ย", "the tone mark typed before the vowel"),
    (NOI, "ป้าน้อยยเห็น", "น้อยย", "the last letter typed twice after kinship"),
    (NOI, "Noi saw the officer take money", "Noi", "a Latin nickname opening the sentence"),
    (NOI, "my aunt Noi saw it", "Noi", "a Latin nickname after aunt"),
    (SOMSRI, "P'Somsri saw it", "Somsri", "the Thai phi as P'"),
    (BOONMA, "Mr. Boonma Thongdee filed this", "Boonma", "the whole name in Latin"),
    (JOHN, "john smith saw it", "john", "an English name typed small"),
    (KAI, "I am Kai, the one reporting", "Kai", "the complainant introducing themself in English"),
    (NOI, "ป้า Noi เห็น", "Noi", "a Latin nickname after a Thai word of kinship"),
    (NOI, "น้อยรู้เรื่องนี้ดี", "น้อย", "knows (รู้เรื่อง)"),
    (NOI, "Khun Noi filmed it", "Noi", "filmed, in English after khun"),
    (NOI, "Noi witnessed the payment", "Noi", "witnessed, in English"),
    (NOI, "ถามน้อยดูได้", "น้อย", "asked, with ดู"),
    (NOI, "เสี่ยน้อยอยู่ด้วย", "น้อย", "เสี่ย"),
    (NOI, "เฮียน้อยอยู่ด้วย", "น้อย", "เฮีย"),
    (NOI, "จ่าน้อยอยู่ด้วย", "น้อย", "rank จ่า"),
    (NOI, "อาจารย์น้อยอยู่ด้วย", "น้อย", "อาจารย์"),
    (NOI, "ด.ต.น้อยอยู่ด้วย", "น้อย", "rank ด.ต."),
    (NOI, "ส.อบต.น้อยอยู่ด้วย", "น้อย", "member of the council ส.อบต."),
    (NOI, "ร.ต.อ.น้อยอยู่ด้วย", "น้อย", "rank ร.ต.อ."),
    (NOI, "ผู้ใหญ่น้อยอยู่ด้วย", "น้อย", "the headman ผู้ใหญ่"),
    (NOI, "Ajarn Noi was there", "Noi", "Ajarn in Latin"),
    (NOI, "Dr. Noi was there", "Noi", "Dr. in Latin"),
    (NOI, "Sgt. Noi was there", "Noi", "Sgt. in Latin"),
    (SOMCHAI, "ผู้ใหญ่ชายเห็น", "ชาย", "the short ชาย after ผู้ใหญ่"),
]


@pytest.mark.parametrize(("names", "text", "typed"), [h[:3] for h in HELD])
def test_masking_reads_the_name(names, text, typed):
    assert _gone(names, text, typed)


# Closed (mask27's own fix): these got through when written.
CLOSED = [
    (BOONMA, "ผมบุนมา ทองดี แจ้งเรื่องนี้", "บุนมา", "บุน for บุญ: the surname marked, the first name not"),
    (NOI, "น้อยแอบถ่ายไว้", "น้อย", "filmed secretly (แอบถ่าย)"),
    (NOI, "น้อยเจอปลัดรับเงิน", "น้อย", "came across (เจอ)"),
    (NOI, "น้อยจดเลขทะเบียนรถไว้", "น้อย", "wrote down (จด)"),
    (NOI, "น้อยอยู่ในเหตุการณ์", "น้อย", "was there (อยู่ในเหตุการณ์)"),
    (NOI, "น้อยสังเกตว่าปลัดรับซอง", "น้อย", "noticed (สังเกต)"),
    (NOI, "น้อยแคปหน้าจอไว้", "น้อย", "took a screenshot (แคป)"),
    (NOI, "น้อยบันทึกวิดีโอไว้", "น้อย", "recorded a video (บันทึก)"),
    (NOI, "ติดต่อน้อยได้ที่ร้าน", "น้อย", "contact (ติดต่อ) the name"),
    (NOI, "ทิดน้อยขายของหน้าอำเภอ", "น้อย", "the Isan ex-monk ทิด"),
    (NOI, "อ.น้อยสอนที่โรงเรียน", "น้อย", "อ. for อาจารย์"),
    (NOI, "นายกน้อยรับเงินไป", "น้อย", "the mayor นายก"),
    (NOI, "ซ้อน้อยขายของหน้าอำเภอ", "น้อย", "ซ้อ with no verb after"),
]


@pytest.mark.parametrize(("names", "text", "typed"), [c[:3] for c in CLOSED])
def test_masking_reads_the_name_closed(names, text, typed):
    assert _gone(names, text, typed)


# Everyday words that are also nicknames: masking them garbles the page (and tells the name).
KEPT = [
    ([("ไก่", WITNESS)], "ปลัดรับไก่ย่างไปสองตัว"),
    ([("หมู", WITNESS)], "เลี้ยงหมูกระทะที่อำเภอ"),
    ([("ปลา", WITNESS)], "ขายปลาในตลาดทุกวัน"),
    ([("นก", WITNESS)], "เขาเลี้ยงนกกรงหัวจุก"),
    ([("ส้ม", WITNESS)], "ซื้อส้มตำไปให้ปลัด"),
    ([("เล็ก", WITNESS)], "บ้านหลังเล็กริมทาง"),
    ([("ใหญ่", WITNESS)], "เป็นเรื่องใหญ่มากครับ"),
    ([("ต้น", WITNESS)], "ต้นเดือนที่แล้วเขามาเก็บเงิน"),
    ([("ฝน", WITNESS)], "ฝนตกหนักวันนั้น"),
    ([("เงิน", WITNESS)], "เรียกเงินห้าพันบาท"),
    ([("ทอง", WITNESS)], "สร้อยทองหนึ่งบาท"),
    ([("แก้ว", WITNESS)], "ยื่นแก้วน้ำให้ปลัด"),
    ([("น้ำ", WITNESS)], "ค่าน้ำค่าไฟแพงขึ้น"),
    ([("ฟ้า", WITNESS)], "ฟ้าผ่าเสาไฟหน้าบ้าน"),
    ([("ขวัญ", WITNESS)], "ชาวบ้านเสียขวัญกันหมด"),
    ([("เก่ง", WITNESS)], "ปลัดเก่งเรื่องเรียกเงิน"),
    ([("ดำ", WITNESS)], "รถกระบะสีดำจอดหน้าบ้าน"),
    ([("น้อย", WITNESS)], "ได้เงินน้อยมากครับ"),
    ([("น้อย", WITNESS)], "เจ้าหน้าที่ติดต่อน้อยมาก"),
    ([("น้อย", WITNESS)], "เงินเดือนน้อย เขาบอกว่าไม่พอ"),
    ([("ไก่", COMPLAINANT)], "ทำไก่เองค่ะ"),
    ([("ไก่", COMPLAINANT)], "ผมเลี้ยงไก่ครับ"),
    ([("น้อย", WITNESS)], "ได้เงินน้อยอยู่แล้ว"),
    ([("น้อย", WITNESS)], "โทรหาน้อยมากครับ"),
    ([("น้อย", WITNESS)], "ผมเหลือเงินน้อยครับ"),
    ([("น้อย", WITNESS)], "ลุงๆ ป้าๆ น้อยคนที่รู้"),
    ([("น้อย", WITNESS)], "เขาได้ส่วนแบ่งน้อยกว่า"),
    ([("เอก สมใจ", WITNESS)], "สิบเอกสมชายรับเงิน"),
    ([("Rain Somsri", WITNESS)], "rain fell all day and the officer came"),
]


@pytest.mark.parametrize(("names", "text"), KEPT)
def test_masking_keeps_everyday_words(names, text):
    assert masked(text, names, PLACEHOLDERS) == text


# Closed (mask27's own fix): these were garbled when written.
KEPT_NOW = [
    ([("Golf Somchai", WITNESS)], "they played golf with the officer", "English word 'golf'"),
    ([("Nice Somchai", WITNESS)], "the officer was not nice to us", "English word 'nice'"),
    ([("Pop Somchai", WITNESS)], "a pop song played at the office", "English word 'pop'"),
    ([("Ice Somchai", WITNESS)], "he asked for ice and money", "English word 'ice'"),
    ([("Mint Somsri", WITNESS)], "they gave mint sweets and money", "English word 'mint'"),
]


@pytest.mark.parametrize(("names", "text"), [k[:2] for k in KEPT_NOW])
def test_masking_keeps_english_words_written_small(names, text):
    assert masked(text, names, PLACEHOLDERS) == text


# ... but the same nickname written with a capital or said of a person is the name.
@pytest.mark.parametrize(
    "text", ["Golf went to the office", "golf saw the officer take money", "khun golf was there"]
)
def test_masking_reads_an_english_nickname_as_the_name(text):
    assert _gone([("Golf Somchai", WITNESS)], text, "olf")


GARBLED = [
    ([("บอล", WITNESS)], "เขานั่งดูบอลที่ร้าน", "football (บอล), a loan word the textbooks seldom write"),
]


@pytest.mark.parametrize(
    ("names", "text"),
    [
        pytest.param(n, t, marks=pytest.mark.xfail(strict=True, reason=f"through (garbled): {w}"))
        for n, t, w in GARBLED
    ],
)
def test_masking_keeps_everyday_words_through(names, text):
    assert masked(text, names, PLACEHOLDERS) == text


# --------------------------------------------------------------------------------------
# `tickets show` at the shell reads as a member without identity access, unless the operator
# opens the identity by the dashboard's rule (allowed, a reason, audited).
# --------------------------------------------------------------------------------------

STORY = "สมศรี มีสุข เห็นปลัดรับเงิน บุญมา ทองดี แจ้งเรื่องนี้"


def _show(runner, *args: str):
    return runner.invoke(args=["tickets", "show", *args])


def _filed(services) -> str:
    return add_ticket(
        services, description=STORY, witnesses="สมศรี มีสุข", name="บุญมา ทองดี", phone="0812345678"
    )


def test_tickets_show_masks_the_names_in_the_story(runner, services):
    shown = _show(runner, _filed(services))
    assert shown.exit_code == 0, shown.output
    assert "เห็นปลัดรับเงิน" in shown.output
    assert "สมศรี" not in shown.output and "บุญมา" not in shown.output


def test_tickets_show_masks_a_name_typed_as_the_official(runner, services):
    reference = add_ticket(services, official="ปลัดที่สมศรี มีสุข เห็น", witnesses="สมศรี มีสุข")
    shown = _show(runner, reference)
    assert "ปลัดที่" in shown.output and "มีสุข" not in shown.output


def test_tickets_show_identity_needs_a_reason(runner, services):
    shown = _show(runner, _filed(services), "--identity")
    assert shown.exit_code != 0 and "reason" in shown.output
    assert "บุญมา" not in shown.output


def test_tickets_show_identity_refused_without_the_chairs_policy(runner, services):
    shown = _show(runner, _filed(services), "--identity", "--reason", "ตรวจสอบตามคำสั่งศาล")
    assert shown.exit_code != 0
    assert "บุญมา" not in shown.output and "0812345678" not in shown.output
    with services.uow() as uow:
        assert not uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "view_identity")
        ).all()


def test_tickets_show_identity_where_allowed_is_audited(runner, services):
    chair = add_member(services, "chair")
    with services.uow() as uow:
        access.set_admins_see_identity(uow, uow.session.get(Member, chair), True)
        uow.commit()
    reference = _filed(services)
    shown = _show(runner, reference, "--identity", "--reason", "ตรวจสอบตามคำสั่งศาล")
    assert shown.exit_code == 0, shown.output
    assert "บุญมา ทองดี" in shown.output and "0812345678" in shown.output
    assert STORY in shown.output
    with services.uow() as uow:
        views = uow.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "view_identity")
        ).all()
    assert len(views) == 1 and "ตรวจสอบตามคำสั่งศาล" in (views[0] or "")
