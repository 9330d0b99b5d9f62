"""Cases: tickets confirmed to be one matter. Each ticket keeps its own reporter, timeline
and status; a reporter whose ticket joins a case is told that others reported the same
matter (the number only when it is at least the transparency threshold), or, when every
ticket of the case is theirs, only that their reports were put together."""

from __future__ import annotations

from handlers.patterns import case_numbers
from handlers.replies import Say
from handlers.tickets.notify import notify_complainant
from storage import patterns as store
from storage.audit import actor
from storage.models import Member, Ticket
from storage.pattern_models import Case, CaseTicket
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


def _all_mine(uow: UnitOfWork, ticket: Ticket, ticket_ids: list[int]) -> bool:
    """Whether every one of `ticket_ids` was filed by the reporter of `ticket` (their sealed
    list). The one place related complaints read an owner, and only to tell that reporter the
    truth about their own reports: the answer is never stored, and the two notices leave the
    same trace (one push per ticket, one purpose, one key, wording keys of one length)."""
    if not ticket.owner_line_id_enc:
        return False  # forgotten at their request: nobody to tell, nothing to say of them
    with uow.session.no_autoflush:
        owner = user_by_line_id(uow, uow.vault.decrypt(ticket.owner_line_id_enc))
    return owner is not None and set(ticket_ids) <= set(tickets_of(owner))


def notice(uow: UnitOfWork, ticket: Ticket, case_id: int) -> Say:
    """What the reporter is told: others reported the same matter (how many only at or
    above the transparency threshold, never any detail of the others), or, when every
    ticket of the case is their own, that their reports were put together."""
    ids = [place.ticket_id for place in store.case_tickets(uow, case_id)]
    if _all_mine(uow, ticket, ids):
        return Say("case.merged", {"reference": ticket.reference})
    count = len(ids)
    if count >= uow.settings.transparency_min_count:
        return Say("case.joined.count", {"reference": ticket.reference, "count": count})
    return Say("case.joined", {"reference": ticket.reference})


def tell_reporter(uow: UnitOfWork, ticket: Ticket, case_id: int) -> None:
    """Push the notice to the ticket's reporter, once per case, through the outbox."""
    notify_complainant(
        uow,
        ticket,
        [notice(uow, ticket, case_id)],
        purpose="case_joined",
        dedupe_key=f"case-joined:{ticket.id}:{case_id}",
    )
