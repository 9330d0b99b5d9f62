"""Someone who can write to the database, but holds no RECORD_SEAL_KEY, rewrites a ticket and
re-seals it with the public algorithm: `tickets verify` and `/status` still see it; the
complainant sees the latest state (head and entry count), not only the first."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy import select, text

from storage import ticket_chain
from storage.db import make_engine
from storage.models import Ticket
from tests.conftest import TEST_KEYS, make_env
from tests.dashboard_login import CSRF
from tests.factories import add_ticket, submitted, texts

PAGE_HEAD = re.compile(r'<code id="receipt">([0-9a-f]{64})</code>')


def _public_seal(head: str, ticket) -> str:
    """The seal as anyone can compute it from the published algorithm, without a key."""
    payload = {"head": head, "ticket": ticket_chain.ticket_digest(ticket)}
    text_ = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def _stored(engine, reference: str):
    with engine.connect() as conn:
        # The attacker has no keys: the sealed language stays out of what they read (and out
        # of the public digest since 0033).
        cols = [c for c in ticket_chain.TICKET_COLUMNS if c.key != "language"]
        row = conn.execute(select(*cols).where(Ticket.reference == reference)).one()
        entries = conn.execute(
            select(*ticket_chain.ENTRY_COLUMNS).where(text("ticket_id = :id")).order_by(text("id")),
            {"id": row.id},
        ).all()
    return row, entries


def submit(chat) -> tuple[str, str, int]:
    """File a complaint; its reference, tracking code and the receipt's entry count (the
    receipt in the chat shows no 64-character check code: the status page does). What is
    tested comes after the filing: a saved filing is copied in (`submitted`)."""
    filed = submitted(chat)
    shown = texts(filed.messages)
    assert filed.receipt_entries and not re.search(r"[0-9a-f]{64}", shown), shown
    return filed.reference, filed.tracking_code, filed.receipt_entries


def look_up(client, reference: str, code: str) -> str:
    token = CSRF.search(client.get("/status").get_data(as_text=True))[1]
    form = {"csrf_token": token, "reference": reference, "code": code}
    return client.post("/status", data=form).get_data(as_text=True)


def test_an_edit_resealed_with_the_public_algorithm_fails_verify_and_status(
    chat, client, runner, database_url
):
    reference, code, _ = submit(chat)
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET description = :d, official = :o WHERE reference = :r"),
            {"d": "ไม่มีอะไร", "o": "ไม่ทราบ", "r": reference},
        )
    row, _ = _stored(engine, reference)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET chain_seal = :s WHERE reference = :r"),
            {"s": _public_seal(row.chain_head, row), "r": reference},
        )
    engine.dispose()

    checked = runner.invoke(args=["tickets", "verify", reference])

    assert checked.exit_code == 1, checked.output
    assert f"BROKEN {reference}: ticket: its fields changed outside the application" in (
        checked.output
    )
    assert "บันทึกของเรื่องนี้ไม่ตรงกับที่ระบบเขียนไว้" in look_up(client, reference, code)


def test_a_forged_chair_rejection_appended_and_resealed_fails_verify(chat, runner, database_url):
    reference, _, _ = submit(chat)
    engine = make_engine(database_url)
    row, entries = _stored(engine, reference)
    forged = {
        "at": datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
        "kind": "status",
        "actor": "member:1",
        "from_status": "submitted",
        "to_status": "rejected",
        "body": "ไม่ใช่เรื่องทุจริต",
        "internal": False,
    }
    entry = SimpleNamespace(**forged)
    digest = ticket_chain.ticket_digest(row)
    new_head = ticket_chain.entry_hash(row.chain_head, digest, entry)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ticket_events (ticket_id, at, kind, actor, from_status, to_status,"
                " body, internal, prev_hash, ticket_digest, entry_hash) VALUES (:t, :at, :kind,"
                " :actor, :from_status, :to_status, :body, :internal, :prev, :digest, :hash)"
            ),
            {**forged, "t": row.id, "prev": row.chain_head, "digest": digest, "hash": new_head},
        )
        conn.execute(text("UPDATE tickets SET status = 'rejected' WHERE id = :t"), {"t": row.id})
    row, _ = _stored(engine, reference)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET chain_head = :h, chain_seal = :s WHERE id = :t"),
            {"h": new_head, "s": _public_seal(new_head, row), "t": row.id},
        )
    engine.dispose()

    checked = runner.invoke(args=["tickets", "verify"])

    assert checked.exit_code == 1, checked.output
    assert f"BROKEN {reference}" in checked.output


def test_receipt_status_and_line_show_the_latest_head_and_entry_count(chat, client, runner):
    reference, code, entries = submit(chat)
    page = look_up(client, reference, code)
    head = PAGE_HEAD.search(page)[1]
    assert f"(รายการที่ {entries})" in page

    moved = runner.invoke(args=["tickets", "set-status", reference, "in_review"])
    assert moved.exit_code == 0, moved.output

    page = look_up(client, reference, code)
    assert head not in page and f"(รายการที่ {entries + 1})" in page
    shown = texts(chat.tap(f"ticket={reference}"))
    assert f"ไว้ {entries + 1} ครั้ง" in shown and "/status" in shown
    assert not re.search(r"[0-9a-f]{64}", shown)  # the check code stays on the status page


def test_seal_keys_rotate_like_the_other_keys(database_url, tmp_path):
    from bot import create_app

    newer = "the-next-record-seal-key-0123456789abcdef"

    def start(seal_key: str):
        env = make_env(database_url, tmp_path, RECORD_SEAL_KEY=seal_key, SUJARIT_MODE="line")
        return create_app({"ENV": env, "TESTING": True})

    old = start(TEST_KEYS["RECORD_SEAL_KEY"])
    add_ticket(old.extensions["sujarit"])
    old.extensions["sujarit"].engine.dispose()

    both = start(f"{newer},{TEST_KEYS['RECORD_SEAL_KEY']}")
    assert both.test_cli_runner().invoke(args=["tickets", "verify"]).exit_code == 0
    rotated = both.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0 and '"resealed": 1' in rotated.output, rotated.output
    both.extensions["sujarit"].engine.dispose()

    only_new = start(newer)
    assert only_new.test_cli_runner().invoke(args=["tickets", "verify"]).exit_code == 0
    only_new.extensions["sujarit"].engine.dispose()
    only_old = start(TEST_KEYS["RECORD_SEAL_KEY"])
    refused = only_old.test_cli_runner().invoke(args=["tickets", "verify"])
    assert refused.exit_code == 1 and "changed outside the application" in refused.output
    only_old.extensions["sujarit"].engine.dispose()
