"""A ticket's signature: what the scorer compares, kept so that candidates come from index
look-ups (storage.patterns.candidates) and no story is read again."""

from __future__ import annotations

from handlers.directory import agencies
from handlers.patterns import officials, scoring, stories
from storage import patterns as store
from storage.insider_models import Agency
from storage.models import Ticket
from storage.pattern_models import TicketSignature
from storage.uow import UnitOfWork


def _canonical_agency_id(uow: UnitOfWork, ticket: Ticket) -> int | None:
    if ticket.agency_id is None:
        return None
    return agencies.canonical(uow, uow.session.get(Agency, ticket.agency_id)).id


def refresh(uow: UnitOfWork, ticket: Ticket) -> TicketSignature:
    """The ticket's signature, computed again from its fields and stored."""
    day = ticket.occurred_on or ticket.submitted_at.astimezone(uow.settings.tz).date()
    values = {
        "agency_id": _canonical_agency_id(uow, ticket),
        "official_key": officials.of_ticket(ticket.official, ticket.description).key[:64],
        "kind": ticket.kind or "",
        "district": (ticket.district or "")[:64],
        "subdistrict": (ticket.subdistrict or "")[:64],
        "day": day,
        "month": store.month_bucket(day.year, day.month),
        "words": stories.words(ticket.description),
        "computed_at": uow.now(),
    }
    signature = uow.session.get(TicketSignature, ticket.id)
    if signature is None:
        signature = TicketSignature(ticket_id=ticket.id)
        uow.session.add(signature)
    for name, value in values.items():
        setattr(signature, name, value)
    return signature


def report(signature: TicketSignature) -> scoring.Report:
    """The signature as the scorer reads it."""
    return scoring.Report(
        kind=signature.kind,
        agency=f"agency:{signature.agency_id}" if signature.agency_id is not None else "",
        official=officials.Official.from_key(signature.official_key),
        district=signature.district,
        subdistrict=signature.subdistrict,
        day=signature.day,
        words=tuple(signature.words or ()),
    )
