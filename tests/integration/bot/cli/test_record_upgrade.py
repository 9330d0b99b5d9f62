"""Upgrading seals the record with RECORD_SEAL_KEY once, in `db upgrade`: tickets sealed
before keep verifying; a seal made without the key after the key came is never taken, not
by the upgrade and not by `tickets reseal-legacy`."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text

from storage import ticket_chain
from storage.crypto import Vault
from storage.models import Ticket
from tests.conftest import TEST_KEYS, make_env
from tests.migrated import upgrade

OLD_TICKET = (
    "INSERT INTO tickets (reference, status, kind, agency, official, description,"
    " anonymous, owner_hash, owner_line_id_enc, tracking_code_hash, confirmed_true,"
    " completeness, language, submitted_at, updated_at, reopened_count)"
    " VALUES (:ref, 'in_review', 'bribery', 'อบต.', 'ปลัด', 'เรียกเงิน',"
    " 1, 'h', 'x', :code, 1, 80, 'th', '2025-01-02 03:04:05.000000',"
    " '2025-01-03 00:00:00.000000', 0)"
)
OLD_ENTRY = (
    "INSERT INTO ticket_events (ticket_id, at, kind, actor, from_status, to_status, internal)"
    " VALUES (:t, :at, 'status', 'complainant', :old, :new, 0)"
)


def tickets_before_chains(url: str, count: int) -> None:
    """Tickets written at revision 0006, before timelines were chained."""
    upgrade(url, "0006")
    engine = create_engine(url)
    with engine.begin() as conn:
        for n in range(1, count + 1):
            conn.execute(text(OLD_TICKET), {"ref": f"BRM-2568-0000{n}", "code": f"t{n}"})
            for day, (old, new) in enumerate(((None, "submitted"), ("submitted", "in_review"))):
                at = f"2025-01-0{day + 2} 03:04:05.000000"
                conn.execute(text(OLD_ENTRY), {"t": n, "at": at, "old": old, "new": new})
    engine.dispose()


def stored(url: str, reference: str):
    engine = create_engine(url)
    with engine.connect() as conn:
        stmt = select(*ticket_chain.ticket_columns(())).where(Ticket.reference == reference)
        row = conn.execute(stmt).one()
    engine.dispose()
    return row


def set_seal(url: str, reference: str, seal: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET chain_seal = :s WHERE reference = :r"),
            {"s": seal, "r": reference},
        )
    engine.dispose()


def start(url: str, tmp_path):
    from bot import create_app

    return create_app({"ENV": make_env(url, tmp_path), "TESTING": True})


def test_upgrading_past_the_key_in_one_go_seals_old_tickets_with_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    tickets_before_chains(url, 1)
    app = start(url, tmp_path)
    try:
        cli = app.test_cli_runner()
        upgraded = cli.invoke(args=["db", "upgrade"])
        assert upgraded.exit_code == 0, upgraded.output

        checked = cli.invoke(args=["tickets", "verify"])

        assert checked.exit_code == 0, checked.output
        assert "1 ticket(s) checked, 0 broken" in checked.output
        refused = cli.invoke(args=["tickets", "reseal-legacy"])
        assert refused.exit_code == 1 and "Refused" in refused.output
    finally:
        app.extensions["sujarit"].engine.dispose()


def test_a_keyless_seal_written_after_the_key_came_is_reported_and_never_resealed(tmp_path):
    url = f"sqlite:///{tmp_path / 'keyed.db'}"
    tickets_before_chains(url, 2)
    upgrade(url, "0018")  # the key's release: its operator resealed the old tickets with it
    vault = Vault("test-secret-key", seal_key=TEST_KEYS["RECORD_SEAL_KEY"])
    kept = stored(url, "BRM-2568-00001")
    set_seal(
        url, kept.reference, vault.seals(ticket_chain.legacy_payload(kept.chain_head, kept))[0]
    )
    # Someone without the key rewrites the other ticket and seals it the keyless way.
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE tickets SET official = 'ไม่ทราบ' WHERE id = 2"))
    engine.dispose()
    forged = stored(url, "BRM-2568-00002")
    set_seal(url, forged.reference, ticket_chain.legacy_seal(forged.chain_head, forged))

    app = start(url, tmp_path)
    try:
        cli = app.test_cli_runner()
        upgraded = cli.invoke(args=["db", "upgrade"])
        assert upgraded.exit_code == 0, upgraded.output

        checked = cli.invoke(args=["tickets", "verify"])
        refused = cli.invoke(args=["tickets", "reseal-legacy"])
        again = cli.invoke(args=["tickets", "verify"])
    finally:
        app.extensions["sujarit"].engine.dispose()

    assert checked.exit_code == 1, checked.output
    assert "BRM-2568-00001" not in checked.output
    assert "BROKEN BRM-2568-00002: ticket: its fields changed outside" in checked.output
    assert refused.exit_code == 1, refused.output
    assert "A seal made without the key now could be anyone's" in refused.output
    assert again.exit_code == 1 and "BROKEN BRM-2568-00002" in again.output


def test_an_upgrade_with_tickets_but_no_key_stops(tmp_path):
    url = f"sqlite:///{tmp_path / 'nokey.db'}"
    tickets_before_chains(url, 1)
    with pytest.raises(RuntimeError, match="RECORD_SEAL_KEY"):
        upgrade(url)


def test_an_old_ticket_without_timeline_entries_verifies_against_its_anchor(tmp_path):
    url = f"sqlite:///{tmp_path / 'bare.db'}"
    upgrade(url, "0006")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(OLD_TICKET), {"ref": "BRM-2568-00001", "code": "t1"})
    engine.dispose()
    app = start(url, tmp_path)
    try:
        cli = app.test_cli_runner()
        assert cli.invoke(args=["db", "upgrade"]).exit_code == 0
        kept = tmp_path / "anchor.json"
        anchored = cli.invoke(args=["tickets", "anchor", "--out", str(kept)])

        checked = cli.invoke(args=["tickets", "verify"])
        against_file = cli.invoke(args=["tickets", "verify", "--anchor", str(kept)])
    finally:
        app.extensions["sujarit"].engine.dispose()

    assert anchored.exit_code == 0, anchored.output
    assert checked.exit_code == 0, checked.output
    assert "1 ticket(s) checked, 0 broken" in checked.output
    assert against_file.exit_code == 0, against_file.output
