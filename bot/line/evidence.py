"""Downloads evidence from LINE's content API after the webhook has answered."""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from datetime import timedelta
from pathlib import Path

from bot.line.gateway import LineGateway
from storage.evidence import claim_pending
from storage.models import Evidence
from storage.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)
ALLOWED_TYPES = (
    "image/",
    "video/",
    "audio/",
    "application/pdf",
    "text/plain",
    "application/msword",
    "application/vnd.openxmlformats-officedocument",
    "application/vnd.ms-excel",
    "application/zip",
    "application/octet-stream",
)
MAX_ATTEMPTS = 12


class EvidenceFetcher:
    """Fetches pending evidence, checks size and type, stores it by checksum."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, gateway: LineGateway, directory: str, max_bytes: int
    ) -> None:
        self.uow_factory = uow_factory
        self.gateway = gateway
        self.directory = Path(directory)
        self.max_bytes = max_bytes

    def fetch_due(self, ids: list[int] | None = None, limit: int = 20) -> Counter:
        """Download what is due (or just `ids`); returns counts by outcome."""
        with self.uow_factory() as uow:
            claimed = [
                (e.id, e.line_message_id, e.attempts) for e in claim_pending(uow, limit, ids)
            ]
            uow.commit()
        outcome: Counter = Counter()
        for evidence_id, message_id, attempts in claimed:
            outcome[self._fetch_one(evidence_id, message_id, attempts)] += 1
        return outcome

    def _fetch_one(self, evidence_id: int, message_id: str, attempts: int) -> str:
        content = self.gateway.content(message_id)
        with self.uow_factory() as uow:
            row = uow.session.get(Evidence, evidence_id)
            row.attempts = attempts + 1
            if content.status == 200:
                state = self._store(row, content.data, content.content_type, uow.now())
            elif content.status in (404, 410):
                row.status, row.error = "gone", f"LINE answered {content.status}"
                state = "gone"
            elif row.attempts >= MAX_ATTEMPTS:
                row.status, row.error = "failed", f"LINE answered {content.status}"
                state = "failed"
            else:
                # 202 means LINE is still preparing a video; others are passing faults.
                wait = timedelta(seconds=min(30 * 2**attempts, 3600))
                row.status, row.next_attempt_at = "pending", uow.now() + wait
                row.error = f"LINE answered {content.status}"
                state = "retry"
            uow.commit()
        return state

    def _store(self, row: Evidence, data: bytes, content_type: str, now) -> str:
        if len(data) > self.max_bytes:
            row.status, row.error, row.size_bytes = "too_large", "over the size limit", len(data)
            return "too_large"
        kind = content_type.split(";")[0].strip().lower()
        if not kind.startswith(ALLOWED_TYPES):
            row.status, row.error = "refused", f"type {kind!r} not accepted"
            return "refused"
        digest = hashlib.sha256(data).hexdigest()
        path = self.directory / digest[:2] / digest
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            tmp = path.with_suffix(".part")
            tmp.write_bytes(data)
            tmp.replace(path)
        row.status, row.sha256, row.size_bytes = "stored", digest, len(data)
        row.content_type, row.storage_path, row.fetched_at, row.error = kind, str(path), now, None
        return "stored"
