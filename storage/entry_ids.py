"""The ids of timeline entries: ordered within a ticket, telling no order across tickets.

An entry's id is its place in its ticket's timeline (the high bits) and a random number (the
low bits). A ticket's entries still sort by id in the order they were written (the hash chain
and every page read them so); across tickets, ids sort only by place, in random order within
one. A sequence would number the entries one act writes on several tickets one after another
(an erasure's "privacy" entry on each of one person's tickets), so a copy of the database
could read them as one act and tie the tickets together (red team round 6).
"""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

RANDOM_BITS = 40
# Places up to 2**23 (8 million entries on one ticket) fit a signed 64-bit id.
MAX_PLACE = (1 << (63 - RANDOM_BITS)) - 1


def entry_id(place: int) -> int:
    """A fresh id for the entry at `place` (from 1) of its ticket's timeline."""
    if not 1 <= place <= MAX_PLACE:
        raise ValueError("a timeline this long does not fit an entry id")
    return (place << RANDOM_BITS) | secrets.randbits(RANDOM_BITS)


def place_of(entry_id_: int) -> int:
    """The place an id stands for (0 for ids given by the old sequence, before 0031)."""
    return entry_id_ >> RANDOM_BITS


def assign(session: Session, entries: list, before: int, taken: set[int]) -> None:
    """Give new entries (`entries`, in order) ids after the ticket's `before` stored entries;
    an id already used (stored, or in `taken`, this flush's) is drawn again."""
    from storage.models import TicketEvent

    for offset, entry in enumerate(entries, start=1):
        if entry.id is not None:
            continue
        while True:
            candidate = entry_id(before + offset)
            if candidate in taken:
                continue
            found = session.execute(select(TicketEvent.id).where(TicketEvent.id == candidate))
            if found.first() is None:
                break
        taken.add(candidate)
        entry.id = candidate
