"""The daily check of the tamper-evident record (the transparency page shows its date)."""

from __future__ import annotations

import logging
import threading

from bot.services import Services
from storage.record_checks import check_and_record

log = logging.getLogger(__name__)


def verify_records(services: Services, stop: threading.Event) -> dict:
    """Verify every ticket's hash chain and keep the run."""
    with services.uow() as uow:
        result = check_and_record(uow, None, "job")
        uow.commit()
    if result.broken:
        log.error(
            "tickets verify: %d broken record(s): %s", len(result.broken), sorted(result.broken)
        )
    return {"checked": result.checked, "broken": sorted(result.broken)}
