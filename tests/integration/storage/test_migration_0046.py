"""Migration 0046 on a database written before it: every agency spelling is marked and the
chair's policy setting sealed as stored (recusal and the policy read as before); upgraded
without the keys the setting reads as its default and the spellings' records are unknown to
recusal until `keys rotate` marks the spellings."""

from __future__ import annotations

from sqlalchemy import text

from handlers.directory import access
from storage import row_seals
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())


def _uow(engine):
    return UnitOfWorkFactory(make_session_factory(engine), VAULT)()


def _written_before_0046(url: str) -> None:
    upgrade(url, "0045", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO agencies (id, name, kind, key, source, reviewed, created_at)"
                " VALUES (1, 'อบต.กลันทา', 'sao', 'sao:กลันทา', 'citizen', false, '2026-03-10')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO agency_aliases (key, agency_id, sample, created_at)"
                " VALUES ('sao:กลันทา', 1, 'อบต.กลันทา', '2026-03-10')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO policy_settings (key, value, set_by, set_at)"
                " VALUES ('admins_see_identity', 'yes', 'member:1', '2026-03-10')"
            )
        )
    engine.dispose()


def _unmarked(uow) -> set[int]:
    return set(row_seals.unmarked_alias_records(uow.session, uow.vault))


def test_0046_marks_spellings_and_seals_the_policy_as_stored(empty_database):
    _written_before_0046(empty_database)
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    with _uow(engine) as uow:
        assert _unmarked(uow) == set()
        assert access.admins_see_identity(uow)
    with engine.begin() as conn:
        conn.execute(text("UPDATE agency_aliases SET key = 'school:zzz'"))
    with _uow(engine) as uow:
        assert _unmarked(uow) == {1}
    engine.dispose()


def test_0046_without_the_keys_reads_the_default_until_the_chair_and_keys_rotate(
    empty_database,
):
    from storage.rekey import rotate_rows

    _written_before_0046(empty_database)
    upgrade(empty_database, "head")
    engine = make_engine(empty_database)
    with _uow(engine) as uow:
        assert _unmarked(uow) == {1}
        assert not access.admins_see_identity(uow)
    with _uow(engine) as uow:
        rotate_rows(uow)
        uow.commit()
    with _uow(engine) as uow:
        assert _unmarked(uow) == set()
        assert not access.admins_see_identity(uow)
    engine.dispose()
