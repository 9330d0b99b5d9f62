"""The daily `retention` job: purge what the periods allow, then files no row still needs."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from bot.jobs.registry import Job, register
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
    )


def remove_unused_files(services: Services, keep: set[str]) -> int:
    """Delete evidence files that no evidence row refers to any more."""
    root = Path(services.config.evidence_dir)
    if not root.is_dir():
        return 0
    removed = 0
    now = time.time()
    for path in root.rglob("*"):
        if not path.is_file() or str(path) in keep or path.suffix == ".part":
            continue
        if now - path.stat().st_mtime < FRESH_SECONDS:
            continue
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def retention(services: Services) -> dict:
    """Apply the retention periods; then remove files left without a row."""
    with services.uow() as uow:
        result = apply(uow, policy(services))
        uow.commit()
    with services.uow() as uow:
        keep = stored_paths(uow)
    result["files_removed"] = remove_unused_files(services, keep)
    return result


register(
    Job(
        "retention",
        "cron",
        {"hour": 3, "minute": 17},
        retention,
        "daily: purge drafts, abandoned evidence, old event ids, closed identities, old audit",
    )
)
