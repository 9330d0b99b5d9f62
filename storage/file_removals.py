"""Evidence files removed as soon as the transaction that let them go commits (a person's
erasure of the files they kept aside), not left for the daily retention job's sweep of files
no row uses. Nothing is removed when the transaction rolls back."""

from __future__ import annotations

import logging

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from storage.evidence_move import store_key
from storage.evidence_stores import BlobStore

log = logging.getLogger(__name__)

PENDING = "evidence_files_to_remove"


def remove_at_commit(session: Session, *paths: str | None) -> None:
    """Have the stored files at `paths` (an evidence row's `storage_path`, `clean_path`)
    removed once this transaction commits."""
    session.info.setdefault(PENDING, []).extend(p for p in paths if p)


def install(factory: sessionmaker, blobs: BlobStore, evidence_dir: str) -> None:
    """Remove from `blobs` what a committed transaction let go (`remove_at_commit`)."""

    def remove(session: Session) -> None:
        for path in session.info.pop(PENDING, []):
            try:
                blobs.delete(store_key(path, evidence_dir))
            # the transaction has committed: a store that fails now (a disk, S3's ClientError)
            # must not fail the request; the retention job's sweep removes the file later
            except Exception:
                log.warning("an erased evidence file could not be removed at once")

    def forget(session: Session) -> None:
        session.info.pop(PENDING, None)

    event.listen(factory, "after_commit", remove)
    event.listen(factory, "after_rollback", forget)
