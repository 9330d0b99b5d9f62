"""The daily check of the tamper-evident record (the transparency page shows its date)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from bot.services import Services
from storage import record_anchors
from storage.record_checks import check_and_record

log = logging.getLogger(__name__)


def verify_records(services: Services, stop: threading.Event) -> dict:
    """Verify every ticket's hash chain and keep the run; publish the day's anchor and write
    it to RECORD_ANCHOR_DIR (for the operator to copy elsewhere)."""
    with services.uow() as uow:
        result = check_and_record(uow, None, "job", services.config.record_anchor_dir)
        made = record_anchors.make_today(uow)
        uow.commit()
    folder = Path(services.config.record_anchor_dir)
    record_anchors.write(made, folder / f"anchor-{made['day']}-{made['digest'][:12]}.json")
    if result.broken:
        log.error(
            "tickets verify: %d broken record(s): %s", len(result.broken), sorted(result.broken)
        )
    return {"checked": result.checked, "broken": sorted(result.broken), "anchor": made["digest"]}
