"""`storage.migrate.upgrade` for the migration tests, with the climb from an empty database
done once per test process and revision, then copied.

A migration test writes rows as an older release left them, so it first brings an empty
database to that release's revision: every migration from the first, again in each test
(about a second of the database server's time on PostgreSQL). The first such climb to a
revision (with the same vault, or none) runs every migration as `upgrade` does; later ones
copy its result: the SQLite file, or the PostgreSQL database as a template (`CREATE DATABASE
... TEMPLATE`). An upgrade of a database that holds anything is `upgrade` itself, so the
migrations a test is about always run on its rows.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy import inspect

from storage.db import make_engine
from storage.migrate import upgrade as migrate
from tests.conftest import _admin, _pg_database, drop_pg_database, pg_name

#: (backend, revision, vault's id) → the SQLite file or PostgreSQL database climbed to it.
_CLIMBED: dict[tuple[str, str, int], str] = {}
_VAULTS: list = []  # the vaults named in _CLIMBED, kept so that their ids stay theirs
_FOLDER = Path(tempfile.mkdtemp(prefix="sujarit-migrated-"))


def _sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _is_empty(url: str) -> bool:
    path = _sqlite_path(url)
    if path is not None and not path.exists():
        return True
    engine = make_engine(url)
    try:
        return not inspect(engine).get_table_names()
    finally:
        engine.dispose()


def upgrade(database_url: str, revision: str = "head", vault=None, journal_folder=None) -> None:
    """Bring the database schema up to `revision`, as `storage.migrate.upgrade` does; from an
    empty database (no chair for 0037 to journal), by copying this process's first climb to
    the same revision."""
    if not _is_empty(database_url):
        migrate(database_url, revision, vault, journal_folder)
        return
    path = _sqlite_path(database_url)
    key = ("sqlite" if path else "postgresql", revision, id(vault))
    climbed = _CLIMBED.get(key)
    if climbed is None:
        climbed = _climb(path is not None, revision, vault)
        _CLIMBED[key] = climbed
        _VAULTS.append(vault)
    if path is not None:
        shutil.copy(climbed, path)
        return
    name = database_url.rsplit("/", 1)[1]
    # The test's empty database is set aside (nobody is connected to it yet) for one copied
    # from the template under its name, with its settings (`_pg_database`'s).
    aside = pg_name("sujarit_aside")
    _admin(
        f'ALTER DATABASE "{name}" RENAME TO "{aside}"',
        f'CREATE DATABASE "{name}" TEMPLATE "{climbed}"',
        f'ALTER DATABASE "{name}" SET synchronous_commit = off',
    )
    drop_pg_database(aside)


def _climb(sqlite: bool, revision: str, vault) -> str:
    """A database of this process's own, migrated from empty to `revision`: its file or
    name."""
    if sqlite:
        path = _FOLDER / f"{revision}-{len(_CLIMBED)}.db"
        migrate(f"sqlite:///{path}", revision, vault)
        assert not path.with_name(path.name + "-wal").exists()  # all in the file, to copy
        return str(path)
    name = pg_name("sujarit_climbed")
    migrate(_pg_database(name), revision, vault)
    return name


def forget_climbed() -> None:
    """Drop this process's PostgreSQL copies (at the session's end)."""
    for (backend, _, _), climbed in _CLIMBED.items():
        if backend == "postgresql":
            drop_pg_database(climbed)
    _CLIMBED.clear()
    _VAULTS.clear()
    shutil.rmtree(_FOLDER, ignore_errors=True)
