"""Migration 0026 on a database written before it: an intact ticket with evidence, a proposal
and a referral is sealed again over them, a declared conflict gets its seal and a clean copy its
mark; a ticket already broken keeps its broken seal."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text

from storage import row_seals, ticket_chain
from storage.crypto import Vault
from storage.db import make_engine
from storage.models import MemberConflict
from storage.types import attach_vault
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
TICKET = (
    "INSERT INTO tickets (id, reference, status, kind, agency, official, description,"
    " anonymous, owner_line_id_enc, tracking_code_hash, confirmed_true, completeness, language,"
    " submitted_at, updated_at, reopened_count, chain_head) VALUES (:id, :ref, 'in_review',"
    " 'bribery', 'อบต.หนองกี่', 'ปลัด', 'เรียกเงิน', true, 'x', :code, true, 80, 'th', :at, :at, 0,"
    " '0000000000000000000000000000000000000000000000000000000000000000')"
)
ROWS = [
    "INSERT INTO members (id, name, role, active, created_at) VALUES (1, 'ก', 'reviewer', true,"
    " :at)",
    "INSERT INTO evidence (id, ticket_id, line_message_id, media_kind, clean_path, status,"
    " attempts, next_attempt_at, created_at) VALUES (:e, :t, :m, 'image', :clean, 'stored', 1,"
    " :at, :at)",
    "INSERT INTO ticket_proposals (ticket_id, to_status, reason, proposed_by_id, proposed_at,"
    " state) VALUES (:t, 'rejected', 'ซ้ำ', 1, :at, 'pending')",
    "INSERT INTO referrals (ticket_id, agency_code, agency_name, letter_number, letter_date,"
    " identity_included, created_at, created_by) VALUES (:t, 'nacc', 'ป.ป.ช.', :letter,"
    " '2026-03-10', false, :at, 'member:1')",
]
VAULT = Vault("test-secret-key", *TEST_KEYS.values())


def _write_before_0026(url: str) -> None:
    upgrade(url, "0025", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for n in (1, 2):
            conn.execute(
                text(TICKET), {"id": n, "ref": f"BRM-2569-0000{n}", "code": f"c{n}", "at": AT}
            )
        conn.execute(text(ROWS[0]), {"at": AT})
        for n in (1, 2):
            values = {"t": n, "e": n, "m": f"m{n}", "clean": f"c{n}.jpg.enc", "at": AT}
            conn.execute(text(ROWS[1]), values)
            conn.execute(text(ROWS[2]), values)
            conn.execute(text(ROWS[3]), {**values, "letter": f"บร {n}/2569"})
        conn.execute(
            text(
                "INSERT INTO member_conflicts (member_id, kind, value, declared_at) VALUES"
                " (1, 'agency', 'อบต.หนองกี่', :at)"
            ),
            {"at": AT},
        )
        # Sealed as the application sealed before 0026 (its row and agency mentions only); the
        # second ticket's seal is a forger's.
        columns = {c["name"] for c in _columns(conn)}
        fields = [n for n in ticket_chain.SEALED_FIELDS if n in columns]
        for batch in ticket_chain.stored_batches(conn, None, 10, fields, ("mentions",)):
            for ticket, _, parts in batch:
                seal = ticket_chain.seal(VAULT, ticket.chain_head, ticket, parts)
                seal = seal if ticket.id == 1 else "f" * 64
                conn.execute(
                    text("UPDATE tickets SET chain_seal = :s WHERE id = :id"),
                    {"s": seal, "id": ticket.id},
                )
    engine.dispose()


def _columns(conn):
    from sqlalchemy import inspect

    return inspect(conn).get_columns("tickets")


def test_0026_seals_the_rows_beside_an_intact_ticket_and_leaves_a_broken_one_seen(
    empty_database,
):
    _write_before_0026(empty_database)
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    attach_vault(engine, VAULT)  # what `tickets verify` reads with: a ticket's language is sealed
    with engine.connect() as conn:
        checked = {
            ticket.reference: ticket_chain.problems(ticket, entries, parts, VAULT)
            for batch in ticket_chain.stored_batches(conn)
            for ticket, entries, parts in batch
        }
        conflict = conn.execute(select(MemberConflict.__table__)).one()  # typed as stored
        clean = conn.execute(text("SELECT id, clean_path, clean_mark FROM evidence")).all()
    engine.dispose()
    assert checked["BRM-2569-00001"] == []
    assert checked["BRM-2569-00002"] == [ticket_chain.BROKEN_TICKET]
    assert row_seals.conflict_fits(VAULT, conflict)
    assert all(row_seals.clean_fits(VAULT, row) for row in clean)
