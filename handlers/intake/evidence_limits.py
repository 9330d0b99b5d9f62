"""The limits on evidence files, the same while filing and when answering the committee."""

from __future__ import annotations

from handlers.events import Incoming
from handlers.intake.fields import EVIDENCE_KINDS, MAX_EVIDENCE
from handlers.replies import Say, T
from storage.uow import UnitOfWork


def refusal(uow: UnitOfWork, event: Incoming, count: int) -> Say | None:
    """Why this file cannot be taken (too many, too large, not a kind we keep), or None."""
    if count >= MAX_EVIDENCE:
        return Say("evidence.too_many", {"maximum": MAX_EVIDENCE})
    limit = uow.settings.evidence_max_bytes
    if event.file_size and event.file_size > limit:
        return Say("evidence.too_large", {"megabytes": limit // (1024 * 1024)})
    if event.message_type not in EVIDENCE_KINDS:
        return Say("evidence.refused.kind", {"kind": T("evidence.kind.file")})
    return None
