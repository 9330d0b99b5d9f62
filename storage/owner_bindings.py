"""Sealed values bound to what they belong to: the one rule of docs/insider.md, "Sealed values
bound to their owner".

A sealed value that says whose something is carries, inside its ciphertext, the identity of
the row or person it belongs to (storage.crypto `encrypt_for`; storage.types `owned` for
sealed JSON), and is read only where that identity is its row's:

- a person's row (`line_users.state`, `line_users.ticket_ids`): that row's id;
- an unfinished complaint (`drafts.data`, with the name and phone): its person's row;
- a held notice's batch (`held_notices.items`): the person its sealed recipient names;
- a ticket's owner (`tickets.owner_line_id_enc`): the ticket's reference (sealed, unique);
- a pending message's recipient and its sealed messages (`outbox.recipient_enc`, `payload`):
  the message's id;
- a download link's person (`export_links.owner_enc`): the link's token hash;
- a file kept aside after filing's person (`evidence.owner_enc`): its LINE message's id.

A value bound elsewhere, or to nothing once migration 0045 has bound every stored one, is
read as empty (fail closed), logged without saying whose, and named by `tickets verify` and
the daily check (`problems`). A ticket's id is in no seal: a ticket is a person's only when
it is in their sealed list *and* its sealed owner is them (`storage.tickets.is_owner`, by
`owns`), so two ids swapped hand nobody another's complaint, and `problems` names the swap.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from types import SimpleNamespace

import sqlalchemy as sa
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from storage.crypto import Vault, same_text, unbind
from storage.models import Draft, HeldNotice, LineUser, Ticket
from storage.types import owned, session_vault

log = logging.getLogger(__name__)

READ = "read:"  # storage.held_notices marks a batch read inside its recipient so


def person_row(user_id) -> str | None:
    """The owner of a person's row's sealed values (and of their draft's)."""
    return None if user_id is None else f"line_users:{user_id}"


def person(line_user_id: str | None) -> str | None:
    """The owner of what is sealed for a LINE account (a held notice's batch)."""
    return None if not line_user_id else f"line:{line_user_id}"


def ticket_owner_binding(reference: str) -> str:
    """What a ticket's sealed owner is bound to: its reference (sealed in its record)."""
    return f"ticket:{reference}"


def outbox_binding(message_id: str) -> str:
    """What a message's sealed recipient is bound to: the message's id."""
    return f"outbox:{message_id}"


def export_binding(token_hash: str) -> str:
    """What a download link's sealed person is bound to: the link's own token hash."""
    return f"export:{token_hash}"


def _held_owner(vault: Vault, row) -> str | None:
    if not row.recipient_enc:
        return None
    recipient = vault.decrypt(row.recipient_enc)
    return person(recipient.removeprefix(READ))


# Each model's bound sealed JSON columns, and what each row's values must be bound to.
BOUND_JSON = {
    LineUser: (("state", "ticket_ids"), lambda vault, row: person_row(row.id)),
    Draft: (("data",), lambda vault, row: person_row(row.user_id)),
    HeldNotice: (("items",), _held_owner),
}


def _misfit(value, owner: str | None) -> bool:
    """Whether a sealed value read from a row is not that row's: bound elsewhere, or bound
    to nothing yet not empty (every stored value is bound since 0045; an empty one tells
    nothing)."""
    if value is None:
        return False
    bound = getattr(value, "owner", None)
    if bound is None:
        return bool(value)
    return bound != owner


def _vault_of(target):
    session = object_session(target)
    return session_vault(session) if session is not None else None


def _check_loaded(target, names=None) -> None:
    """Fail closed on a row just read: each bound value that is not its row's reads empty."""
    columns, owner_of = BOUND_JSON[type(target)]
    loaded = target.__dict__
    vault = None
    for name in columns:
        if (names is not None and name not in names) or name not in loaded:
            continue
        value = loaded[name]
        if value is None or (getattr(value, "owner", None) is None and not value):
            continue
        vault = vault or _vault_of(target)
        owner = owner_of(vault, target) if vault is not None else None  # none: fail closed
        if _misfit(value, owner) or owner is None:
            log.warning(
                "a sealed %s.%s belongs to another row: read as empty (tickets verify names it)",
                target.__tablename__,
                name,
            )
            set_committed_value(target, name, owned(type(value)(), None))
            target.misbound = True


def check_loaded(target) -> None:
    """What the "load" event does for a row built from a Core row (storage.rows): fail
    closed on each bound value that is not the row's."""
    _check_loaded(target)


def _on_load(target, _context) -> None:
    _check_loaded(target)


def _on_refresh(target, _context, attrs) -> None:
    _check_loaded(target, set(attrs) if attrs else None)


for _model in BOUND_JSON:
    event.listen(_model, "load", _on_load)
    event.listen(_model, "refresh", _on_refresh)


def bind_on_flush(session: Session, _context, _instances) -> None:
    """Bind every sealed value this flush writes to its row (a new person's row has no id
    yet: its first values are empty, and bound when next written)."""
    vault = None
    for obj in (*session.new, *session.dirty):
        spec = BOUND_JSON.get(type(obj))
        if spec is None or obj in session.deleted:
            continue
        columns, owner_of = spec
        state = inspect(obj)
        for name in columns:
            if name not in obj.__dict__:
                continue
            if not (obj in session.new or state.attrs[name].history.has_changes()):
                continue
            vault = vault or session_vault(session)
            value = obj.__dict__[name]
            fresh = bound_value(vault, obj, name, value)
            if fresh is not value:
                setattr(obj, name, fresh)


def bound_value(vault: Vault, obj, name: str, value):
    """`value`, about to be written to `obj`'s bound column `name`, bound to that row (as it
    is when its owner is not known yet: a new person's row)."""
    columns, owner_of = BOUND_JSON.get(type(obj), ((), None))
    if name not in columns or value is None:
        return value
    owner = owner_of(vault, obj)
    if owner is None or getattr(value, "owner", 0) == owner:
        return value
    return owned(value, owner)


def misbound(row) -> bool:
    """Whether a row read its sealed values as empty because they were another's."""
    return bool(getattr(row, "misbound", False))


# -- a ticket's owner ----------------
def seal_ticket_owner(vault: Vault, reference: str, line_user_id: str) -> str:
    """A ticket's sealed owner, bound to the ticket."""
    return vault.encrypt_for(ticket_owner_binding(reference), line_user_id)


def ticket_owner(vault: Vault, ticket) -> str | None:
    """The LINE id of the person who filed a ticket; None when forgotten, or when the sealed
    owner on the row is another ticket's (logged, fail closed)."""
    if not ticket.owner_line_id_enc:
        return None
    found = vault.decrypt_for(ticket.owner_line_id_enc, ticket_owner_binding(ticket.reference))
    if found is None:
        log.warning("a ticket's sealed owner belongs to another ticket: read as nobody")
    return found


def owns(vault: Vault, user: LineUser, ticket) -> bool:
    """Whether the person of this row filed this ticket, by the ticket's sealed owner (the
    row's keyed index is the LINE account the request came from)."""
    line_user_id = ticket_owner(vault, ticket)
    return line_user_id is not None and is_account(vault, user.user_hash, line_user_id)


def is_account(vault: Vault, user_hash: str | None, line_user_id: str) -> bool:
    """Whether a person's row's keyed index is that of this LINE account (any lookup key;
    the newest, which a row is re-indexed to on use, tried alone first)."""
    if not user_hash:
        return False
    if same_text(user_hash, vault.index(line_user_id)):
        return True
    return any(same_text(user_hash, h) for h in vault.indexes(line_user_id))


# -- a pending message's recipient ----------------
def seal_recipient(vault: Vault, message_id: str, recipient: str) -> str:
    """A message's sealed recipient, bound to the message."""
    return vault.encrypt_for(outbox_binding(message_id), recipient)


def recipient_of(vault: Vault, row) -> str | None:
    """A message's recipient; None when the sealed recipient on it is another message's or
    cannot be opened (logged, fail closed: the message is not sent)."""
    if not row.recipient_enc:
        return None
    try:
        found = vault.decrypt_for(row.recipient_enc, outbox_binding(row.id))
    except ValueError:  # not a ciphertext of these keys: one such row must not stop the outbox
        log.warning("an outbox message's sealed recipient cannot be opened: not sent")
        return None
    if found is None:
        log.warning("an outbox message's sealed recipient belongs to another: not sent")
    return found


# -- a download link's person ----------------
def seal_export_owner(vault: Vault, token_hash: str, user_id: int) -> str:
    """Whose data a download link gives, sealed and bound to the link."""
    return vault.encrypt_for(export_binding(token_hash), str(user_id))


def export_owner(vault: Vault, link) -> int | None:
    """The person's row a download link was made for; None when the sealed person on it is
    another row's (a consent's or another link's copied onto it: logged, fail closed)."""
    if not link.owner_enc:
        return None
    found = vault.decrypt_for(link.owner_enc, export_binding(link.token_hash))
    if found is None:
        log.warning("a download link's sealed person belongs to another row: gives nothing")
        return None
    return int(found)


# -- a file kept aside's person ----------------
def aside_binding(line_message_id: str) -> str:
    """What a file kept aside's sealed person is bound to: the LINE message it came in."""
    return f"aside:{line_message_id}"


def seal_aside_owner(vault: Vault, line_message_id: str, user_id: int) -> str:
    """Whose a file kept aside after filing is, sealed and bound to its message."""
    return vault.encrypt_for(aside_binding(line_message_id), str(user_id))


def aside_owner(vault: Vault, row) -> int | None:
    """The person's row a file kept aside is theirs; None when none is sealed on it or the
    sealed one is another row's (fail closed)."""
    if not row.owner_enc:
        return None
    found = vault.decrypt_for(row.owner_enc, aside_binding(row.line_message_id))
    return int(found) if found is not None else None


# -- what `tickets verify` and the daily check say ----------------
def _opened(vault: Vault, text: str | None) -> tuple[str | None, str] | None:
    """A stored value's owner and plain text; None when empty, or opened by no key (the
    record's own checks name that)."""
    if not text:
        return None
    try:
        plain = text if text[:1] in ("{", "[", '"') else vault.opened(text, remember=False)
    except ValueError:
        return None
    was, value = unbind(plain)
    return None if value in EMPTY else (was, value)


def problems(session: Session, vault: Vault) -> dict[str, list[str]]:
    """Every sealed value found on a row it does not belong to (counts by column, naming no
    row or person), and each ticket listed as a person's whose sealed owner is another
    (their ids swapped), by its reference."""
    conn = session.connection()
    counts: Counter[str] = Counter()
    lists: dict[int, list[int]] = {}
    owners: dict[int, str] = {}
    for table, columns, owner_of in _STORED:
        for row in conn.execute(sa.select(*table.c)):
            values = row._mapping
            for column in columns:
                found = _opened(vault, values[column])
                if found is None:
                    continue
                if found[0] is None or found[0] != owner_of(vault, values):
                    counts[f"{table.name}.{column}"] += 1
                elif column == "ticket_ids":
                    lists[values["id"]] = json.loads(found[1])
                elif column == "owner_line_id_enc":
                    owners[values["id"]] = found[1]
    waiting = sa.select(*_PAYLOADS.c).where(_PAYLOADS.c.recipient_enc.is_not(None))
    for row in conn.execute(waiting):
        if not row.payload:
            continue
        token = row.payload[0]["sealed"] if _is_sealed(row.payload) else None
        try:
            bound = vault.owned(token)[0] if token is not None else None
        except ValueError:  # opened by no key: not sent either way
            continue
        if bound != outbox_binding(row.id):
            counts["outbox.payload"] += 1
    found: dict[str, list[str]] = {}
    if lists:
        users = LineUser.__table__
        hashes = dict(conn.execute(select(users.c.id, users.c.user_hash)).all())
        references = dict(conn.execute(select(Ticket.id, Ticket.reference)).all())
        for user_id, ticket_ids in lists.items():
            for ticket_id in ticket_ids:
                owner = owners.get(ticket_id)
                if owner is None or ticket_id not in references:
                    continue
                if not is_account(vault, hashes.get(user_id), owner):
                    found.setdefault(references[ticket_id], []).append(
                        "its id was changed outside the application: a person's sealed list"
                        " names it, but its sealed owner is another (neither may act on it as"
                        " theirs)"
                    )
    for name, count in sorted(counts.items()):
        found[f"bound {name}"] = [
            f"{count} sealed value(s) in {name} are not their row's: moved from the row they"
            " belong to outside the application, each is read as nobody's"
        ]
    return found


# -- migration 0045: bind what is stored ----------------
def bind_stored(conn, vault: Vault, bound: bool = True) -> int:
    """Bind every stored value bound to nothing to its row (migration 0045, and `keys rotate`
    for a database upgraded without the keys: what the database holds then is taken as the
    application's);
    with `bound` False, seal each again bound to nothing (its downgrade). Set-based, a batch
    at a time. Returns how many values were sealed again."""
    from storage import bulk_rewrite

    def sealed(text: str | None, owner: str | None) -> str | None:
        if not text or owner is None:
            return text
        try:
            plain = text if text[:1] in ("{", "[", '"') else vault.opened(text, remember=False)
        except ValueError:  # no key opens it: left as it is (the record's check names it)
            return text
        was, value = unbind(plain)
        if value in EMPTY:  # says nothing of anyone: left as it is
            return text
        if not bound:
            return text if was is None else vault.encrypt(value)
        # One bound already stays as it is: bound elsewhere, it stays seen, never re-bound.
        return text if was is not None else vault.encrypt_for(owner, value)

    done = 0
    for table, columns, owner_of in _STORED:
        changed = []
        for row in conn.execute(sa.select(*table.c)):
            values = row._mapping
            new = {c: sealed(values[c], owner_of(vault, values)) for c in columns}
            if any(new[c] != values[c] for c in columns):
                changed.append({"id": values["id"], **new})
        for start in range(0, len(changed), BATCH):
            bulk_rewrite.update_many(conn, table, changed[start : start + BATCH])
        done += len(changed)
    # A waiting message's sealed messages (JSON holding a token): few rows, one at a time.
    for row in conn.execute(sa.select(*_PAYLOADS.c).where(_PAYLOADS.c.recipient_enc.is_not(None))):
        payload = row.payload
        if _is_sealed(payload):
            token = sealed(payload[0]["sealed"], outbox_binding(row.id))
            new = [{"sealed": token}]
        elif payload and bound:  # plain, from before messages were sealed
            new = [{"sealed": vault.encrypt_for(outbox_binding(row.id), json.dumps(payload))}]
        else:
            continue
        if new != payload:
            stmt = sa.update(_PAYLOADS).where(_PAYLOADS.c.id == row.id).values(payload=new)
            conn.execute(stmt)
            done += 1
    return done


def _is_sealed(payload) -> bool:
    return bool(payload) and isinstance(payload[0], dict) and "sealed" in payload[0]


_PAYLOADS = sa.table(
    "outbox",
    sa.column("id", sa.String(36)),
    sa.column("recipient_enc", sa.Text()),
    sa.column("payload", sa.JSON()),
)


BATCH = 1000
EMPTY = ("{}", "[]", "null", "")


def _recipient_of_row(vault: Vault, row) -> str | None:
    try:
        return _held_owner(vault, SimpleNamespace(recipient_enc=row["recipient_enc"]))
    except ValueError:
        return None


def _stored(name: str, key, *columns: str, user_id: bool = False) -> sa.TableClause:
    """A table's key and text columns as stored (no model type: it would seal again)."""
    more = (sa.column("user_id", sa.Integer()),) if user_id else ()
    texts = (sa.column(c, sa.Text()) for c in columns)
    return sa.table(name, sa.column("id", key), *more, *texts)


# Each table's stored bound values: the table (as stored), the bound columns, and the owner
# of a row's (a mapping of its columns).
_STORED = (
    (
        _stored("line_users", sa.Integer(), "state", "ticket_ids"),
        ("state", "ticket_ids"),
        lambda v, r: person_row(r["id"]),
    ),
    (
        _stored("drafts", sa.Integer(), "data", user_id=True),
        ("data",),
        lambda v, r: person_row(r["user_id"]),
    ),
    (
        _stored("held_notices", sa.Integer(), "recipient_enc", "items"),
        ("items",),
        _recipient_of_row,
    ),
    (
        _stored("tickets", sa.Integer(), "reference", "owner_line_id_enc"),
        ("owner_line_id_enc",),
        lambda v, r: ticket_owner_binding(r["reference"]),
    ),
    (
        _stored("export_links", sa.Integer(), "token_hash", "owner_enc"),
        ("owner_enc",),
        lambda v, r: export_binding(r["token_hash"]),
    ),
    (
        _stored("outbox", sa.String(36), "recipient_enc"),
        ("recipient_enc",),
        lambda v, r: outbox_binding(r["id"]),
    ),
)
