"""The outbox: messages written with the change that caused them, sent after commit."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from storage.crypto import Vault
from storage.models import OutboxMessage, new_uuid
from storage.owner_bindings import outbox_binding, recipient_of, seal_recipient
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

SENDING_LEASE = timedelta(minutes=5)
# What a delivered or given-up message keeps of its recipient's language: nothing. A waiting
# message's language is sealed (migration 0031), so a copy reads it of no row.
NO_LANGUAGE = None


# A de-duplication key names what a message is about (`transfer:<ticket id>:nacc`,
# `sla:<ticket id>:…`, `pressure:<reference>:<member id>`), and a delivered row keeps it: it
# is stored as its kind and two keyed hashes (DATA_LOOKUP_KEY, purpose "outbox-key"), of its
# scope (all but its last part, for `outbox_ops.any_with_prefix`) and of the whole key.
# Deterministic, so the same key still finds its row. A campaign's keys name only the
# campaign, run and batch, as its plain purpose does, and its progress page reads the batch.
PLAIN_KEY_KINDS = ("campaign",)
# What a row is (its `kind` column, migration 0053): any notice, or a chair's notice of a start
# refused at the shell (handlers/tickets/anchor_codes.py), whose delivery the sender journals.
MESSAGE = "message"
REFUSAL_NOTICE = "start-refused"
KINDS = (MESSAGE, REFUSAL_NOTICE)
WAITING = ("pending", "sending")
KEY_PURPOSE = "outbox-key"
_HASHED_KEY = re.compile(r"^[^:]*:[0-9a-f]{32}:[0-9a-f]{32}$")


def _kind(key: str) -> str:
    return key.split(":", 1)[0] if ":" in key else "key"


def stored_keys(vault: Vault, key: str) -> list[str]:
    """What a de-duplication key is stored as under every lookup key, newest first, then as
    it was stored before migration 0034 (a row left plain still de-duplicates)."""
    kind = _kind(key)
    if kind in PLAIN_KEY_KINDS:
        return [key]
    scope = key.rsplit(":", 1)[0]
    pairs = zip(vault.indexes(scope, KEY_PURPOSE), vault.indexes(key, KEY_PURPOSE), strict=True)
    return [f"{kind}:{s[:32]}:{w[:32]}" for s, w in pairs] + [key]


def stored_scopes(vault: Vault, prefix: str) -> list[str]:
    """The stored beginnings of every key under `prefix` ("sla:7:first:"), newest key first,
    then the plain prefix (rows stored before migration 0034)."""
    scope = prefix.removesuffix(":")
    kind = _kind(scope)
    if kind in PLAIN_KEY_KINDS:
        return [prefix]
    return [f"{kind}:{s[:32]}:" for s in vault.indexes(scope, KEY_PURPOSE)] + [prefix]


def hide_key(vault: Vault, key: str | None) -> str | None:
    """A stored key as it should be stored now (a plain one hidden; a hidden one kept)."""
    if key is None or _HASHED_KEY.match(key):
        return key
    return stored_keys(vault, key)[0]


def hide_keys(conn, vault: Vault) -> int:
    """Store every plain de-duplication key hidden (migration 0034, `keys rotate`); returns
    how many were rewritten."""
    table = OutboxMessage.__table__
    stmt = select(table.c.id, table.c.dedupe_key).where(table.c.dedupe_key.is_not(None))
    done = 0
    for row_id, key in conn.execute(stmt).all():
        hidden = hide_key(vault, key)
        if hidden != key:
            conn.execute(update(table).where(table.c.id == row_id).values(dedupe_key=hidden))
            done += 1
    return done


def enqueue(
    uow: UnitOfWork,
    channel: str,
    payload: list,
    *,
    recipient: str | None = None,
    recipients: list[str] | None = None,
    language: str = "th",
    purpose: str = "",
    dedupe_key: str | None = None,
    not_before: datetime | None = None,
    kind: str = MESSAGE,
) -> OutboxMessage | None:
    """Add a message to send (`push`, `multicast` or `broadcast`); the unit of work notes it.

    With a `dedupe_key` it is enqueued once: None when a message with that key exists.
    Two runners racing on the same key both try the insert; the unique key lets one win
    and the other skip, inside a savepoint so the rest of their work survives.
    """
    message_id = new_uuid()
    if channel == "multicast":
        recipient_enc = seal_recipient(uow.vault, message_id, "\n".join(recipients or []))
        count = len(recipients or [])
    else:
        recipient_enc = seal_recipient(uow.vault, message_id, recipient) if recipient else None
        count = 1
    row = OutboxMessage(
        id=message_id,
        channel=channel,
        recipient_enc=recipient_enc,
        recipient_count=count,
        language=language,
        payload=seal(uow, payload, message_id),
        purpose=purpose,
        kind=kind,
        dedupe_key=None if dedupe_key is None else stored_keys(uow.vault, dedupe_key)[0],
        next_attempt_at=not_before or uow.now(),
        created_at=uow.now(),
    )
    if dedupe_key is None:
        uow.session.add(row)
    elif not _add_once(uow, row, stored_keys(uow.vault, dedupe_key)):
        return None
    uow.enqueued(row.id)
    return row


def _add_once(uow: UnitOfWork, row: OutboxMessage, keys: list[str]) -> bool:
    taken = select(OutboxMessage.id).where(OutboxMessage.dedupe_key.in_(keys))
    if uow.session.scalar(taken) is not None:
        return False
    try:
        with uow.session.begin_nested():
            uow.session.add(row)
            uow.session.flush()
    except IntegrityError:
        return False
    return True


def seal(uow: UnitOfWork, payload: list, message_id: str) -> list:
    """Messages encrypted at rest (they may carry a name, a phone or a tracking code), bound
    to their message (storage.owner_bindings)."""
    text = json.dumps(payload, ensure_ascii=False)
    return [{"sealed": uow.vault.encrypt_for(outbox_binding(message_id), text)}]


def payload_of(uow: UnitOfWork, row: OutboxMessage) -> list:
    """The messages of a row, decrypted; none when they are not this row's (sealed for
    another message, or not sealed: put there outside the application)."""
    if row.payload and isinstance(row.payload[0], dict) and "sealed" in row.payload[0]:
        try:
            text = uow.vault.decrypt_for(row.payload[0]["sealed"], outbox_binding(row.id))
        except ValueError:  # not a ciphertext of these keys (written in SQL): not sent
            text = None
        if text is not None:
            return json.loads(text)
    if row.payload:
        log.warning("an outbox message's sealed messages belong to another: not sent")
    return []


def claim_due(
    uow: UnitOfWork, limit: int = 50, ids: list[str] | None = None
) -> list[OutboxMessage]:
    """Lock and mark as sending the rows that are due, skipping rows others hold.

    A `sending` row's `next_attempt_at` is the end of its sender's lease: if the sender
    died, the row becomes due again then.
    """
    now = uow.now()
    stmt = (
        select(OutboxMessage)
        .where(
            or_(
                (OutboxMessage.status == "pending") & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.status == "sending") & (OutboxMessage.next_attempt_at <= now),
            )
        )
        .order_by(OutboxMessage.next_attempt_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if ids is not None:
        stmt = stmt.where(OutboxMessage.id.in_(ids))
    rows = list(uow.session.scalars(stmt))
    for row in rows:
        row.status = "sending"
        row.next_attempt_at = now + SENDING_LEASE
    return rows


def hour_of(moment: datetime) -> datetime:
    """A time cut to the hour: what a delivered message keeps of its times."""
    return moment.replace(minute=0, second=0, microsecond=0)


def mark_sent(uow: UnitOfWork, row_id: str, request_id: str | None) -> None:
    """Record a delivery accepted by LINE."""
    hour = hour_of(uow.now())
    uow.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id)
        # Once delivered, neither content, recipient nor language is kept (the timeline
        # records what matters), and only the hour: an exact time would pair it with a
        # ticket's entry, and the language with the one person who reads that one.
        .values(
            status="sent",
            language=NO_LANGUAGE,
            sent_at=hour,
            created_at=hour,
            next_attempt_at=hour,
            line_request_id=request_id,
            recipient_enc=None,
            last_error=None,
            payload=[],
        )
    )


def forget_delivered(uow: UnitOfWork, dead_before: datetime, limit: int = 1000) -> int:
    """Recipients, contents, languages and exact times of messages sent (before 0015 and
    0027 they were kept), and of messages given up before `dead_before`: nothing left that
    names or pairs."""
    kept = OutboxMessage.recipient_enc.is_not(None) | OutboxMessage.language.is_not(None)
    stmt = (
        select(OutboxMessage)
        .where(
            (OutboxMessage.status == "sent") & kept
            | (OutboxMessage.status == "dead") & (OutboxMessage.created_at < dead_before) & kept
        )
        .limit(limit)
    )
    rows = list(uow.session.scalars(stmt))
    for row in rows:
        row.recipient_enc, row.payload, row.language = None, [], NO_LANGUAGE
        row.created_at, row.next_attempt_at = hour_of(row.created_at), hour_of(row.next_attempt_at)
        row.sent_at = row.sent_at and hour_of(row.sent_at)
    return len(rows)


# What a message still waiting (or given up) for a person who asked to be erased becomes: never
# sent, its recipient, messages and language gone, the row kept (nothing is deleted by a
# user's act) with its times cut to the hour as a delivered one's.
CANCELLED = "cancelled"
UNSENT = ("pending", "sending", "dead")


def forget_recipient(uow: UnitOfWork, line_user_id: str) -> int:
    """Erasure: cancel every unsent message to the person, and take them off every unsent
    multicast (the others still get it); how many rows changed. Each row's recipient is
    opened to be recognised: unsent rows are few, and a keyed index would name them."""
    stmt = select(OutboxMessage).where(
        OutboxMessage.status.in_(UNSENT), OutboxMessage.recipient_enc.is_not(None)
    )
    changed = 0
    for row in uow.session.scalars(stmt):
        recipient = recipient_of(uow.vault, row)
        if recipient is None:
            continue
        if row.channel == "multicast":
            everyone = recipient.split("\n")
            others = [r for r in everyone if r != line_user_id]
            if len(others) == len(everyone):
                continue
            if others:
                row.recipient_enc = seal_recipient(uow.vault, row.id, "\n".join(others))
                row.recipient_count = len(others)
                changed += 1
                continue
        elif recipient != line_user_id:
            continue
        _cancel(row)
        changed += 1
    return changed


def any_waiting(uow: UnitOfWork, dedupe_keys: list[str]) -> bool:
    """Whether a message of any of these de-duplication keys still waits to be sent."""
    stored = [k for key in dedupe_keys for k in stored_keys(uow.vault, key)]
    if not stored:
        return False
    stmt = select(OutboxMessage.id).where(
        OutboxMessage.dedupe_key.in_(stored), OutboxMessage.status.in_(WAITING)
    )
    return uow.session.scalars(stmt.limit(1)).first() is not None


def name_of(stored_key: str | None) -> str:
    """The plain name a stored de-duplication key begins with (`refused-….2` of
    `refused-….2:H:H`): the part `stored_keys` leaves plain."""
    return (stored_key or "").split(":", 1)[0]


def notices_named(uow: UnitOfWork, kind: str, name: str) -> list[tuple[str, str]]:
    """The rows of `kind` whose de-duplication name is `name` or one of its retries
    (`name.1`, `name.2` …): each as (its name, its status)."""
    stmt = select(OutboxMessage.dedupe_key, OutboxMessage.status).where(OutboxMessage.kind == kind)
    found = ((name_of(key), status) for key, status in uow.session.execute(stmt))
    return [(n, status) for n, status in found if n == name or n.startswith(name + ".")]


def cancel_unsent(uow: UnitOfWork, dedupe_keys: list[str]) -> int:
    """Cancel the messages of these de-duplication keys that have not left (a notice of an
    act that was then refused must not be sent later by the retries); how many."""
    stored = [k for key in dedupe_keys for k in stored_keys(uow.vault, key)]
    if not stored:
        return 0
    stmt = select(OutboxMessage).where(
        OutboxMessage.dedupe_key.in_(stored), OutboxMessage.status.in_(UNSENT)
    )
    rows = list(uow.session.scalars(stmt))
    for row in rows:
        _cancel(row)
    return len(rows)


def _cancel(row: OutboxMessage) -> None:
    row.status, row.recipient_enc, row.payload, row.language = CANCELLED, None, [], NO_LANGUAGE
    row.last_error = None
    row.created_at, row.next_attempt_at = hour_of(row.created_at), hour_of(row.next_attempt_at)


def mark_retry(
    uow: UnitOfWork, row_id: str, error: str, delay: timedelta, max_attempts: int
) -> str:
    """Record a failed attempt; the row becomes due again later, or dead after too many (a
    row cancelled while it was being sent stays cancelled)."""
    row = uow.session.get(OutboxMessage, row_id)
    if row.status == CANCELLED:
        return row.status
    row.attempts += 1
    row.last_error = error[:2000]
    if row.attempts >= max_attempts:
        row.status = "dead"
    else:
        row.status = "pending"
        row.next_attempt_at = uow.now() + delay
    return row.status
