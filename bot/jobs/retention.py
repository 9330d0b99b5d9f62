"""The daily `retention` job: purge what the periods allow, then files no row still needs."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

from bot.services import Services
from storage.retention import RetentionPolicy, apply, stored_paths

# A file younger than this may belong to a download whose row is not committed yet.
FRESH_SECONDS = 3600


def policy(services: Services) -> RetentionPolicy:
    """The retention periods from configuration."""
    c = services.config
    return RetentionPolicy(
        draft_contents=timedelta(days=c.retention_draft_days),
        abandoned_evidence=timedelta(days=c.retention_evidence_days),
        event_ids=timedelta(days=c.retention_event_days),
        closed_identity=timedelta(days=c.retention_identity_days),
        audit=timedelta(days=c.retention_audit_days),
        held_notices=timedelta(days=c.retention_held_notice_days),
    )


def remove_unused_files(services: Services, keep: set[str]) -> int:
    """Delete evidence files that no evidence row refers to any more."""
    blobs = services.fetcher.store.blobs
    root = Path(services.config.evidence_dir).resolve()
    # Rows written before 0018 hold absolute paths under EVIDENCE_DIR; keys are relative.
    kept = {
        str(Path(p).relative_to(root))
        if Path(p).is_absolute() and Path(p).is_relative_to(root)
        else p
        for p in keep
    }
    removed = 0
    now = time.time()
    for key in list(blobs.list()):
        if key in kept or now - blobs.modified_at(key) < FRESH_SECONDS:
            continue
        blobs.delete(key)
        removed += 1
    return removed


def retention(services: Services, stop: threading.Event) -> dict:
    """Apply the retention periods; then remove files left without a row."""
    with services.uow() as uow:
        result = apply(uow, policy(services))
        uow.commit()
    with services.uow() as uow:
        keep = stored_paths(uow)
    result["files_removed"] = remove_unused_files(services, keep)
    return result
