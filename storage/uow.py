"""The unit of work: one session, rolled back unless told to commit; its after-commit steps
(sending what it committed to the outbox) run right after each commit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import bindparam
from sqlalchemy.orm import ColumnProperty, Session, sessionmaker
from sqlalchemy.orm.base import NO_VALUE, PASSIVE_NO_INITIALIZE, PASSIVE_NO_RESULT
from sqlalchemy.orm.exc import StaleDataError

from storage import owner_bindings
from storage.crypto import Vault
from storage.models import Draft
from storage.settings import Settings
from storage.types import attach_vault, session_vault, utcnow

# Called with the outbox rows a commit made durable; may return counts by outcome.
AfterCommit = Callable[[list[str]], "Counter | None"]


class UnitOfWork:
    """A transaction and the things a handler needs beside it (vault, clock, typed settings)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        vault: Vault,
        clock: Callable[[], datetime] = utcnow,
        settings: Settings | None = None,
        after_commit: tuple[AfterCommit, ...] = (),
    ) -> None:
        self._session_factory = session_factory
        self.vault = vault
        self.clock = clock
        self.settings = settings or Settings()
        self.session: Session | None = None
        # Rows already loaded (and locked) in this transaction, by key.
        self.cache: dict = {}
        # Outbox rows enqueued in this transaction, handed to the after-commit steps.
        self._enqueued: list[str] = []
        self._after_commit: list[AfterCommit] = list(after_commit)
        # What the after-commit steps reported (the sender's counts: sent, failed, …).
        self.delivery: Counter = Counter()

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        # The zone the public counts' months are kept in (storage.public_tally).
        self.session.info["zone"] = self.settings.tz.key
        return self

    def __exit__(self, *exc_info) -> None:
        assert self.session is not None
        self.session.rollback()
        self.session.close()
        self.cache.clear()
        self._enqueued.clear()

    def commit(self) -> None:
        """Make the work durable, then run the after-commit steps on the outbox rows it wrote."""
        assert self.session is not None
        _update_lone_draft(self.session)
        self.session.commit()
        committed, self._enqueued = self._enqueued, []
        if committed:
            for step in self._after_commit:
                self.delivery.update(step(committed) or {})

    def rollback(self) -> None:
        """Forget the work done since the last commit."""
        assert self.session is not None
        self.session.rollback()
        self.cache.clear()
        self._enqueued.clear()

    def enqueued(self, outbox_id: str) -> None:
        """Note an outbox row this transaction wrote, for the after-commit steps."""
        self._enqueued.append(outbox_id)

    def enqueued_count(self) -> int:
        """How many outbox rows this transaction wrote so far (a de-duplicated one: none)."""
        return len(self._enqueued)

    def after_commit(self, step: AfterCommit) -> None:
        """Run `step(outbox_ids)` after each commit that wrote outbox rows (e.g. send them)."""
        self._after_commit.append(step)

    def now(self) -> datetime:
        """The injected clock's now (UTC, aware)."""
        return self.clock()

    def today(self) -> date:
        """The injected clock's date in the configured time zone (the bot's day)."""
        return self.now().astimezone(self.settings.tz).date()


# One UPDATE per set of draft columns a step changes, built once.
_DRAFT_UPDATES: dict[frozenset[str], object] = {}


def _update_lone_draft(session: Session) -> None:
    """Write a transaction whose only change is to columns of one draft (a text step: its
    question, history, time, answers) as one Core UPDATE, and tell the session it is
    written. The ORM's flush of that one row was about a tenth of a step's CPU; anything else
    (a new or deleted row, a second changed row) is left to the flush, as are the seal hooks
    (no draft is part of a sealed record)."""
    if session.new or session.deleted:
        return
    modified = [state for state in session.identity_map.all_states() if state.modified]
    if len(modified) != 1 or modified[0].class_ is not Draft or modified[0].key is None:
        return
    state = modified[0]
    changed = {}
    current = state.dict
    for key, was in state.committed_state.items():  # the attributes set since loaded
        if not isinstance(state.mapper.attrs[key], ColumnProperty):
            if state.get_history(key, PASSIVE_NO_INITIALIZE).has_changes():
                return
            continue
        # A column's history as the flush reads it (attributes.History.from_scalar_attribute),
        # without building it: a change, or nothing to write, or one left to the flush.
        value = current.get(key, NO_VALUE)
        if value is NO_VALUE:
            if was is NO_VALUE or was is PASSIVE_NO_RESULT:
                continue
            return  # deleted
        if state.manager[key].impl.is_equal(value, was) is True:
            continue
        if key == "id":
            return
        changed[key] = value
    if not changed:
        return
    vault, obj = session_vault(session), state.obj()
    values = {key: owner_bindings.bound_value(vault, obj, key, v) for key, v in changed.items()}
    keys = frozenset(values)
    statement = _DRAFT_UPDATES.get(keys)
    if statement is None:
        table = Draft.__table__
        statement = (
            table.update()
            .where(table.c.id == bindparam("draft_id"))
            .values({key: bindparam(f"v_{key}", type_=table.c[key].type) for key in keys})
        )
        _DRAFT_UPDATES[keys] = statement
    params = {f"v_{key}": value for key, value in values.items()}
    result = session.connection().execute(statement, {**params, "draft_id": state.key[1][0]})
    if result.rowcount != 1:  # as the flush would say
        raise StaleDataError(f"UPDATE of draft {state.key[1][0]} matched {result.rowcount} rows")
    state._commit_all(state.dict, session.identity_map)  # what the flush does once written


class UnitOfWorkFactory:
    """Makes units of work that share one sessionmaker, vault, clock and after-commit steps."""

    def __init__(
        self, session_factory, vault: Vault, clock=utcnow, settings: Settings | None = None
    ) -> None:
        bind = session_factory.kw.get("bind")
        if bind is not None:
            attach_vault(bind, vault)
        self.session_factory = session_factory
        self.vault = vault
        self.clock = clock
        self.settings = settings or Settings()
        self._after_commit: list[AfterCommit] = []

    def after_commit(self, step: AfterCommit) -> None:
        """Install `step` on every unit of work made from now on (the process's sender)."""
        self._after_commit.append(step)

    def __call__(self, *, after_commit: bool = True) -> UnitOfWork:
        """A new unit of work; `after_commit=False` leaves out the installed steps (the
        webhook, which answers LINE before it sends)."""
        steps = tuple(self._after_commit) if after_commit else ()
        return UnitOfWork(self.session_factory, self.vault, self.clock, self.settings, steps)
