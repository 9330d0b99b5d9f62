"""What migrations call to chain and seal records written before a change of the record
(0013 chains them, 0019 seals them with the key, 0026 seals their other rows)."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import or_, select

from storage.crypto import Vault
from storage.models import Ticket
from storage.ticket_chain.covered_fields import PARTS, SEALED_FIELDS
from storage.ticket_chain.digests import GENESIS, entry_hash, part_digests, ticket_digest
from storage.ticket_chain.integrity import chain_problems, problems
from storage.ticket_chain.keyed_seal import keyed_payload, legacy_payload, legacy_seal, seal
from storage.ticket_chain.stored_reads import stored_batches


def chain_rows(ticket, entries) -> tuple[list[dict], str, str]:
    """A fresh chain for stored rows (migration 0013, which holds no key, seals tickets
    written before chains the old way; migration 0019 seals them with the key)."""
    digest = ticket_digest(ticket, legacy=True)
    prev = GENESIS
    updates = []
    for entry in entries:
        current = entry_hash(prev, digest, entry)
        updates.append({"id": entry.id, "prev_hash": prev, "ticket_digest": digest})
        updates[-1]["entry_hash"] = prev = current
    return updates, prev, legacy_seal(prev, ticket, digest)


def upgrade_seals(conn, vault: Vault, keyless: bool, fields=SEALED_FIELDS) -> int:
    """Seal again, as today, every intact record whose seal was made the way before (keyed
    over the chain's fields; with `keyless`, also the keyless seal of migration 0013, accepted
    only in the upgrade that brings the key). Returns how many were sealed again. Written
    set-based, a batch at a time (storage.bulk_rewrite)."""
    from storage import bulk_rewrite

    done = 0
    for batch in stored_batches(conn, None, 1000, fields, parts=("mentions",)):
        sealed = []
        for ticket, entries, mentions in batch:
            old = legacy_payload(ticket.chain_head, ticket)
            fits = ticket.chain_seal in vault.seals(old)
            fits = fits or (keyless and ticket.chain_seal == hashlib.sha256(old).hexdigest())
            if fits and not chain_problems(ticket, entries):
                fresh = seal(vault, ticket.chain_head, ticket, mentions)
                sealed.append({"id": ticket.id, "chain_seal": fresh})
        bulk_rewrite.update_many(conn, Ticket.__table__, sealed)
        done += len(sealed)
    return done


def seal_parts(conn, vault: Vault) -> int:
    """Seal again every intact record that has rows the seal now covers (referrals,
    proposals, evidence) and was sealed before it covered them (migration 0026). Returns how
    many were sealed again; a broken record keeps its seal, so it stays seen."""
    from storage import bulk_rewrite

    done = 0
    having = [Ticket.id.in_(select(model.ticket_id)) for _, model, _ in PARTS[1:]]
    for batch in stored_batches(conn, None, 1000, only=or_(*having)):
        sealed = []
        for ticket, entries, parts in batch:
            digests = part_digests(parts)
            if not digests or chain_problems(ticket, entries):
                continue
            before = keyed_payload(vault, ticket.chain_head, ticket, parts, {})
            if ticket.chain_seal in vault.seals(before):
                after = keyed_payload(vault, ticket.chain_head, ticket, parts, digests)
                hints = json.dumps(digests, sort_keys=True)
                sealed.append({"id": ticket.id, "chain_seal": vault.seals(after)[0]})
                sealed[-1]["chain_parts"] = hints
        bulk_rewrite.update_many(conn, Ticket.__table__, sealed)
        done += len(sealed)
    return done


def reseal_around(conn, vault: Vault, only, change) -> int:
    """Run `change` (a migration's change to the tickets `only` selects: a column filled or
    dropped) and seal again those of them whose record was whole before it, so the change
    breaks no seal; a broken record keeps its seal, so it stays seen. Returns how many were
    sealed again. Reads only the tickets selected (a few), not every one."""
    from storage import bulk_rewrite

    whole = []
    for batch in stored_batches(conn, None, 1000, only=only, raw_times=True):
        whole += [t.id for t, entries, parts in batch if not problems(t, entries, parts, vault)]
    change()
    sealed = []
    for start in range(0, len(whole), 1000):
        ids = Ticket.id.in_(whole[start : start + 1000])
        for batch in stored_batches(conn, None, 1000, only=ids, raw_times=True):
            sealed += [
                {"id": t.id, "chain_seal": seal(vault, t.chain_head, t, parts)}
                for t, _, parts in batch
            ]
    bulk_rewrite.update_many(conn, Ticket.__table__, sealed)
    return len(sealed)
