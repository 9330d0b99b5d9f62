"""walk16's villagers after filing (fixW16b): a photo, voice message or video sent later is
asked about for the open complaint (kept meanwhile, never lost), a threat told later names
the complaint it is about and marks it for the chairs, and a name and phone typed together at
the name question are both taken."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage.models import Evidence, OutboxMessage
from tests.conftest import ONE_DATABASE
from tests.factories import add_ticket, media_event, quick_data, submitted, texts
from tests.integration.handlers.complaint.test_after_filing import _chair, _drafts, _entries

# Where files sent after filing go is the reading's; adding's SQL: tickets/ on both kinds.
pytestmark = ONE_DATABASE


def _evidence(services, ticket: bool) -> int:
    """Photos and files kept on a filed complaint (`ticket`) or on a complaint being filed."""
    column = Evidence.ticket_id if ticket else Evidence.draft_id
    with services.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Evidence).where(column.is_not(None)))


def _photo_after_filing(chat, kind: str = "image") -> tuple[str, list[dict]]:
    reference = submitted(chat).reference
    return reference, chat.send(media_event, kind)


# -- 1. a photo after filing ----------------


@pytest.mark.parametrize("kind", ["image", "audio", "video"])
def test_a_photo_after_filing_asks_whether_it_is_for_the_filed_complaint(chat, services, kind):
    reference, reply = _photo_after_filing(chat, kind)
    answer = texts(reply)
    assert reference in answer and "ไหมคะ" in answer, answer
    assert set(quick_data(reply)) == {"เพิ่มในเรื่องเดิม", "แจ้งเป็นเรื่องใหม่"}
    assert _drafts(services, chat) == 0, "a new complaint was started"


@pytest.mark.parametrize("yes", ["ใช่ค่ะ", "ได้ค่ะ", None])
def test_yes_adds_the_kept_photo_to_the_filed_complaint(chat, services, yes):
    reference, reply = _photo_after_filing(chat)
    added = chat.say(yes) if yes else chat.tap(quick_data(reply)["เพิ่มในเรื่องเดิม"])
    assert reference in texts(added), texts(added)
    assert _evidence(services, ticket=True) == 1
    assert any(body == "[image]" for body in _entries(services, reference, "complainant_added"))
    assert _drafts(services, chat) == 0


@pytest.mark.parametrize("no", ["ไม่ใช่ค่ะ", "เป็นเรื่องใหม่ค่ะ ขอแจ้งเรื่องใหม่", None])
def test_no_starts_a_new_complaint_with_the_photo_as_its_evidence(chat, services, no):
    _photo_after_filing(chat)
    started = chat.say(no) if no else chat.tap("add_new=1")
    assert "หลักฐาน" in texts(started), texts(started)
    assert _drafts(services, chat) == 1
    assert _evidence(services, ticket=False) == 1, "the photo did not go with the new one"
    assert _evidence(services, ticket=True) == 0


def test_several_photos_are_all_kept_and_added_together(chat, services):
    reference, _ = _photo_after_filing(chat)
    again = texts(chat.send(media_event, "image"))
    assert "2 รายการ" in again, again
    chat.say("ใช่")
    assert _evidence(services, ticket=True) == 2


def test_a_photo_while_the_bot_offers_to_file_a_story_is_not_lost(chat, services):
    """walk16: a line after filing was taken as a new story; the photo then got "shall I
    file what you told me?" and was dropped."""
    reference = submitted(chat).reference
    chat.say("ถนนที่เขาทำพังอีกแล้วค่ะ เมื่อวานไปถ่ายมา")
    answer = texts(chat.send(media_event, "image"))
    assert reference in answer, answer
    chat.say("ใช่ค่ะ")
    assert _evidence(services, ticket=True) == 1


def test_a_photo_with_several_open_complaints_still_asks_which(chat, services):
    first = submitted(chat).reference
    second = add_ticket(services, owner=chat.user_id)
    answer = texts(chat.send(media_event, "image"))
    assert first in answer and second in answer, answer
    chat.tap(f"add={first}")
    assert _evidence(services, ticket=True) == 1


def test_a_photo_with_several_open_complaints_can_start_a_new_one_with_it(chat, services):
    submitted(chat)
    add_ticket(services, owner=chat.user_id)
    reply = chat.send(media_event, "image")
    chat.tap(quick_data(reply)["แจ้งเป็นเรื่องใหม่"])
    assert _drafts(services, chat) == 1
    assert _evidence(services, ticket=False) == 1, "the photo did not go with the new one"


def test_a_file_too_large_after_filing_is_refused_in_thai(chat, services):
    submitted(chat)
    answer = texts(chat.send(media_event, "file", fileName="big.pdf", fileSize=10**10))
    assert "ไฟล์" in answer, answer
    assert _evidence(services, ticket=True) == 0


# -- 2. a threat after filing ----------------
THREAT = "เมื่อคืนมีคนมาบอกให้ถอนเรื่อง ไม่งั้นจะเจอดี"


def _marks(services, *references: str) -> dict[str, str | None]:
    """Each complaint's mark as the committee's pages read it."""
    from handlers import danger
    from storage import tickets

    with services.uow() as uow:
        found = {r: tickets.by_reference(uow, r) for r in references}
        marks = danger.marks(uow, [t.id for t in found.values()])
        return {r: marks.get(t.id) for r, t in found.items()}


def _alerts(services) -> list[str]:
    with services.engine.connect() as conn:
        stmt = select(OutboxMessage.payload).where(OutboxMessage.purpose == "committee:danger")
        return [str(p) for p in conn.scalars(stmt)]


def test_a_threat_after_filing_names_its_complaint_and_marks_it(chat, services):
    _chair(services)
    reference = submitted(chat).reference
    answer = texts(chat.say(THREAT))
    assert "191" in answer and reference in answer, answer
    assert "แจ้งประธาน" in answer, answer
    assert _marks(services, reference) == {reference: "threatened"}
    assert len(_alerts(services)) == 1


def test_a_threat_after_filing_with_no_chair_says_it_is_noted(chat, services):
    reference = submitted(chat).reference
    answer = texts(chat.say(THREAT))
    assert reference in answer and "แจ้งประธาน" not in answer, answer
    assert _marks(services, reference) == {reference: "threatened"}


def test_a_closed_complaint_is_not_the_one_a_threat_lands_on(chat, services):
    _chair(services)
    older = add_ticket(services, owner=chat.user_id)
    chat.follow()
    closed = add_ticket(services, owner=chat.user_id, status="closed")
    answer = texts(chat.say(THREAT))
    assert older in answer and closed not in answer, answer
    assert _marks(services, older, closed) == {older: "threatened", closed: None}


def test_a_threat_with_several_open_complaints_is_on_one_at_once_and_asks_which(chat, services):
    _chair(services)
    first = submitted(chat).reference
    second = add_ticket(services, owner=chat.user_id)
    reply = chat.say(THREAT)
    answer = texts(reply)
    assert "191" in answer and second in answer and first in answer, answer
    marked = [r for r, mark in _marks(services, first, second).items() if mark == "threatened"]
    assert len(marked) == 1, marked  # on the newest at once: the chairs know at once
    assert len(_alerts(services)) == 1
    other = second if marked == [first] else first
    said = texts(chat.tap(quick_data(reply)[other]))
    assert other in said, said
    assert _marks(services, first, second) == {first: "threatened", second: "threatened"}
    assert any("เจอดี" in body for body in _entries(services, other, "danger"))
    assert len(_alerts(services)) == 2


def test_the_threat_told_again_with_the_other_number_lands_there(chat, services):
    first = submitted(chat).reference
    second = add_ticket(services, owner=chat.user_id)
    chat.say(THREAT)
    marked = [r for r, mark in _marks(services, first, second).items() if mark == "threatened"]
    other = second if marked == [first] else first
    chat.say(f"เรื่อง {other} ค่ะ {THREAT}")
    assert _marks(services, other) == {other: "threatened"}


def test_another_persons_complaint_cannot_be_picked_for_a_threat(chat, services):
    submitted(chat)
    chat.say(THREAT)
    stranger = add_ticket(services)
    assert stranger not in texts(chat.tap(f"danger_on={stranger}"))
    assert _marks(services, stranger) == {stranger: None}


# -- 3. a name and phone in one message ----------------


def _to_the_identity_question(chat) -> None:
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    for said in ("อบต.หนองโบสถ์", "นายก อบต.", "นางรอง", "หนองโบสถ์", "14 มี.ค. 2568"):
        chat.say(said)
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("สมศรี ใจดี 081-234-5678", "สมศรี ใจดี"),
        ("ชื่อสมศรีค่ะ เบอร์ 0812345678", "สมศรี"),
        ("ชื่อ สมศรี ใจดี เบอร์โทร 081-234-5678 ค่ะ", "สมศรี ใจดี"),
    ],
)
@pytest.mark.parametrize("tapped_named", [True, False])
def test_a_name_and_phone_together_are_both_taken(chat, services, line, name, tapped_named):
    """At the name question, or typed straight at "will you give your name?" (walk16)."""
    from tests.integration.handlers.complaint.test_name_and_phone import identity_of

    _to_the_identity_question(chat)
    if tapped_named:
        chat.tap("a=identity:named")
    reply = texts(chat.say(line))
    held = identity_of(services)
    assert (held.step, held.name, held.phone) == ("summary", name, "0812345678"), reply
    assert "เบอร์โทรที่ติดต่อได้" not in reply and "พิมพ์ชื่อ" not in reply, reply


def test_a_phone_alone_at_the_identity_question_is_not_a_name(chat, services):
    from tests.integration.handlers.complaint.test_name_and_phone import identity_of

    _to_the_identity_question(chat)
    chat.say("0812345678")
    assert identity_of(services).name is None
