"""`storage.migrate.upgrade` for the migration tests, with the climb from an empty database
done once per test process and revision, then copied.

A migration test writes rows as an older release left them, so it first brings an empty
database to that release's revision: every migration from the first, again in each test
(about a second of the database server's time on PostgreSQL). The first such climb to a
revision (with a vault of the same keys, or none) starts from a copy of the highest revision
below it already climbed, if any, and runs the migrations from there as `upgrade` does (on an
empty database each migration finds nothing to change, wherever the upgrade started); later
ones copy its result: the SQLite file, or the PostgreSQL database as a template (`CREATE
DATABASE ... TEMPLATE`). An upgrade of a database that holds anything is `upgrade` itself, so
the migrations a test is about always run on its rows.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

from sqlalchemy import inspect

from storage.db import make_engine
from storage.migrate import alembic_config
from storage.migrate import upgrade as migrate
from tests.conftest import PG_URL, _admin, _pg_database, drop_pg_database, pg_name

#: (backend, revision, vault's keys) → the SQLite file or PostgreSQL database climbed to it.
_CLIMBED: dict[tuple[str, str, tuple | None], str] = {}
_FOLDER = Path(tempfile.mkdtemp(prefix="sujarit-migrated-"))


def _sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _keys(vault) -> tuple | None:
    """What tells vaults apart: their keys (every migration module makes its own alike)."""
    if vault is None:
        return None
    return tuple(tuple(keys) for keys in (vault.data_keys, vault.lookup_keys, vault.seal_keys))


@cache
def _positions() -> dict[str, int]:
    """Each revision's place in the one line of migrations, "head" the last's."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    newest_first = list(script.walk_revisions())
    assert len(script.get_heads()) == 1, "the migrations branch: a climb cannot start midway"
    positions = {r.revision: len(newest_first) - n for n, r in enumerate(newest_first)}
    positions["head"] = len(newest_first)
    return positions


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
    key = ("sqlite" if path else "postgresql", revision, _keys(vault))
    climbed = _CLIMBED.get(key)
    if climbed is None:
        climbed = _climb(key, vault)
        _CLIMBED[key] = climbed
    if path is not None:
        shutil.copy(climbed, path)
        return
    name = database_url.rsplit("/", 1)[1]
    # The test's empty database is set aside (nobody is connected to it yet) for one copied
    # from the template under its name, with its settings (`_pg_database`'s).
    aside = pg_name("sujarit_aside")
    _copy_pg(climbed, name, aside)
    drop_pg_database(aside)


def _copy_pg(template: str, name: str, aside: str | None = None) -> None:
    """The PostgreSQL database `name` made a copy of `template` (the one of that name, if
    any, renamed `aside` first), with `_pg_database`'s settings."""
    renamed = [f'ALTER DATABASE "{name}" RENAME TO "{aside}"'] if aside else []
    _admin(
        *renamed,
        f'CREATE DATABASE "{name}" TEMPLATE "{template}"',
        f'ALTER DATABASE "{name}" SET synchronous_commit = off',
    )


def _below(key: tuple) -> str | None:
    """The climbed database nearest below `key`'s revision (same backend, same vault)."""
    backend, revision, keys = key
    positions = _positions()
    if revision not in positions:
        return None
    lower = [
        (positions[r], climbed)
        for (b, r, k), climbed in _CLIMBED.items()
        if b == backend and k == keys and positions.get(r, 1e9) <= positions[revision]
    ]
    return max(lower)[1] if lower else None


def _climb(key: tuple, vault) -> str:
    """A database of this process's own, migrated from empty to `key`'s revision (from a
    copy of the nearest climbed below it): its file or name."""
    backend, revision, _ = key
    start = _below(key)
    if backend == "sqlite":
        path = _FOLDER / f"{revision}-{len(_CLIMBED)}.db"
        if start is not None:
            shutil.copy(start, path)
        migrate(f"sqlite:///{path}", revision, vault)
        assert not path.with_name(path.name + "-wal").exists()  # all in the file, to copy
        return str(path)
    name = pg_name("sujarit_climbed")
    if start is None:
        migrate(_pg_database(name), revision, vault)
    else:
        _copy_pg(start, name)
        migrate(PG_URL.rsplit("/", 1)[0] + "/" + name, revision, vault)
    return name


def forget_climbed() -> None:
    """Drop this process's PostgreSQL copies (at the session's end)."""
    for (backend, _, _), climbed in _CLIMBED.items():
        if backend == "postgresql":
            drop_pg_database(climbed)
    _CLIMBED.clear()
    shutil.rmtree(_FOLDER, ignore_errors=True)
