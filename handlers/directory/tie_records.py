"""Declared ties whose agency record was changed outside the application, and a chair's way
back for them.

A tie's record mark (storage/row_seals.py) says which agency record the application pointed
it to; recusal reads that record's name and spellings as the tie. A tie pointed to another
record, or to none, in the database alone keeps every ticket from its member (fail closed,
handlers/directory/access.py). A chair looks at what it points to now on
`/committee/conflicts` and either accepts it (marked again as it stands, audited) or removes
it; the command line does neither.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from handlers.directory import agencies, vouched_ties
from handlers.directory.access import (
    NotAllowed,
    hidden_from,
    readable_agencies,
    require_record_free,
    unassign_recused,
)
from handlers.directory.grants import counts_as_chair
from storage import audit, journal_lines, row_seals
from storage.insider_models import Agency
from storage.models import Member, MemberConflict
from storage.uow import UnitOfWork

TIE_ACCEPTED = "accept_tie_record"  # audit action: a chair took a tie's record as it now is


@dataclass(frozen=True)
class BrokenTie:
    """A tie in force whose record mark does not fit, as a chair reads it: the member, the
    tie, and the record it points to now (None: none; `hidden`: one the reader may not read)."""

    conflict: MemberConflict
    member: Member
    record: Agency | None
    hidden: bool


def broken_ties(uow: UnitOfWork, reader: Member) -> list[BrokenTie]:
    """The ties in force of active members pointed to another record (or none) outside the
    application, each with the record it points to now as `reader` may see it."""
    stmt = (
        select(MemberConflict, Member)
        .join(Member, Member.id == MemberConflict.member_id)
        .where(MemberConflict.removed_at.is_(None), Member.active.is_(True))
        .order_by(MemberConflict.id)
    )
    journal = journal_lines.of_session(uow.session)
    found = [
        (conflict, member)
        for conflict, member in uow.session.execute(stmt)
        if not row_seals.tie_record_holds(uow.vault, conflict, journal)
    ]
    records = {c.agency_id: uow.session.get(Agency, c.agency_id) for c, _ in found if c.agency_id}
    readable = {r.id for r in readable_agencies(uow, reader, [r for r in records.values() if r])}
    return [
        BrokenTie(
            conflict=c,
            member=m,
            record=records.get(c.agency_id),
            hidden=c.agency_id is not None and c.agency_id not in readable,
        )
        for c, m in found
    ]


def may_accept_ties(uow: UnitOfWork, member: Member) -> bool:
    """Whether the member may accept another member's broken tie: an active chair (not the
    command line) whose own role counts and whose own record holds (who sees nothing, kept
    from every ticket, judges no one's recusal)."""
    return counts_as_chair(uow, member) and not hidden_from(uow, member).everything


def accept_tie(uow: UnitOfWork, by: Member, conflict: MemberConflict) -> bool:
    """A chair has looked at a tie pointed to another record outside the application and takes
    it as it now points (audited; tickets its member may no longer see are taken back).
    NotAllowed for the tied member themselves, anyone but a chair `may_accept_ties`, a
    chair tied to the record it points to or who may not read it, and a chair with a tie
    touching what it says or what it was declared as (handlers/directory/vouched_ties.py).
    Whether the tie was marked now (False: it was removed, or already held)."""
    if by.id == conflict.member_id or not may_accept_ties(uow, by):
        raise NotAllowed("another chair whose own role and record hold must look at this tie")
    journal = journal_lines.of_session(uow.session)
    if conflict.removed_at is not None or row_seals.tie_record_holds(uow.vault, conflict, journal):
        return False
    record = uow.session.get(Agency, conflict.agency_id) if conflict.agency_id else None
    try:  # free of what the tie says and points to now, and of what it was declared as
        vouched_ties.require_free_of(uow, by, vouched_ties.declared_as(uow, conflict))
    except ValueError as exc:  # declared as a tie nobody can name now: nobody may judge it
        raise NotAllowed(str(exc)) from exc
    if record is not None:
        require_record_free(uow, by, record)
        if not readable_agencies(uow, by, [record]):  # its name is kept from them
            raise NotAllowed("another chair, who may read that agency record, must look")
    conflict.record_mark = row_seals.tie_record_mark(uow.vault, conflict)
    uow.session.flush()
    agencies.forget(uow)
    # The record id first: the audit page keeps the line from whoever may not read it.
    pointed = f"{record.id} " if record is not None else ""
    detail = f"{pointed}member {conflict.member_id}: {conflict.kind} {conflict.value}"
    audit.record(uow, by, TIE_ACCEPTED, detail)
    unassign_recused(uow)
    return True
