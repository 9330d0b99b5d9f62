"""The committee digest: each member's new, waiting and overdue tickets, once a local day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from sqlalchemy.exc import IntegrityError

from handlers import danger, masking
from handlers.directory import agencies as agency_records
from handlers.directory.recipients import DIGEST_ROLES, Recipient, may_see, reachable
from handlers.patterns.related import linked_to_open_case
from handlers.replies import Card, to_json
from handlers.thai.places import Geography, outside_names
from handlers.tickets import endings
from handlers.tickets.sla_policy import SlaPolicy, current_referrals, open_tickets, overdue
from storage.models import Ticket
from storage.outbox import enqueue
from storage.scheduler_models import DigestMark
from storage.uow import UnitOfWork

SHOWN = 10  # ticket cards in one digest; the rest are counted and linked


@dataclass(frozen=True)
class DigestPolicy:
    """When the digest goes (local time, DIGEST_TIME) and what counts as overdue."""

    at: time
    sla: SlaPolicy
    dashboard_url: str


def digest_day(now: datetime, tz: tzinfo, at: time) -> date | None:
    """The local day whose digest is due at `now`, or None before DIGEST_TIME."""
    local = now.astimezone(tz)
    return local.date() if local.time() >= at else None


def sections(
    uow: UnitOfWork,
    recipient: Recipient,
    tickets: list[Ticket],
    policy: SlaPolicy,
    now: datetime,
    referrals: dict | None = None,
    proposals: dict | None = None,
) -> dict[str, list[Ticket]]:
    """The member's tickets by section; a ticket is in one section: a decision waiting for
    this member first, then overdue. `proposals` maps ticket ids to their waiting decision."""
    member = recipient.member
    found: dict[str, list[Ticket]] = {"decide": [], "overdue": [], "new": [], "waiting": []}
    for ticket in tickets:
        if not may_see(uow, recipient, ticket):
            continue
        mine = ticket.assignee_id == member.id
        unassigned = ticket.assignee_id is None
        late = overdue(policy, ticket, now, (referrals or {}).get(ticket.id))
        proposal = (proposals or {}).get(ticket.id)
        if proposal is not None and endings.may_confirm(uow, member, ticket, proposal):
            found["decide"].append(ticket)
        elif late and (mine or unassigned or member.role == "chair"):
            found["overdue"].append(ticket)
        elif ticket.status == "submitted" and unassigned:
            found["new"].append(ticket)
        elif mine:
            found["waiting"].append(ticket)
    return found


def _card(
    found: dict[str, list[Ticket]],
    day: date,
    tz: tzinfo,
    policy: DigestPolicy,
    in_case: set[int] | frozenset[int] = frozenset(),
    threats: dict[int, str] | None = None,
    agencies: dict[int, str] | None = None,
    geography: Geography | None = None,
) -> Card:
    """The member's digest; `threats` marks the tickets that carry a threat (danger.marks),
    `agencies` is each ticket's agency as a reviewer reads it (`agencies_as_read`); with the
    `geography` served, a ticket outside it carries its badge's names."""
    agencies = agencies or {}
    listed = [(name, t) for name, group in found.items() for t in group]
    threats = threats or {}
    return Card(
        "committee_digest",
        {
            "day": day.isoformat(),
            "counts": {name: len(group) for name, group in found.items()},
            "threatened": sum(t.id in threats for _, t in listed),
            "total": len(listed),
            "dashboard": policy.dashboard_url,
            "tickets": [
                {
                    "id": t.id,
                    "reference": t.reference,
                    "section": name,
                    "status": t.status,
                    "kind": t.kind,
                    "agency": agencies.get(t.id, t.agency)[:120],
                    "district": t.district or "",
                    "outside": outside_names(t.outside_province, geography) if geography else None,
                    "submitted": t.submitted_at.astimezone(tz).date().isoformat(),
                    "open_case": t.id in in_case,
                    "threat": threats.get(t.id, ""),
                }
                for name, t in listed[:SHOWN]
            ],
        },
    )


def agencies_as_read(uow: UnitOfWork, tickets: list[Ticket]) -> dict[int, str]:
    """Each ticket's agency as typed, with the names a reviewer reads masked marked
    (`masking.typed_for_reviewers`), or the one a chair named: the digest shows it as the
    ticket page does."""
    typed = {
        ticket.id: masking.typed_words(
            ticket, masking.hidden_words(uow.vault, ticket), masking.PLACEHOLDERS, ("agency",)
        )["agency"]
        for ticket in tickets
        if ticket.agency
    }
    return typed | agency_records.chair_named(uow, tickets)


def _claim(uow: UnitOfWork, member_id: int, day: date, counts: dict) -> DigestMark | None:
    try:
        with uow.session.begin_nested():
            mark = DigestMark(member_id=member_id, day=day, counts=counts, created_at=uow.now())
            uow.session.add(mark)
            uow.session.flush()
    except IntegrityError:
        return None
    return mark


def send_digests(uow: UnitOfWork, policy: DigestPolicy) -> dict:
    """Enqueue today's digest for every reviewer and chair who has not had it yet."""
    tz = uow.settings.tz
    now = uow.now()
    day = digest_day(now, tz, policy.at)
    if day is None:
        return {"due": False, "at": policy.at.strftime("%H:%M")}
    tickets = open_tickets(uow)
    referrals = current_referrals(uow, [t.id for t in tickets if t.status == "forwarded"])
    proposals = {ticket.id: proposal for proposal, ticket in endings.all_pending(uow)}
    threats = danger.marks(uow, [t.id for t in tickets])  # shown only on the tickets each may see
    agencies = agencies_as_read(uow, tickets)
    result = {"due": True, "day": day.isoformat(), "sent": 0, "empty": 0, "already": 0}
    for person in reachable(uow, DIGEST_ROLES):
        found = sections(uow, person, tickets, policy.sla, now, referrals, proposals)
        counts = {name: len(group) for name, group in found.items()}
        mark = _claim(uow, person.member.id, day, counts)
        if mark is None:
            result["already"] += 1
        elif not any(counts.values()):
            result["empty"] += 1  # nothing to say: no push spent on quota
        else:
            row = enqueue(
                uow,
                "push",
                to_json(
                    [
                        _card(
                            found,
                            day,
                            tz,
                            policy,
                            linked_to_open_case(uow, person.member, found["new"]),
                            threats,
                            agencies,
                            uow.settings.geography,
                        )
                    ]
                ),
                recipient=person.line_id,
                language=person.language,
                purpose="digest",
                dedupe_key=f"digest:{person.member.id}:{day.isoformat()}",
            )
            mark.outbox_id = row.id if row is not None else None
            result["sent"] += row is not None
    return result
