"""Migration 0040 on a database with cases from before it: each gets a number of its own,
six digits from 2 to 9, and keeps its id (so the handle pages showed still finds it)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from handlers.patterns import case_numbers
from storage import public_handles
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

AT = datetime(2026, 3, 10, 3, 4, 5, tzinfo=UTC)
VAULT = Vault("test-secret-key", *TEST_KEYS.values())


def test_0040_numbers_every_case_made_before(empty_database):
    upgrade(empty_database, "0039", VAULT)
    engine = make_engine(empty_database)
    with engine.begin() as conn:
        for case_id in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO cases (id, created_at, created_by) VALUES (:id, :at, 'member:1')"
                ),
                {"id": case_id, "at": AT},
            )
    engine.dispose()
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    with UnitOfWorkFactory(make_session_factory(engine), VAULT)() as uow:
        numbers = uow.session.execute(text("SELECT id, number FROM cases ORDER BY id")).all()
        assert len({number for _, number in numbers}) == 3
        for case_id, number in numbers:
            assert case_numbers.read(number) == number
            assert case_numbers.find(uow, case_numbers.shown(number)).id == case_id
            assert (
                case_numbers.find(uow, str(public_handles.handle(VAULT, "case", case_id))).id
                == case_id
            )
    engine.dispose()
