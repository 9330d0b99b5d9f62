"""Red team, round 12: this session's protections for issues 16 and 17 attacked.

Attackers: a stranger on LINE who knows (or guesses) a victim's reference, a complainant
flooding or stretching the adding of facts, a tied member reading the committee's list and
digest, and a database writer without the keys (plain SQL). A test that passes is an attack
the product holds; an xfail (strict) is one that gets through, asserting what should hold.

Adding to a filed complaint over several messages
- a stranger's replayed "add=<victim's reference>" while holding a photo at "which
  complaint?", or in the middle of adding to their own: nothing on the victim's timeline, the
  reply the one for a made-up reference
- a stranger naming the victim's reference beside words of adding: the reply the same as for
  a made-up reference (no oracle), the victim's timeline as it was
- thanks, greetings and "ok" while adding: answered, never attached
- a threat while adding, plain, veiled or naming the complainant's other complaint: the
  danger path, on the complaint it is about
- a replayed "add=" of one's own closed complaint; the statements of a tap on the victim's
  reference against a made-up one
- twenty facts, or ten photos, in one adding session: the member told a bounded number of times
- a sticker every 25 minutes keeps adding open all day
- the complaint closed by the committee mid-adding: nothing more attached

Threat marks (handlers/danger.py `marks`)
- a member tied to a threatened ticket: no mark, count line or CSV column of it, the same
  statements on their list whether it carries a threat or not
- a writer turns the "danger" entry into a note, or adds a "safe_again" entry, in SQL
- a stranger says "safe now" naming the victim's reference; a complainant says it with no
  threat told, or after a threat on their older complaint (named, or while adding to it)

"Safe now" and facts beside an answer while filing (handlers/complaint/taking.py)
- "safe now" told while filing a second complaint after a threat on the first one
- a threat said beside an answer; where one is hiding, said as "safe now" while filing; a
  name and phone beside the kind on an anonymous complaint
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import event, func, insert, select, update

from handlers import danger
from handlers.committee.digest import DigestPolicy, send_digests
from handlers.directory import agencies
from handlers.directory.access import can_review
from storage import tickets as ticket_store
from storage.insider_models import Agency
from storage.models import Member, OutboxMessage, Ticket, TicketEvent
from storage.types import utcnow
from tests.conftest import ONE_DATABASE
from tests.dashboard_login import sign_in
from tests.factories import Chat, line_id, new_member, new_ticket, sticker_event, texts

SECRET = "test-channel-secret"
HIDDEN_DISTRICT = "นางรอง"
THREATENED = "ถูกข่มขู่"
SAFE_SINCE = "ปลอดภัยแล้ว"


class MovableClock:
    """The app's clock: real time moved on by `ahead` (a test walks it forward)."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self):
        return utcnow() + self.ahead


@pytest.fixture
def clock():
    """Overrides conftest's: real time unless a test moves it on."""
    return MovableClock()


# -- helpers ----------------
def _pushes(services, purpose: str) -> int:
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(OutboxMessage.__table__)
            .where(OutboxMessage.purpose == purpose)
        )


def _entries(services, ticket_id: int, kind: str) -> int:
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(TicketEvent.__table__)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == kind)
        )


def _bodies(services, ticket_id: int) -> list[str]:
    with services.engine.connect() as conn:
        return [
            body or ""
            for body in conn.scalars(
                select(TicketEvent.body).where(TicketEvent.ticket_id == ticket_id)
            )
        ]


def _with_chair(services) -> None:
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()


def _citizen_with_ticket(services, client, gateway, owner: str | None = None, **fields):
    """A citizen's chat and the id and reference of a ticket they filed."""
    uid = owner or line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=uid, **fields)
        uow.commit()
        ticket_id, reference = ticket.id, ticket.reference
    return Chat(client, gateway, uid, SECRET), ticket_id, reference


def _second_ticket(services, owner: str, **fields) -> tuple[int, str]:
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=owner, **fields)
        uow.commit()
        return ticket.id, ticket.reference


def _made_up(reference: str) -> str:
    return f"{reference[:-5]}99999"


def _review_every_record(services) -> None:
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()


def _photo(chat):
    from tests.factories import media_event

    return chat.send(media_event, "image")


# -- adding: a stranger and someone else's reference ----------------
def test_stranger_holding_a_photo_cannot_pick_the_victims_complaint(client, gateway, services):
    """A stranger with two open complaints of their own sends a photo (asked which) and
    answers with a replayed "add=<victim's reference>": the victim's timeline and evidence
    as they were, the reply the same as for a made-up reference."""
    _with_chair(services)
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    stranger, own_id, _ = _citizen_with_ticket(services, client, gateway)
    _second_ticket(services, stranger.user_id)
    assert "BRM-" in texts(_photo(stranger))  # asked which complaint
    real = texts(stranger.tap(f"add={victim_ref}"))
    _photo(stranger)
    made_up = texts(stranger.tap(f"add={_made_up(victim_ref)}"))
    assert real == made_up
    assert _entries(services, victim_id, "complainant_added") == 0
    with services.uow() as uow:
        assert not uow.session.get(Ticket, victim_id).evidence


def test_stranger_mid_adding_taps_the_victims_reference(client, gateway, services):
    """A stranger adding to their own complaint taps "add=<victim's reference>" and types a
    fact: it joins their own complaint or nothing, never the victim's."""
    _with_chair(services)
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    stranger, own_id, _ = _citizen_with_ticket(services, client, gateway)
    stranger.say("ขอเพิ่มข้อมูลครับ")
    stranger.tap(f"add={victim_ref}")
    stranger.say("ผู้ร้องเรียนเรื่องนี้โกหกทั้งหมด นายกไม่เคยรับเงินใครเลยครับ")
    assert _entries(services, victim_id, "complainant_added") == 0
    assert all("โกหก" not in body for body in _bodies(services, victim_id))


def test_naming_the_victims_reference_tells_nothing_of_it(client, gateway, services):
    """A stranger with two open complaints names the victim's reference beside words of
    adding, then a made-up one: the replies alike (each naming none of the victim's), the
    victim's timeline as it was."""
    _with_chair(services)
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    stranger, _, _ = _citizen_with_ticket(services, client, gateway)
    _second_ticket(services, stranger.user_id)
    fact = "นายกรับเงินสดอีก 20,000 บาทเมื่อวาน"
    real = texts(stranger.say(f"ขอเพิ่มข้อมูลเรื่อง {victim_ref} ครับ {fact}"))
    stranger.say("เสร็จแล้ว")
    made_up = texts(stranger.say(f"ขอเพิ่มข้อมูลเรื่อง {_made_up(victim_ref)} ครับ {fact}"))
    assert victim_ref not in real
    assert real == made_up
    assert _entries(services, victim_id, "complainant_added") == 0


def test_typed_reference_while_a_photo_is_held_tells_nothing(client, gateway, services):
    """A stranger with two open complaints sends a photo (asked which) and types the
    victim's reference instead of tapping, then a made-up one the same way: the replies
    alike, the victim's evidence as it was."""
    _with_chair(services)
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    stranger, _, _ = _citizen_with_ticket(services, client, gateway)
    _second_ticket(services, stranger.user_id)
    _photo(stranger)
    real = texts(stranger.say(victim_ref))
    _photo(stranger)
    made_up = texts(stranger.say(_made_up(victim_ref)))
    assert real.replace(victim_ref, "X") == made_up.replace(_made_up(victim_ref), "X")
    with services.uow() as uow:
        assert not uow.session.get(Ticket, victim_id).evidence


def test_stranger_threat_naming_the_victims_reference_marks_nothing(client, gateway, services):
    """A stranger with no complaint types the victim's reference and a threat: the safety
    answer, and nothing on the victim's timeline (no mark made on it)."""
    _with_chair(services)
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    stranger = Chat(client, gateway, line_id(), SECRET)
    stranger.follow()
    assert "191" in texts(stranger.say(f"เรื่อง {victim_ref} เขาขู่จะฆ่าผม"))
    assert _entries(services, victim_id, "danger") == 0
    with services.uow() as uow:
        assert danger.marks(uow, [victim_id]) == {}


def test_replayed_add_for_ones_closed_complaint_attaches_nothing(client, gateway, services):
    """A complainant with two open complaints and a rejected one says "ขอเพิ่มข้อมูล" with a
    fact (asked which of the open ones) and replays an old "add=<the rejected one>": nothing
    on the rejected complaint, no member told of it."""
    _with_chair(services)
    chat, _, _ = _citizen_with_ticket(services, client, gateway)
    _second_ticket(services, chat.user_id)
    closed_id, closed_ref = _second_ticket(services, chat.user_id, status="rejected")
    asked = texts(chat.say("ขอเพิ่มข้อมูลครับ นายกรับเงินค่าเซ็นอีก 3,000 บาทเมื่อวาน"))
    assert closed_ref not in asked
    chat.tap(f"add={closed_ref}")
    assert _entries(services, closed_id, "complainant_added") == 0
    assert _pushes(services, "committee:answer") == 0


def _statements(services, act) -> tuple[int, object]:
    """How many SQL statements `act()` runs, and what it returned."""
    seen = []

    def count(*_args, **_kwargs):
        seen.append(1)

    event.listen(services.engine, "before_cursor_execute", count)
    try:
        result = act()
    finally:
        event.remove(services.engine, "before_cursor_execute", count)
    return len(seen), result


def test_tapping_the_victims_reference_works_as_a_made_up_one(client, gateway, services):
    """A stranger with a complaint of their own taps "add=<victim's reference>" and
    "add=<made-up>" (each after the same words): the same reply, as many statements."""
    _with_chair(services)
    _, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    stranger, _, _ = _citizen_with_ticket(services, client, gateway)
    stranger.tap(f"add={_made_up(victim_ref)}")  # warm
    runs = {}
    for ref in (victim_ref, _made_up(victim_ref), victim_ref, _made_up(victim_ref)):
        stranger.say("สวัสดีครับ")
        work, said = _statements(services, lambda ref=ref: texts(stranger.tap(f"add={ref}")))
        runs.setdefault(ref == victim_ref, []).append((work, said))
    assert runs[True] == runs[False]
    assert _entries(services, victim_id, "complainant_added") == 0


@ONE_DATABASE  # the words vary; the path on both: test_threat_while_adding_takes_the_danger_path
@pytest.mark.parametrize(
    "said",
    [
        "มีรถมาจอดหน้าบ้านทุกคืน คนในรถตะโกนบอกให้ระวังตัวไว้ให้ดี",
        "ผู้ใหญ่บ้านฝากมาบอกว่าถ้ายังไม่ถอนเรื่องจะไม่ได้อยู่หมู่บ้านนี้อย่างสงบแน่",
    ],
)
def test_veiled_threat_while_adding_is_a_threat(client, gateway, services, said):
    """Adding is open; the next message is a veiled threat: the danger path, the threat on
    the complaint's timeline, not kept as an addition."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    assert "191" in texts(chat.say(said))
    assert _entries(services, ticket_id, "danger") == 1
    assert _entries(services, ticket_id, "complainant_added") == 0


# -- adding: what is attached ----------------
COURTESIES = [
    "ขอบคุณมากๆเลยนะคะที่ช่วยดูแลเรื่องนี้ให้",
    "ขอบใจหลายๆเด้อจ้า ขอบใจแท้ๆ",
    "Thank you so much for your help!",
    "สวัสดีตอนเช้าค่ะ คุณกรรมการ",
    "โอเคค่ะ รับทราบค่ะ ขอบคุณค่ะ",
    "🙏" * 14,
]


@ONE_DATABASE  # the words vary: the reading's
@pytest.mark.parametrize("said", COURTESIES)
def test_courtesy_while_adding_is_never_attached(client, gateway, services, said):
    """Adding is open ("ขอเพิ่มข้อมูลครับ"); the person thanks, greets or says ok at length:
    nothing on the timeline, no member told."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    chat.say(said)
    assert _entries(services, ticket_id, "complainant_added") == 0
    assert _pushes(services, "committee:answer") == 0


def test_threat_while_adding_takes_the_danger_path(client, gateway, services):
    """Adding is open and a fact went in; then a threat: the safety answer, on this
    complaint's internal timeline as danger, never as an addition."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    chat.say("นายกรับเงินค่าเซ็นอีก 3,000 บาทเมื่อวานครับ")
    assert "191" in texts(chat.say("เมื่อคืนมีคนมาขู่ว่าจะเผาบ้านผมถ้าไม่ถอนเรื่อง"))
    assert _entries(services, ticket_id, "danger") == 1
    assert _entries(services, ticket_id, "complainant_added") == 1


def test_threat_naming_the_other_complaint_lands_on_it(client, gateway, services):
    """A complainant with two open complaints is adding to the newer one and writes that
    they were threatened over the older one, naming it: the threat on the older one."""
    _with_chair(services)
    chat, older_id, older_ref = _citizen_with_ticket(services, client, gateway)
    newer_id, newer_ref = _second_ticket(services, chat.user_id)
    chat.tap(f"add={newer_ref}")
    assert "191" in texts(chat.say(f"เรื่อง {older_ref} เขาส่งคนมาขู่ว่าจะฆ่าผมถ้าไม่ถอน"))
    assert _entries(services, older_id, "danger") == 1
    assert _entries(services, newer_id, "danger") == 0


def test_many_facts_in_one_adding_session_do_not_flood_the_member(client, gateway, services):
    """ "ขอเพิ่มข้อมูลครับ", then twenty facts one after another: all on the timeline, the
    member told a bounded number of times."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    for n in range(20):
        chat.say(f"ข้อที่ {n + 1} นายกรับเงินค่าเซ็นอีก {n + 2},000 บาทครับ")
    assert _entries(services, ticket_id, "complainant_added") == 20
    assert _pushes(services, "committee:answer") <= 5


def test_many_photos_in_one_adding_session_do_not_flood_the_member(client, gateway, services):
    """Adding is open; ten photos sent one at a time: the member told a bounded number of
    times."""
    _with_chair(services)
    chat, _, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    for _ in range(10):
        _photo(chat)
    assert _pushes(services, "committee:answer") <= 5


def test_stickers_do_not_keep_adding_open_all_day(client, gateway, services, clock):
    """Adding is open; a sticker every 25 minutes for ten hours, nothing added; then a
    message: not taken as an addition to the complaint (the quiet time has long passed
    since the last thing added)."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    for _ in range(24):
        clock.ahead += timedelta(minutes=25)
        chat.send(sticker_event)
    chat.say("พรุ่งนี้จะไปงานบุญที่วัดบ้านหนองแวงกับลูกสาวค่ะ")
    assert _entries(services, ticket_id, "complainant_added") == 0


def test_complaint_closed_mid_adding_takes_nothing_more(client, gateway, services):
    """Adding is open; the committee closes the complaint; the next fact is not attached."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    with services.uow() as uow:
        ticket = uow.session.get(Ticket, ticket_id)
        ticket_store.set_status(uow, ticket, "rejected", "system", "ไม่อยู่ในอำนาจ")
        uow.commit()
    chat.say("นายกรับเงินค่าเซ็นอีก 3,000 บาทเมื่อวานครับ")
    assert _entries(services, ticket_id, "complainant_added") == 0


# -- threat marks: a tied member ----------------
@pytest.fixture
def tied_reviewer(services, client):
    """A threatened ticket kept from a reviewer tied to its district, and a free ticket
    without a threat; the reviewer signed in. The LINE ids of the chair and the reviewer."""
    with services.uow() as uow:
        _, chair_uid = new_member(uow, "ประธาน", "chair")
        new_ticket(uow)
        kept = new_ticket(uow, district=HIDDEN_DISTRICT)
        danger.record_threat(uow, kept, "เขาขู่จะฆ่าผม")
        reviewer, reviewer_uid = new_member(
            uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", HIDDEN_DISTRICT)]
        )
        uow.commit()
        kept_id, reviewer_id = kept.id, reviewer.id
    _review_every_record(services)
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer_id)
        assert not can_review(uow, member, uow.session.get(Ticket, kept_id))
    sign_in(client, services, reviewer_id)
    return chair_uid, reviewer_uid


def test_tied_member_sees_no_threat_on_the_list_or_export(client, services, tied_reviewer):
    """The tied reviewer's list and CSV export: no threat mark or word of it."""
    page = client.get("/committee/tickets").get_data(as_text=True)
    assert THREATENED not in page
    with client.get("/committee/tickets/export.csv") as got:
        exported = got.get_data(as_text=True)
    assert THREATENED not in exported and "danger" not in exported.lower()


def test_tied_members_list_works_alike_with_or_without_a_hidden_threat(
    client, services, tied_reviewer
):
    """The tied reviewer's list before and after another threat is told on the hidden
    ticket: the same statements, the same rows."""
    first, page = _statements(services, lambda: client.get("/committee/tickets").get_data())
    with services.uow() as uow:
        kept = uow.session.scalar(select(Ticket).where(Ticket.district == HIDDEN_DISTRICT))
        danger.record_threat(uow, kept, "เขามาขู่อีกแล้ว")
        uow.commit()
    again, after = _statements(services, lambda: client.get("/committee/tickets").get_data())
    assert first == again
    rows = [line for line in page.decode().splitlines() if "BRM-" in line]
    assert rows == [line for line in after.decode().splitlines() if "BRM-" in line]


def test_tied_members_digest_has_no_threat_count(services, gateway, tied_reviewer):
    """Today's digest for the tied reviewer: no "ผู้แจ้งถูกข่มขู่" count line, no ticket
    marked; the chair's digest has both."""
    chair_uid, reviewer_uid = tied_reviewer
    policy = DigestPolicy(time(0, 0), services.sla, "https://sujarit.example.org/committee")
    with services.uow() as uow:
        send_digests(uow, policy)
        uow.commit()
    digests = {
        call["to"]: texts(call["messages"]) for call in gateway.sent if call["kind"] == "push"
    }
    assert THREATENED in digests[chair_uid]
    assert reviewer_uid in digests  # the free ticket is new to them
    assert THREATENED not in digests[reviewer_uid]


# -- threat marks: a database writer ----------------
def _threatened_ticket(services) -> tuple[int, str]:
    with services.uow() as uow:
        ticket = new_ticket(uow)
        danger.record_threat(uow, ticket, "เขาขู่จะฆ่าผม")
        uow.commit()
        return ticket.id, ticket.reference


def test_writer_cannot_take_the_threat_mark_off(client, services):
    """A writer updates the ticket's danger entry's kind to "note": the chair's list still
    shows the ticket as threatened (or the record as changed)."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair_id = chair.id
    ticket_id, reference = _threatened_ticket(services)
    sign_in(client, services, chair_id)
    assert THREATENED in client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    with services.engine.begin() as conn:
        conn.execute(
            update(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "danger")
            .values(kind="note")
        )
    assert THREATENED in client.get("/committee/tickets").get_data(as_text=True)


def test_writer_cannot_forge_safe_again(client, services):
    """A writer inserts a "safe_again" entry after the threat: the mark stays "ถูกข่มขู่"
    alone."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair_id = chair.id
    ticket_id, _ = _threatened_ticket(services)
    with services.engine.begin() as conn:
        newest = conn.scalar(
            select(func.max(TicketEvent.id)).where(TicketEvent.ticket_id == ticket_id)
        )
        conn.execute(
            insert(TicketEvent).values(
                id=newest + 1,
                ticket_id=ticket_id,
                at=utcnow(),
                kind="safe_again",
                actor="complainant",
                body="ปลอดภัยแล้วค่ะ",
                internal=True,
            )
        )
    sign_in(client, services, chair_id)
    assert SAFE_SINCE not in client.get("/committee/tickets").get_data(as_text=True)


# -- threat marks: "safe now" from the wrong account or without a threat ----------------
def test_stranger_saying_safe_naming_the_victim_changes_nothing(client, gateway, services):
    """A victim's complaint carries a threat; a stranger (with a threatened complaint of
    their own, told today) says "safe now" naming the victim's reference: the victim's mark
    stays "threatened"."""
    _with_chair(services)
    victim, victim_id, victim_ref = _citizen_with_ticket(services, client, gateway)
    victim.say("เขาขู่จะฆ่าผม")
    stranger = Chat(client, gateway, line_id(), SECRET)
    stranger.follow()
    stranger.say(f"เรื่อง {victim_ref} ตอนนี้ปลอดภัยแล้วค่ะ")
    assert _entries(services, victim_id, "danger") == 1
    assert _entries(services, victim_id, "safe_again") == 0
    with services.uow() as uow:
        assert danger.marks(uow, [victim_id]) == {victim_id: danger.THREATENED}


def test_safe_now_without_a_threat_makes_no_mark(client, gateway, services):
    """A complainant never threatened says "ปลอดภัยแล้วค่ะ": no entry, no mark, no alert."""
    _with_chair(services)
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ตอนนี้ปลอดภัยแล้วค่ะ")
    assert _entries(services, ticket_id, "safe_again") == 0
    assert _pushes(services, "committee:danger") == 0
    with services.uow() as uow:
        assert danger.marks(uow, [ticket_id]) == {}


def test_safe_now_after_a_threat_on_the_older_complaint_reaches_it(client, gateway, services):
    """Two complaints; a threat told naming the older one; then "ปลอดภัยแล้ว": the older
    one's mark says safe since."""
    _with_chair(services)
    chat, older_id, older_ref = _citizen_with_ticket(services, client, gateway)
    _second_ticket(services, chat.user_id)
    assert "191" in texts(chat.say(f"เรื่อง {older_ref} เขามาขู่จะฆ่าผม"))
    assert _entries(services, older_id, "danger") == 1
    chat.say("ตอนนี้ย้ายไปอยู่บ้านญาติแล้ว ปลอดภัยแล้วค่ะ")
    with services.uow() as uow:
        assert danger.marks(uow, [older_id]) == {older_id: danger.SAFE_SINCE}


def test_safe_now_while_adding_to_the_threatened_complaint(client, gateway, services):
    """Two complaints; adding to the older one, a threat is told (on it), then where the
    person is safe now: the older one's mark says safe since, and where they are is never
    kept as an addition."""
    _with_chair(services)
    chat, older_id, older_ref = _citizen_with_ticket(services, client, gateway)
    _second_ticket(services, chat.user_id)
    chat.tap(f"add={older_ref}")
    assert "191" in texts(chat.say("เมื่อคืนเขามาขู่จะฆ่าผมถ้าไม่ถอนเรื่อง"))
    assert _entries(services, older_id, "danger") == 1
    chat.say(HIDING)
    assert _entries(services, older_id, "complainant_added") == 0
    with services.uow() as uow:
        assert danger.marks(uow, [older_id]) == {older_id: danger.SAFE_SINCE}


# -- filing: "safe now" and facts beside an answer ----------------
def _to_agency_question(chat) -> None:
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:bribery")


def _file_rest(chat, agency: str | None = "อบต.หนองโบสถ์") -> str:
    """Answer the rest of the questions (the agency first, unless None) and send."""
    from tests.factories import REFERENCE

    if agency:
        chat.say(agency)
    chat.say("นายก อบต.")
    chat.say("นางรอง")
    chat.say("หนองโบสถ์")
    chat.say("14 มี.ค. 2568")
    chat.say("เรียกรับเงินค่าใบอนุญาตก่อสร้าง 5,000 บาท ไม่ให้ก็ไม่ออกใบอนุญาต")
    chat.tap("a=evidence:done")
    chat.say("ไม่มี")
    chat.tap("a=reported:no")
    chat.tap("a=identity:anonymous")
    done = texts(chat.tap("a=summary:confirm"))
    found = REFERENCE.search(done)
    assert found, done
    return found.group(0)


HIDING = "ตอนนี้ย้ายไปอยู่บ้านพี่สาวที่บ้านโนนสูงแล้ว ปลอดภัยแล้วค่ะ"


def test_safe_now_while_filing_after_a_threat_on_a_filed_one(client, gateway, services):
    """A complainant threatened over a filed complaint starts a second one and, at the
    agency question, says where they are safe now: the new complaint's fields and story
    keep none of it, and it is on the first complaint's timeline."""
    _with_chair(services)
    chat, first_id, _ = _citizen_with_ticket(services, client, gateway)
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผม"))
    _to_agency_question(chat)
    chat.say(HIDING)
    reference = _file_rest(chat)
    with services.uow() as uow:
        ticket = ticket_store.by_reference(uow, reference)
        shown = " ".join(str(v or "") for v in (ticket.agency, ticket.description, ticket.official))
    assert "โนนสูง" not in shown
    assert _entries(services, first_id, "safe_again") == 1


def test_safe_now_while_filing_stays_off_the_complaint(client, gateway, services):
    """A threat told while filing, then where the person hides as "safe now": on the sent
    ticket's internal timeline only, never in its fields, story or what the complainant's
    status shows."""
    _with_chair(services)
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    _to_agency_question(chat)
    assert "191" in texts(chat.say("เขาขู่จะฆ่าผมถ้าแจ้ง"))
    chat.tap("a=flow:continue")
    chat.say(HIDING)
    reference = _file_rest(chat)
    with services.uow() as uow:
        ticket = ticket_store.by_reference(uow, reference)
        fields = " ".join(
            str(v or "") for v in (ticket.agency, ticket.description, ticket.official)
        )
        public = [e.body or "" for e in ticket.timeline if not e.internal]
        ticket_id = ticket.id
    assert "โนนสูง" not in fields
    assert not any("โนนสูง" in body for body in public)
    assert _entries(services, ticket_id, "safe_again") == 1


def test_threat_beside_an_answer_is_not_kept_with_the_story(client, gateway, services):
    """At the agency question: the agency and, beside it, a threat. The safety answer; the
    threat on the timeline as danger, never in the story sent to reviewers and agencies."""
    _with_chair(services)
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    _to_agency_question(chat)
    assert "191" in texts(chat.say("อบต.หนองโบสถ์ค่ะ ปลัดบอกว่าถ้าแจ้งเรื่องจะเผาบ้านทิ้ง"))
    chat.tap("a=flow:continue")
    reference = _file_rest(chat)
    with services.uow() as uow:
        ticket = ticket_store.by_reference(uow, reference)
        description, ticket_id = ticket.description, ticket.id
    assert "เผาบ้าน" not in description
    assert _entries(services, ticket_id, "danger") == 1


def test_identity_beside_an_answer_stays_out_of_an_anonymous_story(client, gateway, services):
    """Filing anonymously, at the kind question: the kind, and beside it the person's name and
    phone. The anonymous ticket's story names neither."""
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.say("เรียกเงินค่ะ ดิฉันนางสมศรี รักดี โทร 081-234-5678 เป็นคนจ่ายเงินให้เขาเอง 3,000 บาท")
    reference = _file_rest(chat)
    with services.uow() as uow:
        ticket = ticket_store.by_reference(uow, reference)
        anonymous, description = ticket.anonymous, ticket.description
    assert anonymous
    assert "5678" not in description and "สมศรี" not in description
