"""Alembic, driven from code: `flask --app bot db upgrade` and the release process call this.

Alembic is imported by the functions that use it: half a second that every web worker,
scheduler and other CLI command would pay for the `db` command they never run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(database_url: str) -> AlembicConfig:
    """An Alembic configuration pointing at this package's migrations."""
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def current_revision(database_url: str) -> str | None:
    """The revision the database is at now (None when it has none)."""
    from alembic.runtime.migration import MigrationContext

    from storage.db import make_engine

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def upgrade(
    database_url: str,
    revision: str = "head",
    vault=None,
    journal_folder: str | None = None,
    district_of=None,
) -> None:
    """Bring the database schema up to `revision`. Migrations that seal the record (0019)
    need the `vault` (RECORD_SEAL_KEY) when there are tickets, and know where the upgrade
    started (a keyless seal is taken only in the upgrade that brings the key); 0037 needs the
    record journal's folder (RECORD_ANCHOR_DIR) when there are chairs; 0038 holds agency
    records against `district_of` (how the application reads a spelling's district)."""
    from alembic import command

    cfg = alembic_config(database_url)
    cfg.attributes["vault"] = vault
    cfg.attributes["record_journal_folder"] = journal_folder
    cfg.attributes["district_of"] = district_of
    cfg.attributes["from_revision"] = current_revision(database_url)
    command.upgrade(cfg, revision)


def current_heads(database_url: str) -> list[str]:
    """The revisions the code expects the database to be at."""
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config(database_url)).get_heads())
