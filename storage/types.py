"""Column types shared by the models."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import DateTime, Text
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return as_utc(value)


def as_utc(moment: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite and raw SQL give it back without its zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utcnow() -> datetime:
    """Now, in UTC, aware."""
    return datetime.now(UTC)


def coarse_utcnow() -> datetime:
    """Now, cut to the hour: for rows whose exact time would tie them to another row's."""
    return utcnow().replace(minute=0, second=0, microsecond=0)


class OwnedDict(dict):
    """A sealed JSON object and the owner it is (to be) bound to (storage.owner_bindings)."""

    def __init__(self, value=(), owner: str | None = None) -> None:
        super().__init__(value)
        self.owner = owner


class OwnedList(list):
    """A sealed JSON array and the owner it is (to be) bound to (storage.owner_bindings)."""

    def __init__(self, value=(), owner: str | None = None) -> None:
        super().__init__(value)
        self.owner = owner


def owned(value, owner: str | None):
    """`value` (a JSON object or array) as one bound to `owner`; anything else as it is."""
    if isinstance(value, dict):
        return OwnedDict(value, owner)
    if isinstance(value, list):
        return OwnedList(value, owner)
    return value


class SealedJSON(TypeDecorator):
    """JSON encrypted with the vault attached to the engine (storage.sealed.attach_vault).

    Without the keys the column is an opaque Fernet token. Rows written before
    migration 0011 hold plain JSON; they are read as such until `keys rotate` seals them.
    A value with an owner (`owned`) is sealed bound to it, and read back with the owner its
    ciphertext names (None: bound to none); storage.owner_bindings checks it is its row's.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else seal_json(_vault(dialect), value)

    def process_result_value(self, value, dialect):
        return None if value is None else open_json(lambda: _vault(dialect), value)


class SealedText(SealedJSON):
    """Text encrypted with the engine's vault, for a short value that would single a person
    out (their language, beside tickets filed in it: migrations 0029, 0031, 0033).

    Rows written before hold the plain value, at most LEGACY_PLAIN characters (a token is
    far longer): they are read as such until the migration (given the keys) or
    `keys rotate` seals them; a subclass of SealedJSON, so `keys rotate` covers it."""

    LEGACY_PLAIN = 16
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _vault(dialect).encrypt(value)

    def process_result_value(self, value, dialect):
        if value is None or len(value) <= self.LEGACY_PLAIN:
            return value
        return _vault(dialect).decrypt(value)


# How every ciphertext the vault makes begins (Fernet's version byte, then its time, always
# NO_TIME): what tells a sealed value from a plain one written before it was sealed.
TOKEN_START = "gAAAAAAAAAAA"


class SealedName(SealedJSON):
    """Text encrypted with the engine's vault, for a name a person gave (a document's file
    name, from LINE, migration 0048). A value not starting as a ciphertext does is one
    written before: read as it is until the migration (given the keys) or `keys rotate`
    seals it."""

    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else _vault(dialect).encrypt(str(value))

    def process_result_value(self, value, dialect):
        if value is None or not str(value).startswith(TOKEN_START):
            return value
        return _vault(dialect).decrypt(value)


class SealedSize(SealedName):
    """A whole number (a file's exact size) encrypted as SealedName is: one document sent to
    two tickets, the same size in both, pairs them in a copy. Read as an int."""

    cache_ok = True

    def process_result_value(self, value, dialect):
        opened = super().process_result_value(value, dialect)
        return None if opened is None else int(opened)


def seal_json(vault, value) -> str:
    """A value as a SealedJSON column stores it (also for a migration writing without the
    model): bound to its owner when it has one (`owned`)."""
    plain = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    owner = getattr(value, "owner", None)
    return vault.encrypt_for(owner, plain) if owner else vault.encrypt(plain)


def open_json(vault_of, stored: str):
    """A SealedJSON column's stored text as its value, with the owner its ciphertext names
    (`vault_of()` gives the vault: plain JSON from before migration 0011 needs none, and is
    bound to none)."""
    if stored[:1] in ("{", "[", '"'):
        return owned(json.loads(stored), None)
    owner, plain = vault_of().owned(stored)
    return owned(json.loads(plain), owner)


def _vault(dialect):
    vault = getattr(dialect, "sujarit_vault", None)
    if vault is None:
        raise RuntimeError("a sealed column was used on an engine without a vault")
    return vault


def session_vault(session):
    """The vault attached to the engine a session writes to (its seal keys sign the record)."""
    return _vault(session.get_bind().dialect)


def attach_vault(engine, vault) -> None:
    """Let this engine's sealed columns encrypt and decrypt with `vault`."""
    engine.dialect.sujarit_vault = vault
