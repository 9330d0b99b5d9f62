"""The daily check of the tamper-evident record (the transparency page shows its date)."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from bot.services import Services
from handlers.tickets import anchor_codes
from handlers.tickets.transparency import current_release
from storage import anchor_witness, record_anchors
from storage.record_checks import check_and_record

log = logging.getLogger(__name__)


def verify_records(services: Services, stop: threading.Event) -> dict:
    """Make the period's release of the public figures if it is due (so it is made on the
    period's first day), verify every ticket's hash chain, the anchors and the releases, and
    keep the run; when the record is intact, publish the day's anchor, write it to
    RECORD_ANCHOR_DIR (for the operator to copy elsewhere) and send its code to the chairs
    in LINE (handlers/tickets/anchor_codes.py). A broken record is never anchored:
    a rollback with a forged anchor row stays reported by the files kept before it."""
    config = services.config
    with services.uow() as uow:
        current_release(uow, config.record_anchor_dir)
        uow.commit()
    with services.uow() as uow:
        result = check_and_record(
            uow,
            None,
            "job",
            config.record_anchor_dir,
            timedelta(days=config.retention_audit_days),
        )
        made = None if result.record_broken() else anchor_codes.publish(uow)
        uow.commit()
    if made is not None:
        record_anchors.keep_in(made, config.record_anchor_dir)
    if result.broken:
        log.error(
            "tickets verify: %d broken: %s%s",
            len(result.broken),
            sorted(result.broken),
            "" if made else "; no anchor made (a broken record is never anchored)",
        )
    return {
        "checked": result.checked,
        "broken": sorted(result.broken),
        "anchor": made["digest"] if made else None,
    }


def witness_anchor(services: Services, stop: threading.Event) -> dict:
    """Hourly: when a member's version, a policy setting, a session's end (other than a
    member's own logout) or the audit log's start is not yet in the latest anchor's witness,
    run the daily check now
    (`verify_records`: verified, anchored unless broken, its code sent to the chairs), so
    that putting those rows back is caught by a code the chairs hold within the hour, not
    the day (storage/anchor_witness.py)."""
    with services.uow() as uow:
        fresh = anchor_witness.news(anchor_witness.rows(uow), record_anchors.latest_witness(uow))
    if not fresh:
        return {"anchor": None}
    return verify_records(services, stop)
