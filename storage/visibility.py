"""Which tickets a member is kept from, as one value that answers in Python and in SQL.

The handlers decide what a member's declared conflicts exclude (handlers.directory.access);
this is the one place that applies it, so that lists, pages, exports, figures, alerts,
digests and reminders cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, false, func, not_, or_

from storage.insider_models import TicketAgency
from storage.models import Ticket


@dataclass(frozen=True)
class Exclusions:
    """Tickets about these agencies (as the ticket's agency, or named in any other field)
    or districts are hidden; so are unresolved agencies when `unresolved` is set (fail
    closed while a ticket's agency is not yet a record)."""

    agency_ids: frozenset[int] = frozenset()
    districts: frozenset[str] = frozenset()
    unresolved: bool = False
    # Starts of the keys of agencies named in a ticket that are no record (yet): a district's
    # own office named in the story ("district_office:นางรอง…").
    mention_keys: frozenset[str] = frozenset()
    # Every ticket: a member whose row or ties do not fit their seal (fail closed).
    everything: bool = False

    def __or__(self, other: Exclusions) -> Exclusions:
        return Exclusions(
            self.agency_ids | other.agency_ids,
            self.districts | other.districts,
            self.unresolved or other.unresolved,
            self.mention_keys | other.mention_keys,
            self.everything or other.everything,
        )

    def hides(self, ticket: Ticket) -> bool:
        """Whether the ticket is kept from the member."""
        if self.everything:
            return True
        if ticket.agency_id is None and self.unresolved:
            return True
        named = {ticket.agency_id or 0} | {m.agency_id for m in ticket.agency_mentions}
        keys = tuple(self.mention_keys)
        return (
            bool(named & self.agency_ids)
            or (ticket.district or "") in self.districts
            or any(m.key.startswith(keys) for m in ticket.agency_mentions if keys)
        )

    def clause(self) -> ColumnElement[bool] | None:
        """The same rule as SQL (None when nothing is hidden)."""
        if self.everything:
            return false()
        hidden = []
        if self.agency_ids:
            ids = sorted(self.agency_ids)
            hidden.append(func.coalesce(Ticket.agency_id, 0).in_(ids))
            hidden.append(
                exists().where(TicketAgency.ticket_id == Ticket.id, TicketAgency.agency_id.in_(ids))
            )
        if self.districts:
            hidden.append(func.coalesce(Ticket.district, "").in_(sorted(self.districts)))
        if self.mention_keys:
            starts = [TicketAgency.key.startswith(k, autoescape=True) for k in self.mention_keys]
            hidden.append(exists().where(TicketAgency.ticket_id == Ticket.id, or_(*starts)))
        if self.unresolved:
            hidden.append(Ticket.agency_id.is_(None))
        return not_(or_(*hidden)) if hidden else None
