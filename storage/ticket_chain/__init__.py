"""The tamper-evident record: each ticket's timeline is a hash chain, sealed with the ticket.

An entry's hash covers the hash of the entry before it, a digest of the ticket's own fields
when the entry was written, and the entry's fields, in one canonical serialisation (sorted
JSON, UTC times). The ticket row keeps the last entry's hash (`chain_head`) and a seal over
that head, every column of the row the application writes (SEALED_FIELDS) and the ticket's
rows in other tables (PARTS: the agency names found in it, its referral letters and agencies'
answers, its proposals, which evidence rows are its own) (`chain_seal`): an HMAC under
RECORD_SEAL_KEY, a key the database does not hold, so whoever can only write to the database
cannot re-seal what they changed (`chain_parts` keeps a digest of each kind of those rows, only
so that `verify` can say which kind changed). The application writes these on every flush
(`seal_on_flush`), so what it changes stays sealed; a row edited by anything else no longer
matches, and `verify` says so.
Ciphertext columns are sealed by what they decrypt to, so `keys rotate` re-encrypting them
leaves the seal whole; a column left empty is left out, so a new nullable column does not
break old seals (a new column with a value for old rows needs a reseal in its migration, as
0019 does with `upgrade_seals`). Only the entries' `ticket_digest` (DIGEST_FIELDS: all of
TICKET_FIELDS but the sealed language, since 0033) is public.

One module an idea: what is covered (`covered_fields`), the digests and hashes
(`digests`), the keyed seal (`keyed_seal`), reading stored records (`stored_reads`),
whether a record is whole (`integrity`), sealing on flush (`flush_sealing`) and what
migrations call (`migration_upgrades`). What other modules and migrations use is handed on
here, so `ticket_chain.NAME` reads it wherever it lives.
"""

from storage.ticket_chain.covered_fields import (
    DIGEST_FIELDS,
    ENTRY_FIELDS,
    FLOATS,
    MENTION_FIELDS,
    PART_KINDS,
    PARTS,
    SEAL_EXEMPT,
    SEALED_FIELDS,
    TICKET_FIELDS,
)
from storage.ticket_chain.digests import GENESIS, entry_hash, part_digests, ticket_digest
from storage.ticket_chain.flush_sealing import seal_on_flush
from storage.ticket_chain.integrity import chain_problems, intact_among, problems, record_intact
from storage.ticket_chain.keyed_seal import (
    BROKEN_PART,
    BROKEN_TICKET,
    legacy_payload,
    legacy_seal,
    seal,
    seal_problem,
    seal_problems,
)
from storage.ticket_chain.migration_upgrades import (
    chain_rows,
    reseal_around,
    seal_parts,
    upgrade_seals,
)
from storage.ticket_chain.stored_reads import (
    ENTRY_COLUMNS,
    PART_COLUMNS,
    TICKET_COLUMNS,
    stored_batches,
    stored_rows,
    ticket_columns,
)

__all__ = [
    "BROKEN_PART",
    "BROKEN_TICKET",
    "DIGEST_FIELDS",
    "ENTRY_COLUMNS",
    "ENTRY_FIELDS",
    "FLOATS",
    "GENESIS",
    "MENTION_FIELDS",
    "PART_COLUMNS",
    "PART_KINDS",
    "PARTS",
    "SEAL_EXEMPT",
    "SEALED_FIELDS",
    "TICKET_COLUMNS",
    "TICKET_FIELDS",
    "chain_problems",
    "chain_rows",
    "entry_hash",
    "intact_among",
    "legacy_payload",
    "legacy_seal",
    "part_digests",
    "problems",
    "record_intact",
    "reseal_around",
    "seal",
    "seal_on_flush",
    "seal_parts",
    "seal_problem",
    "seal_problems",
    "stored_batches",
    "stored_rows",
    "ticket_columns",
    "ticket_digest",
    "upgrade_seals",
]
