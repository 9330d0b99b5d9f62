"""Villagers who file by typing, never tapping: what each would type at each question.

A persona is a table: the question the bot is at → what the person types there, in order
(the first try, then how they would put it again if the bot did not take it). The driver
reads where the conversation is from the database, sends the next try, and counts the
messages sent and those that did not move the complaint forward ("refused").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select

from storage.models import Draft, Evidence, LineUser, Ticket
from storage.users import user_for_line_id
from tests.factories import media_event

CAP = 40  # a person who has sent this many messages has given up


@dataclass(frozen=True)
class Persona:
    """Who types what, at which question; optional pause (hours) before a question."""

    name: str
    says: dict[str, list]
    pause_before: dict[str, float] = field(default_factory=dict)
    on_return: tuple[str, ...] = ()


@dataclass
class Result:
    """What one persona's attempt cost."""

    sent: int = 0
    refused: int = 0
    filed: bool = False
    stuck_at: str | None = None
    reference: str | None = None
    refusals: list = field(default_factory=list)


def photo():
    """A photo sent from the phone's gallery (not a button)."""
    return (media_event, "image")


def voice():
    """A voice message."""
    return (media_event, "audio")


STORY_NONGKI = (
    "สวัสดีค่ะ อยากแจ้งว่าผู้ใหญ่บ้านหมู่ 3 ตำบลหนองกี่ เก็บเงินชาวบ้านคนละ 500 บาท "
    "บอกว่าเป็นค่าทำเอกสารที่ดิน ทั้งที่ทางราชการไม่ได้เก็บเลยค่ะ ใครไม่จ่ายก็ไม่ทำให้"
)

PERSONAS = (
    Persona(
        "farmer, particles",
        {
            "none": ["ร้องเรียนครับ"],
            "consent": ["ยินยอมครับ", "ตกลงครับ", "ยินยอม"],
            "kind": ["เขาเก็บเงินคนละ 200 ครับ", "เรียกเงินครับ", "1"],
            "agency": ["อบต.สะเดาครับ"],
            "official": ["ปลัด อบต. ชื่อสมศักดิ์ครับ"],
            "district": ["นางรองครับ"],
            "subdistrict": ["สะเดาครับ"],
            "when": ["ต้นเดือนที่แล้วครับ", "เดือนที่แล้ว"],
            "what": ["ปลัดเรียกเก็บเงินคนละ 200 บาทตอนลงทะเบียนเบี้ยผู้สูงอายุ ใครไม่จ่ายก็ไม่ลงให้ครับ"],
            "evidence": ["ไม่มีครับ", "ไม่มี", "ข้าม"],
            "witnesses": ["มีครับ ยายสมร บ้านเลขที่ 12 ก็โดนเหมือนกัน"],
            "reported": ["ยังไม่เคยครับ", "ไม่เคย", "ไม่"],
            "identity": ["ไม่บอกชื่อครับ", "ไม่เปิดเผยชื่อ", "1"],
            "summary": ["ส่งเลยครับ", "ยืนยัน", "ส่ง"],
        },
    ),
    Persona(
        "Isan grandmother",
        {
            "none": ["แจ้งเรื่องเด้อ", "ร้องเรียน"],
            "consent": ["แม่นแล้ว", "ได้เด้อ", "ยินยอม"],
            "kind": ["ฮั้วประมูลถนน", "ฮั้ว", "2"],
            "agency": ["อบต.บ้านด่าน"],
            "official": ["นายก อบต."],
            "district": ["บ้านด่านเด้อ", "บ้านด่าน"],
            "subdistrict": ["บ่ฮู้", "ไม่รู้", "ไม่ทราบ"],
            "when": ["ช่วงสงกรานต์ปีนี้", "เมษา", "เมษายน 2569"],
            "what": ["ถนนลาดยางเส้นเข้าหมู่บ้านทำได้บ่ถึงเดือนกะพังแล้ว ผู้รับเหมาเป็นญาตินายก ประมูลกะมีเจ้าเดียว"],
            "evidence": ["บ่มี", "ไม่มี", "ข้าม"],
            "witnesses": ["บ่มี", "ไม่มี", "ข้าม"],
            "reported": ["บ่เคย", "ยังบ่ได้แจ้ง", "ไม่"],
            "identity": ["บ่บอกชื่อ", "ไม่บอกชื่อ", "ไม่เปิดเผยชื่อ"],
            "summary": ["ส่งได้เลย", "ยืนยัน", "ส่ง"],
        },
    ),
    Persona(
        "typos and numbers, named",
        {
            "none": ["แจ้งเรื่อง"],
            "consent": ["ยินยม", "ยินยอม"],
            "kind": ["3"],
            "agency": ["เทศบาลตำบลกระสัง"],
            "official": ["ผอ.กองคลัง"],
            "district": ["กระสงั", "กระสัง"],
            "subdistrict": ["กระสัง"],
            "when": ["2 อาทิตย์ก่อน", "อาทิตย์ก่อน"],
            "what": ["เอารถหลวงไปใช้ส่วนตัว ขนของไปขายที่ตลาดทุกวันเสาร์ ใช้น้ำมันหลวงด้วย"],
            "evidence": [photo(), "เสร็จแล้ว", "เสร็จ"],
            "witnesses": ["-", "ข้าม"],
            "reported": ["เคย", "เคยแจ้งแล้ว", "ใช่"],
            "reported_to": ["ศูนย์ดำรงธรรม"],
            "reported_ref": ["ไม่มีเลข", "ไม่มี", "ข้าม"],
            "identity": ["เปิดเผย", "เปิดเผยชื่อ", "2"],
            "name": ["สมชาย ใจดี"],
            "phone": ["โทร 081-234-5678 ครับ", "0812345678"],
            "summary": ["ตกลง ส่งเลย", "ยืนยัน", "ส่ง"],
        },
    ),
    Persona(
        "story first",
        {
            "none": [STORY_NONGKI, "ร้องเรียน"],
            "story": ["ได้ค่ะ", "แจ้งเรื่อง"],
            "consent": ["ยินยอมค่ะ", "ยินยอม"],
            "kind": ["เรียกเงินค่ะ", "1"],
            "agency": ["อำเภอหนองกี่ค่ะ"],
            "official": ["ผู้ใหญ่บ้านหมู่ 3 ค่ะ"],
            "district": ["หนองกี่ค่ะ"],
            "subdistrict": ["หนองกี่ค่ะ"],
            "when": ["กลางเดือนที่แล้วค่ะ", "เดือนที่แล้ว"],
            "what": [STORY_NONGKI],
            "evidence": ["ไม่มีค่ะ", "ไม่มี", "ข้าม"],
            "witnesses": ["ไม่มีค่ะ", "ไม่มี", "ข้าม"],
            "reported": ["ไม่เคยค่ะ", "ไม่"],
            "identity": ["ไม่เปิดเผยค่ะ", "ไม่เปิดเผยชื่อ"],
            "summary": ["ส่งค่ะ", "ยืนยัน"],
        },
    ),
    Persona(
        "voice first",
        {
            "none": ["ร้องเรียน"],
            "consent": ["โอเคครับ", "ตกลง", "ยินยอม"],
            "kind": ["เอารถหลวงไปใช้", "โกงของหลวง", "3"],
            "agency": ["โรงพยาบาลประโคนชัย"],
            "official": ["คนขับรถของโรงพยาบาล"],
            "district": ["ปะโคนชัย", "ประโคนชัย"],
            "subdistrict": ["ไม่ทราบครับ", "ไม่ทราบ"],
            "when": ["3 วันก่อน", "เมื่อวาน"],
            "what": [voice(), "เอารถพยาบาลไปขนของส่วนตัวครับ"],
            "evidence": ["พอแล้ว", "เสร็จแล้ว", "ข้าม"],
            "witnesses": ["ไม่มี", "ข้าม"],
            "reported": ["ไม่", "ไม่เคย"],
            "identity": ["ไม่เปิดเผย", "ไม่เปิดเผยชื่อ"],
            "summary": ["ส่ง", "ยืนยัน"],
        },
    ),
    Persona(
        "coming back later",
        {
            "none": ["ร้องเรียน"],
            "consent": ["ได้ครับ", "ยินยอม"],
            "kind": ["ไม่แน่ใจครับ", "อื่นๆ", "6"],
            "agency": ["สำนักงานเกษตรอำเภอ"],
            "official": ["เจ้าหน้าที่ที่แจกพันธุ์ข้าว"],
            "district": ["บุรีรัมย์", "เมืองบุรีรัมย์"],
            "subdistrict": ["เสม็ด"],
            "when": ["ปลายเดือนที่แล้ว", "เดือนที่แล้ว"],
            "what": ["แจกพันธุ์ข้าวให้แต่คนที่เป็นญาติกับพวกของตัวเอง คนอื่นลงชื่อไว้ก็ไม่ได้"],
            "evidence": ["ไม่มี", "ข้าม"],
            "witnesses": ["ลุงเปลี่ยนกับป้าแดง หมู่ 7"],
            "reported": ["ไม่เคย", "ไม่"],
            "identity": ["ไม่เปิดเผย", "ไม่เปิดเผยชื่อ"],
            "summary": ["ส่งเลย", "ยืนยัน"],
        },
        pause_before={"when": 30},
        on_return=("สวัสดีครับ", "ทำต่อครับ"),
    ),
)


def _where(uow, user: LineUser) -> tuple[str, str]:
    """(question the person is at, a fingerprint of everything they have given so far)."""
    draft = uow.session.scalars(
        select(Draft).where(Draft.user_id == user.id, Draft.status == "open")
    ).first()
    # One person per test database: any ticket is theirs (owners are sealed, not queryable).
    tickets = uow.session.scalar(select(func.count(Ticket.id)))
    evidence = uow.session.scalar(select(func.count(Evidence.id)))
    if tickets:
        step = "done"
    elif draft is not None:
        step = draft.step
    else:
        step = (user.state or {}).get("flow") or "none"
    data = draft.data if draft is not None else {}
    print_ = json.dumps([step, data, evidence, user.state], sort_keys=True, default=str)
    return step, print_


def _look(services, chat) -> tuple[str, str]:
    with services.uow() as uow:
        user = user_for_line_id(uow, chat.user_id, lock=False)
        return _where(uow, user)


def run_persona(persona: Persona, chat, services, clock=None) -> Result:
    """Play the persona until the complaint is filed or they give up (CAP messages)."""
    result = Result()
    tries: dict[str, int] = {}
    paused: set[str] = set()
    chat.follow()
    step, seen = _look(services, chat)
    while result.sent < CAP:
        if step == "done":
            result.filed = True
            break
        outgoing: list = []
        if step in persona.pause_before and step not in paused and clock is not None:
            paused.add(step)
            clock.advance(hours=persona.pause_before[step])
            outgoing.extend(persona.on_return)
        options = persona.says.get(step)
        if not options:
            result.stuck_at = step
            break
        index = tries.get(step, 0)
        tries[step] = index + 1
        outgoing.append(options[min(index, len(options) - 1)])
        for message in outgoing:
            if isinstance(message, tuple):
                factory, kind = message
                chat.send(factory, kind)
            else:
                chat.say(message)
            result.sent += 1
            was = step
            step, now_seen = _look(services, chat)
            if now_seen == seen:
                result.refused += 1
                result.refusals.append((was, message if isinstance(message, str) else "media"))
            seen = now_seen
    if not result.filed:
        result.stuck_at = result.stuck_at or step
    else:
        with services.uow() as uow:
            result.reference = uow.session.scalar(select(Ticket.reference))
    return result
