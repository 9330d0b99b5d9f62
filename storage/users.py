"""Queries about the people who talk to the bot."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.models import LineUser
from storage.uow import UnitOfWork


def user_for_line_id(uow: UnitOfWork, line_user_id: str, lock: bool = True) -> LineUser:
    """The user row for a LINE id, created on first contact; locked for this transaction."""
    cached = uow.cache.get(("line_user", line_user_id))
    if cached is not None:
        return cached
    user_hash = uow.vault.blind_index(line_user_id)
    stmt = select(LineUser).where(LineUser.user_hash == user_hash)
    if lock:
        stmt = stmt.with_for_update()
    user = uow.session.scalars(stmt).first()
    if user is not None:
        uow.cache[("line_user", line_user_id)] = user
        return user
    user = LineUser(user_hash=user_hash, line_user_id_enc=uow.vault.encrypt(line_user_id), state={})
    try:
        with uow.session.begin_nested():
            uow.session.add(user)
    except IntegrityError:
        # Another worker created it between our select and insert.
        user = uow.session.scalars(stmt).one()
    uow.cache[("line_user", line_user_id)] = user
    return user


def line_id_of(uow: UnitOfWork, user: LineUser) -> str:
    """The LINE id of a user, decrypted for sending."""
    return uow.vault.decrypt(user.line_user_id_enc)
