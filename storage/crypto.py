"""Encryption of what identifies people at rest, and keyed indexes to find it.

Three separate secrets: `DATA_ENCRYPTION_KEY` (Fernet keys), `DATA_LOOKUP_KEY`
(HMAC keys) and `RECORD_SEAL_KEY` (HMAC keys sealing the tamper-evident record, so that
whoever holds only the database cannot re-seal a record they changed).
Each holds one or more comma-separated keys, newest first: the first
encrypts or indexes, every key decrypts or finds, so keys can be rotated. Each kind
of index (a LINE user, a tracking code, a join code, a login token, a sign-in's own mark, a
webhook event's fingerprint, a member's LINE account in the record journal, a member's tie
in the record journal) uses its own
key derived from the lookup key, so equal inputs never give equal values across
kinds.

Tokens tell a database copy neither when nor how much: Fernet writes its creation second into
every token, in the clear, so each token here carries 0 instead (nothing decrypts with a ttl),
and text is padded to a bucket of sizes, so a sealed list's length does not count its items.
Evidence is recorded by a keyed mark of its SHA-256 (under `RECORD_SEAL_KEY`), never the plain
SHA-256 that anyone holding the same photo could look up.

A value that says whose something is (a person's list of complaints, their conversation, the
recipient of a message) is sealed *bound*: the identity of the row or person it belongs to
is written inside its ciphertext (`encrypt_for`), and read back only for that owner
(`decrypt_for`), so that a database writer without the keys cannot move it onto another row
(docs/insider.md, "Sealed values bound to their owner"). `decrypt` gives any value alone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def same_text(stored: str | None, expected: str) -> bool:
    """Whether a stored seal, mark or hash is `expected`, in constant time. Compared as
    UTF-8 bytes: `hmac.compare_digest` raises on non-ASCII text, so a writer who stored Thai
    letters in a mark would turn a check into an error instead of a misfit."""
    return hmac.compare_digest((stored or "").encode("utf-8"), expected.encode("utf-8"))


OWN_SIGN_IN = "own-sign-in"  # Vault.own_mark: a sign-in the member asked for in LINE
TOLD_SIGN_IN = "told-sign-in"  # a shell's link, told to the member it was made for
USED_SIGN_IN = "used-sign-in"  # a login link already used: armed again in SQL, it opens nothing

PURPOSES = (
    "line-user",
    "tracking",
    "join-code",
    "login-token",
    "throttle",
    OWN_SIGN_IN,
    TOLD_SIGN_IN,
    USED_SIGN_IN,
    "webhook-event",
    "reference",
    "outbox-key",
    "public-handle",
    "journal-account",
    "journal-tie",
    "journal-ticket",
    "journal-erased",
    "journal-audit",
)
# What pre-0011 indexes put before the value, for the kinds that outlive an upgrade.
LEGACY_PREFIX = {"line-user": "", "tracking": "tracking:"}


# The time every token carries: a real second would pair a row re-sealed when a complaint is
# sent (the owner's list of tickets) with the ticket's own `submitted_at`.
NO_TIME = 0
# Padding: a flag byte that never starts UTF-8 text (tokens written before it have none), the
# value, an end mark, then zeros up to the next power of two of at least PAD_MIN bytes.
PAD_FLAG, PAD_END, PAD_MIN = b"\xff", b"\x80", 256
# Recently sealed or opened values, by token: every text step reads the person's row (four
# sealed columns) and draft again, almost always unchanged, and opening a token (HMAC check
# and AES) was a fifth of a step's CPU. The process holds the keys beside them, so keeping
# these plain values in its memory exposes nothing more; bounded by count and size.
REMEMBERED, REMEMBERED_CHARS = 2048, 4096


# A bound value's plain text: BOUND, its owner, BOUND, the value. The mark begins no value
# sealed here (JSON, a LINE id, a name, a phone, a language), and no owner holds it.
BOUND = "\x1d"


def bind(owner: str, value: str) -> str:
    """The plain text sealing `value` as belonging to `owner`."""
    if BOUND in owner:
        raise ValueError("an owner may not hold the binding mark")
    return f"{BOUND}{owner}{BOUND}{value}"


def unbind(plain: str) -> tuple[str | None, str]:
    """The owner a plain text was bound to (None: bound to none, sealed before 0045) and
    its value."""
    if not plain.startswith(BOUND):
        return None, plain
    owner, _, value = plain[len(BOUND) :].partition(BOUND)
    return owner, value


def pad(data: bytes) -> bytes:
    """`data` flagged and padded to its size bucket (the smallest power of two >= PAD_MIN)."""
    used = len(data) + len(PAD_FLAG) + len(PAD_END)
    size = max(PAD_MIN, 1 << (used - 1).bit_length())
    return PAD_FLAG + data + PAD_END + b"\0" * (size - used)


def unpad(raw: bytes) -> bytes:
    """The value `pad` was given (values sealed before padding come back as they are)."""
    if not raw.startswith(PAD_FLAG):
        return raw
    body = raw[len(PAD_FLAG) :].rstrip(b"\0")
    if not body.endswith(PAD_END):
        raise ValueError("a padded value without its end mark")
    return body[: -len(PAD_END)]


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"sujarit", info=purpose).derive(
        secret.encode("utf-8")
    )


# Tracking codes are checked with scrypt (about 16 MiB and tens of milliseconds a try), on a
# keyed form of the code and a salt of its own ticket: one guess costs that for one ticket.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}


def split_keys(value: str) -> list[str]:
    """The comma-separated keys of a key variable, newest first."""
    return [k.strip() for k in value.split(",") if k.strip()]


def local_data_key(secret_key: str) -> str:
    """Local mode only: a Fernet key derived from the development secret."""
    return base64.urlsafe_b64encode(_derive(secret_key, b"fernet")).decode("ascii")


def local_lookup_key(secret_key: str) -> str:
    """Local mode only: a lookup key derived from the development secret."""
    return base64.urlsafe_b64encode(_derive(secret_key, b"lookup")).decode("ascii")


def local_seal_key(secret_key: str) -> str:
    """Local mode only: a record seal key derived from the development secret."""
    return base64.urlsafe_b64encode(_derive(secret_key, b"record-seal")).decode("ascii")


def model_cache_key(lookup_key: str) -> bytes:
    """The key authenticating the trained-model cache's files (`MODEL_CACHE_DIR`), derived
    from the newest of the lookup keys `lookup_key` names: every process of a deployment
    shares it; whoever can write the directory without it cannot make a process read a file."""
    return _derive(split_keys(lookup_key)[0], b"model-cache")


def fingerprint(key: str) -> str:
    """A short public name for a key (which key is in use), useless to recover it."""
    return hashlib.sha256(b"sujarit-key-fingerprint:" + key.encode("utf-8")).hexdigest()[:12]


class Vault:
    """Encrypts (Fernet) and computes keyed per-purpose indexes (HMAC-SHA256).

    Without explicit keys (local mode and unit tests) both are derived from the
    application secret; with a LINE channel the configuration requires both.
    """

    def __init__(
        self,
        secret_key: str = "",
        data_key: str = "",
        lookup_key: str = "",
        seal_key: str = "",
    ) -> None:
        data_keys = split_keys(data_key) or [local_data_key(secret_key)]
        lookup_keys = split_keys(lookup_key) or [local_lookup_key(secret_key)]
        self.data_keys = data_keys
        self.lookup_keys = lookup_keys
        self.seal_keys = split_keys(seal_key) or [local_seal_key(secret_key)]
        self._seal_keys = [_derive(k, b"record-seal") for k in self.seal_keys]
        self._backup_keys = [_derive(k, b"backup-checksum") for k in self.seal_keys]
        self._content_keys = [_derive(k, b"evidence-content") for k in self.seal_keys]
        self._fernet = MultiFernet([Fernet(k) for k in data_keys])
        self._plain: dict[str, str] = {}
        self._plain_lock = threading.Lock()
        self._index_keys = {
            purpose: [_derive(k, b"index:" + purpose.encode()) for k in lookup_keys]
            for purpose in PURPOSES
        }
        # Before 0011 one index key served every purpose, derived from the first data key or
        # the application secret. Rows still indexed that way are found (and re-indexed on
        # use, or by `keys rotate`); nothing new is ever indexed with it.
        seeds = dict.fromkeys([*data_keys, secret_key] if secret_key else data_keys)
        self._legacy_keys = [_derive(seed, b"blind-index") for seed in seeds]

    def encrypt(self, plain: str | None) -> str | None:
        """Ciphertext for a value (None stays None)."""
        if plain is None:
            return None
        token = self._fernet.encrypt_at_time(pad(plain.encode("utf-8")), NO_TIME)
        sealed = token.decode("ascii")
        self._remember(sealed, plain)
        return sealed

    def encrypt_for(self, owner: str, plain: str | None) -> str | None:
        """Ciphertext for a value that belongs to `owner` (a row's or a person's identity,
        kept inside the ciphertext: see `decrypt_for`). None stays None."""
        return None if plain is None else self.encrypt(bind(owner, plain))

    def decrypt(self, token: str | None) -> str | None:
        """The value behind a ciphertext, bound or not (whoever it belongs to); raises
        ValueError when the key does not fit."""
        if token is None:
            return None
        return unbind(self.opened(token))[1]

    def owned(self, token: str | None) -> tuple[str | None, str | None]:
        """The owner a ciphertext is bound to (None: bound to none) and its value."""
        if token is None:
            return None, None
        return unbind(self.opened(token))

    def decrypt_for(self, token: str | None, owner: str) -> str | None:
        """The value behind a ciphertext only if it was sealed as `owner`'s; None when it
        belongs to another or to none (fail closed: a writer copied it here)."""
        bound, value = self.owned(token)
        return value if token is not None and bound == owner else None

    def opened(self, token: str, remember: bool = True) -> str:
        """The whole plain text behind a ciphertext (a bound value with its owner); a check
        reading every row passes `remember=False` (it would only churn the recent values)."""
        plain = self._plain.get(token)
        if plain is not None:
            return plain
        try:
            plain = unpad(self._fernet.decrypt(token.encode("ascii"))).decode("utf-8")
        except InvalidToken as exc:
            raise ValueError("cannot decrypt: wrong DATA_ENCRYPTION_KEY?") from exc
        if remember:
            self._remember(token, plain)
        return plain

    def _remember(self, token: str, plain: str) -> None:
        if len(plain) > REMEMBERED_CHARS:
            return
        with self._plain_lock:
            if len(self._plain) >= REMEMBERED:
                del self._plain[next(iter(self._plain))]  # the oldest
            self._plain[token] = plain

    def encrypt_bytes(self, plain: bytes) -> bytes:
        """Ciphertext for file content (evidence at rest; its size is on record anyway)."""
        return self._fernet.encrypt_at_time(plain, NO_TIME)

    def decrypt_bytes(self, token: bytes) -> bytes:
        """File content behind a ciphertext."""
        try:
            return self._fernet.decrypt(token)
        except InvalidToken as exc:
            raise ValueError("cannot decrypt: wrong DATA_ENCRYPTION_KEY?") from exc

    def rotate(self, token: str | None) -> str | None:
        """The same value encrypted with the first key, padded and timeless (None stays None).

        Not MultiFernet.rotate, which keeps the token's original second. A bound value keeps
        its owner."""
        if token is None:
            return None
        return self.encrypt(self.opened(token))

    def index(self, value: str, purpose: str = "line-user") -> str:
        """The keyed index of a value for one purpose, with the newest lookup key."""
        key = self._index_keys[purpose][0]
        return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def indexes(self, value: str, purpose: str = "line-user") -> list[str]:
        """The value's index under every lookup key, newest first (for finding old rows)."""
        # hmac.digest: one C call, where hmac.new builds a Python object (twice per event).
        data = value.encode("utf-8")
        found = [hmac.digest(k, data, "sha256").hex() for k in self._index_keys[purpose]]
        legacy = LEGACY_PREFIX.get(purpose)
        if legacy is not None:
            old = (legacy + value).encode("utf-8")
            found += [hmac.digest(k, old, "sha256").hex() for k in self._legacy_keys]
        return found

    def slow_indexes(self, value: str, salt: str, purpose: str = "tracking") -> list[str]:
        """The value's slow, salted index under every lookup key, newest first (scrypt over
        its keyed index, so neither the database nor the key alone allows a search)."""
        return [
            hashlib.scrypt(fast.encode("ascii"), salt=salt.encode("ascii"), **SCRYPT).hex()
            for fast in self.indexes(value, purpose)[: len(self.lookup_keys)]
        ]

    def reference_key(self, prefix: str, year_be: int) -> bytes:
        """The key of one prefix's and year's permutation of reference numbers
        (storage.reference_numbers), under the newest lookup key."""
        data = f"{prefix}:{year_be}".encode()
        return hmac.digest(self._index_keys["reference"][0], data, "sha256")

    def seals(self, payload: bytes) -> list[str]:
        """The record seal of `payload` under every seal key, newest first."""
        return [hmac.digest(k, payload, "sha256").hex() for k in self._seal_keys]

    def seal_fits(self, seal: str | None, payload: bytes) -> bool:
        """Whether a stored seal or mark is that of `payload` under any seal key."""
        return any(same_text(seal, s) for s in self.seals(payload))

    def checksums(self, data: bytes) -> list[str]:
        """A backup member's keyed checksum under every seal key, newest first."""
        return [hmac.new(k, data, hashlib.sha256).hexdigest() for k in self._backup_keys]

    def content_marks(self, sha256_hex: str, ticket_salt: str | None = None) -> list[str]:
        """The keyed mark of a file's SHA-256 in one ticket (its salt) under every seal key,
        newest first (what `evidence.sha256` holds: whoever has the database but not the key
        can neither look a known file up nor make a changed file's mark fit; the same file in
        two tickets has two unrelated marks, twice in one ticket the same). Without a salt
        (a ticket from before 0015, and marks made before), the mark of the file alone."""
        scoped = sha256_hex if ticket_salt is None else f"{ticket_salt}:{sha256_hex}"
        data = scoped.encode("ascii")
        return [hmac.new(k, data, hashlib.sha256).hexdigest() for k in self._content_keys]

    def content_fits(
        self, mark: str | None, sha256_hex: str, ticket_salt: str | None = None
    ) -> bool:
        """Whether a stored evidence mark is that of content with this SHA-256 in the ticket
        of this salt, or one made before marks were per ticket (any seal key)."""
        marks = self.content_marks(sha256_hex, ticket_salt)
        if ticket_salt is not None:
            marks += self.content_marks(sha256_hex)
        return any(same_text(mark, m) for m in marks)

    def own_mark(self, row_hash: str, member_id: int, purpose: str = OWN_SIGN_IN) -> str:
        """The keyed mark that a sign-in (a login token's or a session's row, by its token
        hash) was asked for by this member, not made at a shell: a database writer without
        the lookup key can neither make one, nor move one to another row, nor move the row
        to another member (a reviewer's own link pointed at the chair). With `purpose`
        TOLD_SIGN_IN: a shell's link whose member was told when it was made."""
        return self.index(f"{row_hash}:{member_id}", purpose)

    def own_mark_fits(
        self, row_hash: str, member_id: int, mark: str | None, purpose: str = OWN_SIGN_IN
    ) -> bool:
        """Whether a stored mark is that row's own mark for that member (any lookup key)."""
        return bool(mark) and any(
            same_text(mark, m) for m in self.indexes(f"{row_hash}:{member_id}", purpose)
        )

    def blind_index(self, value: str, purpose: str = "line-user") -> str:
        """Same as `index` (the name older code uses)."""
        return self.index(value, purpose)

    def fingerprints(self) -> dict[str, list[str]]:
        """Short public names of the keys in use, newest first (for backups and metrics)."""
        return {
            "encryption": [fingerprint(k) for k in self.data_keys],
            "lookup": [fingerprint(k) for k in self.lookup_keys],
            "seal": [fingerprint(k) for k in self.seal_keys],
        }
