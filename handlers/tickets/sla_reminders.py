"""SLA reminders: reviewers first, the chair after a second threshold; once per threshold.

Thresholds per ticket, each with its dedupe key `sla:{ticket}:{threshold}:{member}`:
- `ack`: not taken ACK_SLA_HOURS after submission → reviewers (chairs if there are none);
- `ack-chair`: still not taken SLA_CHAIR_AFTER_HOURS later → chairs;
- `resolve`: not decided RESOLVE_SLA_DAYS after submission → the assignee (else reviewers);
- `resolve-chair`: still not decided SLA_CHAIR_AFTER_HOURS later → chairs;
- `progress-{since}`: the complainant has heard nothing for PROGRESS_REMIND_DAYS → the
  assignee (else reviewers), so the 15-day progress notice does not lapse;
- `progress-chair-{since}`: it lapsed (PROGRESS_SLA_DAYS) → chairs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.committee.recipients import Recipient, may_see, reachable
from handlers.replies import Say, to_json
from handlers.tickets.sla_policy import (
    SlaPolicy,
    awaiting_decision,
    awaiting_take,
    last_notice,
    open_tickets,
)
from storage.models import Ticket
from storage.outbox_ops import any_with_prefix, enqueue_once
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Threshold:
    """A threshold a ticket passed: its name (unique per ticket), kind, message and audience."""

    name: str
    kind: str
    params: dict
    audience: str  # reviewers, assignee or chairs


def passed(policy: SlaPolicy, ticket: Ticket, notice: datetime | None, now: datetime):
    """Every threshold the ticket has passed by `now` (sent or not)."""
    found = []
    if awaiting_take(ticket) and now >= policy.ack_due(ticket):
        found.append(Threshold("ack", "ack", {"hours": policy.ack_hours}, "reviewers"))
        if now >= policy.ack_due(ticket) + policy.chair_after:
            found.append(Threshold("ack-chair", "ack_chair", {"hours": policy.ack_hours}, "chairs"))
    if awaiting_decision(ticket) and now >= policy.resolve_due(ticket):
        params = {"days": policy.resolve_days}
        found.append(Threshold("resolve", "resolve", params, "assignee"))
        if now >= policy.resolve_due(ticket) + policy.chair_after:
            found.append(Threshold("resolve-chair", "resolve_chair", params, "chairs"))
    since = max(notice or ticket.submitted_at, ticket.submitted_at)
    stamp = since.strftime("%Y%m%d%H%M%S")
    params = {"days": policy.progress_days, "since_days": (now - since).days}
    if now >= since + timedelta(days=policy.progress_remind_days):
        found.append(Threshold(f"progress-{stamp}", "progress", params, "assignee"))
    if now >= since + timedelta(days=policy.progress_days):
        found.append(Threshold(f"progress-chair-{stamp}", "progress_chair", params, "chairs"))
    return found


def _audience(
    uow: UnitOfWork, kind: str, ticket: Ticket, people: dict[str, list[Recipient]]
) -> list[Recipient]:
    allowed = {
        r.member.id: r for group in people.values() for r in group if may_see(uow, r, ticket)
    }
    chairs = [r for r in people["chair"] if r.member.id in allowed]
    reviewers = [r for r in people["reviewer"] if r.member.id in allowed]
    if kind == "chairs":
        return chairs
    if kind == "assignee" and ticket.assignee_id in allowed:
        return [allowed[ticket.assignee_id]]
    return reviewers or chairs


def remind(uow: UnitOfWork, policy: SlaPolicy, dashboard_url: str) -> dict:
    """Enqueue every reminder now due that was not sent before; returns counts by threshold."""
    now = uow.now()
    tickets = open_tickets(uow)
    notices = last_notice(uow, [t.id for t in tickets])
    people = {role: reachable(uow, [role]) for role in ("reviewer", "chair")}
    counts: Counter = Counter()
    for ticket in tickets:
        for threshold in passed(policy, ticket, notices.get(ticket.id), now):
            prefix = f"sla:{ticket.id}:{threshold.name}:"
            if any_with_prefix(uow, prefix):
                continue
            params = {"reference": ticket.reference, "link": dashboard_url, **threshold.params}
            payload = to_json([Say(f"sla.{threshold.kind}", params)])
            for person in _audience(uow, threshold.audience, ticket, people):
                row = enqueue_once(
                    uow,
                    prefix + str(person.member.id),
                    "push",
                    payload,
                    recipient=person.line_id,
                    language=person.language,
                    purpose=f"sla:{threshold.kind}",
                )
                counts[threshold.kind] += row is not None
    return dict(counts)
