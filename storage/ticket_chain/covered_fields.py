"""What a ticket's chain and seal cover: the ticket's fields (digested in each entry, sealed
whole), a timeline entry's fields, and the ticket's rows in other tables (PARTS)."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String

from storage.insider_models import TicketAgency, TicketProposal
from storage.models import COMPLAINT_FIELDS, Evidence, Ticket
from storage.referral_models import Referral

TICKET_FIELDS = (
    "reference",
    "status",
    *COMPLAINT_FIELDS,
    "confirmed_true",
    "completeness",
    "language",
    "submitted_at",
    "updated_at",
    "assignee_id",
    "taken_at",
    "decided_at",
    "closed_at",
    "reopened_count",
)
# Not sealed: the row's own id (its entries point to it and are chained) and the seal itself.
# Volatile columns (written outside the application's flush) would go here too: none today.
SEAL_EXEMPT = frozenset({"id", "chain_head", "chain_seal", "chain_parts"})
SEALED_FIELDS = tuple(c.key for c in Ticket.__table__.columns if c.key not in SEAL_EXEMPT)
MENTION_FIELDS = ("field", "key", "agency_id")
# The ticket's rows in other tables that its seal covers, and the columns of each it covers
# (no ids: a new row is sealed before its INSERT gives it one). A kind the ticket has no row
# of is left out of the seal, so a record sealed before a kind was covered stays whole.
# Evidence: which files are the ticket's (the fetcher's progress on a row is not sealed; the
# file's own content is held by its keyed mark, `evidence.sha256`).
PARTS = (
    ("mentions", TicketAgency, MENTION_FIELDS),
    (
        "referrals",
        Referral,
        tuple(c.key for c in Referral.__table__.columns if c.key not in ("id", "ticket_id")),
    ),
    (
        "proposals",
        TicketProposal,
        tuple(c.key for c in TicketProposal.__table__.columns if c.key not in ("id", "ticket_id")),
    ),
    ("evidence", Evidence, ("line_message_id", "media_kind")),
)
PART_KINDS = tuple(kind for kind, _, _ in PARTS)
ENTRY_FIELDS = ("at", "kind", "actor", "from_status", "to_status", "body", "internal")
FLOATS = frozenset({"latitude", "longitude"})


def _kept(column) -> bool:
    """Whether a value of `column` read from the database is already its sealed form (text, a
    flag or a whole number, which `digests.plain` gives back as they are)."""
    return column.key not in FLOATS and isinstance(column.type, String | Boolean | Integer)


# The fields of the public digest an entry written now keeps. Not the language (sealed since
# 0033): a digest over "th" or "en" beside the row's plain fields would tell a copy which one
# by trying both. The keyed seal still covers it; entries written before keep their digests
# (with it), which `verify` takes as stored.
DIGEST_FIELDS = tuple(name for name in TICKET_FIELDS if name != "language")
# Each field of a digest (now, or as made before 0033), and whether a stored value of it is
# digested as it is read.
DIGEST_KINDS = tuple((name, _kept(Ticket.__table__.c[name])) for name in DIGEST_FIELDS)
LEGACY_DIGEST_KINDS = tuple((name, _kept(Ticket.__table__.c[name])) for name in TICKET_FIELDS)
# Each sealed field, whether it is sealed by what it decrypts to (a ciphertext column), and
# whether a stored value of it is sealed as it is read.
SEALED_KINDS = tuple(
    (name, name.endswith("_enc"), _kept(Ticket.__table__.c[name])) for name in SEALED_FIELDS
)
