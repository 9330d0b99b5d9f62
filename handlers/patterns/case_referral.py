"""Forwarding a case (tickets confirmed to be one matter) as ONE referral letter that lists
its tickets. Each ticket keeps its own referral row (the agency's clock, its answer), all
numbered from the one letter: "คอช.บร. 015/2569 (2/3)" is the second of three tickets of
letter 015. Everything a single referral does holds for each ticket: a second member
confirms (handlers.tickets.endings), each reporter's identity goes only with their own
consent for that agency, and a member kept from any ticket of the case can neither make
the letter nor propose nor confirm it (nothing about the case is told to them)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from handlers.directory.access import (
    NotAllowed,
    can_review,
    check_records,
    hidden_from,
    kept_from_case,
    require_review,
)
from handlers.patterns import case_numbers
from handlers.tickets import endings, referrals
from handlers.tickets.lifecycle import TRANSITIONS
from storage import audit
from storage import patterns as store
from storage import tickets as ticket_store
from storage.models import Member, Ticket
from storage.referral_models import Referral
from storage.uow import UnitOfWork


class NotReady(ValueError):
    """Tickets of the case that cannot be forwarded yet (not taken into review)."""

    def __init__(self, references: list[str]) -> None:
        super().__init__("not in review yet: " + ", ".join(references))
        self.references = references


_ITEM = re.compile(r"^(?P<letter>.+) \((?P<i>\d+)/(?P<n>\d+)\)$")


def tickets_of(uow: UnitOfWork, member: Member, case_id: int) -> list[Ticket]:
    """The case's tickets, oldest first, once the member may review every one of them
    (NotAllowed otherwise: recusal on one ticket is recusal on the case)."""
    found = sorted(
        (uow.session.get(Ticket, place.ticket_id) for place in store.case_tickets(uow, case_id)),
        key=lambda ticket: ticket.id,
    )
    if not found:
        raise ValueError(f"no case {case_id}")
    for ticket in found:
        require_review(uow, member, ticket)
    return found


def named(uow: UnitOfWork, member: Member, typed: str) -> list[Ticket] | None:
    """The tickets of the case a typed case number names (`case_numbers.anchor`), when the
    member may review every one of them; None otherwise: a case with a ticket kept from
    the member is as a number no case has, in the answer and in the work done (the number,
    the case, its merges, its tickets and the member's recusal are one SQL statement)."""
    anchor = case_numbers.anchor(uow, typed)
    if anchor is None:
        return None
    ids = store.visible_case_ticket_ids(uow, anchor, hidden_from(uow, member))
    if not ids:
        return None
    # The Python rule keeps the last word (a record that does not verify, say).
    found = [uow.session.get(Ticket, ticket_id) for ticket_id in ids]
    check_records(uow, member, found)
    return found if all(can_review(uow, member, ticket) for ticket in found) else None


def number_shown(uow: UnitOfWork, member: Member, ticket: Ticket, number: str) -> str:
    """A letter number as this member may read it on the ticket: a case letter's row
    ("คอช.บร. 015/2569 (2/3)") without its place in the case when the member is kept from a
    ticket of that case (the place and the count would tell them of the case and its size)."""
    matched = _ITEM.match(number or "")
    if matched and kept_from_case(uow, member, ticket):
        return matched["letter"]
    return number


def letter_number(referral: Referral) -> str:
    """The letter's own number, without the ticket's place in it."""
    matched = _ITEM.match(referral.letter_number)
    return matched["letter"] if matched else referral.letter_number


def _current_letter(uow: UnitOfWork, found: list[Ticket], code: str) -> list[Referral] | None:
    """The case letter to `code` already made for exactly these tickets and not yet answered."""
    rows = []
    for ticket in found:
        mine = [r for r in referrals.referrals_of(uow, ticket) if r.agency_code == code]
        if not mine or mine[-1].answered_at is not None or not _ITEM.match(mine[-1].letter_number):
            return None
        rows.append(mine[-1])
    letters = {letter_number(r) for r in rows}
    items = {int(_ITEM.match(r.letter_number)["n"]) for r in rows}
    return rows if len(letters) == 1 and items == {len(found)} else None


def prepare(
    uow: UnitOfWork, member: Member, case_id: int, code: str
) -> list[tuple[Ticket, Referral]]:
    """The case's letter to this agency: one number, a referral row per ticket; made once,
    then reused until answered. On each ticket's timeline and in the audit log."""
    found = tickets_of(uow, member, case_id)
    recipient = referrals.agency(uow, code)
    existing = _current_letter(uow, found, code)
    if existing is not None:
        return list(zip(found, existing, strict=True))
    letter, today = referrals.next_letter(uow)
    made = []
    for index, ticket in enumerate(found, 1):
        referral = Referral(
            ticket_id=ticket.id,
            agency_code=code,
            agency_name=recipient.name,
            letter_number=f"{letter} ({index}/{len(found)})",
            letter_date=today,
            created_at=uow.now(),
            created_by=audit.actor(member),
        )
        uow.session.add(referral)
        ticket_store.add_timeline(
            uow,
            ticket,
            "referral_letter",
            audit.actor(member),
            referral.letter_number,
            internal=True,
        )
        audit.record(uow, member, "case_letter", f"case {case_id}, {code} {letter}", ticket.id)
        made.append((ticket, referral))
    uow.session.flush()
    return made


def identities(
    uow: UnitOfWork, member: Member, made: list[tuple[Ticket, Referral]]
) -> list[dict[str, str] | None]:
    """For each ticket of the letter, its reporter's name and phone only with that reporter's
    consent for this agency (each view audited), else None."""
    return [referrals.identity_for_letter(uow, member, t, r) for t, r in made]


def _pending(uow: UnitOfWork, ticket: Ticket, case_id: int):
    proposal = endings.pending(uow, ticket)
    if proposal is None or proposal.to_status != "forwarded" or not proposal.detail:
        return None
    return proposal if json.loads(proposal.detail).get("case") == case_id else None


def propose(
    uow: UnitOfWork,
    member: Member,
    case_id: int,
    code: str,
    reason: str | None = None,
    agency_reference: str | None = None,
) -> int:
    """Propose forwarding every ticket of the case to `code` with the case letter, as a
    single ticket's forwarding is proposed; a chair who did not propose it confirms."""
    found = tickets_of(uow, member, case_id)
    referrals.agency(uow, code)
    # Reports arrive "submitted" and join the case as they come: say which to take first,
    # rather than the lifecycle's refusal of the first one met.
    waiting = [t.reference for t in found if "forwarded" not in TRANSITIONS.get(t.status, ())]
    if waiting:
        raise NotReady(waiting)
    detail = {"agency": code, "agency_reference": agency_reference, "case": case_id}
    for ticket in found:
        endings.propose(uow, member, ticket, "forwarded", reason, detail=detail)
        audit.record(uow, member, "propose_case_forward", f"case {case_id}, {code}", ticket.id)
    return len(found)


def waiting(uow: UnitOfWork, member: Member, case_id: int) -> str | None:
    """The agency a proposed forwarding of the whole case is waiting to go to, if any."""
    found = tickets_of(uow, member, case_id)
    proposals = [_pending(uow, ticket, case_id) for ticket in found]
    if not all(proposals):
        return None
    codes = {json.loads(p.detail)["agency"] for p in proposals}
    return codes.pop() if len(codes) == 1 else None


def _waiting_proposals(uow: UnitOfWork, found: list[Ticket], case_id: int) -> list:
    proposals = [_pending(uow, ticket, case_id) for ticket in found]
    if not all(proposals):
        raise ValueError(f"case {case_id}: no forwarding of the whole case is waiting")
    return proposals


def may_confirm(uow: UnitOfWork, member: Member, case_id: int) -> bool:
    """Whether this member may confirm the case's waiting forwarding on every ticket."""
    try:
        found = tickets_of(uow, member, case_id)
        proposals = _waiting_proposals(uow, found, case_id)
    except (NotAllowed, ValueError):
        return False
    return all(
        endings.may_confirm(uow, member, t, p) for t, p in zip(found, proposals, strict=True)
    )


def confirm(uow: UnitOfWork, member: Member, case_id: int) -> list[Referral]:
    """Confirm the case's proposed forwarding: every ticket moves to forwarded with its row
    of the one letter, each agency clock starts, each reporter is told of their own ticket.
    All or nothing: the member must be allowed to confirm it on every ticket."""
    found = tickets_of(uow, member, case_id)
    proposals = _waiting_proposals(uow, found, case_id)
    codes = {json.loads(p.detail)["agency"] for p in proposals}
    if len(codes) != 1:
        raise ValueError(f"case {case_id}: its tickets wait for different agencies")
    for ticket, proposal in zip(found, proposals, strict=True):
        if not endings.may_confirm(uow, member, ticket, proposal):
            raise NotAllowed("a chair who did not propose it confirms (an admin if no chair may)")
    code = codes.pop()
    prepare(uow, member, case_id, code)  # the rows of the one letter, before any is sent
    for ticket, proposal in zip(found, proposals, strict=True):
        endings.confirm(uow, member, ticket, proposal.id)
        audit.record(uow, member, "confirm_case_forward", f"case {case_id}, {code}", ticket.id)
    return [referrals.current(uow, ticket) for ticket in found]


@dataclass(frozen=True)
class Card:
    """What a ticket page shows of the ticket's case."""

    case_id: int
    number: str  # as shown: "347-892"
    references: list[str]
    waiting: str | None  # the agency a proposed forwarding of the case waits to go to
    may_confirm: bool


def card(uow: UnitOfWork, member: Member, ticket: Ticket) -> Card | None:
    """The ticket's case as this member may see it, or None: not in a case, or the member is
    kept from one of its tickets (then not even the case's number shows)."""
    place = store.case_of(uow, ticket.id)
    if place is None:
        return None
    try:
        found = tickets_of(uow, member, place.case_id)
    except NotAllowed:
        return None
    return Card(
        place.case_id,
        case_numbers.of(uow, place.case_id),
        [other.reference for other in found],
        waiting(uow, member, place.case_id),
        may_confirm(uow, member, place.case_id),
    )
