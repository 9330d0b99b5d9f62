"""Sealed values bound to their owner (issue 19, after red team 12): a database writer without
the keys moves a sealed value that says whose something is onto another row, in the shapes
the red team did not try. Each is read as nobody's, and `tickets verify` names it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from handlers.conversations.lookup import VERIFIED
from handlers.replies import Say, to_json
from storage import outbox
from storage.models import LineUser, OutboxMessage, Ticket
from storage.types import utcnow
from storage.users import user_by_line_id, user_for_line_id
from tests.factories import Chat, line_id, new_ticket, texts

SECRET = "test-channel-secret"
USERS = LineUser.__table__


def _rows(services, *line_ids: str) -> list[int]:
    with services.uow() as uow:
        return [user_by_line_id(uow, uid).id for uid in line_ids]


def _copy_user_column(services, column: str, source: int, target: int) -> None:
    with services.engine.begin() as conn:
        token = conn.scalar(select(USERS.c[column]).where(USERS.c.id == source))
        conn.execute(update(USERS).where(USERS.c.id == target).values({column: token}))


def test_copied_state_with_a_proven_code_opens_nothing(client, gateway, services):
    """The victim proved their tracking code (their state holds the reference as verified); a
    writer copies that sealed state onto their own row: the victim's complaint is neither
    shown to the writer's account nor withdrawn by it."""
    victim = line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner=line_id(), description="ครูใหญ่เก็บเงินค่าชุด 700 บาท")
        user = user_for_line_id(uow, victim)
        user.state = {VERIFIED: [ticket.reference]}
        uow.commit()
        reference, ticket_id = ticket.reference, ticket.id
    attacker = Chat(client, gateway, line_id(), SECRET)
    attacker.follow()
    _copy_user_column(services, "state", *_rows(services, victim, attacker.user_id))
    shown = texts(attacker.tap(f"withdraw={reference}"))
    attacker.tap(f"withdraw_yes={reference}&why=solved")
    assert "700" not in shown
    with services.engine.connect() as conn:
        assert conn.scalar(select(Ticket.status).where(Ticket.id == ticket_id)) != "withdrawn"


def test_swapped_ids_and_a_copied_owner_hand_nothing_over(client, gateway, services):
    """A writer swaps two tickets' ids and also copies their own ticket's sealed owner onto
    the victim's: the writer's account still cannot add to the victim's complaint."""
    from tests.attacks.test_redteam_round12 import _citizen_with_ticket, _entries, _swap_ticket_ids

    _, victim, victim_ref = _citizen_with_ticket(services, client, gateway)
    chat, own, own_ref = _citizen_with_ticket(services, client, gateway)
    _swap_ticket_ids(services, victim, own)
    table = Ticket.__table__
    with services.engine.begin() as conn:
        mine = conn.scalar(select(table.c.owner_line_id_enc).where(table.c.reference == own_ref))
        conn.execute(
            update(table).where(table.c.reference == victim_ref).values(owner_line_id_enc=mine)
        )
    chat.say("ขอเพิ่มข้อมูลครับ ผู้ร้องเรียนแต่งเรื่องขึ้นมาเองทั้งหมด")
    with services.engine.connect() as conn:
        moved = conn.scalar(select(table.c.id).where(table.c.reference == victim_ref))
    assert _entries(services, moved, "complainant_added") == 0


def test_a_copied_recipient_sends_anothers_message_to_nobody(services, gateway):
    """Two pushes waiting; a writer copies the sealed recipient of the one addressed to them
    onto the other: the other's words reach nobody (least of all the writer)."""
    writer, victim = line_id(), line_id()
    with services.uow() as uow:
        words, later = to_json([Say("lookup.not_found")]), utcnow() + timedelta(hours=1)
        own = outbox.enqueue(uow, "push", words, recipient=writer, not_before=later)
        theirs = outbox.enqueue(uow, "push", words, recipient=victim, not_before=later)
        uow.commit()
        ids = own.id, theirs.id
    table = OutboxMessage.__table__
    with services.engine.begin() as conn:
        token = conn.scalar(select(table.c.recipient_enc).where(table.c.id == ids[0]))
        conn.execute(update(table).where(table.c.id == ids[1]).values(recipient_enc=token))
        conn.execute(update(table).values(next_attempt_at=utcnow() - timedelta(minutes=1)))
    before = len(gateway.sent)
    services.sender.send_due()
    assert [c["to"] for c in gateway.sent[before:] if c["kind"] == "push"] == [writer]


def test_tickets_verify_names_moved_sealed_values_without_naming_anyone(
    client, gateway, services, runner
):
    """A writer copies a person's sealed list and state onto another row: `tickets verify`
    exits 1 and names the columns, not the rows or the people."""
    victim, other = line_id(), line_id()
    with services.uow() as uow:
        new_ticket(uow, owner=victim)
        user = user_for_line_id(uow, victim)
        user.state = {VERIFIED: ["BRM-2569-00001"]}
        user_for_line_id(uow, other)
        uow.commit()
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0
    rows = _rows(services, victim, other)
    for column in ("ticket_ids", "state"):
        _copy_user_column(services, column, *rows)
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code != 0
    named = [line for line in got.output.splitlines() if line.startswith("BROKEN bound")]
    assert [line.split(":")[0] for line in named] == [
        "BROKEN bound line_users.state",
        "BROKEN bound line_users.ticket_ids",
    ]
    assert all(": 1 sealed value(s) in" in line for line in named)  # a count, never a row


def test_a_copied_message_reaches_the_writer_with_nothing_of_anothers(services, gateway):
    """A push to the victim (their reference) and one to the writer wait; the writer copies
    the victim's sealed messages onto their own row: nothing of the victim's reaches them."""
    writer, victim = line_id(), line_id()
    with services.uow() as uow:
        later = utcnow() + timedelta(hours=1)
        theirs = to_json([Say("lookup.not_found"), Say("menu.unknown")])
        own = outbox.enqueue(
            uow, "push", to_json([Say("lookup.not_found")]), recipient=writer, not_before=later
        )
        other = outbox.enqueue(uow, "push", theirs, recipient=victim, not_before=later)
        uow.commit()
        ids = own.id, other.id
    table = OutboxMessage.__table__
    with services.engine.begin() as conn:
        payload = conn.scalar(select(table.c.payload).where(table.c.id == ids[1]))
        conn.execute(update(table).where(table.c.id == ids[0]).values(payload=payload))
        conn.execute(update(table).values(next_attempt_at=utcnow() - timedelta(minutes=1)))
    before = len(gateway.sent)
    services.sender.send_due()
    assert [c["to"] for c in gateway.sent[before:]] == [victim]  # the writer's row: not sent


def test_a_download_link_with_anothers_sealed_person_gives_nothing(services):
    """A writer asks for their own data download, then copies onto their link the sealed
    person of another's consent record (the same plain text, the person's row id): the link
    gives nobody's data, least of all the other person's."""
    from storage import privacy
    from storage.privacy_models import ConsentRecord, ExportLink

    with services.uow() as uow:
        victim = user_for_line_id(uow, line_id())
        writer = user_for_line_id(uow, line_id())
        uow.session.flush()
        privacy.record_consent(uow, victim, "complaint", "v1", True)
        token = privacy.new_export_link(uow, writer, 30)
        uow.commit()
    with services.engine.begin() as conn:
        theirs = conn.scalar(select(ConsentRecord.owner_enc))
        conn.execute(update(ExportLink).values(owner_enc=theirs))
    with services.uow() as uow:
        assert privacy.redeem_export_link(uow, token) is None
