"""Red team, round 12: last session's protections (issue 19; issue 18 for safety) attacked.

Attackers: a citizen choosing their words, a stranger who knows a reference or a case's
number, a database writer without the keys (plain SQL), a reader of a database copy or of
the record journal, and a flood of messages. A test that passes is an attack the product
holds; an xfail (strict) is one that gets through, asserting what should hold.

"Safe now" (handlers/danger.safe_now)
- a threatened person saying they do NOT feel safe, in words the list of "not safe" misses
  (a word between ไม่ and ปลอดภัย, a question in English, doubt): the threat's mark silenced
- the same with a zero-width character, or a denial inside a threat told again: holds
- a calm person's courtesy ("ปลอดภัยดีค่ะ", "ไม่ได้โดนขู่ค่ะ"): no mark, no alert

Threat marks (danger.marks, from chain-verified records only)
- a writer adding "safe again" or turning the threat into a note in SQL: UNVERIFIED
- a writer putting the ticket's row back to its sealed state before the threat and
  deleting the threat's entry (a rollback the record journal saw): the mark gone silently

Who hears of danger (alerts.chairs_for, by the members' seals)
- a writer sets `removed_at`, forges a tie, or deletes every chair's row: a threat while
  filing rings nobody

Database copy and record journal
- one person, two threatened complaints, "ปลอดภัยแล้ว" once: the two internal entries it
  writes share their words and their instant
- the journal's tie lines: neither the agency's name nor its unkeyed digest, and two
  members tied to one agency named apart

Adding after filing; case numbers; held notices
- a complaint closed while adding is open, a flood of open/done, a case's number or
  another spelling of a reference, a closed complaint named by its reference
- a case's number in Thai digits by a stranger, held notices kept past their days

Rows bound to their person by nothing sealed (a writer without the keys)
- two tickets' ids swapped (the id is outside the seal, the chain and the journal): the
  writer's LINE account adds to, reads and `tickets verify` misses it
- another's sealed `line_users.ticket_ids` copied onto one's own row: their complaints
  listed together, added to and withdrawn
- one's own sealed recipient copied onto another's held notices: read by the writer
- another's unfinished draft pointed at one's own row (`drafts.user_id`): name and phone

The command line: `tickets verify` names a rolled-back threat; `keys rotate` keeps a tie.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, update

from handlers import danger
from handlers.directory import agencies
from handlers.patterns import case_numbers, cases
from storage.insider_models import Agency
from storage.models import HeldNotice, Member, MemberConflict, OutboxMessage, Ticket, TicketEvent
from storage.pattern_models import Case
from storage.types import utcnow
from storage.users import user_by_line_id
from tests.clock import Clock
from tests.conftest import ONE_DATABASE, first_on_both
from tests.factories import Chat, line_id, new_member, new_ticket, texts

SECRET = "test-channel-secret"
AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets
THREAT = "เขาขู่จะฆ่าผม"


@pytest.fixture
def clock():
    """The app's clock, moved by hand in the tests that need time to pass."""
    return Clock(utcnow())


# -- helpers ----------------
def _alerts(services, purposes=("committee:danger", "committee:pressure")) -> int:
    """Pushes queued for committee members with these purposes."""
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(OutboxMessage.__table__)
            .where(OutboxMessage.purpose.in_(purposes))
        )


def _entries(services, ticket_id: int, kind: str) -> int:
    with services.engine.connect() as conn:
        return conn.scalar(
            select(func.count())
            .select_from(TicketEvent.__table__)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == kind)
        )


def _citizen_with_ticket(services, client, gateway, owner: str | None = None, **fields):
    """A citizen's chat and the id and reference of the ticket they filed."""
    uid = owner or line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=uid, **fields)
        uow.commit()
        ticket_id, reference = ticket.id, ticket.reference
    return Chat(client, gateway, uid, SECRET), ticket_id, reference


def _review_every_record(services) -> None:
    """A chair has looked at every agency record citizens made (as on the dashboard)."""
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()


def _mark(services, ticket_id: int) -> str | None:
    """The threat mark the committee's pages show on this ticket."""
    with services.uow() as uow:
        return danger.marks(uow, [ticket_id]).get(ticket_id)


def _threatened(services, client, gateway):
    """A chair; a citizen with a filed complaint who has just written of a threat on it."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, reference = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    assert "191" in texts(chat.say(THREAT))
    assert _mark(services, ticket_id) == danger.THREATENED
    return chat, ticket_id, reference


def _threaten_while_filing(chat) -> str:
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    return texts(chat.say(THREAT))


# -- "safe now": a phrasing silences a threatened person's mark ----------------
NOT_SAFE_SAID_OTHERWISE = [
    pytest.param(
        "ไม่รู้สึกปลอดภัยเลยค่ะ",
        id="do-not-feel-safe",
    ),
    pytest.param(
        "ไม่ค่อยจะปลอดภัยเท่าไหร่ครับ",
        id="not-really-safe",
    ),
    pytest.param(
        "ไม่มีที่ไหนปลอดภัยแล้วค่ะ",
        id="nowhere-safe",
    ),
    pytest.param(
        "Am I safe now?",
        id="am-i-safe-now",
    ),
    pytest.param(
        "I'm not sure I'm safe",
        id="not-sure-im-safe",
    ),
    pytest.param(
        "บ่ค่อยปลอดภัยเลยเด้อ",
        id="isan-not-really-safe",
    ),
    pytest.param("ไม่ได้โดนขู่แล้วค่ะ โดนตบมาเลย เจ็บมาก", id="denial-of-worse"),
    pytest.param("ไม่\u200bปลอดภัยเลยค่ะ", id="zero-width-not-safe"),
    pytest.param("ยังไม่ปลอดภัยค่ะ เขายังวนอยู่แถวบ้าน", id="still-not-safe"),
]


@ONE_DATABASE  # the words vary; the mark kept on both: the test below
@pytest.mark.parametrize("said", NOT_SAFE_SAID_OTHERWISE)
def test_not_safe_said_otherwise_keeps_the_threat_mark(client, gateway, services, said):
    """A threatened complainant then writes that they are NOT safe (or asks whether they
    are): the ticket keeps its threat mark, no "safe again" entry is written."""
    chat, ticket_id, _ = _threatened(services, client, gateway)
    chat.say(said)
    assert _entries(services, ticket_id, "safe_again") == 0
    assert _mark(services, ticket_id) == danger.THREATENED


def test_denial_inside_a_threat_told_again_keeps_the_mark(client, gateway, services):
    """ "ใครว่าไม่ได้โดนขู่ เมื่อคืนเขาขู่จะฆ่าผมอีก": a denial's words inside a new threat."""
    chat, ticket_id, _ = _threatened(services, client, gateway)
    chat.say("ใครว่าผมไม่ได้โดนขู่ เมื่อคืนเขามาขู่จะฆ่าผมอีกแล้ว")
    assert _mark(services, ticket_id) == danger.THREATENED


@ONE_DATABASE  # the words vary: the reading's
@pytest.mark.parametrize("said", ["ปลอดภัยดีค่ะ ขอบคุณที่ถามนะคะ", "ไม่ได้โดนขู่อะไรค่ะ แค่อยากถามความคืบหน้า"])
def test_calm_person_is_not_flagged(client, gateway, services, said):
    """A complainant never threatened writes something calm with the words of safety or of a
    denial: no threat entry, no mark, no chair alerted."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say(said)
    assert _entries(services, ticket_id, "danger") == 0
    assert _mark(services, ticket_id) is None
    assert _alerts(services) == 0


# -- threat marks: a database writer ----------------
def test_writer_adding_safe_again_in_sql_shows_unverified(client, gateway, services):
    """A writer copies the threat's entry as a "safe_again" one after it: not SAFE_SINCE."""
    _, ticket_id, _ = _threatened(services, client, gateway)
    with services.engine.begin() as conn:
        row = conn.execute(
            select(TicketEvent.__table__).where(
                TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "danger"
            )
        ).first()
        values = {k: v for k, v in row._asdict().items() if k != "id"}
        conn.execute(insert(TicketEvent.__table__).values({**values, "kind": "safe_again"}))
    assert _mark(services, ticket_id) == danger.UNVERIFIED


def test_writer_turning_the_threat_into_a_note_shows_unverified(client, gateway, services):
    """A writer sets the threat entry's kind to "note" in SQL: no silent loss of the mark."""
    _, ticket_id, _ = _threatened(services, client, gateway)
    with services.engine.begin() as conn:
        conn.execute(
            update(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "danger")
            .values(kind="note")
        )
    assert _mark(services, ticket_id) == danger.UNVERIFIED


def test_writer_rolling_the_ticket_back_before_the_threat_is_seen(client, gateway, services):
    """A writer keeps the ticket's row (its sealed head) from before the threat; after it,
    deletes the threat's entry and writes the old row back: the ticket should not lose
    its mark silently (the record journal has the threat's entry)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    table = Ticket.__table__
    with services.engine.connect() as conn:
        before = conn.execute(select(table).where(table.c.id == ticket_id)).first()._asdict()
        last = conn.scalar(
            select(func.max(TicketEvent.id)).where(TicketEvent.ticket_id == ticket_id)
        )
    assert "191" in texts(chat.say(THREAT))
    with services.engine.begin() as conn:
        conn.execute(
            delete(TicketEvent).where(TicketEvent.ticket_id == ticket_id, TicketEvent.id > last)
        )
        conn.execute(update(table).where(table.c.id == ticket_id).values(before))
    assert _mark(services, ticket_id) in (danger.THREATENED, danger.UNVERIFIED)


# -- who hears of danger: a writer changes the chair's row otherwise ----------------
def _rows_pointing_at(conn, member_id: int) -> None:
    """Clear or delete every row of another table that points at this member."""
    for table in Member.metadata.sorted_tables:
        for column in table.columns:
            if table.name == "members" or not any(
                fk.column.table.name == "members" for fk in column.foreign_keys
            ):
                continue
            if column.nullable:
                conn.execute(table.update().where(column == member_id).values({column.name: None}))
            else:
                conn.execute(delete(table).where(column == member_id))


def _remove_in_sql(conn, chair_id: int) -> None:
    conn.execute(update(Member).where(Member.id == chair_id).values(removed_at=utcnow()))


def _forge_a_tie(conn, chair_id: int) -> None:
    conn.execute(
        insert(MemberConflict.__table__).values(
            member_id=chair_id, kind="agency", value="อบต.หนองโบสถ์", declared_at=utcnow()
        )
    )


def _vouch_oneself(conn, chair_id: int) -> None:
    conn.execute(update(Member).where(Member.id == chair_id).values(vouched_by=chair_id))


def _delete_row(conn, chair_id: int) -> None:
    _rows_pointing_at(conn, chair_id)
    conn.execute(delete(Member).where(Member.id == chair_id))


CHAIR_EDITS = [
    pytest.param(
        _remove_in_sql,
        id="removed_at",
    ),
    pytest.param(
        _forge_a_tie,
        id="forged-tie",
    ),
    pytest.param(
        _vouch_oneself,
        id="vouched_by",
    ),
    pytest.param(
        _delete_row,
        id="deleted",
    ),
]


@pytest.mark.parametrize("edit", CHAIR_EDITS)
def test_writer_changing_the_chairs_row_does_not_silence_a_threat_while_filing(
    client, gateway, services, edit
):
    """A chair and a reviewer; a writer changes the chair's row in SQL (marks it removed,
    adds a tie, writes `vouched_by`, or deletes it); a citizen filing writes of a threat:
    someone of the committee is still told."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        chair_id = chair.id
    with services.engine.begin() as conn:
        edit(conn, chair_id)
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    assert "191" in _threaten_while_filing(chat)
    assert _alerts(services) >= 1


def test_writer_blanking_the_chairs_line_account_leaves_the_admin_told(client, gateway, services):
    """A writer blanks the chair's encrypted LINE account (the chair cannot be reached);
    an admin is there: the admin hears of a threat while filing."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        new_member(uow, "ผู้ดูแล", "admin")
        uow.commit()
        chair_id = chair.id
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.id == chair_id).values(line_user_id_enc=None))
    chat = Chat(client, gateway, line_id(), SECRET)
    chat.follow()
    assert "191" in _threaten_while_filing(chat)
    assert _alerts(services) >= 1


# -- a database copy and the record journal ----------------
def test_safe_now_on_two_threatened_complaints_does_not_tie_them_in_a_copy(
    client, gateway, services
):
    """One person's two complaints were each threatened; they write "ปลอดภัยแล้ว" once.
    A database copy reads the internal timelines: the two tickets' latest entries should
    not share both their words and their instant (two tickets of one person unlinkable)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    uid = line_id()
    chat, first, _ = _citizen_with_ticket(services, client, gateway, owner=uid)
    _, second, _ = _citizen_with_ticket(services, client, gateway, owner=uid)
    with services.uow() as uow:
        for ticket_id in (first, second):
            danger.record_threat(uow, uow.session.get(Ticket, ticket_id), THREAT)
        uow.commit()
    chat.say("ตอนนี้มาอยู่บ้านพี่สาวแล้ว ปลอดภัยแล้วค่ะ")
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(TicketEvent.ticket_id, TicketEvent.at, TicketEvent.body).where(
                TicketEvent.kind == "safe_again"
            )
        ).all()
    seen = {(row.at, row.body) for row in rows}
    assert len(rows) < 2 or len(seen) == len(rows)


def _journal_text(services) -> str:
    folder = Path(services.config.record_anchor_dir)
    return "\n".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def test_journal_tie_lines_name_neither_the_agency_nor_its_plain_digest(services):
    """Two members declare a tie to one agency. A reader of `RECORD_ANCHOR_DIR` finds
    neither the agency's name nor its unkeyed digest, and cannot see the two ties are one
    agency (their digests differ)."""
    import re

    with services.uow() as uow:
        one, _ = new_member(uow, "ผู้ตรวจหนึ่ง", "reviewer", conflicts=[("agency", AGENCY)])
        two, _ = new_member(uow, "ผู้ตรวจสอง", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ids = {one.id, two.id}
        values = {c.value for c in uow.session.scalars(select(MemberConflict))}
    text = _journal_text(services)
    for value in values:
        assert value not in text
        assert hashlib.sha256(value.encode()).hexdigest()[:16] not in text
    digests = {
        m.group(2)
        for m in re.finditer(r"conflict:(\d+):agency:([0-9a-f]+)", text)
        if int(m.group(1)) in ids
    }
    assert len(digests) == 2


# -- adding to a filed complaint ----------------
def test_adding_stops_when_the_complaint_is_closed_meanwhile(client, gateway, services):
    """The complainant opens adding; the chair closes the complaint; the complainant goes
    on typing facts: nothing is attached to the closed complaint."""
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    chat.say("นายกรับเงินสดอีก 20,000 บาทเมื่อวานครับ")
    before = _entries(services, ticket_id, "complainant_added")
    with services.uow() as uow:
        ticket = uow.session.get(Ticket, ticket_id)
        ticket.status, ticket.closed_at = "rejected", uow.now()
        uow.commit()
    chat.say("แล้วยังให้ลูกน้องมาเก็บเงินค่าคิวอีกด้วยครับ")
    assert _entries(services, ticket_id, "complainant_added") == before


def test_flood_of_adding_opened_and_closed_rings_the_chair_boundedly(client, gateway, services):
    """One account opens adding, adds a fact and says it is done, twenty times in a row:
    every fact kept, the chair's phone rings a bounded number of times."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    for n in range(20):
        chat.say(f"ขอเพิ่มข้อมูลครับ นายกรับเงินค่าเซ็นอีก {n + 2},000 บาท")
        chat.say("เสร็จแล้วครับ")
    assert _entries(services, ticket_id, "complainant_added") >= 20
    assert _alerts(services, ("committee:answer",)) <= 2


def test_adding_by_anothers_case_number_reaches_nothing(client, gateway, services):
    """A stranger with a complaint of their own learnt the case number of the victim's
    complaint, and writes "ขอเพิ่มข้อมูลกรณีที่ <it>": the victim's timeline is unchanged."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair_id = chair.id
    _, victim, _ = _citizen_with_ticket(services, client, gateway)
    _, other, _ = _citizen_with_ticket(services, client, gateway)
    chat, own, _ = _citizen_with_ticket(services, client, gateway)
    with services.uow() as uow:
        case_id = cases.join(
            uow,
            uow.session.get(Member, chair_id),
            *(uow.session.get(Ticket, i) for i in (victim, other)),
        )
        uow.commit()
        number = case_numbers.of(uow, case_id)
    chat.say(f"ขอเพิ่มข้อมูลกรณีที่ {number} ครับ ผู้ร้องโกหก ให้ยกเรื่องไปเลย")
    assert _entries(services, victim, "complainant_added") == 0
    assert _entries(services, other, "complainant_added") == 0


@first_on_both("spelled", ["fullwidth", "lower", "spaced"])
def test_add_button_with_anothers_reference_spelled_otherwise_reaches_nothing(
    client, gateway, services, spelled
):
    """A stranger posts "add=<victim's reference>" in full-width letters, lower case or
    with spaces, then a fact: nothing on the victim's timeline, and the same answer as for
    a reference that does not exist."""
    _, victim, reference = _citizen_with_ticket(services, client, gateway)
    made_up = reference[:-5] + "99999"

    def spell(ref: str) -> str:
        if spelled == "fullwidth":
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in ref)
        if spelled == "lower":
            return ref.lower()
        return ref.replace("-", " - ")

    stranger = Chat(client, gateway, line_id(), SECRET)
    stranger.follow()
    real = texts(stranger.tap(f"add={spell(reference)}"))
    stranger.say("ขอเพิ่มข้อมูลว่าผู้ร้องเรียนแต่งเรื่องขึ้นมาเองครับ")
    fake = texts(stranger.tap(f"add={spell(made_up)}"))
    assert real.replace(spell(reference), "X") == fake.replace(spell(made_up), "X")
    assert _entries(services, victim, "complainant_added") == 0


def test_adding_to_a_closed_complaint_by_its_reference_attaches_nothing(client, gateway, services):
    """A complaint rejected last week; its complainant types "ขอเพิ่มข้อมูลเรื่อง <ref>"
    and a fact: nothing attached to the closed complaint."""
    chat, ticket_id, reference = _citizen_with_ticket(
        services, client, gateway, status="rejected", closed_at=utcnow()
    )
    chat.say(f"ขอเพิ่มข้อมูลเรื่อง {reference} ครับ นายกยังเก็บเงินอยู่เลย")
    chat.say("เมื่อวานเก็บไปอีก 3,000 บาทครับ")
    assert _entries(services, ticket_id, "complainant_added") == 0


# -- case numbers and held notices ----------------
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def test_anothers_case_number_in_thai_digits_tells_nothing(client, gateway, services):
    """A stranger types "ติดตามกรณี" with another's case number in Thai digits: the same
    answer as for a number no case has, and no reference of the case."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        tickets_ = [new_ticket(uow) for _ in range(2)]
        uow.commit()
        case_id = cases.join(uow, chair, *tickets_)
        uow.commit()
        number = case_numbers.of(uow, case_id)
        refs = [t.reference for t in tickets_]
        while True:
            drawn = case_numbers.draw()
            if uow.session.scalar(select(func.count()).where(Case.number == drawn)) == 0:
                break
        unused = case_numbers.shown(drawn)
    stranger = Chat(client, gateway, line_id(), SECRET)
    stranger.follow()
    real = texts(stranger.say(f"ติดตามกรณี {number.translate(THAI_DIGITS)} ค่ะ"))
    fake = texts(stranger.say(f"ติดตามกรณี {unused.translate(THAI_DIGITS)} ค่ะ"))
    assert not any(ref in real for ref in refs)
    assert _without(real, number) == _without(fake, unused)


def _without(reply: str, number: str) -> str:
    """The reply with the number typed (in either digits) taken out."""
    return reply.replace(number.translate(THAI_DIGITS), "X").replace(number, "X")


def test_held_notices_expire_after_their_days(client, gateway, services, clock):
    """A discreet villager never taps "อ่าน"; past RETENTION_HELD_NOTICE_DAYS the retention
    job has removed their held notices, and a later tap shows none of them."""
    import threading

    from bot.jobs.retention import retention

    owner = line_id()
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        made = [new_ticket(uow, owner) for _ in range(2)]
        user_by_line_id(uow, owner).discreet = True
        uow.commit()
        cases.join(uow, chair, *made)
        uow.commit()
    with services.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(HeldNotice.__table__)) >= 1
    clock.advance(days=services.config.retention_held_notice_days + 2)
    retention(services, threading.Event())
    with services.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(HeldNotice.__table__)) == 0


# -- more: a new threat beside "safe", other scripts, filing on behalf ----------------
def test_safe_words_beside_a_new_threat_keep_the_person_threatened(client, gateway, services):
    """A threatened complainant writes "safe now" and, in the same message, of a new threat
    last night: the new threat is on the timeline after the safe news, the mark stays."""
    chat, ticket_id, _ = _threatened(services, client, gateway)
    chat.say("ตอนนี้ปลอดภัยดีค่ะ แต่เมื่อคืนเขาส่งคนมาขู่ว่าจะเผาบ้านถ้าไม่ถอนเรื่อง")
    assert _entries(services, ticket_id, "danger") == 2
    assert _mark(services, ticket_id) == danger.THREATENED


@ONE_DATABASE  # the words vary; a threat after filing on both: test_talking
@pytest.mark.parametrize(
    "said",
    [
        pytest.param("เขาขู่\u200bจะ\u200bฆ่า\u200bผม", id="zero-width"),
        pytest.param("เขาขู่จะฆ่าผม".replace("ข", "\u0e02\u200d"), id="zero-width-joiner"),
        pytest.param("khao khu ja kha phom tha mai thon rueang", id="thai-in-latin"),
    ],
)
def test_threat_in_another_script_on_a_filed_complaint_alerts(client, gateway, services, said):
    """A complainant with a filed complaint writes of a threat with zero-width characters
    between the words, or Thai words in Latin letters: the safety answer and a chair told."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    assert "191" in texts(chat.say(said))
    assert _entries(services, ticket_id, "danger") == 1
    assert _alerts(services) >= 1


def test_threat_in_latin_letters_while_adding_is_not_kept_as_an_addition(client, gateway, services):
    """Adding is open; the complainant types the threat in Thai words spelt in Latin
    letters: the danger path, never attached as a fact."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, _ = _citizen_with_ticket(services, client, gateway)
    _review_every_record(services)
    chat.say("ขอเพิ่มข้อมูลครับ")
    chat.say("phu yai ban ma khu wa ja kha phom tha mai thon rueang")
    assert _entries(services, ticket_id, "danger") == 1
    assert _entries(services, ticket_id, "complainant_added") == 0


def test_writer_moving_the_affected_persons_name_between_tickets_is_seen(services):
    """A writer copies the encrypted name of the person a complaint was filed for onto
    another ticket (and its relation): that ticket's record no longer verifies."""
    from storage.ticket_chain.integrity import intact_among

    with services.uow() as uow:
        behalf = new_ticket(
            uow,
            name="สมหญิง รักดี",
            behalf_of_enc=uow.vault.encrypt("father"),
            affected_name_enc=uow.vault.encrypt("สมชาย รักดี"),
        )
        plain = new_ticket(uow, name="สมศรี ใจดี")
        uow.commit()
        ids = (behalf.id, plain.id)
    table = Ticket.__table__
    with services.engine.begin() as conn:
        row = conn.execute(select(table).where(table.c.id == ids[0])).first()
        conn.execute(
            update(table)
            .where(table.c.id == ids[1])
            .values(behalf_of_enc=row.behalf_of_enc, affected_name_enc=row.affected_name_enc)
        )
    with services.uow() as uow:
        assert intact_among(uow.session, set(ids)) == {ids[0]}


def test_a_fact_about_safety_equipment_is_an_addition_not_safe_news(client, gateway, services):
    """A threatened complainant adds a fact about the village's safety cameras
    ("กล้องเพื่อความปลอดภัย"): attached as an addition, and the threat mark stays."""
    chat, ticket_id, _ = _threatened(services, client, gateway)
    chat.say("ขอเพิ่มข้อมูลครับ")
    chat.say("งบกล้องวงจรปิดเพื่อความปลอดภัยหมู่บ้าน 200,000 บาท ไม่ได้ติดสักตัวครับ")
    assert _mark(services, ticket_id) == danger.THREATENED
    assert _entries(services, ticket_id, "complainant_added") == 1


def test_safe_now_alerts_do_not_name_two_tickets_of_one_person_together(client, gateway, services):
    """One person's two threatened complaints, "ปลอดภัยแล้ว" once: a database copy reads the
    outbox; no two rows made in one instant name the two references (their dedupe keys)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    uid = line_id()
    chat, first, ref_one = _citizen_with_ticket(services, client, gateway, owner=uid)
    _, second, ref_two = _citizen_with_ticket(services, client, gateway, owner=uid)
    with services.uow() as uow:
        for ticket_id in (first, second):
            danger.record_threat(uow, uow.session.get(Ticket, ticket_id), THREAT)
        uow.commit()
    chat.say("ตอนนี้มาอยู่บ้านพี่สาวแล้ว ปลอดภัยแล้วค่ะ")
    with services.engine.connect() as conn:
        rows = conn.execute(select(OutboxMessage.dedupe_key, OutboxMessage.created_at)).all()
    at = {
        ref: {r.created_at for r in rows if ref in (r.dedupe_key or "")}
        for ref in (ref_one, ref_two)
    }
    assert not (at[ref_one] & at[ref_two])


# -- a writer renumbers two tickets: whose complaint is whose ----------------
def _swap_ticket_ids(services, one: int, two: int) -> None:
    """A writer swaps two tickets' ids, and every row pointing at them (the id is no
    sealed field; what points at it moves with it): each row copied under its new id."""
    table = Ticket.__table__
    pointing = [
        column
        for other in Ticket.metadata.sorted_tables
        for column in other.columns
        if any(fk.column.table.name == "tickets" for fk in column.foreign_keys)
    ]
    unique = [c for c in table.columns if c.unique and c.name != "id"]
    unique += [
        c for index in table.indexes if index.unique for c in index.columns if c not in unique
    ]
    with services.engine.begin() as conn:
        for old, new in ((one, 10**9), (two, one), (10**9, two)):
            row = conn.execute(select(table).where(table.c.id == old)).first()._asdict()
            conn.execute(
                update(table)
                .where(table.c.id == old)
                .values({c.name: f"~{row[c.name]}" for c in unique if row[c.name] is not None})
            )
            conn.execute(insert(table).values({**row, "id": new}))
            for column in pointing:
                conn.execute(column.table.update().where(column == old).values({column.name: new}))
            conn.execute(delete(table).where(table.c.id == old))


def test_writer_swapping_ticket_ids_does_not_hand_a_complaint_to_another(client, gateway, services):
    """A writer with a complaint of their own swaps its id with the victim's: the writer's
    LINE account then adds to a complaint; the victim's timeline gets nothing of it, or the
    victim's record no longer verifies."""
    from storage.ticket_chain.integrity import intact_among

    _, victim, victim_ref = _citizen_with_ticket(services, client, gateway)
    chat, own, _ = _citizen_with_ticket(services, client, gateway)
    _swap_ticket_ids(services, victim, own)
    chat.say("ขอเพิ่มข้อมูลครับ ผู้ร้องเรียนแต่งเรื่องขึ้นมาเองทั้งหมด นายกไม่ได้รับเงิน")
    with services.uow() as uow:
        moved = uow.session.scalar(select(Ticket.id).where(Ticket.reference == victim_ref))
        intact = moved in intact_among(uow.session, {moved})
    assert _entries(services, moved, "complainant_added") == 0 or not intact


def test_writer_swapping_ticket_ids_cannot_read_the_victims_complaint(client, gateway, services):
    """The same swap; the writer's account asks for the status of its complaints: the
    victim's reference and story are not shown to it."""
    _, victim, victim_ref = _citizen_with_ticket(
        services, client, gateway, description="ผู้ใหญ่บ้านบังคับซื้อปุ๋ยกระสอบละ 900 บาท"
    )
    chat, own, _ = _citizen_with_ticket(services, client, gateway)
    _swap_ticket_ids(services, victim, own)
    shown = texts(chat.say("สถานะเรื่องของฉันค่ะ"))
    assert victim_ref not in shown


def test_tickets_verify_names_a_swap_of_ticket_ids(client, gateway, services, runner):
    """The same swap; the operator's daily `flask --app bot tickets verify` names it."""
    _, victim, _ = _citizen_with_ticket(services, client, gateway)
    _, own, _ = _citizen_with_ticket(services, client, gateway)
    _swap_ticket_ids(services, victim, own)
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code != 0


# -- a writer copies a person's sealed list of complaints onto their own row ----------------
def test_writer_copying_anothers_sealed_ticket_list_learns_and_adds_nothing(
    client, gateway, services
):
    """A writer (no keys) copies another person's sealed `ticket_ids` onto their own LINE
    account's row, asks for the status of "their" complaints and adds to them: the other
    person's two complaints are neither shown together (who filed both) nor added to."""
    from storage.models import LineUser

    victim = line_id()
    _, first, ref_one = _citizen_with_ticket(services, client, gateway, owner=victim)
    _, second, ref_two = _citizen_with_ticket(services, client, gateway, owner=victim)
    attacker = Chat(client, gateway, line_id(), SECRET)
    attacker.follow()
    with services.uow() as uow:
        rows = {uid: user_by_line_id(uow, uid).id for uid in (victim, attacker.user_id)}
    table = LineUser.__table__
    with services.engine.begin() as conn:
        token = conn.scalar(select(table.c.ticket_ids).where(table.c.id == rows[victim]))
        conn.execute(
            update(table).where(table.c.id == rows[attacker.user_id]).values(ticket_ids=token)
        )
    shown = texts(attacker.say("สถานะเรื่องของฉันค่ะ"))
    attacker.say(f"ขอเพิ่มข้อมูลเรื่อง {ref_one} ค่ะ ผู้ร้องแต่งเรื่องขึ้นมาเองทั้งหมด")
    assert not (ref_one in shown and ref_two in shown)
    assert _entries(services, first, "complainant_added") == 0
    assert _entries(services, second, "complainant_added") == 0


def test_writer_copying_anothers_sealed_ticket_list_cannot_withdraw_their_complaint(
    client, gateway, services
):
    """The same copy; the writer's account taps "ถอนเรื่อง" on the victim's complaint and
    gives "solved" as the reason: the complaint is not withdrawn (buried as if by its
    complainant, in a record that verifies)."""
    from storage.models import LineUser

    victim = line_id()
    _, ticket_id, reference = _citizen_with_ticket(services, client, gateway, owner=victim)
    attacker = Chat(client, gateway, line_id(), SECRET)
    attacker.follow()
    with services.uow() as uow:
        rows = {uid: user_by_line_id(uow, uid).id for uid in (victim, attacker.user_id)}
    table = LineUser.__table__
    with services.engine.begin() as conn:
        token = conn.scalar(select(table.c.ticket_ids).where(table.c.id == rows[victim]))
        conn.execute(
            update(table).where(table.c.id == rows[attacker.user_id]).values(ticket_ids=token)
        )
    attacker.tap(f"withdraw={reference}")
    attacker.tap(f"withdraw_yes={reference}&why=solved")
    with services.engine.connect() as conn:
        assert conn.scalar(select(Ticket.status).where(Ticket.id == ticket_id)) != "withdrawn"


# -- held notices: a writer points another's held rows at their own account ----------------
def _discreet_with_notices(services) -> tuple[str, list[str]]:
    """A discreet villager's two complaints joined by a chair into a case: notices held for
    them. Their LINE id and the references."""
    owner = line_id()
    with services.uow() as uow:
        chair = uow.session.scalar(select(Member).where(Member.role == "chair"))
        if chair is None:
            chair, _ = new_member(uow, "ประธาน", "chair")
        made = [new_ticket(uow, owner) for _ in range(2)]
        user_by_line_id(uow, owner).discreet = True
        uow.commit()
        cases.join(uow, chair, *made)
        uow.commit()
        return owner, [t.reference for t in made]


def test_writer_copying_their_recipient_onto_anothers_held_rows_reads_nothing(
    client, gateway, services
):
    """A writer who is a discreet villager with a held notice of their own copies their
    row's sealed recipient onto every other held row, then taps "อ่าน": none of another
    person's notices (their references) is shown to them."""
    victim, victim_refs = _discreet_with_notices(services)
    with services.engine.connect() as conn:
        victims_rows = set(conn.scalars(select(HeldNotice.id)))
    attacker, _ = _discreet_with_notices(services)
    table = HeldNotice.__table__
    with services.engine.begin() as conn:
        own = conn.execute(
            select(table.c.recipient_enc).where(table.c.id.not_in(victims_rows))
        ).first()
        conn.execute(update(table).where(table.c.id.in_(victims_rows)).values(recipient_enc=own[0]))
    chat = Chat(client, gateway, attacker, SECRET)
    shown = "".join(texts(chat.tap("discreet=read")) for _ in range(3))
    assert not any(ref in shown for ref in victim_refs)


# -- the command line ----------------
def test_tickets_verify_names_a_ticket_rolled_back_before_its_threat(
    client, gateway, services, runner
):
    """The rollback above (the threat's entry deleted, the sealed row from before it put
    back): `flask --app bot tickets verify` names it (the record journal has the entry)."""
    with services.uow() as uow:
        new_member(uow, "ประธาน", "chair")
        uow.commit()
    chat, ticket_id, reference = _citizen_with_ticket(services, client, gateway)
    table = Ticket.__table__
    with services.engine.connect() as conn:
        before = conn.execute(select(table).where(table.c.id == ticket_id)).first()._asdict()
        last = conn.scalar(
            select(func.max(TicketEvent.id)).where(TicketEvent.ticket_id == ticket_id)
        )
    assert "191" in texts(chat.say(THREAT))
    with services.engine.begin() as conn:
        conn.execute(
            delete(TicketEvent).where(TicketEvent.ticket_id == ticket_id, TicketEvent.id > last)
        )
        conn.execute(update(table).where(table.c.id == ticket_id).values(before))
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code != 0
    assert reference in got.output


def test_keys_rotate_keeps_a_tie_in_force(services, runner):
    """A reviewer tied to อบต.สองห้อง; the operator runs `flask --app bot keys rotate`: the
    tie's journal names are written again and the ticket is still kept from them."""
    from handlers.directory import members
    from handlers.directory.access import can_review

    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    got = runner.invoke(args=["keys", "rotate"])
    assert got.exit_code == 0, got.output
    with services.uow() as uow:
        member = members.get_member(uow, reviewer_id)
        assert not can_review(uow, member, uow.session.get(Ticket, ticket_id))


# -- drafts: a writer points another's unfinished complaint at their own account ----------------
def test_writer_moving_anothers_draft_to_their_account_reads_nothing(client, gateway, services):
    """A villager has filled in a complaint with their name and phone, not yet sent. A
    writer sets that draft's `user_id` to their own LINE account's row and goes on with
    "it": neither the villager's name nor their phone is shown to them."""
    from storage.models import Draft
    from tests.factories import file_complaint

    victim = Chat(client, gateway, line_id(), SECRET)
    file_complaint(victim, anonymous=False)
    attacker = Chat(client, gateway, line_id(), SECRET)
    attacker.follow()
    with services.uow() as uow:
        rows = {c.user_id: user_by_line_id(uow, c.user_id).id for c in (victim, attacker)}
    with services.engine.begin() as conn:
        conn.execute(
            update(Draft)
            .where(Draft.user_id == rows[victim.user_id])
            .values(user_id=rows[attacker.user_id])
        )
    shown = texts(attacker.tap("menu=complain"))
    shown += texts(attacker.say("ทำต่อค่ะ"))
    shown += texts(attacker.tap("a=flow:continue"))
    assert "081-234-5678" not in shown and "0812345678" not in shown
    assert "สมหญิง" not in shown


def test_flood_of_safe_now_rings_the_chair_once(client, gateway, services):
    """A threatened complainant writes "ปลอดภัยแล้วค่ะ" twenty times: the chair's phone rings
    for the threat and once for the safe news, not twenty times."""
    chat, ticket_id, _ = _threatened(services, client, gateway)
    for _ in range(20):
        chat.say("ปลอดภัยแล้วค่ะ")
    assert _mark(services, ticket_id) == danger.SAFE_SINCE
    assert _alerts(services) <= 2
