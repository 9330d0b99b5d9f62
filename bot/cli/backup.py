"""`flask --app bot backup create|restore|verify`: the whole system in one archive, and back."""

from __future__ import annotations

from datetime import datetime

import click
from flask import current_app
from flask.cli import AppGroup

from storage import backup, privacy
from storage.migrate import current_heads, upgrade

backup_cli = AppGroup("backup", help="Back up and restore the database and evidence files.")


def _services():
    return current_app.extensions["sujarit"]


def _revision(engine) -> str:
    with engine.connect() as conn:
        from sqlalchemy import text

        return conn.scalar(text("SELECT version_num FROM alembic_version"))


@backup_cli.command("create")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False))
def create(out: str) -> None:
    """Write one consistent archive: every table, the evidence files, checksums; no keys."""
    services = _services()
    manifest = backup.create(
        services.engine,
        services.fetcher.store.blobs,
        services.config.evidence_dir,
        out,
        services.uow.vault,
        _revision(services.engine),
    )
    rows = sum(t["rows"] for t in manifest["tables"].values())
    click.echo(
        f"{out}: {rows} rows in {len(manifest['tables'])} tables, "
        f"{len(manifest['evidence'])} evidence files, revision {manifest['revision']}"
    )
    for kind, fingerprints in manifest["key_fingerprints"].items():
        click.echo(f"needs {kind} key(s): {', '.join(fingerprints)}")
    if manifest["evidence_missing"]:
        click.echo(f"warning: {len(manifest['evidence_missing'])} evidence files were missing")


@backup_cli.command("verify")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def verify(file: str) -> None:
    """Check the archive's sealed manifest and keyed checksums, and that the configured keys
    can restore it (exit 1 otherwise)."""
    vault = _services().uow.vault
    try:
        manifest, _ = backup.read(file, vault)
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    for kind, fingerprints in manifest["key_fingerprints"].items():
        click.echo(f"needs {kind} key(s): {', '.join(fingerprints)}")
    missing = backup.missing_keys(manifest, vault.fingerprints())
    if missing:
        raise click.ClickException(
            f"the configured keys cannot restore it; they lack: {', '.join(missing)}"
        )
    rows = sum(t["rows"] for t in manifest["tables"].values())
    click.echo(
        f"ok: {rows} rows, {len(manifest['evidence'])} evidence files, "
        f"revision {manifest['revision']}, made {manifest['created_at']} "
        f"on {manifest['source']}"
    )


@backup_cli.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def restore(file: str) -> None:
    """Bring an archive into an EMPTY database and evidence directory (refuses otherwise),
    then erase again whoever the record journal says asked to be erased since it was made."""
    services = _services()
    try:
        manifest, members = backup.read(file, services.uow.vault)
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    missing = backup.missing_keys(manifest, services.uow.vault.fingerprints())
    if missing:
        raise click.ClickException(
            "the configured DATA_ENCRYPTION_KEY/DATA_LOOKUP_KEY/RECORD_SEAL_KEY do not include "
            "the archive's: " + ", ".join(missing)
        )
    if not backup.is_empty(services.engine):
        raise click.ClickException(
            "the database holds data (not empty); restore needs an empty database"
        )
    url = services.config.database_url
    if manifest["revision"] not in current_heads(url):
        raise click.ClickException(
            f"the archive is at revision {manifest['revision']}; this version of the code "
            f"is at {', '.join(current_heads(url))}: restore with the matching version, then "
            "run `db upgrade`"
        )
    upgrade(url, manifest["revision"])  # first: the database store's table comes with it
    blobs = services.fetcher.store.blobs
    if next(iter(blobs.list()), None) is not None:
        raise click.ClickException(
            f"the evidence store ({blobs.name}) is not empty; restore needs it empty"
        )
    counts = backup.restore(services.engine, blobs, manifest, members)
    click.echo(
        f"restored {sum(counts.values())} rows and {len(manifest['evidence'])} "
        f"evidence files from {file}"
    )
    # Whoever asked to be erased after the archive was made is erased again: the record
    # journal (RECORD_ANCHOR_DIR, shared with the host the archive came from) lists them.
    with services.uow() as uow:
        erased = privacy.replay_erasures(uow, datetime.fromisoformat(manifest["created_at"]))
        uow.commit()
    click.echo(f"erased again {erased} people who asked to be erased after the archive was made")
