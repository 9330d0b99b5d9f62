"""Queries for related complaints (#23): candidates by index look-ups on the signatures
(never a scan of stories), links of a ticket, and the tickets of a case."""

from __future__ import annotations

import zlib

from sqlalchemy import ColumnElement, ScalarSelect, and_, literal, not_, or_, select, text
from sqlalchemy.orm import aliased

from storage.models import Ticket
from storage.pattern_models import Case, CaseTicket, TicketLink, TicketSignature
from storage.uow import UnitOfWork
from storage.visibility import Exclusions

MONTHS_AROUND = 4  # candidates are reports of this many months either side
MAX_CANDIDATES = 300  # the newest first; more alike reports are rare
# Longer than any chain of merges made; ends a cycle a database writer made of two cases.
MERGE_DEPTH = 64


def month_bucket(year: int, month: int) -> int:
    """A month as one number (year × 12 + month - 1), so that a window is a range."""
    return year * 12 + month - 1


LOCK_SPACE = 0x53554A50  # "SUJP": the first of the two-number advisory keys, for related search


def _neighbourhood(signature: TicketSignature) -> list[str]:
    """The keys `candidates` finds by: two tickets that can find each other share one. An
    official by the role alone: `_officials_alike` finds "headman::" from "headman:5:" and
    back, so a key per exact official would let those two search past each other."""
    keys = []
    if signature.agency_id is not None:
        keys.append(f"agency:{signature.agency_id}")
    if signature.subdistrict:
        keys.append(f"place:{signature.district}:{signature.subdistrict}")
    if signature.official_key:
        role = signature.official_key.partition(":")[0]
        keys.append(f"official:{role}:{signature.district}")
    return keys


def lock_neighbourhood(uow: UnitOfWork, signature: TicketSignature) -> None:
    """PostgreSQL: hold, until this transaction ends, a lock on each key the signature can be
    found by, so that a report filed at the same moment waits for this one's commit and then
    finds it (without it, each would search before the other's signature was committed).
    Taken in one order, so two searches never wait for each other. SQLite writes one at a time."""
    if uow.session.get_bind().dialect.name != "postgresql":
        return
    numbers = sorted({zlib.crc32(k.encode()) - 2**31 for k in _neighbourhood(signature)})
    for number in numbers:
        uow.session.execute(
            text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": LOCK_SPACE, "key": number}
        )


def candidates(uow: UnitOfWork, signature: TicketSignature) -> list[TicketSignature]:
    """Signatures that may be the same matter: the same agency record, the same sub-district,
    or the same official in the same district, in the months around; each through its index."""
    near = signature.month - MONTHS_AROUND, signature.month + MONTHS_AROUND
    same = []
    if signature.agency_id is not None:
        same.append(TicketSignature.agency_id == signature.agency_id)
    if signature.subdistrict:
        same.append(
            and_(
                TicketSignature.district == signature.district,
                TicketSignature.subdistrict == signature.subdistrict,
            )
        )
    if signature.official_key:
        same.append(
            and_(
                _officials_alike(signature.official_key),
                TicketSignature.district == signature.district,
            )
        )
    if not same:
        return []
    stmt = (
        select(TicketSignature)
        .where(
            or_(*same),
            TicketSignature.month.between(*near),
            TicketSignature.ticket_id != signature.ticket_id,
        )
        .order_by(TicketSignature.ticket_id.desc())
        .limit(MAX_CANDIDATES)
    )
    return list(uow.session.scalars(stmt))


def _officials_alike(key: str):
    """The official keys that may name the same person (handlers.patterns.officials: a side
    that does not say the village or the agency kind is similar): the same key and the role
    alone ("headman:5:" and "headman::"); for the role alone, every key of the role. A range
    on the key's first column of its index, not a scan."""
    role, _, rest = key.partition(":")
    if rest.strip(":"):
        return TicketSignature.official_key.in_((key, f"{role}::"))
    return and_(
        TicketSignature.official_key >= f"{role}:", TicketSignature.official_key < f"{role};"
    )


def unsigned_tickets(uow: UnitOfWork, limit: int) -> list[Ticket]:
    """Tickets without a signature yet, oldest first."""
    signed = select(TicketSignature.ticket_id).where(TicketSignature.ticket_id == Ticket.id)
    stmt = select(Ticket).where(~signed.exists()).order_by(Ticket.id).limit(limit)
    return list(uow.session.scalars(stmt))


def link_between(uow: UnitOfWork, a: int, b: int) -> TicketLink | None:
    """The link of two tickets, in either order."""
    low, high = sorted((a, b))
    stmt = select(TicketLink).where(TicketLink.ticket_a_id == low, TicketLink.ticket_b_id == high)
    return uow.session.scalar(stmt)


def links_of(uow: UnitOfWork, ticket_id: int) -> list[tuple[TicketLink, Ticket]]:
    """Every link of a ticket with the ticket at its other end, best first."""
    found = []
    for a, b in (
        (TicketLink.ticket_a_id, TicketLink.ticket_b_id),
        (TicketLink.ticket_b_id, TicketLink.ticket_a_id),
    ):
        stmt = select(TicketLink, Ticket).join(Ticket, Ticket.id == b).where(a == ticket_id)
        found += [(link, other) for link, other in uow.session.execute(stmt)]
    return sorted(found, key=lambda pair: -pair[0].score)


def case_of(uow: UnitOfWork, ticket_id: int) -> CaseTicket | None:
    """The ticket's place in a case, if it is in one."""
    return uow.session.get(CaseTicket, ticket_id)


def case_number_of(uow: UnitOfWork, ticket_id: int) -> str | None:
    """The number of the case the ticket is in, as stored ("347892"), or None."""
    stmt = (
        select(Case.number)
        .join(CaseTicket, CaseTicket.case_id == Case.id)
        .where(CaseTicket.ticket_id == ticket_id)
    )
    return uow.session.scalar(stmt)


def case_tickets(uow: UnitOfWork, case_id: int) -> list[CaseTicket]:
    """The tickets of one case."""
    return list(uow.session.scalars(select(CaseTicket).where(CaseTicket.case_id == case_id)))


def leading_case(anchor: ColumnElement[bool]) -> ScalarSelect:
    """The id of the case `anchor` picks among cases, led on through its merges (a merged
    case's tickets are in the case it joined) to the last: as a scalar subquery."""
    chain = (
        select(
            Case.id.label("case_id"), Case.merged_into_id.label("into"), literal(0).label("depth")
        )
        .where(anchor)
        .cte("merge_chain", recursive=True)
    )
    step = aliased(Case)
    chain = chain.union_all(
        select(step.id, step.merged_into_id, chain.c.depth + 1).where(
            step.id == chain.c.into, chain.c.depth < MERGE_DEPTH
        )
    )
    return select(chain.c.case_id).order_by(chain.c.depth.desc()).limit(1).scalar_subquery()


def visible_case_ticket_ids(
    uow: UnitOfWork, anchor: ColumnElement[bool], hidden: Exclusions
) -> list[int]:
    """The tickets of the case `anchor` picks (`leading_case`) when none is kept from the
    member (`hidden`), else none. One statement whatever the case is, or whether there is
    one: the work a search does must not tell a case kept from the member from no case."""
    case_id = leading_case(anchor)
    stmt = select(CaseTicket.ticket_id).where(CaseTicket.case_id == case_id)
    shown = hidden.clause()
    if shown is not None:
        other = aliased(CaseTicket)
        kept = (
            select(other.ticket_id)
            .join(Ticket, Ticket.id == other.ticket_id)
            .where(other.case_id == case_id, not_(shown))
        )
        stmt = stmt.where(~kept.exists())
    return list(uow.session.scalars(stmt.order_by(CaseTicket.ticket_id)))


def own_case_tickets(uow: UnitOfWork, number: str, own: list[int]) -> list[Ticket]:
    """The tickets among `own` (a reporter's sealed list) in the case numbered `number`, led
    on through its merges; newest first. One statement whatever the number names: a case of
    others and no case are the same nothing, found with the same work."""
    case_id = leading_case(Case.number == number)
    stmt = (
        select(Ticket)
        .join(CaseTicket, CaseTicket.ticket_id == Ticket.id)
        .where(CaseTicket.case_id == case_id, Ticket.id.in_(own))
        .order_by(Ticket.submitted_at.desc(), Ticket.id.desc())
    )
    return list(uow.session.scalars(stmt))
