"""Migration 0044 on a database with notices held on the person's row (`line_users.held`,
before 0041): each batch becomes a row of its own, dated the upgrade's day, so it is read as
before and expires under RETENTION_HELD_NOTICE_DAYS like the rest; the person's row keeps
none. Without the keys the batches stay where they are until read or the retention job."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from handlers import notices
from storage import held_notices
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import LineUser
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS

VAULT = Vault("test-secret-key", *TEST_KEYS.values())
PERSON, OTHER = "U" + "4" * 32, "U" + "5" * 32
JOINED = {"_": "say", "key": "case.joined", "params": {}, "quick": []}
NOTHING = {"_": "say", "key": "discreet.nothing", "params": {}, "quick": []}
BATCHES = json.dumps([[JOINED], [NOTHING]])


def _held_before_0044(url: str, vault) -> None:
    upgrade(url, "0043", vault)
    engine = make_engine(url)
    with engine.begin() as conn:
        for number, person, held in ((1, PERSON, BATCHES), (2, OTHER, "[]")):
            conn.execute(
                text(
                    "INSERT INTO line_users (id, user_hash, line_user_id_enc, language, following,"
                    " subscribed, state, ticket_ids, held, discreet, draft_reminders, created_at,"
                    " updated_at) VALUES (:id, :h, :u, :lang, true, true, :s, :t, :held, true,"
                    " true, :at, :at)"
                ),
                {
                    "id": number,
                    "h": VAULT.index(person),
                    "u": VAULT.encrypt(person),
                    "lang": VAULT.encrypt("th"),
                    "s": VAULT.encrypt("{}"),
                    "t": VAULT.encrypt("[]"),
                    "held": VAULT.encrypt(held),
                    "at": datetime(2026, 1, 5, 3, tzinfo=UTC),
                },
            )
    engine.dispose()


def _uow(engine):
    return UnitOfWorkFactory(make_session_factory(engine), VAULT)()


def test_0044_moves_each_batch_to_a_row_that_expires(empty_database):
    _held_before_0044(empty_database, VAULT)
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    today = datetime.now(UTC)
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM line_users WHERE held IS NOT NULL")).scalar()
            == 0
        )
    with _uow(engine) as uow:
        rows = held_notices.of(uow, PERSON)
        assert [row.items for row in rows] == [[JOINED], [NOTHING]]
        assert {row.held_on for row in rows} == {today.date()}
        assert held_notices.of(uow, OTHER) == []
        assert held_notices.expire(uow, today) == 0  # the period counts from today
        assert held_notices.expire(uow, today + timedelta(days=1)) == 2
        uow.commit()
    engine.dispose()


def test_without_the_keys_the_batches_are_read_then_moved_by_the_retention_job(empty_database):
    _held_before_0044(empty_database, VAULT)
    upgrade(empty_database, "head")  # Alembic by hand: no keys
    engine = make_engine(empty_database)
    with _uow(engine) as uow:
        user = uow.session.get(LineUser, 1)
        shown = notices.read_held(uow, user)  # the person taps "อ่าน": the oldest first
        assert [out.key for out in shown][:1] == ["case.joined"]
        uow.commit()
    with _uow(engine) as uow:
        assert held_notices.adopt_all(uow) == 0  # the tap moved them; the empty list went too
        uow.commit()
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM line_users WHERE held IS NOT NULL")).scalar()
            == 0
        )
    engine.dispose()
