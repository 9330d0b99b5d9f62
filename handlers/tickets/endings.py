"""Four eyes on every ending: proposals a second member confirms (rejections, resolutions,
forwardings and an agency's answer), withdrawal requests the complainant confirms, and
contests that send a decision back to the chair. The command line only proposes."""

from __future__ import annotations

import json

from sqlalchemy import select

from handlers.directory import alerts, members
from handlers.directory.access import NotAllowed, can_review, require_review
from handlers.directory.members import OPERATOR_HASH
from handlers.replies import Quick, Say, T
from handlers.tickets import referrals
from handlers.tickets.lifecycle import (
    NEEDS_CONFIRMATION,
    REJECTION_REASONS,
    TransitionError,
    can_withdraw,
    check_transition,
)
from handlers.tickets.notify import actor, notify_complainant
from handlers.tickets.transitions import AGENCIES, apply_status
from storage import ticket_chain, tickets
from storage.audit import record
from storage.insider_models import TicketProposal
from storage.models import Member, Ticket
from storage.uow import UnitOfWork


class ProposalChanged(TransitionError):
    """The proposal a member saw is no longer the one waiting (replaced or decided)."""


class RecordBroken(TransitionError):
    """The ticket's record does not verify: a proposal on it may be a database writer's."""


AGENCY_ANSWER = "agency_answer"  # recording what the agency answered, confirmed like an ending
CONFIRMED_ACTS = NEEDS_CONFIRMATION | {AGENCY_ANSWER}


def pending(uow: UnitOfWork, ticket: Ticket, statuses=NEEDS_CONFIRMATION) -> TicketProposal | None:
    """The proposal on this ticket waiting for a decision, if any."""
    stmt = (
        select(TicketProposal)
        .where(
            TicketProposal.ticket_id == ticket.id,
            TicketProposal.state == "pending",
            TicketProposal.to_status.in_(tuple(statuses)),
        )
        .order_by(TicketProposal.id.desc())
    )
    return uow.session.scalars(stmt).first()


def all_pending(uow: UnitOfWork) -> list[tuple[TicketProposal, Ticket]]:
    """Every ending waiting for a chair, oldest first."""
    stmt = (
        select(TicketProposal, Ticket)
        .join(Ticket, Ticket.id == TicketProposal.ticket_id)
        .where(
            TicketProposal.state == "pending",
            TicketProposal.to_status.in_(tuple(CONFIRMED_ACTS)),
        )
        .order_by(TicketProposal.proposed_at, TicketProposal.id)
    )
    return [tuple(row) for row in uow.session.execute(stmt)]


def _chairs(uow: UnitOfWork, ticket: Ticket, proposer_id: int, role: str) -> list[Member]:
    stmt = select(Member).where(Member.active.is_(True), Member.role == role)
    return [
        m
        for m in uow.session.scalars(stmt)
        if m.id != proposer_id
        and m.user_hash != OPERATOR_HASH
        and members.grant_counts(uow, m)
        and not members.vouch_related(uow, m, proposer_id)
        and can_review(uow, m, ticket)
    ]


def may_confirm(uow: UnitOfWork, member: Member, ticket: Ticket, proposal: TicketProposal) -> bool:
    """A chair who did not propose and may see the ticket; an admin only when no such
    chair exists (every chair conflicted, or the only chair proposed it); never the
    command line's operator, nor one whose role the command line gave and no other chair
    has confirmed, nor (for a proposal typed at the command line) one the command line
    made without another chair's word, nor one it made a chair after the proposal, nor
    one related to the proposer: either brought the other in, directly or through a chain
    of invitations and vouches (`members.vouch_related`)."""
    if member.id == proposal.proposed_by_id or member.user_hash == OPERATOR_HASH:
        return False
    if members.vouch_related(uow, member, proposal.proposed_by_id):
        return False  # perhaps the proposer's own second LINE account, or the other way
    granted = members.shell_granted_at(uow, member)
    if granted is not None and proposal.proposed_at <= granted:
        return False  # made a chair at a shell after this was proposed
    if not members.grant_counts(uow, member):
        return False  # a role from a shell that no other chair has confirmed
    if _from_command_line(uow, proposal) and not members.grant_vouched(uow, member):
        return False  # the founding chair, made at the shell, never seconds the shell
    if not can_review(uow, member, ticket):
        return False
    if member.role == "chair":
        return True
    return member.role == "admin" and not _chairs(uow, ticket, proposal.proposed_by_id, "chair")


def _from_command_line(uow: UnitOfWork, proposal: TicketProposal) -> bool:
    proposer = uow.session.get(Member, proposal.proposed_by_id)
    return proposer is not None and proposer.user_hash == OPERATOR_HASH


def confirmers(uow: UnitOfWork, ticket: Ticket, proposal: TicketProposal) -> list[Member]:
    """Who is asked to confirm: the chairs, or the admins when no chair may."""
    return _chairs(uow, ticket, proposal.proposed_by_id, "chair") or _chairs(
        uow, ticket, proposal.proposed_by_id, "admin"
    )


def propose(
    uow: UnitOfWork,
    member: Member,
    ticket: Ticket,
    status: str,
    reason: str | None,
    reason_code: str | None = None,
    detail: dict | None = None,
) -> TicketProposal:
    """Propose a rejection, resolution, forwarding (`detail`: agency, agency_reference) or
    an agency's answer; it takes effect when a second member confirms."""
    require_review(uow, member, ticket)
    if status != AGENCY_ANSWER:
        check_transition(ticket.status, status, reason, "confirmation")
    if reason_code is not None and reason_code not in REJECTION_REASONS:
        raise ValueError("reason code: one of " + ", ".join(REJECTION_REASONS))
    if status == "forwarded" and (detail or {}).get("agency") not in AGENCIES:
        raise ValueError("forwarding needs an agency: " + ", ".join(AGENCIES))
    earlier = pending(uow, ticket, (status,) if status == AGENCY_ANSWER else NEEDS_CONFIRMATION)
    if earlier is not None:
        earlier.state, earlier.decided_by, earlier.decided_at = (
            "superseded",
            actor(member),
            uow.now(),
        )
    proposal = TicketProposal(
        ticket_id=ticket.id,
        to_status=status,
        reason=(reason or "").strip() or None,
        reason_code=reason_code,
        proposed_by_id=member.id,
        proposed_at=uow.now(),
        state="pending",
        detail=json.dumps(detail, ensure_ascii=False) if detail else None,
    )
    uow.session.add(proposal)
    uow.session.flush()
    tickets.add_timeline(
        uow,
        ticket,
        "proposal",
        actor(member),
        body=f"{status}: {reason or ''}".strip(),
        internal=True,
    )
    record(uow, member, f"propose_{status}", reason, ticket.id)
    for chair in confirmers(uow, ticket, proposal):
        say = Say(
            "committee.proposal_waiting",
            {"reference": ticket.reference, "who": member.name, "status": T(f"status.{status}")},
        )
        alerts.notify_member(uow, chair, [say], purpose="committee:proposal")
    return proposal


def propose_answer(uow: UnitOfWork, member: Member, ticket: Ticket, summary: str) -> None:
    """Record what the agency answered, as a proposal: the clock stops and the complainant
    is told only when a chair confirms it."""
    summary = referrals.check_answer(uow, ticket, summary)
    propose(uow, member, ticket, AGENCY_ANSWER, summary)


def _seen(uow: UnitOfWork, ticket: Ticket, proposal_id: int | None) -> TicketProposal:
    """The pending proposal, only if it is the one the member saw (by its id)."""
    proposal = pending(uow, ticket, CONFIRMED_ACTS)
    if proposal is None:
        raise TransitionError(f"nothing is waiting for confirmation on {ticket.reference}")
    if proposal.id != proposal_id:
        raise ProposalChanged(f"the proposal on {ticket.reference} changed; read it again")
    return proposal


def _require_intact(uow: UnitOfWork, ticket: Ticket) -> None:
    """Fail closed: a proposal is acted on only while the ticket's seal (which covers its
    proposals) holds, so one written into the database alone is never carried out."""
    uow.session.flush()
    if not ticket_chain.record_intact(uow.session, ticket.id):
        raise RecordBroken(f"the record of {ticket.reference} does not verify")


def confirm(
    uow: UnitOfWork, member: Member, ticket: Ticket, proposal_id: int | None
) -> TicketProposal:
    """Confirm the pending proposal the member saw (`proposal_id`): the ticket moves (or
    the answer is recorded) and the complainant is told."""
    proposal = _seen(uow, ticket, proposal_id)
    if not may_confirm(uow, member, ticket, proposal):
        raise NotAllowed("a chair who did not propose it confirms (an admin if no chair may)")
    _require_intact(uow, ticket)
    detail = json.loads(proposal.detail) if proposal.detail else {}
    if proposal.to_status == AGENCY_ANSWER:
        referrals.record_answer(uow, member, ticket, proposal.reason or "")
    else:
        apply_status(
            uow,
            member,
            ticket,
            proposal.to_status,
            proposal.reason,
            "confirmation",
            agency=detail.get("agency"),
            agency_reference=detail.get("agency_reference"),
            reason_code=proposal.reason_code,
        )
    proposal.state, proposal.decided_by, proposal.decided_at = "confirmed", actor(member), uow.now()
    record(uow, member, f"confirm_{proposal.to_status}", f"proposal {proposal.id}", ticket.id)
    return proposal


def decline(
    uow: UnitOfWork, member: Member, ticket: Ticket, note: str | None, proposal_id: int | None
) -> TicketProposal:
    """Turn down the pending proposal the member saw; the ticket stays open and the
    proposer is told."""
    proposal = _seen(uow, ticket, proposal_id)
    if not may_confirm(uow, member, ticket, proposal):
        raise NotAllowed("a chair who did not propose it decides (an admin if no chair may)")
    proposal.state, proposal.decided_by, proposal.decided_at = "declined", actor(member), uow.now()
    proposal.note = (note or "").strip() or None
    tickets.add_timeline(
        uow, ticket, "proposal_declined", actor(member), body=proposal.note, internal=True
    )
    record(uow, member, f"decline_{proposal.to_status}", proposal.note, ticket.id)
    proposer = uow.session.get(Member, proposal.proposed_by_id)
    if proposer is not None:
        say = Say("committee.proposal_declined", {"reference": ticket.reference})
        alerts.notify_member(uow, proposer, [say], purpose="committee:proposal")
    return proposal


def decide(
    uow: UnitOfWork,
    member: Member,
    ticket: Ticket,
    status: str,
    reason: str | None,
    reason_code: str | None = None,
    detail: dict | None = None,
    proposal_id: int | None = None,
) -> str:
    """A member asks for an ending (or a forwarding): "confirmed" when it confirms someone
    else's matching proposal, the one the member saw (`proposal_id`), that this member may
    confirm; otherwise "proposed"."""
    proposal = pending(uow, ticket)
    if proposal_id is not None and (proposal is None or proposal.id != proposal_id):
        raise ProposalChanged(f"the proposal on {ticket.reference} changed; read it again")
    if (
        proposal is not None
        and proposal.id == proposal_id
        and proposal.to_status == status
        and may_confirm(uow, member, ticket, proposal)
    ):
        confirm(uow, member, ticket, proposal_id)
        return "confirmed"
    propose(uow, member, ticket, status, reason, reason_code, detail)
    return "proposed"


def request_withdrawal(uow: UnitOfWork, member: Member, ticket: Ticket, reason: str | None) -> None:
    """Record that the complainant asked elsewhere to withdraw; they confirm it in LINE."""
    require_review(uow, member, ticket)
    if not can_withdraw(ticket.status):
        raise TransitionError(f"{ticket.reference} can no longer be withdrawn")
    if not (reason or "").strip():
        raise TransitionError("say how the complainant asked (a reason is needed)")
    earlier = pending(uow, ticket, ("withdrawn",))
    if earlier is not None:
        earlier.state, earlier.decided_at = "superseded", uow.now()
    uow.session.add(
        TicketProposal(
            ticket_id=ticket.id,
            to_status="withdrawn",
            reason=reason.strip(),
            proposed_by_id=member.id,
            proposed_at=uow.now(),
            state="pending",
        )
    )
    tickets.add_timeline(uow, ticket, "withdrawal_request", actor(member), body=reason.strip())
    record(uow, member, "request_withdrawal", reason, ticket.id)
    notify_complainant(
        uow,
        ticket,
        [
            Say(
                "withdraw.requested",
                {"reference": ticket.reference},
                quick=(
                    Quick("choice.withdraw_yes", "postback", f"withdraw_yes={ticket.reference}"),
                    Quick("withdraw.not_me", "postback", f"withdraw_no={ticket.reference}"),
                ),
            )
        ],
        purpose="withdrawal_request",
    )


def settle_withdrawal_request(uow: UnitOfWork, ticket: Ticket, confirmed: bool) -> None:
    """The complainant answered a recorded withdrawal request (in LINE)."""
    found = pending(uow, ticket, ("withdrawn",))
    if found is not None:
        found.state = "confirmed" if confirmed else "declined"
        found.decided_by, found.decided_at = "complainant", uow.now()
