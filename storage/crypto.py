"""Encryption of complainant identity at rest, and blind indexes to find it."""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"sujarit", info=purpose).derive(
        secret.encode("utf-8")
    )


def fingerprint(key: str) -> str:
    """A short public name for a key (which key is in use), useless to recover it."""
    return hashlib.sha256(b"sujarit-key-fingerprint:" + key.encode("utf-8")).hexdigest()[:12]


class Vault:
    """Encrypts identity fields (Fernet) and computes keyed hashes for look-ups.

    `data_key` may hold several comma-separated Fernet keys; the first encrypts,
    all decrypt, so keys can be rotated. Without one, a key is derived from the
    application secret.
    """

    def __init__(self, secret_key: str, data_key: str = "") -> None:
        if data_key:
            self.data_keys = [k.strip() for k in data_key.split(",") if k.strip()]
            index_seed = self.data_keys[0]
        else:
            self.data_keys = [base64.urlsafe_b64encode(_derive(secret_key, b"fernet")).decode()]
            index_seed = secret_key
        self.lookup_keys = [index_seed]
        keys = [Fernet(k) for k in self.data_keys]
        self._fernet = MultiFernet(keys)
        self._index_key = _derive(index_seed, b"blind-index")

    def encrypt(self, plain: str | None) -> str | None:
        """Ciphertext for a value (None stays None)."""
        if plain is None:
            return None
        return self._fernet.encrypt(plain.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str | None) -> str | None:
        """The value behind a ciphertext; raises ValueError when the key does not fit."""
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise ValueError("cannot decrypt: wrong DATA_ENCRYPTION_KEY?") from exc

    def fingerprints(self) -> dict[str, list[str]]:
        """Short public names of the keys in use, newest first (for backups and metrics)."""
        return {
            "encryption": [fingerprint(k) for k in self.data_keys],
            "lookup": [fingerprint(k) for k in self.lookup_keys],
        }

    def blind_index(self, value: str) -> str:
        """A keyed hash, stable for equal inputs, useless without the key."""
        return hmac.new(self._index_key, value.encode("utf-8"), hashlib.sha256).hexdigest()
