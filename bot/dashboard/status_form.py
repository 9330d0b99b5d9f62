"""The ticket page's status form: which field a refused change needs, named for the member."""

from __future__ import annotations

from handlers.tickets.lifecycle import NEEDS_REASON, TRANSITIONS
from handlers.tickets.transitions import AGENCIES

FIELDS = ("status", "reason_code", "reason", "agency", "agency_reference")


def status_problems(current: str, form: dict[str, str]) -> dict[str, str]:
    """The form's fields that stop this change, each with the catalogue key saying why."""
    chosen = form.get("status", "")
    if chosen not in TRANSITIONS.get(current, frozenset()):
        return {"status": "dash.field_error.status"}
    problems = {}
    if chosen in NEEDS_REASON and not form.get("reason"):
        problems["reason"] = f"dash.field_error.reason_{chosen}"
    if chosen == "forwarded" and form.get("agency") not in AGENCIES:
        problems["agency"] = "dash.field_error.agency"
    return problems
