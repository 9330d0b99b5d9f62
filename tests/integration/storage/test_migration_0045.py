"""Migration 0045 on a database written before it: every stored value that says whose
something is gets bound to the row it is on (a person's list and state, a draft's answers, a
held notice's batch, a ticket's owner, a waiting message's recipient), still reads as it did,
and from then on a copy onto another row reads as nobody's; its downgrade unbinds them."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import select, text, update

from storage import held_notices, owner_bindings
from storage.crypto import Vault
from storage.db import make_engine, make_session_factory
from storage.migrate import alembic_config
from storage.models import LineUser
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.migrated import upgrade

VAULT = Vault("test-secret-key", *TEST_KEYS.values())
ONE, TWO = "U" + "1" * 32, "U" + "2" * 32
PERSON = (
    "INSERT INTO line_users (id, user_hash, line_user_id_enc, language, following, subscribed,"
    " state, ticket_ids, held, created_at, updated_at, discreet, draft_reminders) VALUES"
    " (:id, :hash, :who, 'th', true, true, :state, :ids, '[]', '2026-03-10', '2026-03-10',"
    " false, true)"
)


def _uow(engine):
    return UnitOfWorkFactory(make_session_factory(engine), VAULT)()


def _written_before_0045(url: str) -> None:
    upgrade(url, "0044", VAULT)
    engine = make_engine(url)
    with engine.begin() as conn:
        for row_id, who, state in ((1, ONE, {"flow": "lookup"}), (2, TWO, {})):
            values = {
                "id": row_id,
                "hash": VAULT.index(who),
                "who": VAULT.encrypt(who),
                "state": VAULT.encrypt(json.dumps(state)),
                "ids": VAULT.encrypt(json.dumps([41, 42] if row_id == 1 else [])),
            }
            conn.execute(text(PERSON), values)
        conn.execute(
            text("INSERT INTO held_notices (recipient_enc, items, held_on) VALUES (:r, :i, :d)"),
            {
                "r": VAULT.encrypt(ONE),
                "i": VAULT.encrypt('[{"say":"case.joined"}]'),
                "d": "2026-03-10",
            },
        )
    engine.dispose()


def test_0045_binds_what_is_stored_and_a_copy_then_reads_as_nobodys(empty_database):
    _written_before_0045(empty_database)
    upgrade(empty_database, "head", VAULT)
    engine = make_engine(empty_database)
    with _uow(engine) as uow:
        one = uow.session.get(LineUser, 1)
        assert list(one.ticket_ids) == [41, 42] and dict(one.state) == {"flow": "lookup"}
        assert len(held_notices.of(uow, ONE)) == 1
        assert owner_bindings.problems(uow.session, uow.vault) == {}
    users = LineUser.__table__
    with engine.begin() as conn:
        token = conn.scalar(select(users.c.ticket_ids).where(users.c.id == 1))
        conn.execute(update(users).where(users.c.id == 2).values(ticket_ids=token))
    with _uow(engine) as uow:
        assert list(uow.session.get(LineUser, 2).ticket_ids) == []
        assert list(owner_bindings.problems(uow.session, uow.vault)) == [
            "bound line_users.ticket_ids"
        ]
    engine.dispose()


def test_0045_downgrade_unbinds_every_value(empty_database):
    _written_before_0045(empty_database)
    upgrade(empty_database, "head", VAULT)
    cfg = alembic_config(empty_database)
    cfg.attributes["vault"] = VAULT
    command.downgrade(cfg, "0044")
    engine = make_engine(empty_database)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT state, ticket_ids FROM line_users WHERE id = 1")).one()
        items = conn.scalar(text("SELECT items FROM held_notices"))
    engine.dispose()
    assert [VAULT.owned(token)[0] for token in (*stored, items)] == [None, None, None]
    assert json.loads(VAULT.decrypt(stored.ticket_ids)) == [41, 42]


def test_0045_without_the_keys_binds_nothing_until_keys_rotate(empty_database):
    """Upgraded without the keys, a person's list reads as nobody's (fail closed) until the
    operator runs `keys rotate`, which binds it where it is."""
    from storage.rekey import rotate_rows

    _written_before_0045(empty_database)
    upgrade(empty_database, "head")
    engine = make_engine(empty_database)
    with _uow(engine) as uow:
        assert list(uow.session.get(LineUser, 1).ticket_ids) == []
    with _uow(engine) as uow:
        rotate_rows(uow)
        uow.commit()
    with _uow(engine) as uow:
        assert list(uow.session.get(LineUser, 1).ticket_ids) == [41, 42]
        assert owner_bindings.problems(uow.session, uow.vault) == {}
    engine.dispose()
