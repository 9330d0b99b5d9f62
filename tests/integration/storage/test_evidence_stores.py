"""Every evidence store (local folder, database table, S3) keeps the same promises."""

from __future__ import annotations

import hashlib

import pytest

from bot.line.evidence_files import EvidenceStore, TooLarge
from storage.crypto import Vault
from storage.db import make_engine
from storage.evidence_stores import DatabaseStore, LocalStore, MissingFile, S3Store
from tests.conftest import empty_pg
from tests.s3_server import s3_server

KEY = "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo="


@pytest.fixture(params=["local", "database-sqlite", "database-postgresql", "s3"])
def blobs(request, tmp_path, monkeypatch):
    """Each store, empty (the database one on SQLite and, when configured, PostgreSQL)."""
    if request.param == "local":
        yield LocalStore(str(tmp_path / "evidence"))
    elif request.param.startswith("database"):
        if request.param.endswith("sqlite"):
            url = request.getfixturevalue("sqlite_url")
        else:
            url = request.getfixturevalue("pg_template_url")
            empty_pg(url)
        engine = make_engine(url)
        yield DatabaseStore(engine)
        engine.dispose()
    else:
        with s3_server(monkeypatch) as (endpoint, bucket):
            yield S3Store(bucket, "sujarit/evidence", endpoint)


def test_bytes_put_come_back_the_same_in_pieces(blobs):
    content = bytes(range(256)) * 20_000  # 5 MB: several pieces in every store
    blobs.put("ab/one.enc", iter([content[:1000], content[1000:]]))
    pieces = list(blobs.open("ab/one.enc"))
    assert b"".join(pieces) == content
    assert len(pieces) > 1  # streamed, not one whole read


def test_exists_list_and_delete(blobs):
    assert list(blobs.list()) == [] and not blobs.exists("ab/one.enc")
    blobs.put("ab/one.enc", [b"one"])
    blobs.put("cd/two.enc", [b"two"])
    assert blobs.exists("ab/one.enc") and not blobs.exists("ab/one")
    assert sorted(blobs.list()) == ["ab/one.enc", "cd/two.enc"]
    blobs.delete("ab/one.enc")
    assert list(blobs.list()) == ["cd/two.enc"] and not blobs.exists("ab/one.enc")
    blobs.delete("ab/one.enc")  # deleting twice is harmless


def test_a_missing_file_says_so(blobs):
    with pytest.raises(MissingFile):
        blobs.open("ab/none.enc")


def test_putting_again_replaces_the_file(blobs):
    blobs.put("ab/one.enc", [b"first version, longer"])
    blobs.put("ab/one.enc", [b"second"])
    assert b"".join(blobs.open("ab/one.enc")) == b"second"


def test_an_empty_file_is_kept(blobs):
    blobs.put("ab/empty.enc", [])
    assert blobs.exists("ab/empty.enc") and b"".join(blobs.open("ab/empty.enc")) == b""


def test_evidence_is_encrypted_in_the_store_and_read_back(blobs):
    store = EvidenceStore(blobs, Vault(data_key=KEY, lookup_key="l" * 32))
    photo = b"\xff\xd8 photo of the envelope " * 10_000
    key, size, mark = store.write(iter([photo]))
    assert size == len(photo) and mark != hashlib.sha256(photo).hexdigest()
    assert store.vault.content_fits(mark, hashlib.sha256(photo).hexdigest())
    assert photo[:40] not in b"".join(blobs.open(key))  # encrypted whatever the store
    assert store.read_all(key) == photo


def test_a_file_over_the_limit_leaves_nothing_behind(blobs):
    store = EvidenceStore(blobs, Vault(data_key=KEY, lookup_key="l" * 32))
    with pytest.raises(TooLarge):
        store.write(iter([b"v" * 65536] * 10), max_bytes=200_000)
    assert list(blobs.list()) == []
