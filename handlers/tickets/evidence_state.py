"""What became of each evidence file, as a member should read it: shown, on its way (and
when it is tried again), stuck, failed (a member may try again), gone from LINE, or refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.directory.access import require_review
from storage import audit
from storage import evidence as evidence_store
from storage.models import Evidence, Member, Ticket
from storage.uow import UnitOfWork

# The evidence job ticks every 3 s and leases a row for 10 minutes while it downloads: a row
# due longer ago than this is not being worked on (the scheduler is not running).
STALLED_AFTER = timedelta(minutes=15)
RETRY_ROLES = frozenset({"reviewer", "chair"})


@dataclass(frozen=True)
class EvidenceState:
    """One file's state: a catalogue key ("dash.evidence.state.<key>"), when it is tried
    next, and whether a member may ask for another try."""

    key: str
    next_try: datetime | None = None
    may_retry: bool = False


def state_of(item: Evidence, now: datetime, member: Member) -> EvidenceState:
    """The state of one file for this member at `now` (stored files are shown as such)."""
    if item.status == "pending":
        if item.next_attempt_at is not None and item.next_attempt_at < now - STALLED_AFTER:
            return EvidenceState("stalled")
        if item.attempts:
            return EvidenceState("retrying", next_try=item.next_attempt_at)
        return EvidenceState("downloading")
    if item.status == "failed":
        return EvidenceState("failed", may_retry=member.role in RETRY_ROLES)
    if item.status == "gone":
        return EvidenceState("expired")
    return EvidenceState(item.status)  # "stored", "too_large", "refused"


def retry(uow: UnitOfWork, member: Member, ticket: Ticket, item: Evidence) -> None:
    """A failed download tried again from the start by the evidence job (audited)."""
    require_review(uow, member, ticket)
    if item.ticket_id != ticket.id or not state_of(item, uow.now(), member).may_retry:
        raise ValueError("only a failed download is tried again, by a reviewer or the chair")
    evidence_store.requeue(uow, item)
    audit.record(uow, member, "evidence_retry", str(item.id), ticket.id)
