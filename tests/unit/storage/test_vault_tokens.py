"""What a token or an evidence mark still tells whoever holds the database but not the keys."""

from __future__ import annotations

import hashlib
import json

import pytest
from cryptography.fernet import Fernet, MultiFernet

from storage.crypto import PAD_MIN, Vault, pad, unpad

OLD = "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo="
NEW = "KyjS8BTBoFtG6jnGW9GaebIDttljR073C5D7t8ZtAyQ="
LOOKUP = "l" * 32


def _sealed(ids: list[int]) -> str:
    return json.dumps(ids, separators=(",", ":"))


def test_a_token_says_nothing_of_when_it_was_made():
    vault = Vault(data_key=OLD, lookup_key=LOOKUP)
    tokens = [vault.encrypt("[12,13]"), vault.encrypt_bytes(b"photo")]
    assert {Fernet(OLD).extract_timestamp(t) for t in tokens} == {0}


def test_a_sealed_list_does_not_count_its_tickets_nor_a_name_its_letters():
    vault = Vault(data_key=OLD, lookup_key=LOOKUP)
    lists = {len(vault.encrypt(_sealed(list(range(100_000, 100_000 + n))))) for n in (1, 2, 20)}
    names = {len(vault.encrypt(name)) for name in ("ดา", "นางบุญมี ศรีสุข", "0812345678")}
    assert len(lists) == 1 and lists == names


@pytest.mark.parametrize("data", [b"", b"a", b"x\x00\x00", b"\x80", "ก".encode() * 85, b"z" * 600])
def test_padding_gives_back_the_value_in_a_bucket(data):
    padded = pad(data)
    assert unpad(padded) == data
    assert len(padded) >= PAD_MIN and len(padded) & (len(padded) - 1) == 0


def test_tokens_sealed_before_padding_still_open_and_rotate_to_timeless_padded_ones():
    old_token = Fernet(OLD).encrypt(b"[7]").decode()  # as written before
    both = Vault(data_key=f"{NEW},{OLD}", lookup_key=LOOKUP)
    assert both.decrypt(old_token) == "[7]"
    rotated = both.rotate(old_token)
    assert Fernet(NEW).extract_timestamp(rotated) == 0
    assert len(rotated) == len(both.encrypt("[7, 8, 9]"))
    assert Vault(data_key=NEW, lookup_key=LOOKUP).decrypt(rotated) == "[7]"
    # Nothing decrypts with a ttl: a token from second 0 opens today.
    assert MultiFernet([Fernet(NEW)]).decrypt(rotated.encode())


def test_an_evidence_mark_is_keyed_and_follows_the_seal_keys():
    digest = hashlib.sha256(b"the photo shared in the village group").hexdigest()
    old_seal, new_seal = "old-seal-key-" + "s" * 32, "new-seal-key-" + "n" * 32
    old = Vault(data_key=OLD, lookup_key=LOOKUP, seal_key=old_seal)
    mark = old.content_marks(digest)[0]
    assert mark != digest and old.content_fits(mark, digest)
    assert not old.content_fits(mark, hashlib.sha256(b"another photo").hexdigest())
    assert not Vault(data_key=OLD, lookup_key=LOOKUP).content_fits(mark, digest)  # other key
    both = Vault(data_key=OLD, lookup_key=LOOKUP, seal_key=f"{new_seal},{old_seal}")
    assert both.content_fits(mark, digest) and both.content_marks(digest)[0] != mark


def test_a_bound_value_opens_only_for_its_owner_and_keeps_it_through_rotation():
    """A value sealed as one row's opens for that row only, whatever key sealed it; `decrypt`
    gives the value alone (what a record's seal covers), and rotation keeps the owner."""
    old = Vault(data_key=OLD, lookup_key=LOOKUP)
    token = old.encrypt_for("line_users:7", "[41,42]")
    assert old.decrypt_for(token, "line_users:7") == "[41,42]"
    assert old.decrypt_for(token, "line_users:8") is None
    assert old.decrypt_for(old.encrypt("[41,42]"), "line_users:7") is None  # bound to none
    assert old.decrypt(token) == "[41,42]"
    rotated = Vault(data_key=f"{NEW},{OLD}", lookup_key=LOOKUP).rotate(token)
    assert Vault(data_key=NEW, lookup_key=LOOKUP).owned(rotated) == ("line_users:7", "[41,42]")


def test_a_bound_value_tells_no_more_than_an_unbound_one():
    vault = Vault(data_key=OLD, lookup_key=LOOKUP)
    assert len(vault.encrypt_for("line_users:123456", "[1]")) == len(vault.encrypt("[1]"))
