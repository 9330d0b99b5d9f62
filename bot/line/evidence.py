"""Downloads evidence from LINE's content API: the `evidence` job, never a web worker.

Each file is streamed to disk, encrypted as it comes (bot.line.evidence_files), with
the size limit enforced while reading and the type checked before; a photo also gets
a copy without its metadata for reviewers. A refused file is told to the citizen.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

import urllib3

from bot.line import file_types
from bot.line.evidence_files import EvidenceStore, TooLarge
from bot.line.evidence_metadata import clean_photo, damaged_photo_metadata, file_metadata
from bot.line.gateway import ContentStream, LineGateway
from handlers.complaint.evidence_notices import tell_refused
from storage.evidence import claim_pending, ticket_salt
from storage.file_removals import remove_at_commit
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
PARALLEL = 4  # downloads at once in the evidence job
DOWNLOAD_SECONDS = 300  # one file may not hold the job longer; it is tried again later
SAMPLE = 1024 * 1024  # PDFs keep their info at the start or the end


def type_allowed(content_type: str) -> bool:
    """Whether a content type is accepted as evidence."""
    return content_type.split(";")[0].strip().lower().startswith(ALLOWED_TYPES)


@dataclass
class Download:
    """What became of one download."""

    state: str
    error: str | None = None
    path: str | None = None
    clean_path: str | None = None
    size: int | None = None
    sha256: str | None = None  # the keyed mark of the content's SHA-256 (evidence.sha256)
    content_type: str | None = None
    metadata: str | None = None


class _Sampler:
    """Passes chunks through, keeping the first and last megabyte, within a deadline."""

    def __init__(self, chunks: Iterator[bytes], deadline: float) -> None:
        self.chunks, self.deadline = chunks, deadline
        self.head, self.tail = b"", b""

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if time.monotonic() > self.deadline:
                raise TimeoutError("download took too long")
            if len(self.head) < SAMPLE:
                self.head += chunk[: SAMPLE - len(self.head)]
            self.tail = (self.tail + chunk)[-SAMPLE:]
            yield chunk


class EvidenceFetcher:
    """Fetches pending evidence, checks size and type, stores it encrypted."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        gateway: LineGateway,
        store: EvidenceStore,
        max_bytes: int,
    ) -> None:
        self.uow_factory = uow_factory
        self.gateway = gateway
        self.store = store
        self.max_bytes = max_bytes

    def fetch_due(self, ids: list[int] | None = None, limit: int = 20) -> Counter:
        """Download what is due (or just `ids`), a few at a time; counts by outcome.

        Downloads run side by side (PARALLEL threads), so one slow video does not hold
        the photos sent after it.
        """
        with self.uow_factory() as uow:
            claimed = [
                (e.id, e.line_message_id, e.attempts, ticket_salt(uow, e))
                for e in claim_pending(uow, limit, ids)
            ]
            uow.commit()
        if len(claimed) <= 1:
            return Counter(self._fetch_one(*row) for row in claimed)
        with ThreadPoolExecutor(min(PARALLEL, len(claimed))) as pool:
            return Counter(pool.map(lambda row: self._fetch_one(*row), claimed))

    def _fetch_one(self, evidence_id: int, message_id: str, attempts: int, salt) -> str:
        with self.gateway.open_content(message_id) as content:
            done = self._download(content, salt) if content.status == 200 else None
            status = content.status
        with self.uow_factory() as uow:
            row = uow.session.get(Evidence, evidence_id, with_for_update=True)
            if row.status != "pending":
                # erased or set aside while it downloaded: what was written is no one's
                if done is not None:
                    remove_at_commit(uow.session, done.path, done.clean_path)
                uow.commit()
                return row.status
            row.attempts = attempts + 1
            if done is not None and done.state != "retry":
                state = self._record(row, done, uow.now())
                if state in ("too_large", "refused"):
                    tell_refused(uow, row, state, self.max_bytes)
            elif status in (404, 410):
                row.status, row.error = "gone", f"LINE answered {status}"
                state = "gone"
            elif row.attempts >= MAX_ATTEMPTS:
                row.status, row.error = "failed", done.error if done else f"LINE answered {status}"
                state = "failed"
            else:
                # 202 means LINE is still preparing a video; others are passing faults.
                wait = timedelta(seconds=min(30 * 2**attempts, 3600))
                row.status, row.next_attempt_at = "pending", uow.now() + wait
                row.error = done.error if done else f"LINE answered {status}"
                state = "retry"
            uow.commit()
        return state

    def _download(self, content: ContentStream, salt: str | None = None) -> Download:
        kind = content.content_type.split(";")[0].strip().lower()
        if not type_allowed(kind):
            return Download("refused", f"type {kind!r} not accepted", content_type=kind)
        if content.length is not None and content.length > self.max_bytes:
            return Download("too_large", "over the size limit", size=content.length)
        sampler = _Sampler(content.chunks, time.monotonic() + DOWNLOAD_SECONDS)
        try:
            path, size, digest = self.store.write(sampler, self.max_bytes, ticket_salt=salt)
        except TooLarge as exc:
            return Download("too_large", "over the size limit", size=exc.args[0])
        except (urllib3.exceptions.HTTPError, OSError, TimeoutError) as exc:
            log.warning("evidence download interrupted: %s", type(exc).__name__)
            return Download("retry", f"download interrupted ({type(exc).__name__})")
        # LINE may say only "application/octet-stream": the content's first bytes tell the rest
        kind = file_types.content_type(kind, sampler.head)
        done = Download("stored", None, str(path), None, size, digest, kind)
        self._describe(done, sampler.head + sampler.tail)
        return done

    def _describe(self, done: Download, sample: bytes) -> None:
        """A clean copy of a photo; the kinds of maker data of anything else."""
        if done.content_type.startswith("image/"):
            original = self.store.read_all(done.path)
            cleaned = clean_photo(original)
            if cleaned is None:
                done.metadata = ",".join(damaged_photo_metadata(original)) or None
                return
            data, clean_type, found = cleaned
            kind = "png" if clean_type == "image/png" else "jpg"
            done.clean_path = str(self.store.write([data], kind=kind)[0])
            done.metadata = ",".join(found) or None
            return
        if done.content_type.startswith("application/vnd.openxmlformats"):
            with tempfile.SpooledTemporaryFile(max_size=SAMPLE) as whole:
                for chunk in self.store.read(done.path):
                    whole.write(chunk)
                whole.seek(0)
                found = file_metadata(done.content_type, sample, whole)
        else:
            found = file_metadata(done.content_type, sample)
        done.metadata = ",".join(found) or None

    def _record(self, row: Evidence, done: Download, now) -> str:
        row.status, row.error = done.state, done.error
        if done.size is not None:
            row.size_bytes = done.size
        if done.state != "stored":
            return done.state
        row.sha256, row.content_type, row.storage_path = done.sha256, done.content_type, done.path
        row.clean_path, row.metadata_found, row.fetched_at = done.clean_path, done.metadata, now
        return "stored"
