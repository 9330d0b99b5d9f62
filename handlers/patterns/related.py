"""Related complaints: finding the tickets a ticket is probably the same matter as, showing
them to a member with recusal applied to each, and a reviewer's confirm or dismiss.

By content only: nothing here reads who sent a ticket, so no link, reason or count can tell
that two tickets came from one LINE user (the reporter's own notice reads it, for them alone:
`cases.notice`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from handlers.directory import access, agencies
from handlers.patterns import cases, scoring, signatures
from storage import patterns as store
from storage import tickets as ticket_store
from storage.audit import actor, record
from storage.insider_models import Agency
from storage.models import Member, Ticket
from storage.pattern_models import TicketLink, TicketSignature
from storage.ticket_status import OPEN
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

SUGGESTED, CONFIRMED, DISMISSED = "suggested", "confirmed", "dismissed"
# A suggestion the tickets no longer bear out (one was corrected: its agency, its place): not
# shown, its row kept; suggested again when a search finds the two alike again.
WITHDRAWN = "withdrawn"
NOT_SHOWN = frozenset({DISMISSED, WITHDRAWN})
DECIDE_ROLES = frozenset({"chair", "reviewer"})


@dataclass(frozen=True)
class Related:
    """A linked ticket as a member may see it, with the link's reasons in words."""

    link: TicketLink
    ticket: Ticket
    reason_th: str
    reason_en: str
    in_one_case: bool = False  # both tickets are in one case already: nothing to decide


def find(uow: UnitOfWork, ticket: Ticket) -> list[TicketLink]:
    """Refresh the ticket's signature and link it to every ticket probably about the same
    matter; links a reviewer decided keep their decision, and a suggestion the ticket no
    longer bears out is withdrawn (`_withdraw_stale`).

    Two reports filed at the same moment each wait for the other's commit (a lock per key
    they could be found by), so the later one's search sees the earlier one's signature."""
    # A ticket never signed has no links yet (links are found through signatures).
    again = uow.session.get(TicketSignature, ticket.id) is not None
    mine = signatures.refresh(uow, ticket)
    store.lock_neighbourhood(uow, mine)
    uow.session.flush()
    me = signatures.report(mine)
    found = []
    for other in store.candidates(uow, mine):
        match = scoring.score(me, signatures.report(other))
        if not match.same:
            continue
        link = store.link_between(uow, ticket.id, other.ticket_id)
        if link is None:
            low, high = sorted((ticket.id, other.ticket_id))
            link = TicketLink(
                ticket_a_id=low, ticket_b_id=high, state=SUGGESTED, created_at=uow.now()
            )
            uow.session.add(link)
        if link.state in (SUGGESTED, WITHDRAWN):
            link.state = SUGGESTED
            link.score, link.story, link.reasons = match.score, match.story, ",".join(match.reasons)
        found.append(link)
    uow.session.flush()
    if again:
        _withdraw_stale(uow, ticket, me, found)
    return found


def _withdraw_stale(
    uow: UnitOfWork, ticket: Ticket, me: scoring.Report, found: list[TicketLink]
) -> None:
    """The ticket's other suggestions, scored again against the other ticket's signature
    (it may lie beyond the candidates): kept with their new reasons while still alike, else
    withdrawn, so no link says "same agency" of an agency the ticket no longer names."""
    for link, other in store.links_of(uow, ticket.id):
        if link.state != SUGGESTED or link in found:
            continue
        theirs = uow.session.get(TicketSignature, other.id)
        match = scoring.score(me, signatures.report(theirs)) if theirs is not None else None
        if match is not None and match.same:
            link.score, link.story, link.reasons = match.score, match.story, ",".join(match.reasons)
        else:
            link.state = WITHDRAWN
    uow.session.flush()


def backfill(uow: UnitOfWork, batch: int = 500) -> int:
    """`find` for every ticket that has no signature yet, oldest first (tickets filed before
    related complaints); returns how many. Flushed batch by batch."""
    done = 0
    while True:
        found = store.unsigned_tickets(uow, batch)
        for ticket in found:
            find(uow, ticket)
        done += len(found)
        if len(found) < batch:
            return done


def merge_agencies(uow: UnitOfWork, source: Agency, target: Agency, by: str) -> int:
    """Merge agency record `source` into `target` (`agencies.merge`), then search again the
    related complaints of every ticket of the merged record: two reports of one matter kept
    apart by two spellings of one agency are found now. Returns how many were searched."""
    agencies.merge(uow, source, target, by)
    uow.session.flush()
    ids = set(uow.session.scalars(select(Ticket.id).where(Ticket.agency_id == target.id)))
    ids |= set(
        uow.session.scalars(
            select(TicketSignature.ticket_id).where(TicketSignature.agency_id == target.id)
        )
    )
    for ticket_id in sorted(ids):
        find_quietly(uow, uow.session.get(Ticket, ticket_id))
    return len(ids)


def find_quietly(uow: UnitOfWork, ticket: Ticket) -> None:
    """`find` at submission, in a savepoint: a suggestion that fails must not lose the
    complaint (`flask --app bot tickets related REF` runs it again)."""
    try:
        with uow.session.begin_nested():
            find(uow, ticket)
    except Exception:  # noqa: BLE001 — logged, and the complaint is kept
        log.exception("related complaints: search failed for ticket %s", ticket.id)


def _words(link: TicketLink, language: str) -> str:
    codes = tuple(c for c in (link.reasons or "").split(",") if c)
    return scoring.describe(codes, link.story, language)


def visible(uow: UnitOfWork, member: Member, ticket: Ticket) -> list[Related]:
    """The ticket's links a member may see: none unless they may see the ticket, and never
    one whose other ticket is kept from them (so not even their number shows), nor that two
    are in one case when that case holds a ticket kept from them; dismissed and withdrawn
    links are not suggested again."""
    if not access.can_review(uow, member, ticket):
        return []
    shown = []
    for link, other in store.links_of(uow, ticket.id):
        if link.state in NOT_SHOWN or access.conflict_with(uow, member, other) is not None:
            continue
        # Only a member free of the whole case is told the two are in it already: the case
        # may join them through a ticket kept from this member.
        together = _in_one_case(uow, ticket, other) and not kept_from_case(uow, member, ticket)
        shown.append(Related(link, other, _words(link, "th"), _words(link, "en"), together))
    return shown


def _in_one_case(uow: UnitOfWork, a: Ticket, b: Ticket) -> bool:
    in_a, in_b = store.case_of(uow, a.id), store.case_of(uow, b.id)
    return in_a is not None and in_b is not None and in_a.case_id == in_b.case_id


# One rule, kept with recusal: a ticket in a case with a ticket kept from the member.
kept_from_case = access.kept_from_case


def linked_to_open_case(uow: UnitOfWork, member: Member, tickets: list[Ticket]) -> set[int]:
    """Of these tickets, those linked (not dismissed) to an open ticket of another case that
    the member may see: what the digest mentions. A linked ticket kept from the member, or in
    a case with a ticket kept from them, counts for nothing (the mark would tell them the
    case exists)."""
    found = set()
    for ticket in tickets:
        mine = store.case_of(uow, ticket.id)
        for link, other in store.links_of(uow, ticket.id):
            case = store.case_of(uow, other.id)
            if (
                link.state not in NOT_SHOWN
                and other.status in OPEN
                and case is not None
                and (mine is None or mine.case_id != case.case_id)
                and not kept_from_case(uow, member, other)
            ):
                found.add(ticket.id)
                break
    return found


def _decidable(
    uow: UnitOfWork, member: Member, ticket: Ticket, link_id: int
) -> tuple[TicketLink, Ticket, Ticket]:
    """The link of `ticket`, if this member may decide it; a link that is not the ticket's,
    or whose other ticket is kept from the member, is refused alike (nothing told)."""
    if member.role not in DECIDE_ROLES:
        raise access.NotAllowed("only a chair or a reviewer decides whether tickets are one matter")
    link = uow.session.get(TicketLink, link_id)
    if link is None or ticket.id not in (link.ticket_a_id, link.ticket_b_id):
        raise access.NotAllowed(f"no link {link_id} on {ticket.reference}")
    a, b = uow.session.get(Ticket, link.ticket_a_id), uow.session.get(Ticket, link.ticket_b_id)
    access.require_review(uow, member, a)
    access.require_review(uow, member, b)
    if kept_from_case(uow, member, a) or kept_from_case(uow, member, b):
        raise access.NotAllowed(f"no link {link_id} on {ticket.reference}")
    return link, a, b


def _decided(uow: UnitOfWork, member: Member, link: TicketLink, state: str) -> None:
    link.state, link.decided_by, link.decided_at = state, actor(member), uow.now()


def confirm(uow: UnitOfWork, member: Member, ticket: Ticket, link_id: int) -> int:
    """A chair or reviewer says the two tickets are one matter: they join one case (made
    when neither is in one), each reporter is told; audited on both tickets. Returns the case id."""
    link, a, b = _decidable(uow, member, ticket, link_id)
    _decided(uow, member, link, CONFIRMED)
    case_id = cases.join(uow, member, a, b)
    for ticket in (a, b):
        record(uow, member, "confirm_link", f"link {link.id}, case {case_id}", ticket.id)
        ticket_store.add_timeline(
            uow, ticket, "link_confirmed", actor(member), body=str(case_id), internal=True
        )
    return case_id


def dismiss(uow: UnitOfWork, member: Member, ticket: Ticket, link_id: int) -> None:
    """A chair or reviewer says the two tickets are not one matter; audited on both tickets.
    Refused between two tickets of one case: the case already says they are."""
    link, a, b = _decidable(uow, member, ticket, link_id)
    if _in_one_case(uow, a, b):
        raise access.NotAllowed(f"{a.reference} and {b.reference} are in one case")
    _decided(uow, member, link, DISMISSED)
    for ticket in (a, b):
        record(uow, member, "dismiss_link", f"link {link.id}", ticket.id)
        ticket_store.add_timeline(uow, ticket, "link_dismissed", actor(member), internal=True)
