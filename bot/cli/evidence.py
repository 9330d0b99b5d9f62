"""`flask evidence move --to STORE`: evidence files into another store."""

from __future__ import annotations

import json

import click
from flask import current_app
from flask.cli import AppGroup

from bot.line.evidence_files import configured_blobs
from storage.evidence_move import MoveMismatch, move_files

evidence_cli = AppGroup("evidence", help="Evidence files: move them between stores.")


@evidence_cli.command("move")
@click.option("--to", "to", required=True, help="local, database or s3://bucket/prefix")
def evidence_move(to: str) -> None:
    """Copy every evidence file from EVIDENCE_STORE into STORE, checked by hash (run again
    to resume); then set EVIDENCE_STORE to STORE."""
    services = current_app.extensions["sujarit"]
    source = services.fetcher.store.blobs
    try:
        target = configured_blobs(services.config, services.engine, to)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if target.name == source.name:
        raise click.ClickException(f"the evidence is already in {to}")
    try:
        counts = move_files(services.uow, source, target, services.config.evidence_dir)
    except MoveMismatch as exc:
        raise click.ClickException(f"{exc.args[0]} did not copy whole; run again") from exc
    click.echo(json.dumps({"from": source.name, "to": target.name, **counts}))
    if counts["missing"]:
        click.echo(f"warning: {counts['missing']} evidence files were missing from the source")
    click.echo(f"now set EVIDENCE_STORE={to}")
