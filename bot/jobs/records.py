"""The daily check of the tamper-evident record (the transparency page shows its date)."""

from __future__ import annotations

import logging

from bot.jobs.registry import Job, register
from bot.services import Services
from storage.record_checks import check_and_record

log = logging.getLogger(__name__)


def verify_records(services: Services) -> dict:
    """Verify every ticket's hash chain and keep the run."""
    with services.uow() as uow:
        result = check_and_record(uow, None, "job")
        uow.commit()
    if result.broken:
        log.error(
            "tickets verify: %d broken record(s): %s", len(result.broken), sorted(result.broken)
        )
    return {"checked": result.checked, "broken": sorted(result.broken)}


register(
    Job(
        "verify-records",
        "cron",
        {"hour": 4, "minute": 17},
        verify_records,
        "daily: verify every ticket's hash chain (tickets verify)",
    )
)
