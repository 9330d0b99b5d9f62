"""Migration 0029 on a database written before it: each account's language, stored plain, is
sealed when the keys are given (a copy then cannot tell who speaks English) and still read
back as it was; without the keys it stays readable until `keys rotate` seals it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from storage.crypto import Vault
from storage.db import make_engine
from storage.models import LineUser
from storage.rekey import rotate_rows
from storage.types import attach_vault
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())
USER = (
    "INSERT INTO line_users (id, user_hash, line_user_id_enc, language, following, subscribed,"
    " state, ticket_ids, held, created_at, updated_at, discreet, draft_reminders) VALUES"
    " (:id, :h, :who, :language, true, true, :state, :ids, :held, :at, :at, false, true)"
)


def _write_before_0029(url: str) -> None:
    upgrade(url, "0026", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for n, language in ((1, "en"), (2, "th")):
            sealed = {k: VAULT.encrypt(v) for k, v in (("state", "{}"), ("ids", "[]"))}
            conn.execute(
                text(USER),
                {
                    "id": n,
                    "h": f"h{n}",
                    "who": VAULT.encrypt(f"U{n:032d}"),
                    "language": language,
                    "held": VAULT.encrypt("[]"),
                    "at": AT,
                    **sealed,
                },
            )
    engine.dispose()


def _stored_and_read(url: str) -> tuple[list, dict]:
    engine = make_engine(url)
    attach_vault(engine, VAULT)
    with engine.connect() as conn:
        stored = [v for (v,) in conn.execute(text("SELECT language FROM line_users"))]
        read = dict(conn.execute(select(LineUser.id, LineUser.language)).all())
    engine.dispose()
    return stored, read


def test_0029_seals_every_accounts_language_and_reads_it_back(empty_database):
    _write_before_0029(empty_database)
    upgrade(empty_database, "head", VAULT)
    stored, read = _stored_and_read(empty_database)
    assert not {"en", "th"} & set(stored)
    assert len({len(value) for value in stored}) == 1  # padded: "en" and "th" look alike
    assert read == {1: "en", 2: "th"}


def test_0029_without_the_keys_leaves_languages_readable_until_keys_rotate(empty_database):
    _write_before_0029(empty_database)
    upgrade(empty_database, "head")
    stored, read = _stored_and_read(empty_database)
    assert read == {1: "en", 2: "th"}
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(sessionmaker(bind=engine), VAULT)() as uow:
        rotate_rows(uow)
        uow.commit()
    engine.dispose()
    stored, read = _stored_and_read(empty_database)
    assert "en" not in stored and read == {1: "en", 2: "th"}
