"""Evidence files: encrypted in records, streamed, rotated, and refused when damaged."""

from __future__ import annotations

import hashlib

import pytest

from bot.line.evidence_files import MAGIC, Damaged, EvidenceStore, TooLarge
from storage.crypto import Vault
from storage.evidence_stores import LocalStore

OLD = "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo="
NEW = "KyjS8BTBoFtG6jnGW9GaebIDttljR073C5D7t8ZtAyQ="


def test_a_file_is_written_encrypted_and_read_back_whole(tmp_path):
    store = EvidenceStore(LocalStore(str(tmp_path)), Vault(data_key=OLD, lookup_key="l" * 32))
    content = bytes(range(256)) * 1000  # several records
    key, size, _ = store.write(iter([content[:1000], content[1000:]]))
    path = tmp_path / key
    assert size == len(content)
    assert path.read_bytes().startswith(MAGIC) and content[:256] not in path.read_bytes()
    assert store.read_all(key) == content


def test_the_limit_stops_writing_and_leaves_nothing(tmp_path):
    store = EvidenceStore(LocalStore(str(tmp_path)), Vault(data_key=OLD, lookup_key="l" * 32))
    taken = []

    def endless():
        while True:
            taken.append(1)
            yield b"x" * 65536

    with pytest.raises(TooLarge):
        store.write(endless(), max_bytes=200_000)
    assert len(taken) == 4  # read only what it took to pass the limit
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_rotation_re_encrypts_files_for_the_new_key_alone(tmp_path):
    old = EvidenceStore(LocalStore(str(tmp_path)), Vault(data_key=OLD, lookup_key="l" * 32))
    key, _, _ = old.write([b"evidence"])
    plain = tmp_path / "ab" / "legacy"  # a file kept before encryption at rest
    plain.parent.mkdir()
    plain.write_bytes(b"legacy photo")
    both = EvidenceStore(
        LocalStore(str(tmp_path)), Vault(data_key=f"{NEW},{OLD}", lookup_key="l" * 32)
    )
    digests = both.rotate_files()
    assert digests == {
        key: hashlib.sha256(b"evidence").hexdigest(),
        "ab/legacy": hashlib.sha256(b"legacy photo").hexdigest(),
    }
    new = EvidenceStore(LocalStore(str(tmp_path)), Vault(data_key=NEW, lookup_key="l" * 32))
    assert new.read_all(key) == b"evidence"
    assert new.read_all("ab/legacy") == b"legacy photo" and b"legacy" not in plain.read_bytes()


def test_a_cut_file_is_refused(tmp_path):
    store = EvidenceStore(LocalStore(str(tmp_path)), Vault(data_key=OLD, lookup_key="l" * 32))
    key, _, _ = store.write([b"a" * 200_000])
    path = tmp_path / key
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((Damaged, ValueError)):
        store.read_all(key)


def test_a_file_copied_over_another_files_name_does_not_open(tmp_path):
    """The original's file copied over its clean copy's name (no key needed): each record
    carries its own file's name inside its token, so it is refused, not read as the copy."""
    store = EvidenceStore(LocalStore(str(tmp_path)), Vault(data_key=OLD, lookup_key="l" * 32))
    original, _, _ = store.write([b"ORIGINAL with GPS"])
    clean, _, _ = store.write([b"clean copy"], kind="jpg")
    assert store.read_all(clean) == b"clean copy"
    (tmp_path / clean).write_bytes((tmp_path / original).read_bytes())
    with pytest.raises(Damaged):
        store.read_all(clean)
    assert store.read_all(original) == b"ORIGINAL with GPS"


def test_a_file_written_before_names_were_bound_still_opens(tmp_path):
    """An SJE1 file (records without the name) reads as before; `keys rotate` binds it."""
    from bot.line import evidence_files

    vault = Vault(data_key=OLD, lookup_key="l" * 32)
    store = EvidenceStore(LocalStore(str(tmp_path)), vault)
    record = vault.encrypt_bytes(evidence_files._HEAD.pack(0, True) + b"old photo")
    path = tmp_path / "cd" / "old.enc"
    path.parent.mkdir()
    path.write_bytes(evidence_files.UNBOUND + len(record).to_bytes(4, "big") + record)
    assert store.read_all("cd/old.enc") == b"old photo"
    store.rotate_file("cd/old.enc")
    assert path.read_bytes().startswith(MAGIC)
    assert store.read_all("cd/old.enc") == b"old photo"
