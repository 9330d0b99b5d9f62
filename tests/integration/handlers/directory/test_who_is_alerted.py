"""Who hears what is urgent (`alerts.chairs_for`, the one rule for every alert): the chairs
the seal vouches for as active, never the role or `active` columns as a writer left them."""

from __future__ import annotations

from sqlalchemy import update

from handlers.directory import alerts, members
from storage.models import Member
from tests.factories import new_member, new_ticket


def _told(services, ticket_id: int | None) -> list[str]:
    """The names of those `chairs_for` gives about a ticket (or about no ticket)."""
    from storage.models import Ticket

    with services.uow() as uow:
        ticket = uow.session.get(Ticket, ticket_id) if ticket_id else None
        return sorted(m.name for m in alerts.chairs_for(uow, ticket))


def _committee(services) -> int:
    """A chair, an admin and a reviewer; a ticket's id."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        new_member(uow, "ประธาน", "chair")
        new_member(uow, "ผู้ดูแล", "admin")
        new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        return ticket.id


def test_chairs_set_inactive_or_demoted_in_sql_are_still_told(services):
    ticket_id = _committee(services)
    with services.engine.begin() as conn:
        conn.execute(update(Member).where(Member.role == "chair").values(active=False))
    assert _told(services, ticket_id) == ["ประธาน"]
    assert _told(services, None) == ["ประธาน"]
    with services.engine.begin() as conn:
        conn.execute(
            update(Member).where(Member.role == "chair").values(role="reviewer", active=True)
        )
    assert _told(services, ticket_id) == ["ประธาน"]
    assert _told(services, None) == ["ประธาน"]


def test_a_chair_removed_in_the_application_is_not_told_nor_one_made_in_sql(services):
    ticket_id = _committee(services)
    with services.uow() as uow:
        chair = uow.session.query(Member).filter_by(role="chair").one()
        members.remove_member(uow, chair.id, actor="test")
        uow.commit()
    assert _told(services, ticket_id) == ["ผู้ดูแล"]
    with services.engine.begin() as conn:  # made active again, and a reviewer made a chair
        conn.execute(update(Member).where(Member.name == "ประธาน").values(active=True))
        conn.execute(update(Member).where(Member.name == "ผู้ตรวจ").values(role="chair"))
    assert _told(services, ticket_id) == ["ผู้ดูแล"]
    assert _told(services, None) == ["ผู้ดูแล"]
