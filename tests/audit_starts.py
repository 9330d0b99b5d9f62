"""The audit log's start as a test app notes it, noted for real once per process (`app` fixture).

Every app notes the audit log's start as it is built (storage/record_journal.py
`note_audit_start`): on an empty database and a record folder not yet made, every test's
app noted the same start (`0 T 0`: nothing to cover), its sealed row, its journal line and
its `audit-start` file, and that was about half of building the app (five queries, a commit,
a lock and three files; measured 8.5 of 17 ms of CPU on SQLite, 21 of 35 ms on PostgreSQL).
The first such app of a process notes it as production does, and what it noted is kept; each
app after it, on an empty database and a new folder, finds that start already laid out (the
row, the folder's files) and checks it as every later start of production does: the same
rows and files as its own noting would have left, noted at the first app's time. A database
or a folder that is not new (a seeded database, an app built twice on one folder) is left
as it is, so its start is noted, or judged, for real."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, text

from storage.models import AuditEntry, AuditStart
from storage.record_journal import FILE_MODE, FOLDER_MODE
from tests.shared_engines import engine_for

#: True when neither the audit log nor its start holds a row: a start noted there covers none.
_NOTHING_YET = text(
    f"SELECT NOT EXISTS (SELECT 1 FROM {AuditStart.__tablename__})"
    f" AND NOT EXISTS (SELECT 1 FROM {AuditEntry.__tablename__})"
)


@dataclass(frozen=True)
class _Noted:
    rows: tuple[dict, ...]
    files: tuple[tuple[str, bytes], ...]  # (path in the folder, content); folders end in "/"


_NOTED: dict[tuple, _Noted] = {}


def _key(env: dict) -> tuple:
    """What a start depends on beside the database and the folder: the kind of database and
    the keys that seal it."""
    kind = env["DATABASE_URL"].split(":", 1)[0]
    folders = ("DATABASE_URL", "EVIDENCE_DIR", "RECORD_ANCHOR_DIR")
    return (kind, tuple(sorted((k, v) for k, v in env.items() if k not in folders)))


def _new(env: dict) -> bool:
    """Whether the app about to be built notes a start covering nothing in a new folder."""
    folder = env.get("RECORD_ANCHOR_DIR")
    if not folder or Path(folder).exists():
        return False
    with engine_for(env["DATABASE_URL"]).connect() as conn:
        return bool(conn.execute(_NOTHING_YET).scalar())


def lay_out(env: dict) -> bool | None:
    """Before an app is built with `env`: its start laid out as this process's first app
    noted it (True), none to lay out yet on a new database and folder (None: `keep` it once
    built), or a database or folder that is not new (False: its start is its own)."""
    if not _new(env):
        return False
    noted = _NOTED.get(_key(env))
    if noted is None:
        return None
    with engine_for(env["DATABASE_URL"]).begin() as conn:
        conn.execute(insert(AuditStart.__table__), list(noted.rows))
    folder = Path(env["RECORD_ANCHOR_DIR"])
    folder.mkdir(mode=FOLDER_MODE, parents=True)
    for name, content in noted.files:
        path = folder / name
        if name.endswith("/"):
            path.mkdir(mode=FOLDER_MODE)
            continue
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
    return True


def keep(env: dict) -> None:
    """After the first app on a new database and folder was built: what its start noted."""
    folder = Path(env["RECORD_ANCHOR_DIR"])
    with engine_for(env["DATABASE_URL"]).connect() as conn:
        rows = tuple(dict(r._mapping) for r in conn.execute(select(AuditStart.__table__)))
    if not rows or not folder.is_dir():
        return  # not noted (a failure is logged): the next app notes it for real
    files = []
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        files.append((name + "/", b"") if path.is_dir() else (name, path.read_bytes()))
    _NOTED[_key(env)] = _Noted(rows, tuple(files))
