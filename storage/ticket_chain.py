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
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import UTC, date, datetime
from operator import itemgetter

from sqlalchemy import (
    Boolean,
    Connection,
    DateTime,
    Integer,
    Row,
    String,
    func,
    inspect,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from storage import entry_ids, public_tally
from storage.crypto import Vault
from storage.insider_models import TicketAgency, TicketProposal
from storage.models import COMPLAINT_FIELDS, Evidence, Ticket, TicketEvent
from storage.referral_models import Referral
from storage.types import UTCDateTime, session_vault

GENESIS = "0" * 64
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
    flag or a whole number, which `_plain` gives back as they are)."""
    return column.key not in FLOATS and isinstance(column.type, String | Boolean | Integer)


# The fields of the public digest an entry written now keeps. Not the language (sealed since
# 0033): a digest over "th" or "en" beside the row's plain fields would tell a copy which one
# by trying both. The keyed seal still covers it; entries written before keep their digests
# (with it), which `verify` takes as stored.
DIGEST_FIELDS = tuple(name for name in TICKET_FIELDS if name != "language")
# Each field of a digest (now, or as made before 0033), and whether a stored value of it is
# digested as it is read.
_TICKET_KINDS = tuple((name, _kept(Ticket.__table__.c[name])) for name in DIGEST_FIELDS)
_LEGACY_KINDS = tuple((name, _kept(Ticket.__table__.c[name])) for name in TICKET_FIELDS)
# Each sealed field, whether it is sealed by what it decrypts to (a ciphertext column), and
# whether a stored value of it is sealed as it is read.
_SEALED_KINDS = tuple(
    (name, name.endswith("_enc"), _kept(Ticket.__table__.c[name])) for name in SEALED_FIELDS
)


def _plain(name: str, value):
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


def _canonical(payload: dict) -> bytes:
    return _CANONICAL(payload).encode("utf-8")


def _sha256(payload: dict) -> str:
    return hashlib.sha256(_canonical(payload)).hexdigest()


def ticket_digest(ticket, legacy: bool = False) -> str:
    """A digest of a ticket's own fields (an ORM object or a row with the same names); with
    `legacy`, over the fields digests covered before 0033 (the seals of 0013 and 0019)."""
    kinds = _LEGACY_KINDS if legacy else _TICKET_KINDS
    if hasattr(ticket, "_asdict"):  # a stored row: typed by the driver, its values at once
        found, fields = ticket._asdict(), {}
        for name, kept in kinds:
            value = found[name]
            fields[name] = value if kept or value is None else _plain(name, value)
        return _sha256(fields)
    return _sha256({name: _plain(name, getattr(ticket, name)) for name, _ in kinds})


def entry_hash(prev_hash: str | None, digest: str | None, entry) -> str:
    """The hash of one timeline entry, chained to the one before."""
    fields = {name: _plain(name, getattr(entry, name)) for name in ENTRY_FIELDS}
    return _sha256({"prev": prev_hash, "ticket": digest, "entry": fields})


def _seal_payload(head: str | None, ticket, digest: str | None = None) -> bytes:
    """What the seal covered before migration 0019 (the keyless seal and the first keyed one);
    `digest` is the ticket's, when already computed."""
    return _canonical({"head": head, "ticket": digest or ticket_digest(ticket, legacy=True)})


def _opened(vault: Vault, name: str, value):
    try:
        return vault.decrypt(value)
    except ValueError:
        return f"undecryptable:{value}"


def _time_text(value: datetime) -> str:
    """A stored time as `_plain` gives it, from the driver's value with or without the UTC
    type (naive: SQLite's, in UTC; aware: in the connection's zone)."""
    if value.tzinfo is None:
        return value.isoformat(timespec="microseconds") + "Z"
    return value.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def _read_plan(fields: tuple[str, ...]):
    """How a stored row with these columns is turned into the sealed `row`: the positions of
    the fields sealed as read, of the ciphertext ones and of the others (times, floats...)."""
    index = {name: i for i, name in enumerate(fields)}
    kept, opened, other = [], [], []
    for name, encrypted, is_kept in _SEALED_KINDS:
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
            row[name] = _time_text(value) if value.__class__ is datetime else _plain(name, value)
    return row


def _keyed_payload(vault: Vault, head: str | None, ticket, mentions, digests=None) -> bytes:
    row = {}
    if isinstance(ticket, Row):  # a stored row (what a check reads): typed by the driver
        row = _stored_row(vault, ticket)
    else:
        for name, encrypted, _ in _SEALED_KINDS:
            value = getattr(ticket, name, None)
            if value is not None:
                row[name] = _opened(vault, name, value) if encrypted else _plain(name, value)
    parts = mentions if isinstance(mentions, dict) else {"mentions": mentions}
    named = sorted([m.field, m.key, m.agency_id or 0] for m in parts.get("mentions", ()))
    body = {"v": 2, "head": head, "row": row, "mentions": named}
    body.update(part_digests(parts) if digests is None else digests)
    return _canonical(body)


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
                ([_plain(n, getattr(r, n)) for n in fields] for r in rows), key=_sort_key
            )
            found[kind] = _sha256({kind: values})
    return found


def seal(vault: Vault, head: str | None, ticket, mentions) -> str:
    """The seal of a ticket row (its chain's head, its columns and its rows in other tables:
    `mentions` maps each kind of PARTS to its rows, or is the agency mentions alone) under
    the newest key."""
    return vault.seals(_keyed_payload(vault, head, ticket, mentions))[0]


def legacy_seal(head: str | None, ticket, digest: str | None = None) -> str:
    """The seal before RECORD_SEAL_KEY (a plain hash anyone could recompute)."""
    return hashlib.sha256(_seal_payload(head, ticket, digest)).hexdigest()


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
    payload = _keyed_payload(vault, ticket.chain_head, ticket, parts, digests)
    if ticket.chain_seal in vault.seals(payload):
        return []
    # Only for a broken seal: did the row hold, and which kind of its other rows changed?
    hinted = _hinted(ticket)
    if hinted is not None and hinted != digests:
        payload = _keyed_payload(vault, ticket.chain_head, ticket, parts, hinted)
        if ticket.chain_seal in vault.seals(payload):
            changed = {k for k in (*hinted, *digests) if hinted.get(k) != digests.get(k)}
            return [BROKEN_PART[k] for k in PART_KINDS if k in changed]
    return [BROKEN_TICKET]


def seal_problem(vault: Vault, ticket, mentions) -> str | None:
    """What is wrong with a ticket row's seal, as one line (None when it fits)."""
    return "; ".join(seal_problems(vault, ticket, mentions)) or None


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


TICKET_COLUMNS = [Ticket.id, *(getattr(Ticket, n) for n in TICKET_FIELDS)]
TICKET_COLUMNS += [Ticket.chain_head, Ticket.chain_seal]
ENTRY_COLUMNS = [TicketEvent.id, TicketEvent.ticket_id, TicketEvent.prev_hash]
ENTRY_COLUMNS += [TicketEvent.ticket_digest, TicketEvent.entry_hash]
ENTRY_COLUMNS += [getattr(TicketEvent, n) for n in ENTRY_FIELDS]
# The columns read of each kind of the ticket's other rows.
PART_COLUMNS = {
    kind: [model.id, model.ticket_id, *(getattr(model, n) for n in fields)]
    for kind, model, fields in PARTS
}
# Which file is an evidence row's clean copy is held by its own mark (storage/row_seals.py),
# checked in the same pass.
PART_COLUMNS["evidence"] += [Evidence.clean_path, Evidence.clean_mark]
_PART_MODELS = {kind: model for kind, model, _ in PARTS}
_PART_FIELDS = {model: fields for _, model, fields in PARTS}


def ticket_columns(fields=SEALED_FIELDS) -> list:
    """The stored columns a check reads: the chain's, and `fields` (those a migration's
    database has, when it runs before later columns exist; () for the chain's alone)."""
    extra = [getattr(Ticket, n) for n in fields if n not in TICKET_FIELDS]
    if fields is SEALED_FIELDS:  # the whole row as today (a migration's may lack the column)
        extra.append(Ticket.chain_parts)
    return [*TICKET_COLUMNS, *extra]


def _driver_typed(column, dialect: str):
    """A UTC time column read without its type's conversion per value (500,000 of them in a
    check of 100,000 tickets): naive, in UTC (PostgreSQL converts it: no zone to parse, none
    to convert from in Python); `_stored_row` reads either form alike."""
    if not isinstance(column.type, UTCDateTime):
        return column
    if dialect == "postgresql":
        return func.timezone("UTC", column, type_=DateTime()).label(column.key)
    return type_coerce(column, column.type.impl).label(column.key)


def stored_batches(
    conn,
    reference: str | None = None,
    size: int = 500,
    fields=SEALED_FIELDS,
    parts: tuple[str, ...] = PART_KINDS,
    only=None,
    raw_times: bool = False,
):
    """Stored ticket rows with their entries and their other rows (a dict: each kind of
    `parts` to its rows), in reference order, `size` tickets at a time. `conn` is a Session
    or a Connection (a migration reads through one); with `fields=()` only the chain's
    columns are read and no other rows; `only`, a condition on the tickets read; with
    `raw_times`, the ticket's times as the driver gives them (naive on SQLite, in the
    connection's zone elsewhere: what a seal check takes), not through UTCDateTime."""
    after = ""
    kinds = parts if fields else ()
    columns = ticket_columns(fields)
    if raw_times:
        bind = conn if isinstance(conn, Connection) else conn.get_bind()
        columns = [_driver_typed(c, bind.dialect.name) for c in columns]
    while True:
        stmt = select(*columns).order_by(Ticket.reference).limit(size)
        if reference is not None:
            stmt = stmt.where(Ticket.reference == reference)
        if only is not None:
            stmt = stmt.where(only)
        rows = conn.execute(stmt.where(Ticket.reference > after)).all()
        if not rows:
            return
        # The batch's entries and other rows by its range of references, joined in SQL: a
        # list of its ids would be a statement of `size` parameters to build and send each time.
        batch = Ticket.reference.between(rows[0].reference, rows[-1].reference)
        entries = defaultdict(list)
        found = conn.execute(
            select(*ENTRY_COLUMNS)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(batch)
            .order_by(TicketEvent.id)
        )
        for entry in found:
            entries[entry.ticket_id].append(entry)
        others = {}
        for kind in kinds:
            model = _PART_MODELS[kind]
            stmt = select(*PART_COLUMNS[kind]).join(Ticket, Ticket.id == model.ticket_id)
            found = defaultdict(list)
            for part in conn.execute(stmt.where(batch)):
                found[part.ticket_id].append(part)
            if found:
                others[kind] = found
        # Most tickets have no rows beside them (nor entries, in a store filled by an import):
        # one shared empty tuple and dict, not a list and a dict per ticket.
        if others:
            yield [
                (
                    row,
                    entries.get(row.id, ()),
                    {k: v[row.id] for k, v in others.items() if row.id in v},
                )
                for row in rows
            ]
        else:
            none: dict = {}
            yield [(row, entries.get(row.id, ()), none) for row in rows]
        after = rows[-1].reference


def stored_rows(session: Session, ticket_id: int, lock: bool = False):
    """The ticket's row, its entries' rows and its other rows (a dict by kind) as stored
    (not as changed in this session). With `lock`, the ticket's row is locked until commit,
    so that two transactions writing to one ticket chain one after the other.
    """
    stmt = select(*ticket_columns()).where(Ticket.id == ticket_id)
    ticket = session.execute(stmt.with_for_update() if lock else stmt).one()
    entries = session.execute(
        select(*ENTRY_COLUMNS).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
    ).all()
    parts = {
        kind: session.execute(
            select(*PART_COLUMNS[kind]).where(_PART_MODELS[kind].ticket_id == ticket_id)
        ).all()
        for kind in PART_KINDS
    }
    return ticket, entries, parts


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


def _with_defaults(obj) -> None:
    """Give a new row its column defaults now, so that what is hashed is what is stored."""
    if not inspect(obj).pending:
        return
    for column in obj.__table__.columns:
        if column.default is None or getattr(obj, column.key, None) is not None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            setattr(obj, column.key, default.arg(None))


def _chain(ticket: Ticket, entries: list[TicketEvent], fresh: set[int], digest: str) -> None:
    prev = GENESIS
    for entry in entries:
        if id(entry) in fresh:
            entry.ticket_digest = digest
        entry.prev_hash = prev
        entry.entry_hash = entry_hash(prev, entry.ticket_digest, entry)
        prev = entry.entry_hash
    ticket.chain_head = prev


def _catch_up(ticket: Ticket, stored) -> None:
    """Take what another transaction committed since this one loaded the ticket, so that the
    seal covers the row as it will be after this flush (only changed columns are written)."""
    state = inspect(ticket)
    for name in (*SEALED_FIELDS, "chain_head", "chain_seal", "chain_parts"):
        if not state.attrs[name].history.has_changes():
            set_committed_value(ticket, name, getattr(stored, name))


def _owns(ticket: Ticket, row) -> bool:
    owner = getattr(row, "ticket", None)
    if owner is not None:
        return owner is ticket
    return ticket.id is not None and row.ticket_id == ticket.id


def _parts_after(session: Session, ticket: Ticket, stored: dict) -> dict:
    """The ticket's other rows (by kind) as they will be stored after this flush."""
    after = {}
    for kind, model, _ in PARTS:
        rows: dict = {r.id: r for r in stored.get(kind, ())}
        for obj in session.deleted:
            if isinstance(obj, model):
                rows.pop(obj.id, None)
        for obj in (*session.dirty, *session.new):
            if not isinstance(obj, model) or obj in session.deleted:
                continue
            if _owns(ticket, obj):
                _with_defaults(obj)
                rows[obj.id if obj.id is not None else ("new", id(obj))] = obj
            else:  # moved to another ticket in this flush
                rows.pop(obj.id, None)
        after[kind] = list(rows.values())
    return after


def _reseal(
    session: Session, ticket: Ticket, new: list[TicketEvent], edited: bool, taken: set[int]
):
    """Chain and seal one ticket; returns its row as stored before this flush (None: new).
    New entries get their ids here, under the ticket's lock (storage.entry_ids)."""
    vault = session_vault(session)
    _with_defaults(ticket)
    for entry in new:
        _with_defaults(entry)
    intact, parts, stored, entries = True, {}, None, ()
    if ticket.id is not None:
        stored, entries, parts = stored_rows(session, ticket.id, lock=True)
        intact = not problems(stored, entries, parts, vault)
        _catch_up(ticket, stored)
        ticket.chain_head = stored.chain_head
    entry_ids.assign(session, new, len(entries), taken)
    digest = ticket_digest(ticket)
    if intact and edited:
        # An entry changed by the application itself: chain again from the start.
        query = select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
        old = list(session.scalars(query.order_by(TicketEvent.id)))
        _chain(ticket, old + new, {id(e) for e in new}, digest)
    else:
        prev = ticket.chain_head or GENESIS
        for entry in new:
            entry.ticket_digest = digest
            entry.prev_hash = prev
            entry.entry_hash = prev = entry_hash(prev, digest, entry)
        ticket.chain_head = prev
    if intact:
        # A record already broken outside the application keeps its old seal, so it stays seen.
        after = _parts_after(session, ticket, parts)
        digests = part_digests(after)
        ticket.chain_parts = json.dumps(digests, sort_keys=True) if digests else None
        ticket.chain_seal = vault.seals(
            _keyed_payload(vault, ticket.chain_head, ticket, after, digests)
        )[0]
    return stored


def seal_on_flush(session: Session, _context, _instances) -> None:
    """Chain new timeline entries and reseal every ticket this flush changes; the public
    counts follow each ticket from its stored group to its new one (`public_tally`)."""
    touched: dict[int, tuple[Ticket, list[TicketEvent], list[bool]]] = {}

    def note(ticket: Ticket) -> tuple[Ticket, list[TicketEvent], list[bool]]:
        return touched.setdefault(id(ticket), (ticket, [], [False]))

    def owners(obj, changed_only: bool) -> list[Ticket]:
        """The tickets whose seal covers this row of another table, now and before."""
        state = inspect(obj)
        if changed_only and not _changed(state, obj):
            return []
        ids = [obj.ticket_id, *(state.attrs["ticket_id"].history.deleted or ())]
        found = [getattr(obj, "ticket", None)]
        found += [session.get(Ticket, i) for i in ids if i is not None]
        return [t for t in found if t is not None]

    with session.no_autoflush:
        for obj in list(session.new):
            if isinstance(obj, Ticket):
                note(obj)
            elif isinstance(obj, TicketEvent):
                owner = obj.ticket or session.get(Ticket, obj.ticket_id)
                note(owner)[1].append(obj)
            elif type(obj) in _PART_FIELDS:
                for owner in owners(obj, False):
                    note(owner)
        for obj in list(session.dirty):
            if isinstance(obj, Ticket) and session.is_modified(obj, include_collections=False):
                note(obj)
            elif isinstance(obj, TicketEvent) and session.is_modified(obj):
                note(obj.ticket or session.get(Ticket, obj.ticket_id))[2][0] = True
            elif type(obj) in _PART_FIELDS:
                for owner in owners(obj, True):
                    note(owner)
        for obj in list(session.deleted):
            if type(obj) in _PART_FIELDS:
                for owner in owners(obj, False):
                    note(owner)
        taken: set[int] = set()
        changes = [
            (_reseal(session, ticket, new, edited[0], taken), ticket)
            for ticket, new, edited in touched.values()
        ]
        public_tally.moved(session, changes)


def _changed(state, obj) -> bool:
    """Whether a row of another table changed a column the ticket's seal covers."""
    return any(
        state.attrs[name].history.has_changes() for name in ("ticket_id", *_PART_FIELDS[type(obj)])
    )


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
            old = _seal_payload(ticket.chain_head, ticket)
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
            before = _keyed_payload(vault, ticket.chain_head, ticket, parts, {})
            if ticket.chain_seal in vault.seals(before):
                after = _keyed_payload(vault, ticket.chain_head, ticket, parts, digests)
                hints = json.dumps(digests, sort_keys=True)
                sealed.append({"id": ticket.id, "chain_seal": vault.seals(after)[0]})
                sealed[-1]["chain_parts"] = hints
        bulk_rewrite.update_many(conn, Ticket.__table__, sealed)
        done += len(sealed)
    return done
