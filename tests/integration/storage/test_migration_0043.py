"""Migration 0043 on a database with notices held before it: each counts from the upgrade's
day, so none goes sooner than the retention period allows, and is still read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from storage import held_notices
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())
PERSON = "U" + "4" * 32


def test_0043_dates_every_notice_held_before_on_the_upgrade_day(empty_database):
    upgrade(empty_database, "0042", VAULT)
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(make_session_factory(engine), VAULT)() as uow:
        items = VAULT.encrypt('[{"say": "case.joined"}]')
        uow.session.execute(
            text("INSERT INTO held_notices (recipient_enc, items) VALUES (:r, :i)"),
            {"r": VAULT.encrypt(PERSON), "i": items},
        )
        uow.commit()
    engine.dispose()
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    today = datetime.now(UTC)
    with UnitOfWorkFactory(make_session_factory(engine), VAULT)() as uow:
        [row] = held_notices.of(uow, PERSON)
        assert row.held_on == today.date()
        assert held_notices.expire(uow, today) == 0
        assert held_notices.expire(uow, today + timedelta(days=1)) == 1
    engine.dispose()
