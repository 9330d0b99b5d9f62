"""The ticket statuses have one home: the transition table and the public columns follow it."""

from __future__ import annotations

from handlers.tickets.lifecycle import TRANSITIONS
from handlers.tickets.transparency import COLUMNS, GROUP
from storage.ticket_status import CLOSED, OPEN, STATUSES


def test_every_move_is_to_a_status():
    assert set().union(*TRANSITIONS.values()) <= set(STATUSES)


def test_a_closed_ticket_can_only_be_reopened_or_not_at_all():
    for status in CLOSED:
        assert TRANSITIONS[status] <= OPEN


def test_the_public_page_shows_every_status_in_one_of_its_columns():
    assert set(GROUP) == set(STATUSES)
    assert set(GROUP.values()) == set(COLUMNS)
