"""Cases: tickets confirmed to be one matter. Each ticket keeps its own reporter, timeline
and status; a reporter whose ticket joins a case is told that others reported the same
matter (the number only when it is at least the transparency threshold), or, when every
ticket of the case is theirs, only that their reports were put together, or, when the others
no longer have a reporter (and so may have been theirs), that it was put with other reports."""

from __future__ import annotations

from sqlalchemy import select

from handlers.patterns import case_numbers
from handlers.replies import Say
from handlers.tickets.notify import notify_complainant
from storage import patterns as store
from storage.audit import actor
from storage.models import Member, Ticket
from storage.owner_bindings import ticket_owner
from storage.pattern_models import Case, CaseTicket
from storage.privacy import ERASED_OWNER
from storage.uow import UnitOfWork
from storage.users import tickets_of, user_by_line_id


def join(uow: UnitOfWork, member: Member, a: Ticket, b: Ticket) -> int:
    """Put both tickets in one case: the case either is in already, or a new one with a
    number of its own (two cases become one: the second's tickets move, its number leads
    on to the first). Returns the case id."""
    in_a, in_b = store.case_of(uow, a.id), store.case_of(uow, b.id)
    if in_a is None and in_b is None:
        case = Case(created_at=uow.now(), created_by=actor(member))
        case_numbers.add(uow, case)
        case_id = case.id
    else:
        case_id = (in_a or in_b).case_id
    moving = [t.id for t, place in ((a, in_a), (b, in_b)) if place is None]
    if in_a is not None and in_b is not None and in_a.case_id != in_b.case_id:
        moving = [p.ticket_id for p in store.case_tickets(uow, in_b.case_id)]
        # Its number may be on a letter already: it leads on to the case its tickets joined.
        uow.session.get(Case, in_b.case_id).merged_into_id = case_id
    for ticket_id in moving:
        place = store.case_of(uow, ticket_id)
        if place is None:
            uow.session.add(
                CaseTicket(
                    ticket_id=ticket_id,
                    case_id=case_id,
                    joined_at=uow.now(),
                    joined_by=actor(member),
                )
            )
        else:
            place.case_id, place.joined_at, place.joined_by = case_id, uow.now(), actor(member)
    uow.session.flush()
    for ticket_id in moving:
        tell_reporter(uow, uow.session.get(Ticket, ticket_id), case_id)
    return case_id


MINE, OTHERS, UNKNOWN = "mine", "others", "unknown"


def _whose(uow: UnitOfWork, ticket: Ticket, ticket_ids: list[int]) -> str:
    """Who filed the case's other tickets, as far as the reporter of `ticket` may be told:
    MINE when every one is in their sealed list; OTHERS when one outside it still has a
    reporter (someone else: a ticket leaves its owner's list only as its owner link is
    erased); UNKNOWN when those outside it have none (`privacy.remove_identity`: its
    retention period ended, or its reporter erased their data), which may have been theirs.
    The one place related complaints read an owner, and only to tell that reporter the
    truth about their own reports: the answer is never stored, and the notices leave the
    same trace (one push per ticket, one purpose, one key, wording keys of one length)."""
    if not ticket.owner_line_id_enc:
        return UNKNOWN  # forgotten at their request: nobody to tell, nothing to say of them
    with uow.session.no_autoflush:
        line_user_id = ticket_owner(uow.vault, ticket)
        owner = user_by_line_id(uow, line_user_id) if line_user_id is not None else None
        theirs = set(tickets_of(owner)) if owner is not None else {ticket.id}
        outside = sorted(set(ticket_ids) - theirs - {ticket.id})
        # Whether a reporter is there, never who: no owner is decrypted or compared. Asked
        # for their own case too, so that a confirm does the same work for one owner as two.
        someone = select(Ticket.id).where(
            Ticket.id.in_(outside), Ticket.owner_line_id_enc != ERASED_OWNER
        )
        found = uow.session.scalar(someone.limit(1))
    if not outside:
        return MINE
    return OTHERS if found is not None else UNKNOWN


# The wording keys by what may be said of the others; each of one length with its count's.
WORDING = {MINE: "case.merged", OTHERS: "case.joined", UNKNOWN: "case.linked"}


def notice(uow: UnitOfWork, ticket: Ticket, case_id: int) -> Say:
    """What the reporter is told: others reported the same matter; or, when every other
    ticket of the case is their own, that their reports were put together; or, when the
    others have no reporter any more (perhaps they were theirs), that it was put together
    with other reports. How many only at or above the transparency threshold (not for their
    own alone: they know), never any detail of the others."""
    ids = [place.ticket_id for place in store.case_tickets(uow, case_id)]
    key = WORDING[_whose(uow, ticket, ids)]
    count = len(ids)
    if key != WORDING[MINE] and count >= uow.settings.transparency_min_count:
        return Say(f"{key}.count", {"reference": ticket.reference, "count": count})
    return Say(key, {"reference": ticket.reference})


def tell_reporter(uow: UnitOfWork, ticket: Ticket, case_id: int) -> None:
    """Push the notice to the ticket's reporter, once per case, through the outbox."""
    notify_complainant(
        uow,
        ticket,
        [notice(uow, ticket, case_id)],
        purpose="case_joined",
        dedupe_key=f"case-joined:{ticket.id}:{case_id}",
    )
