"""Whether a ticket's record is whole: its timeline's chain and its seal, for rows in hand
or read as stored."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.crypto import Vault
from storage.models import Ticket
from storage.ticket_chain.digests import GENESIS, entry_hash
from storage.ticket_chain.keyed_seal import seal_problems
from storage.ticket_chain.stored_reads import stored_batches, stored_rows
from storage.types import session_vault


def chain_problems(ticket, entries) -> list[str]:
    """What does not match in one ticket's timeline (its seal aside)."""
    found = []
    prev = GENESIS
    for entry in entries:
        if entry.prev_hash != prev:
            found.append(f"entry {entry.id}: does not follow the entry before it")
        if entry.entry_hash != entry_hash(entry.prev_hash, entry.ticket_digest, entry):
            found.append(f"entry {entry.id}: changed after it was written")
        prev = entry.entry_hash
    if ticket.chain_head != prev:
        found.append("timeline: entries missing or added after the last one was written")
    return found


def problems(ticket, entries, mentions, vault: Vault) -> list[str]:
    """What does not match in one ticket's record (empty when it is intact)."""
    return chain_problems(ticket, entries) + seal_problems(vault, ticket, mentions)


def record_intact(session: Session, ticket_id: int) -> bool:
    """Whether a ticket's record as stored is whole (its chain and its seal): what may be
    acted on (a proposal confirmed) is only what the application wrote."""
    return not problems(*stored_rows(session, ticket_id), session_vault(session))


def intact_among(session: Session, ids) -> set[int]:
    """Which of these tickets' records are whole as stored, read a batch at a time (a page
    or an export asks about many at once)."""
    vault, found = session_vault(session), set()
    only = Ticket.id.in_(sorted(ids))
    for batch in stored_batches(session.connection(), None, 500, only=only, raw_times=True):
        for ticket, entries, parts in batch:
            if not problems(ticket, entries, parts, vault):
                found.add(ticket.id)
    return found
