"""The unit of work: one session, rolled back unless told to commit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from storage.crypto import Vault
from storage.types import attach_vault, utcnow


class UnitOfWork:
    """A transaction and the things a handler needs beside it (vault, clock)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        vault: Vault,
        clock: Callable[[], datetime] = utcnow,
        settings: dict | None = None,
    ) -> None:
        self._session_factory = session_factory
        self.vault = vault
        self.clock = clock
        self.settings = settings or {}
        self.session: Session | None = None
        # Rows already loaded (and locked) in this transaction, by key.
        self.cache: dict = {}

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(self, *exc_info) -> None:
        assert self.session is not None
        self.session.rollback()
        self.session.close()
        self.cache.clear()

    def commit(self) -> None:
        """Make the work durable."""
        assert self.session is not None
        self.session.commit()

    def rollback(self) -> None:
        """Forget the work done since the last commit."""
        assert self.session is not None
        self.session.rollback()
        self.cache.clear()

    def now(self) -> datetime:
        """The injected clock's now (UTC, aware)."""
        return self.clock()


class UnitOfWorkFactory:
    """Makes units of work that share one sessionmaker, vault and clock."""

    def __init__(self, session_factory, vault: Vault, clock=utcnow, settings=None) -> None:
        bind = session_factory.kw.get("bind")
        if bind is not None:
            attach_vault(bind, vault)
        self.session_factory = session_factory
        self.vault = vault
        self.clock = clock
        self.settings = settings or {}

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, self.vault, self.clock, self.settings)
