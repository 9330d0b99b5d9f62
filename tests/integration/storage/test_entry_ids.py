"""Timeline entries written to two tickets turn about: each ticket's timeline still reads in
the order written and verifies, while the ids do not count the other ticket's entries."""

from __future__ import annotations

from sqlalchemy import text

from storage import record_checks, tickets
from storage.entry_ids import place_of
from tests.factories import new_ticket


def test_entries_on_two_tickets_in_turn_keep_each_timeline_in_order(services):
    with services.uow() as uow:
        first, second = new_ticket(uow), new_ticket(uow)
        uow.commit()
        for n in range(4):
            for ticket in (first, second):
                tickets.add_timeline(uow, ticket, "note", "system", f"{ticket.reference} {n}")
                uow.session.flush()
        uow.commit()
        for ticket in (first, second):
            uow.session.refresh(ticket)
            notes = [e.body for e in ticket.timeline if e.kind == "note"]
            assert notes == [f"{ticket.reference} {n}" for n in range(4)]
            places = [place_of(e.id) for e in ticket.timeline]
            assert places == list(range(1, len(places) + 1))
        assert record_checks.check(uow).broken == {}


def test_a_timeline_numbered_by_the_old_sequence_goes_on_after_it(services):
    """Entries written before 0031 have small sequential ids; new ones come after them."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        tickets.add_timeline(uow, ticket, "note", "system", "before 0031")
        uow.commit()
        ticket_id, reference = ticket.id, ticket.reference
    with services.engine.begin() as conn:  # as the old sequence numbered them
        ids = conn.scalars(
            text("SELECT id FROM ticket_events WHERE ticket_id = :t ORDER BY id"), {"t": ticket_id}
        ).all()
        for small, old in enumerate(ids, start=41):
            conn.execute(
                text("UPDATE ticket_events SET id = :s WHERE id = :o"), {"s": small, "o": old}
            )
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.add_timeline(uow, ticket, "note", "system", "after 0031")
        uow.commit()
        uow.session.refresh(ticket)
        assert [e.body for e in ticket.timeline][-2:] == ["before 0031", "after 0031"]
        assert place_of(ticket.timeline[-1].id) == len(ids) + 1
        assert record_checks.check(uow, reference).broken == {}
