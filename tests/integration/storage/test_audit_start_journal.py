"""The audit log's start journalled and keyed, and the database marked as having a journal
(storage/record_journal.py `note_audit_start`, `start_problems`)."""

from __future__ import annotations

import json
from pathlib import Path

from bot import create_app
from storage import audit, record_journal
from storage.record_journal import AUDIT_START_FILE
from tests.conftest import TEST_KEYS, make_env
from tests.fakes.recording_gateway import RecordingGateway
from tests.shared_engines import release

NEW_LOOKUP = "the-new-lookup-key-after-rotation-0123456789"


def _start(database_url, tmp_path, folder: Path | None = None, lookup: str | None = None):
    env = make_env(database_url, tmp_path)
    if folder is not None:
        env["RECORD_ANCHOR_DIR"] = str(folder)
    if lookup is not None:
        env["DATA_LOOKUP_KEY"] = lookup
    return create_app({"ENV": env, "GATEWAY": RecordingGateway(), "TESTING": True})


def _verify(app) -> tuple[int, str]:
    result = app.test_cli_runner().invoke(args=["tickets", "verify"])
    return result.exit_code, result.output


def _audited(app) -> None:
    with app.extensions["sujarit"].uow() as uow:
        audit.record(uow, "system", "view_identity", "seen")
        uow.commit()


def test_the_start_is_journalled_once_and_the_database_marked(app, services):
    folder = Path(services.config.record_anchor_dir)
    lines = [
        line
        for journal in folder.glob("journal-*.log")
        for line in journal.read_text(encoding="utf-8").splitlines()
    ]
    assert sum(1 for line in lines if line.startswith("audit-start:")) == 1
    with services.uow() as uow:
        assert record_journal._had_journal(uow.session)
    assert _verify(app)[0] == 0


def test_a_start_file_written_again_with_other_figures_fails_verify(app, services):
    _audited(app)
    path = Path(services.config.record_anchor_dir) / AUDIT_START_FILE
    highest, when, count = path.read_text(encoding="utf-8").split()
    path.write_text(f"{int(highest) + 5} {when} {count}\n", encoding="utf-8")
    code, output = _verify(app)
    assert code == 1 and "audit-start file" in output, output


def test_a_new_folder_beside_a_database_that_had_one_says_so(app, database_url, tmp_path):
    _audited(app)
    again = _start(database_url, tmp_path, folder=tmp_path / "elsewhere")
    try:
        code, output = _verify(again)
        assert not (tmp_path / "elsewhere" / AUDIT_START_FILE).exists()  # nothing adopted
    finally:
        release(again.extensions["sujarit"].engine)
    assert code == 1 and "journal is new for a database that had one" in output, output


def test_the_start_keeps_fitting_after_the_lookup_key_is_rotated_and_retired(
    app, database_url, tmp_path
):
    _audited(app)
    old = TEST_KEYS["DATA_LOOKUP_KEY"]
    both = _start(database_url, tmp_path, lookup=f"{NEW_LOOKUP},{old}")
    try:
        rotated = both.test_cli_runner().invoke(args=["keys", "rotate"])
        assert rotated.exit_code == 0, rotated.output
        assert json.loads(rotated.output.strip().splitlines()[-1])
    finally:
        release(both.extensions["sujarit"].engine)
    retired = _start(database_url, tmp_path, lookup=NEW_LOOKUP)
    try:
        code, output = _verify(retired)
    finally:
        release(retired.extensions["sujarit"].engine)
    assert code == 0, output
