"""Every column of a ticket the application writes, and the agency names found in it, are
under the seal: an edit made behind the application's back shows in `tickets verify`; what
the application itself changes (a merge of agencies, `keys rotate`) keeps verifying."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from handlers.directory import agencies
from storage.db import make_engine
from storage.insider_models import Agency, TicketAgency
from storage.models import Ticket
from tests.factories import add_ticket

EDITS = {
    "pin_is_scene": "UPDATE tickets SET pin_is_scene = :yes WHERE id = :id",
    "agency_id": "UPDATE tickets SET agency_id = :other_agency WHERE id = :id",
    "complainant_name_enc": "UPDATE tickets SET complainant_name_enc = :other_name WHERE id = :id",
    "contested_count": "UPDATE tickets SET contested_count = 7 WHERE id = :id",
    "agency mentions": "DELETE FROM ticket_agencies WHERE ticket_id = :id",
}


def two_named_tickets(services) -> tuple[str, dict]:
    """A ticket, the values an editor would copy in from another one, and its row id."""
    reference = add_ticket(services, name="สมชาย ใจดี", phone="0812345678")
    other = add_ticket(services, name="สมหญิง รักดี", agency="เทศบาลเมืองบุรีรัมย์")
    with services.uow() as uow:
        ticket, copied = (
            uow.session.scalars(select(Ticket).where(Ticket.reference == r)).one()
            for r in (reference, other)
        )
        mentions = uow.session.scalars(
            select(TicketAgency).where(TicketAgency.ticket_id == ticket.id)
        ).all()
        assert mentions, "the ticket names an agency"
        other_agency = agencies.create(uow, "อบต.หนองกี่", "admin", reviewed=True).id
        uow.commit()
        params = {
            "id": ticket.id,
            "yes": True,
            "other_agency": other_agency,
            "other_name": copied.complainant_name_enc,
        }
    return reference, params


@pytest.mark.parametrize("column", list(EDITS))
def test_an_edit_behind_the_applications_back_shows(column, runner, services, database_url):
    reference, params = two_named_tickets(services)
    assert runner.invoke(args=["tickets", "verify"]).exit_code == 0
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text(EDITS[column]), params)
    engine.dispose()

    checked = runner.invoke(args=["tickets", "verify", reference])

    assert checked.exit_code == 1, checked.output
    assert f"BROKEN {reference}: ticket: its fields changed outside the application" in (
        checked.output
    )


def test_what_the_application_changes_keeps_verifying(runner, services):
    two_named_tickets(services)
    with services.uow() as uow:
        mention = uow.session.scalars(select(TicketAgency)).first()
        source = uow.session.get(Agency, mention.agency_id)
        target = agencies.create(uow, "อบต.ละหานทราย", "admin", reviewed=True)
        agencies.merge(uow, source, target, "member:1")
        uow.commit()
    rotated = runner.invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output

    checked = runner.invoke(args=["tickets", "verify"])

    assert checked.exit_code == 0, checked.output
    assert "2 ticket(s) checked, 0 broken" in checked.output
