"""#19: a copy of the record journal's folder (RECORD_ANCHOR_DIR) named every ticket a
timeline entry was written on, by its plain reference, beside the entry's hash as the
database stores it: two tickets of one person changed in one commit (consent withdrawn)
stood together, and with the database copied too each line pointed at its row. Ticket lines
are `t:N E` now, N and E keyed (DATA_LOOKUP_KEY, purpose `journal-ticket`): the folder names
no ticket and holds no entry's hash, and `tickets verify` still names a rollback, with keyed
lines, with the plain lines of before, and after `keys rotate` has named both again."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from storage import journal_lines, tickets
from tests.attacks.forging import verify_result
from tests.factories import add_ticket
from tests.shared_engines import release

NEW_LOOKUP = "the-new-lookup-key-for-ticket-lines-0123456789"


def _folder(services) -> Path:
    return Path(services.config.record_anchor_dir)


def _everything(folder: Path) -> str:
    return "\n".join(
        p.read_text("utf-8", "replace") for p in sorted(folder.rglob("*")) if p.is_file()
    )


def _stored(services) -> tuple[list[str], list[str]]:
    with services.engine.connect() as conn:
        references = list(conn.scalars(text("SELECT reference FROM tickets")))
        entries = list(conn.scalars(text("SELECT entry_hash FROM ticket_events")))
    return references, entries


def _a_step(services, reference: str) -> None:
    with services.uow() as uow:
        tickets.set_status(uow, tickets.by_reference(uow, reference), "rejected", "member:1", None)
        uow.commit()


def _sealed_then_stepped(services, reference: str):
    """The ticket's row as sealed now, then a step written on it."""
    with services.engine.connect() as conn:
        earlier = conn.execute(
            text(
                "SELECT id, status, updated_at, chain_head, chain_seal FROM tickets"
                " WHERE reference = :r"
            ),
            {"r": reference},
        ).one()
    _a_step(services, reference)
    return earlier


def _roll_back(services, earlier) -> None:
    """A writer without keys deletes the step and copies the sealed row back."""
    with services.engine.begin() as conn:
        conn.execute(
            text("DELETE FROM ticket_events WHERE ticket_id = :id AND entry_hash <> :head"),
            {"id": earlier.id, "head": earlier.chain_head},
        )
        conn.execute(
            text(
                "UPDATE tickets SET status = :status, updated_at = :updated_at,"
                " chain_head = :chain_head, chain_seal = :chain_seal WHERE id = :id"
            ),
            dict(earlier._mapping),
        )


def _delete_ticket(services, reference: str) -> None:
    """A writer deletes the ticket, and every row pointing at it."""
    import storage.schema  # noqa: F401  (every table)
    from storage.models import Ticket

    with services.engine.begin() as conn:
        tid = conn.scalar(text("SELECT id FROM tickets WHERE reference = :r"), {"r": reference})
        for table in reversed(Ticket.metadata.sorted_tables):
            for column in table.columns:
                if any(fk.column.table.name == "tickets" for fk in column.foreign_keys):
                    conn.execute(table.delete().where(column == tid))
        conn.execute(text("DELETE FROM tickets WHERE id = :id"), {"id": tid})


def _as_plain_lines(services) -> None:
    """The folder as a release before keyed ticket names left it: `REFERENCE HASH`."""
    references, entries = _stored(services)
    with services.uow() as uow:
        plain = {journal_lines.ticket_names(uow.vault, ref)[0]: ref for ref in references}
        marks = {journal_lines.entry_marks(uow.vault, e)[0]: e for e in entries}
    for path in _folder(services).glob("journal-*.log"):
        lines = []
        for line in path.read_text("utf-8").splitlines(keepends=True):
            name, _, mark = line.strip().partition(" ")
            if name in plain and mark in marks:
                line = f"{plain[name]} {marks[mark]}\n"
            lines.append(line)
        path.write_text("".join(lines), "utf-8")
    journal_lines.forget(_folder(services))


def _intact(services, reference: str) -> bool:
    """What a page reads (handlers/danger.py `marks` too): whether the record verifies,
    with as many entries as the journal saw written."""
    from handlers.directory.access import records_intact

    with services.uow() as uow:
        ticket_id = tickets.by_reference(uow, reference).id
        return ticket_id in records_intact(uow, [ticket_id])


def _verify(runner) -> str:
    got = verify_result(runner)
    assert got.exit_code == 1, got.output
    return got.output


def test_a_copy_of_the_folder_names_no_ticket_and_no_entry(services):
    first = add_ticket(services, owner="U" + "5" * 32)
    second = add_ticket(services, name="คนอื่น")
    _a_step(services, first)
    references, entries = _stored(services)
    written = _everything(_folder(services))
    assert any(line.startswith("t:") for line in written.splitlines())
    for needle in [*references, *entries]:
        assert needle not in written, needle
    assert {first, second} <= set(references)


def test_verify_names_a_rollback_and_a_removed_ticket_with_keyed_lines(services, runner):
    rolled, removed = add_ticket(services), add_ticket(services, name="คนอื่น")
    earlier = _sealed_then_stepped(services, rolled)
    _roll_back(services, earlier)
    assert not _intact(services, rolled)
    _delete_ticket(services, removed)
    said = _verify(runner)
    assert f"BROKEN {rolled}: timeline rolled back" in said
    assert "ticket journalled as t:" in said and "ticket removed after" in said


def test_verify_still_reads_the_plain_lines_of_before(services, runner):
    rolled = add_ticket(services)
    earlier = _sealed_then_stepped(services, rolled)
    _as_plain_lines(services)
    assert rolled in _everything(_folder(services))
    _roll_back(services, earlier)
    assert not _intact(services, rolled)
    assert f"BROKEN {rolled}: timeline rolled back" in _verify(runner)


def test_keys_rotate_names_plain_and_old_key_lines_again(database_url, tmp_path):
    """Plain lines and lines under the old key, `keys rotate` with a new key first: no
    reference left in the folder, every line under the new key, and with the old key
    retired `tickets verify` still names the rollback."""
    from bot import create_app
    from tests.conftest import TEST_KEYS, make_env
    from tests.fakes.recording_gateway import RecordingGateway

    def app_with(lookup: str):
        env = make_env(database_url, tmp_path, DATA_LOOKUP_KEY=lookup)
        return create_app({"ENV": env, "GATEWAY": RecordingGateway(), "TESTING": True})

    old = TEST_KEYS["DATA_LOOKUP_KEY"]
    app = app_with(old)
    services = app.extensions["sujarit"]
    plain, keyed = add_ticket(services), add_ticket(services, name="คนอื่น")
    _a_step(services, plain)
    _as_plain_lines(services)  # the first ticket's lines as before, then keyed ones (old key)
    earlier = _sealed_then_stepped(services, keyed)
    release(services.engine)

    app = app_with(f"{NEW_LOOKUP},{old}")
    services = app.extensions["sujarit"]
    rotated = app.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    counts = json.loads(rotated.output.strip().splitlines()[-1])["rotated"]
    assert counts["tickets_renamed"] >= 4 and counts["tickets_unmatched"] == 0
    written = _everything(_folder(services))
    references, _ = _stored(services)
    assert not [r for r in references if r in written]
    with services.uow() as uow:
        fresh = {journal_lines.ticket_names(uow.vault, r)[0] for r in (plain, keyed)}
    names = {line.split(" ")[0] for line in written.splitlines() if line.startswith("t:")}
    assert names == fresh
    _roll_back(services, earlier)
    release(services.engine)

    app = app_with(NEW_LOOKUP)  # the old key retired
    assert not _intact(app.extensions["sujarit"], keyed)
    assert _intact(app.extensions["sujarit"], plain)
    said = _verify(app.test_cli_runner())
    assert f"BROKEN {keyed}: timeline rolled back" in said and plain not in said
    release(app.extensions["sujarit"].engine)
