"""Fixtures of the storage tests: empty databases of each kind, for the migrations."""

from __future__ import annotations

import pytest

from tests.conftest import PG_URL, _pg_database, drop_pg_database, pg_name


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request, tmp_path):
    """A database with no tables at all (PostgreSQL with TEST_DATABASE_URL), dropped after."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    name = pg_name("sujarit_migrate")
    yield _pg_database(name)
    drop_pg_database(name)
