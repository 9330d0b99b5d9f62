"""The ticket page's status form: which changes it offers, and which field a refused change
needs, named for the member. Forwarding is not one of them: it has its own flow on the
referral card (agency, letter, sent)."""

from __future__ import annotations

from handlers.tickets.lifecycle import NEEDS_REASON, TRANSITIONS
from storage.ticket_status import STATUSES

FIELDS = ("status", "reason_code", "reason")
OWN_FLOW = frozenset({"forwarded"})


def form_statuses(current: str) -> list[str]:
    """The changes the status form offers from `current`, in the lifecycle's order."""
    return sorted(TRANSITIONS.get(current, frozenset()) - OWN_FLOW, key=STATUSES.index)


def status_problems(current: str, form: dict[str, str]) -> dict[str, str]:
    """The form's fields that stop this change, each with the catalogue key saying why."""
    chosen = form.get("status", "")
    if chosen not in form_statuses(current):
        return {"status": "dash.field_error.status"}
    if chosen in NEEDS_REASON and not form.get("reason"):
        return {"reason": f"dash.field_error.reason_{chosen}"}
    return {}


def may_forward(current: str) -> bool:
    """Whether the ticket may be marked as sent to an agency now."""
    return "forwarded" in TRANSITIONS.get(current, frozenset())
