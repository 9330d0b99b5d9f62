"""SLA reminders: reviewers first, the chair after a second threshold; once per threshold.

Thresholds per ticket, each with its dedupe key `sla:{ticket}:{threshold}:{member}`:
- `ack`: not taken within the acknowledgement SLA → reviewers (chairs if there are none);
- `ack-chair`: still not taken SLA_CHAIR_AFTER_HOURS later → chairs;
- `resolve`: not decided within the resolution SLA → the assignee (else reviewers);
- `resolve-chair`: still not decided SLA_CHAIR_AFTER_HOURS later → chairs;
- `progress-{since}`: the complainant has heard nothing for PROGRESS_REMIND_DAYS → the
  assignee (else reviewers), so the 15-day progress notice does not lapse;
- `progress-chair-{since}`: it lapsed (PROGRESS_SLA_DAYS) → chairs;
- `agency-{referral}`: the agency a ticket was forwarded to has not answered by its
  deadline → the assignee (else reviewers), to chase; the complainant is told we chase;
- `agency-chair-{referral}`: still no answer SLA_CHAIR_AFTER_HOURS later → chairs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.directory.recipients import Recipient, may_see, reachable
from handlers.replies import Say, to_json
from handlers.tickets.notify import notify_complainant
from handlers.tickets.sla_policy import (
    SlaPolicy,
    ack_late,
    agency_late,
    current_referrals,
    last_notice,
    open_tickets,
    resolve_late,
)
from storage.models import Ticket
from storage.outbox import enqueue
from storage.outbox_ops import any_with_prefix
from storage.referral_models import Referral
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Threshold:
    """A threshold a ticket passed: its name (unique per ticket), kind, message and audience."""

    name: str
    kind: str
    params: dict
    audience: str  # reviewers, assignee or chairs
    key: str = ""  # the message; `sla.{kind}` unless given

    @property
    def message(self) -> str:
        """The catalogue key of the reminder."""
        return self.key or f"sla.{self.kind}"


def _limit(kind: str, params: dict) -> str:
    """The message key for a limit counted in hours/days, or in working days."""
    return f"sla.{kind}.working" if "working_days" in params else f"sla.{kind}"


def _committee(policy: SlaPolicy, ticket: Ticket, now: datetime) -> list[Threshold]:
    found = []
    if ack_late(policy, ticket, now):
        params = policy.ack.params()
        found.append(Threshold("ack", "ack", params, "reviewers", _limit("ack", params)))
        if now >= policy.ack_due(ticket) + policy.chair_after:
            key = _limit("ack_chair", params)
            found.append(Threshold("ack-chair", "ack_chair", params, "chairs", key))
    if resolve_late(policy, ticket, now):
        params = policy.resolve.params()
        key = _limit("resolve", params)
        found.append(Threshold("resolve", "resolve", params, "assignee", key))
        if now >= policy.resolve_due(ticket) + policy.chair_after:
            key = _limit("resolve_chair", params)
            found.append(Threshold("resolve-chair", "resolve_chair", params, "chairs", key))
    return found


def _agency(policy: SlaPolicy, ticket: Ticket, referral: Referral | None, now: datetime):
    if not agency_late(ticket, referral, now):
        return []
    params = {
        "agency": referral.agency_name,
        "days": policy.calendar.between(referral.forwarded_at, now),
    }
    found = [Threshold(f"agency-{referral.id}", "agency", params, "assignee")]
    if now >= referral.answer_due_at + policy.chair_after:
        found.append(Threshold(f"agency-chair-{referral.id}", "agency_chair", params, "chairs"))
    return found


def passed(
    policy: SlaPolicy,
    ticket: Ticket,
    notice: datetime | None,
    now: datetime,
    referral: Referral | None = None,
) -> list[Threshold]:
    """Every threshold the ticket has passed by `now` (sent or not)."""
    found = _committee(policy, ticket, now) + _agency(policy, ticket, referral, now)
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


def _tell_complainant(uow: UnitOfWork, ticket: Ticket, threshold: Threshold) -> None:
    """The complainant hears that the agency is late and that the network is chasing it."""
    notify_complainant(
        uow,
        ticket,
        [Say("referral.notice.chasing", {"reference": ticket.reference, **threshold.params})],
        purpose="referral:chasing",
        dedupe_key=f"sla:{ticket.id}:{threshold.name}:complainant",
    )


def remind(uow: UnitOfWork, policy: SlaPolicy, dashboard_url: str) -> dict:
    """Enqueue every reminder now due that was not sent before; returns counts by threshold."""
    now = uow.now()
    tickets = open_tickets(uow)
    notices = last_notice(uow, [t.id for t in tickets])
    referrals = current_referrals(uow, [t.id for t in tickets if t.status == "forwarded"])
    people = {role: reachable(uow, [role]) for role in ("reviewer", "chair")}
    counts: Counter = Counter()
    for ticket in tickets:
        found = passed(policy, ticket, notices.get(ticket.id), now, referrals.get(ticket.id))
        for threshold in found:
            prefix = f"sla:{ticket.id}:{threshold.name}:"
            if any_with_prefix(uow, prefix):
                continue
            if threshold.kind == "agency":
                _tell_complainant(uow, ticket, threshold)
            params = {"reference": ticket.reference, "link": dashboard_url, **threshold.params}
            payload = to_json([Say(threshold.message, params)])
            for person in _audience(uow, threshold.audience, ticket, people):
                row = enqueue(
                    uow,
                    "push",
                    payload,
                    recipient=person.line_id,
                    language=person.language,
                    purpose=f"sla:{threshold.kind}",
                    dedupe_key=prefix + str(person.member.id),
                )
                counts[threshold.kind] += row is not None
    return dict(counts)
