"""The record journal's folder is the bot's account's alone: a folder left open to other
local accounts (made before, or by hand) is closed when the bot starts, and said so."""

from __future__ import annotations

import logging
import stat

from sqlalchemy.orm import sessionmaker

from storage import record_journal


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_folder_open_to_others_is_closed_on_start_and_logged(tmp_path, caplog):
    folder = tmp_path / "anchors"
    (folder / record_journal.MEMBERS).mkdir(parents=True)
    journal = folder / "journal-2026-01-02.log"
    journal.write_text("role:chair\n", encoding="utf-8")
    for path, mode in ((folder, 0o755), (folder / record_journal.MEMBERS, 0o755), (journal, 0o644)):
        path.chmod(mode)
    with caplog.at_level(logging.WARNING, logger="storage.record_journal"):
        record_journal.install(sessionmaker(), folder)
    assert (_mode(folder), _mode(folder / record_journal.MEMBERS), _mode(journal)) == (
        0o700,
        0o700,
        0o600,
    )
    assert str(journal) in caplog.text


def test_a_new_folder_and_its_journal_are_made_closed(tmp_path):
    folder = tmp_path / "fresh"
    record_journal.append_now(folder, ["role:chair\n"])
    made = [folder, folder / record_journal.LOCK, *folder.glob("journal-*.log")]
    assert len(made) == 3 and all(_mode(path) & 0o077 == 0 for path in made)
