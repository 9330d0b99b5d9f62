"""What the retention periods allow to go: draft contents, abandoned evidence, event ids,
identities of long-closed tickets, notices held for discreet citizens who never opened them,
held notices already read, old audit entries, ended throttle windows. Each step is
idempotent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select

from storage import held_notices, outbox, record_journal, throttles
from storage.models import AuditEntry, Draft, Evidence, FailedEvent, ProcessedEvent, Ticket
from storage.privacy import ERASED_OWNER, purge_draft, purge_evidence, remove_identity
from storage.privacy_models import ConsentRecord, ExportLink, PrivacyRequest
from storage.uow import UnitOfWork

BATCH = 1000


@dataclass(frozen=True)
class RetentionPolicy:
    """The RETENTION_* periods."""

    draft_contents: timedelta = timedelta(days=30)
    abandoned_evidence: timedelta = timedelta(days=30)
    event_ids: timedelta = timedelta(days=7)
    closed_identity: timedelta = timedelta(days=365)
    audit: timedelta = timedelta(days=1825)
    held_notices: timedelta = timedelta(days=90)


def purge_drafts(uow: UnitOfWork, policy: RetentionPolicy) -> int:
    """Blank drafts closed longer than the period (a sent one lives on in its ticket)."""
    stmt = (
        select(Draft)
        .where(
            Draft.status != "open",
            Draft.step != "purged",
            Draft.closed_at <= uow.now() - policy.draft_contents,
        )
        .limit(BATCH)
    )
    drafts = list(uow.session.scalars(stmt))
    for draft in drafts:
        purge_draft(uow, draft, evidence=False)  # evidence has its own period
    return len(drafts)


def purge_abandoned_evidence(uow: UnitOfWork, policy: RetentionPolicy) -> int:
    """Forget evidence of drafts that never became a ticket, once the period has passed, and
    files sent after filing and kept aside for a question never answered (no draft nor
    ticket took them) as long after they came."""
    before = uow.now() - policy.abandoned_evidence
    closed = select(Draft.id).where(Draft.status != "open", Draft.closed_at <= before)
    drafts = purge_evidence(uow, Evidence.ticket_id.is_(None), Evidence.draft_id.in_(closed))
    aside = (Evidence.ticket_id.is_(None), Evidence.draft_id.is_(None))
    return drafts + purge_evidence(uow, *aside, Evidence.created_at <= before)


def prune_events(uow: UnitOfWork, policy: RetentionPolicy) -> dict:
    """Processed event ids after LINE's redelivery window; failed events after the draft period."""
    events = uow.session.execute(
        delete(ProcessedEvent).where(ProcessedEvent.processed_at < uow.now() - policy.event_ids)
    ).rowcount
    failed = uow.session.execute(
        delete(FailedEvent).where(FailedEvent.created_at < uow.now() - policy.draft_contents)
    ).rowcount
    return {"event_ids": events, "failed_events": failed}


def prune_outbox(uow: UnitOfWork, policy: RetentionPolicy) -> int:
    """Recipients of delivered messages, and of those given up longer than the draft period."""
    return outbox.forget_delivered(uow, uow.now() - policy.draft_contents, BATCH)


def expire_held_notices(uow: UnitOfWork, policy: RetentionPolicy) -> int:
    """Notices held for a discreet citizen who has not tapped "อ่าน" within the period: their
    content stays on the committee's side (the ticket's timeline, `/status`)."""
    return held_notices.expire(uow, uow.now() - policy.held_notices)


def remove_closed_identities(uow: UnitOfWork, policy: RetentionPolicy) -> int:
    """Name, phone, the affected person's name and LINE link of tickets closed longer than
    the period."""
    stmt = (
        select(Ticket)
        .where(
            Ticket.closed_at.is_not(None),
            Ticket.closed_at <= uow.now() - policy.closed_identity,
            (Ticket.owner_line_id_enc != ERASED_OWNER)
            | Ticket.complainant_name_enc.is_not(None)
            | Ticket.affected_name_enc.is_not(None),
        )
        .limit(BATCH)
    )
    tickets = list(uow.session.scalars(stmt))
    return sum(remove_identity(uow, t, "identity retention period ended") for t in tickets)


def prune_records(uow: UnitOfWork, policy: RetentionPolicy) -> dict:
    """Audit entries, rights requests and consent records after the (long) audit period."""
    before = uow.now() - policy.audit
    record_journal.note_audit_cut(uow.session, before)  # verify looks for none before it
    counts = {}
    for name, model, column in (
        ("audit", AuditEntry, AuditEntry.at),
        ("privacy_requests", PrivacyRequest, PrivacyRequest.at),
        ("consents", ConsentRecord, ConsentRecord.at),
    ):
        counts[name] = uow.session.execute(delete(model).where(column < before)).rowcount
    counts["export_links"] = uow.session.execute(
        delete(ExportLink).where(ExportLink.expires_at < uow.now() - timedelta(days=1))
    ).rowcount
    return counts


def stored_paths(uow: UnitOfWork) -> set[str]:
    """Evidence files some row still needs (originals and the photos' clean copies)."""
    originals = select(Evidence.storage_path).where(Evidence.storage_path.is_not(None))
    cleaned = select(Evidence.clean_path).where(Evidence.clean_path.is_not(None))
    return set(uow.session.scalars(originals)) | set(uow.session.scalars(cleaned))


def apply(uow: UnitOfWork, policy: RetentionPolicy) -> dict:
    """Every retention step, in one transaction."""
    return {
        "drafts_purged": purge_drafts(uow, policy),
        "evidence_purged": purge_abandoned_evidence(uow, policy),
        **prune_events(uow, policy),
        "outbox_recipients_removed": prune_outbox(uow, policy),
        "identities_removed": remove_closed_identities(uow, policy),
        "held_notices_moved": held_notices.adopt_all(uow),
        "held_notices_expired": expire_held_notices(uow, policy),
        **prune_records(uow, policy),
        "throttle_windows": throttles.forget_old(uow),
        "held_notices_read": held_notices.forget_read(uow),
    }
