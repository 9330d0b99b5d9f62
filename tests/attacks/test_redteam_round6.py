"""Red team, round 6: today's protections attacked as a hostile insider, a database writer,
a holder of a database copy and a shell operator would (issue #17).

A test that passes is an attack the product holds; an xfail (strict) is one that gets
through, asserting what should hold."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import delete, insert, select, text, update

from handlers.directory import members, sessions
from handlers.directory.access import can_review
from handlers.tickets import endings
from storage import privacy, row_seals, ticket_chain, ticket_figures, tickets, users
from storage.committee_models import LoginToken
from storage.insider_models import DashboardSession, TicketProposal
from storage.models import AuditEntry, Evidence, MemberConflict, Ticket
from storage.outbox import enqueue
from storage.public_tally import DEFAULT_ZONE
from storage.transparency_models import PublicCount
from tests.conftest import ONE_DATABASE, first_on_both
from tests.factories import (
    add_evidence,
    add_many,
    add_ticket,
    line_id,
    new_member,
    new_ticket,
    text_event,
)

AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets


def _write(services, *statements) -> None:
    """Statements run straight on the database, as a writer without the app's keys would."""
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


# -- keyed own_mark on login tokens ----------------------------------------------------------
def test_reviewer_moves_own_login_link_to_the_chair(services):
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        token = members.issue_login_token(uow, reviewer)
        uow.commit()
        chair_id, reviewer_id = chair.id, reviewer.id
    _write(
        services,
        update(LoginToken).where(LoginToken.member_id == reviewer_id).values(member_id=chair_id),
    )
    with services.uow() as uow:
        signed = members.use_login_token(uow, token)
        uow.commit()
        assert signed is None or signed.member.id != chair_id or signed.from_shell


def test_reviewer_moves_own_session_to_the_chair(services):
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        cookie = sessions.start(uow, reviewer)
        uow.commit()
        chair_id, reviewer_id = chair.id, reviewer.id
    stmt = update(DashboardSession).where(DashboardSession.member_id == reviewer_id)
    _write(services, stmt.values(member_id=chair_id))
    with services.uow() as uow:
        live = sessions.live(uow, cookie)
        assert live is None or live.member.id != chair_id or live.from_shell


def test_writer_flips_from_shell_off_a_shell_link(services):
    """Flipping `from_shell` on a link made at the shell does not make it the member's own."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        token = members.issue_login_token(uow, chair, from_shell=True)
        uow.commit()
    _write(services, update(LoginToken).values(from_shell=False))
    with services.uow() as uow:
        signed = members.use_login_token(uow, token)
        uow.commit()
        assert signed is not None and signed.from_shell


def test_writer_copies_an_own_mark_onto_a_shell_link(services):
    """A mark copied from the member's own link onto a shell link does not fit its row."""
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        members.issue_login_token(uow, chair)
        shell_token = members.issue_login_token(uow, chair, from_shell=True)
        uow.commit()
    with services.engine.begin() as conn:
        mark = conn.scalar(select(LoginToken.own_mark).where(LoginToken.own_mark.is_not(None)))
        conn.execute(update(LoginToken).values(from_shell=False, own_mark=mark))
    with services.uow() as uow:
        signed = members.use_login_token(uow, shell_token)
        uow.commit()
        assert signed is not None and signed.from_shell


# -- a chair made at the shell, vouched on /committee/audit ----------------------------------
def _shell_chair(services) -> tuple[int, int]:
    """A chair made at the dashboard's side (A) and one made at the shell (B); their ids."""
    with services.uow() as uow:
        first, _ = new_member(uow, "ประธาน ก", "chair")
        second = members.add_from_shell(uow, line_id(), "ประธาน ข", "chair")
        uow.commit()
        return first.id, second.id


def _counts(services, member_id: int) -> bool:
    with services.uow() as uow:
        return members.grant_counts(uow, members.get_member(uow, member_id))


def test_shell_chair_counts_only_once_another_chair_vouches(services):
    first, second = _shell_chair(services)
    assert not _counts(services, second)
    with services.uow() as uow:
        members.confirm_grant(uow, members.get_member(uow, first), members.get_member(uow, second))
        uow.commit()
    assert _counts(services, second)


def test_shell_chair_cannot_vouch_for_itself(services):
    _, second = _shell_chair(services)
    with services.uow() as uow:
        member = members.get_member(uow, second)
        with pytest.raises(members.NotAllowed):
            members.confirm_grant(uow, member, member)
    assert not _counts(services, second)


def test_writer_forges_a_vouch_in_the_audit_log(services):
    first, second = _shell_chair(services)
    row = dict(
        at=datetime.now(UTC),
        actor=f"member:{first}",
        action=members.GRANT_CONFIRMED,
        detail=f"member:{second} chair",
    )
    _write(services, insert(AuditEntry).values(**row))
    assert not _counts(services, second)


def test_writer_deletes_the_shell_grant_entry(services):
    _, second = _shell_chair(services)
    _write(services, delete(AuditEntry).where(AuditEntry.action == members.SHELL_GRANT))
    assert not _counts(services, second)


def test_writer_makes_a_shell_grant_founding(services):
    _, second = _shell_chair(services)
    stmt = (
        update(AuditEntry)
        .where(AuditEntry.action == members.SHELL_GRANT)
        .values(detail=f"member:{second} chair {members.FOUNDING}")
    )
    _write(services, stmt)
    assert not _counts(services, second)


# -- member_conflicts.seal ----------------------------------------------------------------
def _conflicted(services) -> tuple[int, int, int]:
    """A ticket of AGENCY, a reviewer tied to AGENCY and a chair: their ids."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        return ticket.id, reviewer.id, chair.id


def _may_review(services, ticket_id: int, member_id: int) -> bool:
    with services.uow() as uow:
        return can_review(
            uow, members.get_member(uow, member_id), uow.session.get(Ticket, ticket_id)
        )


def test_writer_marks_a_conflict_removed(services):
    ticket_id, reviewer_id, _ = _conflicted(services)
    assert not _may_review(services, ticket_id, reviewer_id)
    stmt = update(MemberConflict).values(removed_at=datetime.now(UTC), removed_by="member:99")
    _write(services, stmt)
    assert not _may_review(services, ticket_id, reviewer_id)


def test_writer_deletes_a_conflict(services):
    ticket_id, reviewer_id, _ = _conflicted(services)
    _write(services, delete(MemberConflict))
    assert not _may_review(services, ticket_id, reviewer_id)


def test_writer_replays_an_old_sealed_removal(services):
    ticket_id, reviewer_id, chair_id = _conflicted(services)
    with services.uow() as uow:
        conflict = uow.session.scalars(select(MemberConflict)).one()
        members.remove_conflict(uow, conflict, members.get_member(uow, chair_id))
        uow.commit()
    assert _may_review(services, ticket_id, reviewer_id)
    columns = ("declared_at", "removed_at", "removed_by", "seal")
    with services.engine.connect() as conn:
        old = conn.execute(select(*(MemberConflict.__table__.c[n] for n in columns))).one()
    with services.uow() as uow:
        members.declare_conflict(uow, members.get_member(uow, reviewer_id), "agency", AGENCY, "x")
        uow.commit()
    assert not _may_review(services, ticket_id, reviewer_id)
    _write(services, update(MemberConflict).values(**dict(zip(columns, old, strict=True))))
    assert not _may_review(services, ticket_id, reviewer_id)


# -- the ticket seal over evidence ownership, clean copies ----------------------------------
def test_writer_moves_evidence_to_another_ticket(services, tmp_path):
    first, second = add_ticket(services), add_ticket(services)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 not much of a photo")
    evidence_id = add_evidence(services, first, photo, "image/jpeg")
    with services.uow() as uow:
        ids = [tickets.by_reference(uow, r).id for r in (first, second)]
        assert all(ticket_chain.record_intact(uow.session, i) for i in ids)
    _write(services, update(Evidence).where(Evidence.id == evidence_id).values(ticket_id=ids[1]))
    with services.uow() as uow:
        assert not any(ticket_chain.record_intact(uow.session, i) for i in ids)


def test_writer_swaps_clean_copies_between_evidence_rows(services, tmp_path):
    reference = add_ticket(services)
    ids = []
    for n in range(2):
        path, clean = tmp_path / f"{n}.jpg", tmp_path / f"{n}.clean.jpg"
        path.write_bytes(b"\xff\xd8" + bytes([n]))
        clean.write_bytes(b"\xff\xd8" + bytes([n]))
        ids.append(add_evidence(services, reference, path, "image/jpeg", clean_path=clean))
    with services.engine.connect() as conn:
        other = conn.execute(
            select(Evidence.clean_path, Evidence.clean_mark).where(Evidence.id == ids[1])
        ).one()
    with services.uow() as uow:
        vault = uow.vault
        assert row_seals.clean_fits(vault, uow.session.get(Evidence, ids[0]))
    forged = SimpleNamespace(id=ids[0], clean_path=other.clean_path, clean_mark=other.clean_mark)
    assert not row_seals.clean_fits(vault, forged)


# -- public_counts ---------------------------------------------------------------------------
def _published_total(services) -> int:
    with services.uow() as uow:
        counts = ticket_figures.public_counts(uow, DEFAULT_ZONE, datetime.now(UTC))
        return sum(counts.by_kind.values())


def test_writer_inflates_the_public_counts(services):
    add_many(services, 3)
    assert _published_total(services) == 3
    _write(services, update(PublicCount).values(tickets=PublicCount.tickets + 40))
    assert _published_total(services) == 3


def test_writer_empties_the_public_counts(services):
    """An emptied table is counted again from the tickets, not published as zero."""
    add_many(services, 3)
    _write(services, delete(PublicCount))
    assert _published_total(services) == 3


# -- reads_as_name at the name question ---------------------------------------------------
def _stored_names(services) -> list[str]:
    with services.uow() as uow:
        rows = uow.session.scalars(select(Ticket.complainant_name_enc)).all()
        return [uow.vault.decrypt(r) for r in rows if r]


def _refuse_at_name(chat, services, refusal: str) -> list[str]:
    """At the name question the citizen refuses, then gives a name and a phone number (and
    the number again, where a refusal taken as the name left them at the phone question)."""
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    for answer in ("อบต.หนองโบสถ์", "นายก อบต.", "นางรอง", "หนองโบสถ์", "14 มี.ค. 2568"):
        chat.say(answer)
    chat.say("มีการฮั้วประมูลโครงการถนนลาดยางหมู่ 5 งบ 2 ล้านบาท ผู้รับเหมาเป็นญาตินายก")
    chat.tap("a=evidence:done")
    chat.say("นายสมชาย ใจดี ผู้ใหญ่บ้าน")
    chat.tap("a=reported:no")
    chat.tap("a=identity:named")
    chat.say(refusal)
    chat.say("สมหญิง รักดี")
    chat.say("081-234-5678")
    chat.say("081-234-5678")
    chat.tap("a=summary:confirm")
    with services.uow() as uow:
        assert uow.session.scalar(select(Ticket.id)) is not None, "no complaint was filed"
    return _stored_names(services)


@ONE_DATABASE  # the refusal's words vary: the reading's
@pytest.mark.parametrize(
    "refusal",
    [
        # held when written: Latin-typed Thai, English, Lao script, Isan
        "mai bok chue",
        "no thanks",
        "ບໍ່ບອກ",
        "Mai bok chue krub",
        "บ่อยากบอกชื่อ",
        "mai tong",
        # got through when written (round 6), hold since: Thai worded otherwise, one word
        # alone in Thai, English and Latin-typed Thai
        "ไม่ขอออกนาม",
        "ไม่ขอแสดงตน",
        "ซ่อนชื่อ",
        "ลับ",
        "ไม่ขอ",
        "private",
        "classified",
        "anon",
        "mai kor",
        "mai aow",
    ],
)
def test_a_refusal_is_not_stored_as_a_name(chat, services, refusal):
    """However the refusal is worded, in whatever language or script, it is no name."""
    assert refusal not in _refuse_at_name(chat, services, refusal)


# -- what a copy of the database holds ----------------------------------------------------
def test_copy_holds_no_plain_language(chat, services):
    chat.follow()
    chat.say("สวัสดีค่ะ")
    with services.engine.connect() as conn:
        stored = conn.scalars(text("SELECT language FROM line_users")).all()
    assert stored and not {"th", "en"} & set(stored)


def test_copy_cannot_test_a_guessed_event_against_its_fingerprint(chat, services):
    """Who guesses a whole event (its text, sender, time) cannot check it against the copy."""
    event = text_event("สวัสดีค่ะ", chat.user_id)
    chat.post(event)
    body = {k: v for k, v in event.items() if k not in ("deliveryContext", "replyToken")}
    plain = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    guessed = hashlib.sha256(plain.encode("utf-8")).hexdigest()
    with services.engine.connect() as conn:
        stored = set(conn.scalars(text("SELECT fingerprint FROM processed_events")))
    assert stored and guessed not in stored


def test_copy_reads_the_language_of_an_undelivered_message(services):
    with services.uow() as uow:
        enqueue(
            uow,
            "push",
            [{"type": "text", "text": "Hello"}],
            recipient=line_id(),
            language="en",
            not_before=uow.now() + timedelta(hours=6),
        )
        uow.commit()
    with services.engine.connect() as conn:
        stored = conn.scalars(text("SELECT language FROM outbox")).all()
    assert stored and "en" not in stored


# -- confirm refuses a broken record --------------------------------------------------------
def _proposed(services) -> tuple[str, int]:
    """A ticket a reviewer proposed to reject; its reference and the chair's id."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        chair, _ = new_member(uow, "ประธาน", "chair")
        endings.propose(uow, reviewer, ticket, "rejected", "ไม่มีมูล", reason_code="outside_scope")
        uow.commit()
        return ticket.reference, chair.id


def _chair_confirms(services, reference: str, chair_id: int) -> None:
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        waiting = endings.pending(uow, ticket, endings.CONFIRMED_ACTS)
        endings.confirm(uow, members.get_member(uow, chair_id), ticket, waiting.id)
        uow.commit()


def test_writer_turns_a_rejection_into_a_resolution(services):
    """A proposal changed in the database alone is never carried out."""
    reference, chair_id = _proposed(services)
    _write(services, update(TicketProposal).values(to_status="resolved", reason="แก้ไขแล้ว"))
    with pytest.raises(endings.RecordBroken):
        _chair_confirms(services, reference, chair_id)
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).status == "submitted"


def test_writer_edits_the_ticket_then_the_chair_confirms(services):
    reference, chair_id = _proposed(services)
    _write(services, update(Ticket).values(agency="อบต.อื่น"))
    with pytest.raises(endings.RecordBroken):
        _chair_confirms(services, reference, chair_id)


# -- a declared tie, however the member spells it --------------------------------------------
@first_on_both("spelling", ["อบต สองห้อง", "อ.บ.ต.สองห้อง", "อบต.สองหอ้ง", "ABT Song Hong"])
def test_insider_misspells_a_tie_to_keep_seeing_its_tickets(services, spelling):
    """A tie declared in another spelling (a typo, Latin letters) still keeps the tickets."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        member, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        assert can_review(uow, member, ticket)
        members.declare_conflict(uow, member, "agency", spelling, "ญาติ", refuse_unknown=False)
        uow.commit()
        assert not can_review(uow, member, ticket)


# -- public_counts after a writer's edit of a ticket ----------------------------------------
def _by_district(services) -> dict:
    with services.uow() as uow:
        counts = ticket_figures.public_counts(uow, DEFAULT_ZONE, datetime.now(UTC))
        return {k: n for k, n in counts.by_district_status.items() if n}


def test_writer_moves_a_ticket_and_the_tally_drifts(services):
    reference = add_ticket(services, district="นางรอง")
    _write(services, update(Ticket).values(district="ลำปลายมาศ"))
    with services.uow() as uow:
        tickets.by_reference(uow, reference).status = "taken"
        uow.commit()
    with services.uow() as uow:
        truth = {(t.district, t.status): 1 for t in uow.session.scalars(select(Ticket))}
    assert _by_district(services) == truth


# -- erasure entries spread over a day --------------------------------------------------------
def _erase_two_tickets(services) -> list[int]:
    """A person with two named tickets (filed a week apart: an erasure marks only a ticket
    that showed a name) erases their data; the tickets' ids."""
    owner = line_id()
    with services.uow() as uow:
        ids = [
            new_ticket(
                uow, owner, name="สมหญิง รักดี", submitted_at=datetime(2026, 3, day, 3, tzinfo=UTC)
            ).id
            for day in (1, 8)
        ]
        uow.commit()
    with services.uow() as uow:
        privacy.erase_person(uow, users.user_for_line_id(uow, owner))
        uow.commit()
    return ids


def test_copy_ties_erased_tickets_by_their_entry_ids(services):
    ids = _erase_two_tickets(services)
    query = text("SELECT id, ticket_id FROM ticket_events WHERE kind = 'privacy' ORDER BY id")
    with services.engine.connect() as conn:
        entries = conn.execute(query).all()
    assert {row.ticket_id for row in entries} == set(ids)
    assert entries[1].id - entries[0].id != 1


def test_copy_ties_erased_tickets_by_their_updated_at(services):
    """The erasure does not stamp both tickets with its own moment."""
    ids = _erase_two_tickets(services)
    with services.engine.connect() as conn:
        stamps = conn.scalars(text("SELECT updated_at FROM tickets ORDER BY id")).all()
    assert len(ids) == 2 and stamps[0] != stamps[1]


# -- the founding chair ---------------------------------------------------------------------
def test_shell_operator_seconds_itself_through_the_founding_chair(services):
    with services.uow() as uow:
        founding = members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        second = members.add_from_shell(uow, line_id(), "ประธาน ข", "chair")
        members.confirm_grant(uow, founding, second)
        ticket = new_ticket(uow)
        operator = members.operator_member(uow)
        proposal = endings.propose(uow, operator, ticket, "rejected", "ไม่มีมูล", "outside_scope")
        uow.commit()
        assert not endings.may_confirm(uow, second, ticket, proposal)
