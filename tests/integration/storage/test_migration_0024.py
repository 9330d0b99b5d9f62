"""Migration 0024 on a database written before it: the owners' sealed lists no longer tell
when they were sealed nor how long they are, and evidence no longer keeps a plain SHA-256."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text

from storage.crypto import Vault
from storage.db import make_engine
from tests.migrated import upgrade

KEY = "SHgYB4FmmtFGFU_65QJvLY83mCkzg-9KWskPKFhPCHo="
AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
PHOTO = b"\xff\xd8 the photo shared in the village group"


def _write_before_0024(url: str) -> None:
    upgrade(url, "0023")
    old = Fernet(KEY)  # tokens as written before: the second they were made, unpadded
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO line_users (id, user_hash, line_user_id_enc, language, following,"
                " subscribed, state, ticket_ids, held, created_at, updated_at, discreet,"
                " draft_reminders) VALUES (1, 'h', :who, 'th', :t, :f, :state, :ids, '[]', :at,"
                " :at, :f, :t)"
            ),
            {
                "who": old.encrypt(b"U" + b"1" * 32).decode(),
                "state": "{}",  # plain, from before 0011: left for `keys rotate`
                "ids": old.encrypt(b"[41,42,43]").decode(),
                "at": AT,
                "t": True,
                "f": False,
            },
        )
        conn.execute(
            text(
                "INSERT INTO evidence (id, line_message_id, media_kind, sha256, status, attempts,"
                " next_attempt_at, created_at) VALUES (1, 'm1', 'image', :h, 'stored', 1, :at,"
                " :at)"
            ),
            {"h": hashlib.sha256(PHOTO).hexdigest(), "at": AT},
        )
    engine.dispose()


def _read(url: str) -> tuple:
    engine = make_engine(url)
    with engine.connect() as conn:
        user = conn.execute(text("SELECT state, ticket_ids FROM line_users")).one()
        mark = conn.execute(text("SELECT sha256 FROM evidence")).scalar()
    engine.dispose()
    return user, mark


def test_the_upgrade_reseals_owner_lists_without_time_and_marks_evidence(empty_database):
    _write_before_0024(empty_database)
    with pytest.raises(RuntimeError, match="0024"):
        upgrade(empty_database)  # the keys are needed: nothing is half done without them
    vault = Vault(data_key=KEY, lookup_key="l" * 32, seal_key="s" * 32)
    upgrade(empty_database, vault=vault)

    (state, ids), mark = _read(empty_database)
    assert state == "{}"
    assert Fernet(KEY).extract_timestamp(ids) == 0 and vault.decrypt(ids) == "[41,42,43]"
    assert len(ids) == len(vault.encrypt("[41]"))  # the length no longer counts the tickets
    digest = hashlib.sha256(PHOTO).hexdigest()
    assert mark != digest and vault.content_fits(mark, digest)
