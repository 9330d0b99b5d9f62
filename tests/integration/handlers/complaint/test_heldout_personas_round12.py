"""Held-out villagers, round 12: each files in at most 16 typed messages, at most 1 refused,
the ticket holds what they meant field by field, asides are answered and never stored — the
checks of the first held-out people, applied to ten new ones, five of them sealed. One of them
comes back the next day: what he adds goes to the complaint he filed, not a new one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from storage.models import Draft, Evidence, Ticket, TicketEvent
from tests.clock import Clock
from tests.conftest import ONE_DATABASE
from tests.factories import texts
from tests.integration.handlers.complaint.heldout_personas import play
from tests.integration.handlers.complaint.heldout_personas_round12 import DIAG, LATER, VILLAGERS
from tests.integration.handlers.complaint.test_heldout_personas import (
    held_out,
)
from tests.integration.handlers.complaint.test_heldout_personas import (
    test_heldout_villager_files_what_they_meant as files_what_they_meant,
)

# Held-out people the conversation does not yet serve (non-strict: the day one passes, the
# report shows XPASS and the line can go). Diag entries say what broke; sealed ones do not.
NOT_YET: dict[str, str] = {
    "for_father": "sealed",
    "market_seller": "sealed",
}


# Villagers' conversations do not depend on the database kind: run once, on SQLite.
pytestmark = ONE_DATABASE


@pytest.fixture
def clock():
    """Sunday 6 December 2026 (BE 2569), ten in the morning in Buriram."""
    return Clock(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "villager",
    held_out(VILLAGERS, DIAG, NOT_YET),
)
def test_round12_villager_files_what_they_meant(villager, chat, services, clock):
    files_what_they_meant(villager, chat, services, clock)


#: Likewise for coming back the next day.
NOT_YET_LATER: dict[str, str] = {}


def _counts(services, ticket_id: int) -> tuple[list[str], int, int]:
    """The complaint's timeline entries, its photos, and how many drafts there are."""
    with services.uow() as uow:
        stmt = select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)
        bodies = [event.body or "" for event in uow.session.scalars(stmt)]
        photos = uow.session.scalar(
            select(func.count(Evidence.id)).where(Evidence.ticket_id == ticket_id)
        )
        drafts = uow.session.scalar(select(func.count()).select_from(Draft))
    return bodies, photos or 0, drafts or 0


@pytest.mark.parametrize("key", held_out({k: k for k in LATER}, DIAG, NOT_YET_LATER))
def test_round12_villager_adds_to_the_filed_complaint_next_day(key, chat, services, clock):
    messages, words = LATER[key]
    out = play(VILLAGERS[key], chat, services)
    assert out.filed, f"gave up at {out.stuck_at}"
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        reference, ticket_id = ticket.reference, ticket.id
    _, photos_before, drafts_before = _counts(services, ticket_id)
    clock.advance(days=1)
    replies = [texts(chat.send(*m) if isinstance(m, tuple) else chat.say(m)) for m in messages]
    print(f"\nNEXT DAY {reference}:\n" + "\n---\n".join(replies))
    bodies, photos, drafts = _counts(services, ticket_id)
    sent = sum(isinstance(m, tuple) for m in messages)
    failures = [
        *[f"reply does not name {reference}: {r[:80]!r}" for r in replies if reference not in r],
        *[
            f"{w!r} not on the complaint's timeline"
            for w in words
            if not any(w in b for b in bodies)
        ],
        *(
            [f"{photos - photos_before} of {sent} photos kept"]
            if photos - photos_before < sent
            else []
        ),
        *(["a new complaint was started"] if drafts > drafts_before else []),
    ]
    assert not failures, failures
