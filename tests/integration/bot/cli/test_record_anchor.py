"""Daily anchors: even whoever later holds the seal key cannot rewrite what was anchored
without `tickets verify --anchor FILE` seeing it; the transparency page lists the anchors."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

from sqlalchemy import text

from bot.jobs.records import verify_records
from storage import record_anchors, tickets
from storage.db import make_engine
from tests.factories import add_ticket


def _sealed_state(engine, reference: str):
    """The ticket's columns and seal as the application sealed them now."""
    columns = "status, updated_at, chain_head, chain_seal"
    with engine.connect() as conn:
        return conn.execute(
            text(f"SELECT id, {columns} FROM tickets WHERE reference = :r"), {"r": reference}
        ).one()


def _roll_back(engine, earlier) -> None:
    """Someone with the database puts the ticket back as it was, sealed then by the
    application: later entries deleted, the old columns and seal copied back."""
    with engine.begin() as conn:
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


def test_an_anchor_is_published_and_kept_and_the_record_verifies_against_it(
    runner, services, client, tmp_path
):
    reference = add_ticket(services)
    kept = tmp_path / "elsewhere" / "anchor.json"

    made = runner.invoke(args=["tickets", "anchor", "--out", str(kept)])

    assert made.exit_code == 0, made.output
    anchor = json.loads(kept.read_text(encoding="utf-8"))
    assert [row[0] for row in anchor["tickets"]] == [reference]
    assert anchor["digest"] in client.get("/transparency").get_data(as_text=True)
    assert anchor["digest"] in [
        a["digest"] for a in client.get("/transparency/data.json").json["anchors"]
    ]
    checked = runner.invoke(args=["tickets", "verify", "--anchor", str(kept)])
    assert checked.exit_code == 0, checked.output


def test_history_rewritten_by_a_key_holder_after_the_anchor_fails_verify_with_it(
    runner, services, tmp_path
):
    reference = add_ticket(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.set_status(uow, ticket, "in_review", "member:1", None)
        uow.commit()
    kept = tmp_path / "anchor.json"
    assert runner.invoke(args=["tickets", "anchor", "--out", str(kept)]).exit_code == 0

    # Whoever runs the application (and so holds the key) rewrites the first entry: the
    # application chains again and reseals, so the seal alone cannot see it.
    with services.uow() as uow:
        first = tickets.by_reference(uow, reference).timeline[0]
        first.body = "ผู้ร้องขอถอนเรื่อง"
        uow.commit()

    for args in (["tickets", "verify"], ["tickets", "verify", "--anchor", str(kept)]):
        checked = runner.invoke(args=args)
        assert checked.exit_code == 1, checked.output
        assert f"BROKEN {reference}: timeline rewritten since the anchor of" in checked.output


def test_a_changed_anchor_file_or_published_anchor_is_refused(
    runner, services, database_url, tmp_path
):
    add_ticket(services)
    kept = tmp_path / "anchor.json"
    assert runner.invoke(args=["tickets", "anchor", "--out", str(kept)]).exit_code == 0
    anchor = json.loads(kept.read_text(encoding="utf-8"))

    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps({**anchor, "tickets": []}), encoding="utf-8")
    refused = runner.invoke(args=["tickets", "verify", "--anchor", str(forged)])
    assert refused.exit_code == 1 and "not a whole, unchanged anchor file" in refused.output

    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE record_anchors SET digest = :d"), {"d": "0" * 64})
    engine.dispose()
    moved = runner.invoke(args=["tickets", "verify", "--anchor", str(kept)])
    assert moved.exit_code == 1 and "published by the application differs" in moved.output


def test_the_daily_check_publishes_and_writes_an_anchor(services, tmp_path):
    reference = add_ticket(services)

    done = verify_records(services, threading.Event())

    files = list((tmp_path / "anchors").glob("anchor-*.json"))
    assert len(files) == 1
    anchor = json.loads(files[0].read_text(encoding="utf-8"))
    assert anchor["digest"] == done["anchor"] and anchor["tickets"][0][0] == reference


def test_a_ticket_rolled_back_to_an_earlier_sealed_state_fails_verify(
    runner, services, database_url
):
    reference = add_ticket(services)
    engine = make_engine(database_url)
    earlier = _sealed_state(engine, reference)
    with services.uow() as uow:
        tickets.set_status(uow, tickets.by_reference(uow, reference), "rejected", "member:1", None)
        uow.commit()
    assert runner.invoke(args=["tickets", "anchor", "--out", "/dev/null"]).exit_code == 0

    _roll_back(engine, earlier)
    engine.dispose()

    checked = runner.invoke(args=["tickets", "verify", reference])

    assert checked.exit_code == 1, checked.output
    assert f"BROKEN {reference}: timeline rewritten since the anchor of" in checked.output
    assert "its fields changed" not in checked.output  # the seal alone would not see it
    # No anchor is made of a broken record (it would vouch for the rollback): refused.
    refused = runner.invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert refused.exit_code == 1 and "Refused: the record is broken" in refused.output
    assert f"BROKEN {reference}" in refused.output
    again = runner.invoke(args=["tickets", "verify"])
    assert again.exit_code == 1 and f"BROKEN {reference}: timeline rewritten" in again.output


def test_rewriting_the_anchors_table_to_hide_a_rollback_is_seen_from_the_kept_files(
    runner, services, database_url
):
    """A database writer rolls a ticket back to an earlier sealed state and then rewrites
    every published anchor to match: the daily job's files in RECORD_ANCHOR_DIR still hold
    what was published, so a plain `tickets verify` fails."""
    reference = add_ticket(services)
    engine = make_engine(database_url)
    earlier = _sealed_state(engine, reference)
    with services.uow() as uow:
        tickets.set_status(uow, tickets.by_reference(uow, reference), "rejected", "member:1", None)
        uow.commit()
    verify_records(services, threading.Event())  # the daily job: anchor published and written

    _roll_back(engine, earlier)
    with services.uow() as uow:  # the anchors table made to agree with the rolled-back record
        heads = record_anchors.current_heads(uow)
    forged = json.dumps(heads, ensure_ascii=False, separators=(",", ":"))
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE record_anchors SET heads = :h, digest = :d"),
            {"h": forged, "d": record_anchors._digest(heads)},
        )
    engine.dispose()

    checked = runner.invoke(args=["tickets", "verify"])

    assert checked.exit_code == 1, checked.output
    assert "is no longer the one published" in checked.output
    assert f"BROKEN {reference}: timeline rewritten since the anchor of" in checked.output


def test_the_daily_job_anchors_no_broken_record(services, database_url, runner, caplog):
    """The job finds a rollback hidden by a forged anchors row: it publishes and writes no
    anchor of that state, so the next days' files never launder it and verify keeps failing."""
    reference = add_ticket(services)
    with services.uow() as uow:
        tickets.set_status(uow, tickets.by_reference(uow, reference), "rejected", "member:1", None)
        uow.commit()
    verify_records(services, threading.Event())
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text("DELETE FROM ticket_events WHERE id = (SELECT max(id) FROM ticket_events)")
        )
    engine.dispose()
    with services.uow() as uow:
        anchors = len(record_anchors.published(uow))

    for _ in range(2):  # however often it runs
        done = verify_records(services, threading.Event())
        assert done["anchor"] is None and reference in done["broken"]

    with services.uow() as uow:
        assert len(record_anchors.published(uow)) == anchors
    assert "no anchor made" in caplog.text
    later = runner.invoke(args=["tickets", "verify"])
    assert later.exit_code == 1 and f"BROKEN {reference}" in later.output


def test_a_writer_who_deletes_the_anchors_rows_and_the_files_they_reach_is_still_seen(
    runner, services, database_url, tmp_path
):
    """A rollback, then every trace the writer can reach removed: the anchors' rows and the
    files on this host. The copy kept elsewhere still names the rollback; and the files of
    anchors whose rows are kept, deleted alone, fail a plain `tickets verify` (fail closed)."""
    reference = add_ticket(services)
    engine = make_engine(database_url)
    earlier = _sealed_state(engine, reference)
    with services.uow() as uow:
        tickets.set_status(uow, tickets.by_reference(uow, reference), "rejected", "member:1", None)
        uow.commit()
    kept = tmp_path / "elsewhere" / "anchor.json"
    assert runner.invoke(args=["tickets", "anchor", "--out", str(kept)]).exit_code == 0
    folder = services.config.record_anchor_dir
    assert len(list(Path(folder).glob("anchor-*.json"))) == 1  # kept on this host as well

    for path in Path(folder).glob("anchor-*.json"):  # the files alone: the rows remain
        path.unlink()
    unfiled = runner.invoke(args=["tickets", "verify"])
    assert unfiled.exit_code == 1
    assert "is published but its file is missing from RECORD_ANCHOR_DIR" in unfiled.output

    _roll_back(engine, earlier)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM record_anchors"))
    engine.dispose()
    with_copy = runner.invoke(args=["tickets", "verify", "--anchor", str(kept)])

    assert with_copy.exit_code == 1
    assert f"BROKEN {reference}: timeline rewritten since the anchor of" in with_copy.output
    assert "published by the application differs from this file" in with_copy.output


def test_a_host_whose_folder_lacks_the_anchors_fails_closed(runner, services, tmp_path):
    """`tickets verify` run where RECORD_ANCHOR_DIR is not the folder the anchors went to
    says so, rather than passing on the database alone."""
    add_ticket(services)
    assert runner.invoke(args=["tickets", "anchor", "--out", "/dev/null"]).exit_code == 0
    # This host's folder is empty: the anchors went to the scheduler host's.
    shutil.move(services.config.record_anchor_dir, tmp_path / "scheduler-host")

    checked = runner.invoke(args=["tickets", "verify"])

    assert checked.exit_code == 1
    assert "this is not the folder the anchors were written to" in checked.output


def test_an_entry_rolled_back_before_the_next_anchor_is_never_anchored(
    runner, services, database_url
):
    """Anchored, then a step written, then the row and seal copied back and the step deleted:
    the journal in RECORD_ANCHOR_DIR still names the step, so the daily job refuses to anchor
    the rolled-back state and `tickets verify` names the ticket."""
    reference = add_ticket(services)
    verify_records(services, threading.Event())
    engine = make_engine(database_url)
    earlier = _sealed_state(engine, reference)
    with services.uow() as uow:
        tickets.set_status(uow, tickets.by_reference(uow, reference), "rejected", "member:1", None)
        uow.commit()
    assert list(Path(services.config.record_anchor_dir).glob("journal-*.log"))

    _roll_back(engine, earlier)
    engine.dispose()
    done = verify_records(services, threading.Event())

    assert done["anchor"] is None and reference in done["broken"]
    checked = runner.invoke(args=["tickets", "verify"])
    assert checked.exit_code == 1
    assert f"BROKEN {reference}: timeline rolled back" in checked.output
