"""Migration 0027 on a database written before it: the processed events' fingerprints are
keyed as the code now writes them (a redelivery is still known), and sign-ins from before
carry no own mark, so they count as a shell's."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import text

from storage.crypto import Vault
from storage.db import make_engine
from storage.uow import UnitOfWork
from tests.migrated import upgrade

AT = datetime(2026, 11, 3, 3, 4, 5, tzinfo=UTC)
PLAIN = hashlib.sha256(b'{"type":"postback"}').hexdigest()


def test_fingerprints_are_keyed_and_a_redelivery_is_still_known(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0025")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO processed_events (webhook_event_id, fingerprint, event_type,"
                " processed_at) VALUES ('E1', :f, 'postback', :at)"
            ),
            {"f": PLAIN, "at": AT},
        )
    vault = Vault(lookup_key="lookup-key-for-0027", secret_key="s")
    upgrade(url, "0027", vault=vault)
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT fingerprint FROM processed_events")).scalar()
        assert conn.execute(text("SELECT own_mark FROM login_tokens")).all() == []
    assert kept != PLAIN and kept == vault.index(PLAIN, "webhook-event")
    from sqlalchemy.orm import sessionmaker

    from storage.inbox import record_once

    with UnitOfWork(sessionmaker(engine), vault=vault) as uow:
        assert record_once(uow, "E1", PLAIN, "postback") is False  # the same event again
        assert record_once(uow, "E2", PLAIN, "postback") is True
    engine.dispose()
