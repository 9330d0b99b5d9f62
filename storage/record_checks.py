"""Checking the tamper-evident record: one ticket or all, and remembering each full check."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select

from storage import ticket_chain
from storage.models import TicketEvent
from storage.transparency_models import ChainVerification
from storage.uow import UnitOfWork

BATCH = 500


@dataclass
class CheckResult:
    """How many tickets were checked, which are broken and why, and the store's fingerprint."""

    checked: int = 0
    broken: dict[str, list[str]] = field(default_factory=dict)
    store_digest: str = ""


def check(uow: UnitOfWork, reference: str | None = None) -> CheckResult:
    """Verify the chains of one ticket (by reference) or of all, reading only stored rows."""
    result = CheckResult()
    fingerprint = hashlib.sha256()
    for batch in ticket_chain.stored_batches(uow.session, reference, BATCH):
        for ticket, entries in batch:
            result.checked += 1
            fingerprint.update(f"{ticket.reference}:{ticket.chain_seal}\n".encode())
            found = ticket_chain.problems(ticket, entries)
            if found:
                result.broken[ticket.reference] = found
    result.store_digest = fingerprint.hexdigest()
    return result


def record(uow: UnitOfWork, result: CheckResult, scope: str, source: str, started) -> None:
    """Keep a verification run (the transparency page shows the last full one)."""
    uow.session.add(
        ChainVerification(
            started_at=started,
            finished_at=uow.now(),
            scope=scope,
            source=source,
            checked=result.checked,
            broken=len(result.broken),
            store_digest=result.store_digest,
            detail="; ".join(sorted(result.broken))[:2000] or None,
        )
    )


def last_full_check(uow: UnitOfWork) -> ChainVerification | None:
    """The latest check of the whole store."""
    stmt = (
        select(ChainVerification)
        .where(ChainVerification.scope == "all")
        .order_by(ChainVerification.started_at.desc(), ChainVerification.id.desc())
        .limit(1)
    )
    return uow.session.scalars(stmt).first()


def first_hash(uow: UnitOfWork, ticket_id: int) -> str | None:
    """The chain's first hash for a ticket (what the complainant's receipt carries)."""
    stmt = (
        select(TicketEvent.entry_hash)
        .where(TicketEvent.ticket_id == ticket_id)
        .order_by(TicketEvent.id)
        .limit(1)
    )
    return uow.session.scalar(stmt)


def check_and_record(uow: UnitOfWork, reference: str | None, source: str) -> CheckResult:
    """Check one ticket or the whole store, and keep the run (the caller commits)."""
    started = uow.now()
    result = check(uow, reference)
    record(uow, result, reference or "all", source, started)
    return result
