"""`flask --app bot keys rotate|fingerprints|legacy-key`: the data keys, rotated safely.

Rotation: put the new key first in DATA_ENCRYPTION_KEY (and/or DATA_LOOKUP_KEY),
comma-separated, keep the old ones after it, restart, then run `keys rotate`.
"""

from __future__ import annotations

import json

import click
from flask import current_app
from flask.cli import AppGroup

import storage.schema  # noqa: F401  (every table, so rotation sees every column)
from handlers.directory import vouched_ties
from storage import journal_stored, record_journal, transparency_releases
from storage.crypto import local_data_key
from storage.rekey import remark_evidence, rotate_rows

keys_cli = AppGroup("keys", help="Data encryption and lookup keys: rotate, fingerprints.")


@keys_cli.command("rotate")
def keys_rotate() -> None:
    """Re-encrypt and re-index every row (and evidence file) with the first keys; reseal the
    intact records and public figures' releases (and their notes) with the first seal key;
    name the record journal's ties, tickets and audit entries again under the first lookup
    key (lines from before their names were keyed: in place, so no unkeyed name is left).
    Anchors need none: their digests are keyless."""
    services = current_app.extensions["sujarit"]
    with services.uow() as uow:
        counts = dict(rotate_rows(uow))
        resealed = transparency_releases.reseal(uow)
        uow.commit()
    transparency_releases.renote(services.config.record_anchor_dir, resealed)
    with services.uow() as uow:  # the journal's ties and accounts under the newest lookup key
        counts.update(vouched_ties.rejournal(uow))
        folder = services.config.record_anchor_dir
        counts.update(record_journal.rekey_tickets(uow, folder))
        counts.update(record_journal.rekey_audit(uow, folder))
        conn = uow.session.connection()
        counts["accounts_rejournalled"] = journal_stored.journal_accounts(conn, folder, uow.vault)
        uow.commit()  # the audit start's row, sealed again under the newest key
    counts["releases_resealed"] = len(resealed)
    digests = services.fetcher.store.rotate_files()
    counts["files"] = len(digests)
    with services.uow() as uow:
        marks = remark_evidence(uow, digests, services.config.evidence_dir)
        uow.commit()
    counts["evidence_remarked"], counts["evidence_unfit"] = marks["remarked"], marks["unfit"]
    click.echo(json.dumps({"rotated": counts, "keys": services.uow.vault.fingerprints()}))


@keys_cli.command("fingerprints")
def keys_fingerprints() -> None:
    """Short public names of the keys in use, newest first (never the keys)."""
    click.echo(json.dumps(current_app.extensions["sujarit"].uow.vault.fingerprints()))


@keys_cli.command("legacy-key")
def keys_legacy() -> None:
    """The data key versions before 0011 derived from SECRET_KEY, to list last while rotating."""
    click.echo(local_data_key(current_app.extensions["sujarit"].config.secret_key))
