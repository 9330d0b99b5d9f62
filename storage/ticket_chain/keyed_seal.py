"""The keyed seal of a ticket row: an HMAC under RECORD_SEAL_KEY over its chain's head, its
sealed columns (ciphertext by what it decrypts to) and its other rows; the keyless seal it
replaced; and what a seal that does not fit says, in plain words."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from operator import itemgetter

from sqlalchemy import Row

from storage.crypto import Vault
from storage.ticket_chain.covered_fields import PART_KINDS, SEALED_KINDS
from storage.ticket_chain.digests import canonical, part_digests, plain, ticket_digest


def legacy_payload(head: str | None, ticket, digest: str | None = None) -> bytes:
    """What the seal covered before migration 0019 (the keyless seal and the first keyed one);
    `digest` is the ticket's, when already computed."""
    return canonical({"head": head, "ticket": digest or ticket_digest(ticket, legacy=True)})


def _opened(vault: Vault, name: str, value):
    try:
        return vault.decrypt(value)
    except ValueError:
        return f"undecryptable:{value}"


def _time_text(value: datetime) -> str:
    """A stored time as `plain` gives it, from the driver's value with or without the UTC
    type (naive: SQLite's, in UTC; aware: in the connection's zone)."""
    if value.tzinfo is None:
        return value.isoformat(timespec="microseconds") + "Z"
    return value.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def _read_plan(fields: tuple[str, ...]):
    """How a stored row with these columns is turned into the sealed `row`: the positions of
    the fields sealed as read, of the ciphertext ones and of the others (times, floats...)."""
    index = {name: i for i, name in enumerate(fields)}
    kept, opened, other = [], [], []
    for name, encrypted, is_kept in SEALED_KINDS:
        if name in index:
            (opened if encrypted else kept if is_kept else other).append((name, index[name]))
    names = tuple(n for n, _ in kept)
    at = [i for _, i in kept]
    # itemgetter of one position gives the value, not a tuple of one.
    pick = itemgetter(*at) if len(at) > 1 else (lambda v: tuple(v[i] for i in at))
    return names, pick, tuple(opened), tuple(other)


_plans: dict[tuple[str, ...], tuple] = {}
# The rows' shared description last seen and its plan, one tuple: threads replace it whole.
_last_plan: tuple = (None, None)


def _plan_of(ticket: Row) -> tuple:
    # `Row._fields` builds a new tuple on each call: rows of one result share their
    # description (`_parent`), so a batch of 2,000 rows looks its plan up once.
    global _last_plan
    parent = getattr(ticket, "_parent", None)
    last = _last_plan
    if parent is not None and parent is last[0]:
        return last[1]
    fields = ticket._fields
    plan = _plans.get(fields)
    if plan is None:
        plan = _plans[fields] = _read_plan(fields)
    _last_plan = (parent, plan)
    return plan


def _stored_row(vault: Vault, ticket: Row) -> dict:
    """The sealed `row` of a stored row (what a check reads), without a dict of all its
    columns first: a check does this for every ticket."""
    names, pick, opened, other = _plan_of(ticket)
    values = tuple(ticket)
    row = {n: v for n, v in zip(names, pick(values), strict=True) if v is not None}
    for name, i in opened:
        value = values[i]
        if value is not None:
            row[name] = _opened(vault, name, value)
    for name, i in other:
        value = values[i]
        if value is not None:
            row[name] = _time_text(value) if value.__class__ is datetime else plain(name, value)
    return row


def keyed_payload(vault: Vault, head: str | None, ticket, mentions, digests=None) -> bytes:
    """What the keyed seal covers of a ticket (an ORM object or a stored row): its chain's head,
    its sealed columns, its mentions and the digests of its other rows (`digests`, when
    already made: a check tries the ones `chain_parts` kept)."""
    row = {}
    if isinstance(ticket, Row):  # a stored row (what a check reads): typed by the driver
        row = _stored_row(vault, ticket)
    else:
        for name, encrypted, _ in SEALED_KINDS:
            value = getattr(ticket, name, None)
            if value is not None:
                row[name] = _opened(vault, name, value) if encrypted else plain(name, value)
    parts = mentions if isinstance(mentions, dict) else {"mentions": mentions}
    named = sorted([m.field, m.key, m.agency_id or 0] for m in parts.get("mentions", ()))
    body = {"v": 2, "head": head, "row": row, "mentions": named}
    body.update(part_digests(parts) if digests is None else digests)
    return canonical(body)


def seal(vault: Vault, head: str | None, ticket, mentions) -> str:
    """The seal of a ticket row (its chain's head, its columns and its rows in other tables:
    `mentions` maps each kind of PARTS to its rows, or is the agency mentions alone) under
    the newest key."""
    return vault.seals(keyed_payload(vault, head, ticket, mentions))[0]


def legacy_seal(head: str | None, ticket, digest: str | None = None) -> str:
    """The seal before RECORD_SEAL_KEY (a plain hash anyone could recompute)."""
    return hashlib.sha256(legacy_payload(head, ticket, digest)).hexdigest()


# What `tickets verify` says of each kind of the ticket's other rows when only it changed.
BROKEN_PART = {
    "referrals": "referrals: a referral letter or an agency's answer was added, changed or"
    " removed outside the application",
    "proposals": "proposals: a proposal waiting for confirmation (an ending, a forwarding or an"
    " agency's answer) was added, changed or removed outside the application",
    "evidence": "evidence: a file was added to this ticket, taken off it or moved to another"
    " ticket outside the application",
}
BROKEN_TICKET = "ticket: its fields changed outside the application"


def _hinted(ticket) -> dict | None:
    try:
        found = json.loads(getattr(ticket, "chain_parts", None) or "{}")
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def seal_problems(vault: Vault, ticket, parts) -> list[str]:
    """What is wrong with a ticket row's seal, if anything (any configured key may fit), in
    plain words: the row itself (or its agency mentions), or which of its other rows.

    A seal without the key is no seal: anyone could have made it."""
    digests = part_digests(parts if isinstance(parts, dict) else {})
    payload = keyed_payload(vault, ticket.chain_head, ticket, parts, digests)
    if ticket.chain_seal in vault.seals(payload):
        return []
    # Only for a broken seal: did the row hold, and which kind of its other rows changed?
    hinted = _hinted(ticket)
    if hinted is not None and hinted != digests:
        payload = keyed_payload(vault, ticket.chain_head, ticket, parts, hinted)
        if ticket.chain_seal in vault.seals(payload):
            changed = {k for k in (*hinted, *digests) if hinted.get(k) != digests.get(k)}
            return [BROKEN_PART[k] for k in PART_KINDS if k in changed]
    return [BROKEN_TICKET]


def seal_problem(vault: Vault, ticket, mentions) -> str | None:
    """What is wrong with a ticket row's seal, as one line (None when it fits)."""
    return "; ".join(seal_problems(vault, ticket, mentions)) or None
