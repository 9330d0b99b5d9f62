"""The digests and hashes of a ticket and its timeline, pure functions: one canonical
serialisation (sorted JSON, UTC times), a ticket's digest, an entry's chained hash and a
digest of each kind of the ticket's other rows."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

from storage.ticket_chain.covered_fields import (
    DIGEST_KINDS,
    ENTRY_FIELDS,
    FLOATS,
    LEGACY_DIGEST_KINDS,
    PARTS,
)

GENESIS = "0" * 64


def plain(name: str, value):
    """A field's value as it is digested and sealed: text, a flag or a whole number as it is,
    a time as UTC text to the microsecond, a coordinate as the text of its float."""
    kind = value.__class__
    if kind is str or kind is bool or value is None:
        return value
    if kind is datetime and value.tzinfo is UTC:  # how stored times are read: the common case
        # The same text as below without the copy `replace` makes: "+00:00" becomes "Z".
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    if isinstance(value, bool | str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:  # stored times are read back in UTC already
            value = value.astimezone(UTC)
        # isoformat is several times faster than strftime, and the same text here.
        return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    if isinstance(value, date):
        return value.isoformat()
    if name in FLOATS:
        return repr(float(value))
    return int(value)


# json.dumps with options makes a new encoder on each call; one, kept, gives the same text
# (an encoder keeps no state between calls, so threads may share it).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode


def canonical(payload: dict) -> bytes:
    """The one serialisation every digest and seal is made over (sorted JSON, UTF-8)."""
    return _CANONICAL(payload).encode("utf-8")


def _sha256(payload: dict) -> str:
    return hashlib.sha256(canonical(payload)).hexdigest()


def ticket_digest(ticket, legacy: bool = False) -> str:
    """A digest of a ticket's own fields (an ORM object or a row with the same names); with
    `legacy`, over the fields digests covered before 0033 (the seals of 0013 and 0019)."""
    kinds = LEGACY_DIGEST_KINDS if legacy else DIGEST_KINDS
    if hasattr(ticket, "_asdict"):  # a stored row: typed by the driver, its values at once
        found, fields = ticket._asdict(), {}
        for name, kept in kinds:
            value = found[name]
            fields[name] = value if kept or value is None else plain(name, value)
        return _sha256(fields)
    return _sha256({name: plain(name, getattr(ticket, name)) for name, _ in kinds})


def entry_hash(prev_hash: str | None, digest: str | None, entry) -> str:
    """The hash of one timeline entry, chained to the one before."""
    fields = {name: plain(name, getattr(entry, name)) for name in ENTRY_FIELDS}
    return _sha256({"prev": prev_hash, "ticket": digest, "entry": fields})


def _sort_key(values: list) -> str:
    return json.dumps(values, ensure_ascii=False)


def part_digests(parts: dict) -> dict[str, str]:
    """A digest of each kind of the ticket's other rows it has (the mentions aside, sealed
    as they are): what the seal covers of them, and what `chain_parts` keeps."""
    found = {}
    for kind, _, fields in PARTS[1:]:
        rows = parts.get(kind)
        if rows:
            values = sorted(
                ([plain(n, getattr(r, n)) for n in fields] for r in rows), key=_sort_key
            )
            found[kind] = _sha256({kind: values})
    return found
