"""After filing, fear and privacy questions (issue 16, conv16a's own held-out cases, written
before any change): more facts or a photo go to the person's filed complaint, never a new
draft; fear of being known is a privacy worry, not danger; a threat after filing reaches the
ticket's internal timeline and the chair; "who sees my name" says who sees it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage.models import Draft, Evidence, OutboxMessage, TicketEvent
from tests.conftest import ONE_DATABASE
from tests.factories import add_ticket, media_event, new_member, texts

# Where words said after filing go is the reading's; adding's SQL: tickets/ on both kinds.
pytestmark = ONE_DATABASE

DANGER_PHONE = "191"


def _chair(services) -> None:
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()


def _filed(chat, services, **fields) -> str:
    """The chatting citizen has one filed complaint; its reference."""
    chat.follow()
    return add_ticket(services, owner=chat.user_id, **fields)


def _count(services, stmt) -> int:
    with services.engine.connect() as conn:
        return conn.scalar(stmt)


def _entries(services, reference: str, kind: str | None = None) -> list[str]:
    """The bodies of the ticket's timeline entries (of one kind)."""
    with services.uow() as uow:
        from storage import tickets

        ticket = tickets.by_reference(uow, reference)
        stmt = select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
        if kind:
            stmt = stmt.where(TicketEvent.kind == kind)
        return [e.body or "" for e in uow.session.scalars(stmt)]


def _drafts(services, chat) -> int:
    with services.uow() as uow:
        from storage.users import user_for_line_id

        user = user_for_line_id(uow, chat.user_id)
        return uow.session.scalar(
            select(func.count()).select_from(Draft).where(Draft.user_id == user.id)
        )


def _danger_alerts(services) -> int:
    return _count(
        services,
        select(func.count())
        .select_from(OutboxMessage.__table__)
        .where(OutboxMessage.purpose == "committee:danger"),
    )


# -- A. adding to a filed complaint ----------------


@pytest.mark.parametrize(
    "said",
    [
        "ขอเพิ่มเติมหน่อยค่ะ ลืมเล่าว่าเขาเรียกไปอีก 3,000 บาทเมื่อวานนี้",
        "I forgot to mention, he also asked my neighbour for 2,000 baht",
    ],
)
def test_more_facts_after_filing_go_to_the_filed_complaint(said, chat, services):
    reference = _filed(chat, services)
    answer = texts(chat.say(said))
    assert reference in answer, answer
    assert any("000" in body for body in _entries(services, reference)), "not on the timeline"
    assert _drafts(services, chat) == 0, "a new complaint was started"


def test_more_facts_naming_a_reference_go_to_that_complaint(chat, services):
    first = _filed(chat, services)
    second = add_ticket(services, owner=chat.user_id)
    answer = texts(chat.say(f"มีข้อมูลเพิ่มของเรื่อง {first} ค่ะ ผู้รับเหมาเป็นลูกเขยนายก"))
    assert first in answer, answer
    assert any("ลูกเขย" in body for body in _entries(services, first))
    assert not any("ลูกเขย" in body for body in _entries(services, second))


def test_more_facts_with_several_open_complaints_asks_which(chat, services):
    first = _filed(chat, services)
    second = add_ticket(services, owner=chat.user_id)
    answer = texts(chat.say("อยากเพิ่มรายละเอียดค่ะ ตอนนี้เขาเอารถหลวงไปใช้ส่วนตัวด้วย"))
    assert first in answer and second in answer, answer
    assert _drafts(services, chat) == 0


def test_a_photo_after_filing_is_evidence_of_the_filed_complaint(chat, services):
    reference = _filed(chat, services)
    answer = texts(chat.send(media_event, "image"))
    assert reference in answer, answer
    chat.say("ใช่ค่ะ")  # asked first whether it is for that complaint (walk16)
    assert _drafts(services, chat) == 0, "a new complaint was started"
    with services.engine.connect() as conn:
        attached = conn.scalar(
            select(func.count()).select_from(Evidence).where(Evidence.ticket_id.is_not(None))
        )
    assert attached == 1


def test_asking_to_send_a_photo_after_filing_says_where_it_goes(chat, services):
    reference = _filed(chat, services)
    answer = texts(chat.say("ส่งรูปเพิ่มทีหลังได้ไหมครับ"))
    assert reference in answer, answer
    assert _drafts(services, chat) == 0


def test_asking_whether_more_can_be_added_keeps_nothing_yet(chat, services):
    reference = _filed(chat, services)
    answer = texts(chat.say("ขอส่งข้อมูลเพิ่มเติมทีหลังได้ไหมคะ ตอนนี้ยังไม่สะดวก"))
    assert reference in answer, answer
    assert not _entries(services, reference, "complainant_added"), "the question was kept"


def test_a_new_complaint_when_asked_for_after_filing(chat, services):
    _filed(chat, services)
    chat.say("ขอแจ้งเรื่องใหม่ค่ะ")
    assert _drafts(services, chat) == 1


# -- D. safety both ways ----------------
@pytest.mark.parametrize(
    "said",
    [
        "ลูกสาวกลัวคนในหมู่บ้านจะรู้ว่าบ้านเราเป็นคนแจ้งค่ะ",
        "my wife is scared people will find out it was us",
    ],
)
def test_fear_of_being_known_is_answered_as_privacy(said, chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    answer = texts(chat.say(said))
    assert DANGER_PHONE not in answer, answer
    assert "ชื่อ" in answer or "name" in answer.lower(), answer


def test_charged_money_at_the_witness_question_is_a_witness(chat, services):
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")
    for said in ("อบต.หนองโบสถ์", "ปลัด อบต.", "นางรอง", "หนองโบสถ์", "เมื่อวาน"):
        chat.say(said)
    chat.say("ปลัดเรียกเงินค่าทำใบอนุญาตสร้างบ้าน 2,000 บาท")
    chat.tap("a=evidence:done")
    answer = texts(chat.say("ป้าสายบ้านข้างๆ ก็โดนเก็บไป 2,000 เหมือนกันค่ะ"))
    assert DANGER_PHONE not in answer, answer
    with services.uow() as uow:
        draft = uow.session.scalar(select(Draft).order_by(Draft.id.desc()))
        assert "ป้าสาย" in (draft.data.get("witnesses") or "")


@pytest.mark.parametrize(
    "said",
    ["เมื่อคืนมีคนขับรถมาวนหน้าบ้าน ตะโกนว่าถ้าไม่ถอนจะเผาบ้าน", "someone said they'd burn my house"],
)
def test_a_threat_after_filing_reaches_the_ticket_and_the_chair(said, chat, services):
    _chair(services)
    reference = _filed(chat, services)
    answer = texts(chat.say(said))
    assert DANGER_PHONE in answer, answer
    assert _entries(services, reference, "danger"), "not on the internal timeline"
    assert _danger_alerts(services) == 1


def test_a_threat_naming_an_older_complaint_reaches_that_one(chat, services):
    _chair(services)
    older = _filed(chat, services)
    newer = add_ticket(services, owner=chat.user_id)
    answer = texts(chat.say(f"เรื่อง {older} ค่ะ เมื่อคืนเขามาขู่ว่าจะเผาบ้านถ้าไม่ถอน"))
    assert DANGER_PHONE in answer, answer
    assert _entries(services, older, "danger"), "not on the complaint named"
    assert not _entries(services, newer, "danger")


def test_safe_again_after_a_threat_is_recorded_on_the_ticket(chat, services):
    _chair(services)
    reference = _filed(chat, services)
    chat.say("มีคนมาขู่จะยิงผมถ้าไม่ถอนเรื่อง")
    answer = texts(chat.say("ตอนนี้มาอยู่บ้านพี่ชายที่อำเภออื่นแล้ว ปลอดภัยครับ"))
    assert any("พี่ชาย" in body for body in _entries(services, reference))
    assert reference in answer, answer  # told where it was noted, not the emergency reply again


def test_safe_again_says_the_chair_is_told_only_when_a_chair_hears_it(chat, services):
    """walk13: "แจ้งประธานแล้ว" was said with no chair to hear it; now only when one does."""
    _chair(services)
    reference = _filed(chat, services)
    chat.say("เมื่อคืนมีคนมาตะโกนหน้าบ้านว่าระวังบ้านจะไฟไหม้")
    answer = texts(chat.say("ผมปลอดภัยอยู่ครับ แต่อยากให้บันทึกไว้ในเรื่องเดิมด้วย"))
    assert reference in answer and "แจ้งประธาน" in answer, answer


def test_safe_again_with_no_chair_says_what_is_true(chat, services):
    reference = _filed(chat, services)  # no committee member at all: nobody to alert
    chat.say("เมื่อคืนมีคนมาตะโกนหน้าบ้านว่าระวังบ้านจะไฟไหม้")
    answer = texts(chat.say("ผมปลอดภัยอยู่ครับ แต่อยากให้บันทึกไว้ในเรื่องเดิมด้วย"))
    assert reference in answer and "บันทึก" in answer, answer
    assert "แจ้งประธาน" not in answer, answer
    assert _entries(services, reference, "safe_again"), "not on the internal timeline"


def test_the_danger_entry_has_a_thai_label():
    from bot.i18n import catalogue

    assert catalogue.has("th", "dash.event.danger")
    assert catalogue.text("th", "dash.event.danger") != catalogue.text("en", "dash.event.danger")


# -- E. privacy questions ----------------
@pytest.mark.parametrize("said", ["ใครจะได้เห็นชื่อหนูบ้างคะ", "ผู้ใหญ่บ้านจะรู้ไหมว่าผมเป็นคนแจ้ง"])
def test_who_sees_my_name_says_who(said, chat, services):
    chat.follow()
    answer = texts(chat.say(said))
    assert "เห็นเฉพาะ" in answer, answer  # who sees the name, said plainly
    assert "ไม่บอกชื่อ" in answer, answer  # and that it need not be given


@pytest.mark.parametrize("said", ["ส่งไปแล้วจะดูยังไงว่าเรื่องคืบหน้าถึงไหน", "how do I check on it later?"])
def test_how_to_follow_is_answered_as_tracking(said, chat, services):
    chat.follow()
    answer = texts(chat.say(said))
    assert "ติดตาม" in answer or "track" in answer.lower(), answer
    assert "จะไม่รู้ว่าใครแจ้ง" not in answer, answer


def test_past_a_days_complaints_one_more_is_kept_to_send_later(chat, services):
    """One LINE account files a few a day (handlers/throttles.py OWN_LIMITS): the next is not
    sent, nor lost: its summary is one tap away."""
    from handlers.throttles import OWN_LIMITS
    from storage.models import Ticket
    from tests.factories import file_complaint, submit

    most = OWN_LIMITS["filing"].most
    for _ in range(most):
        submit(chat, anonymous=True)
    file_complaint(chat, anonymous=True)
    held = texts(chat.tap("a=summary:confirm"))

    assert "พรุ่งนี้" in held
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Ticket)) == most
        [draft] = uow.session.scalars(select(Draft).where(Draft.status == "open")).all()
        assert draft.step == "summary" and draft.data.get("description")
