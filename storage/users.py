"""Queries about the people who talk to the bot."""

from __future__ import annotations

from sqlalchemy import Select, bindparam, literal_column, select
from sqlalchemy.exc import IntegrityError

from storage.models import Draft, LineUser, Member
from storage.owner_bindings import misbound
from storage.rows import Shape
from storage.uow import UnitOfWork

# Built once per number of lookup keys (one, or a few while keys rotate): this runs for every
# event, and building a statement costs more than running it. Plain parameters rather than an
# expanding IN, which re-renders the SQL string at every execution.
# 'open' is written into the SQL, not bound: only a literal matches the open-draft index's
# WHERE status = 'open', and SQLite plans the join anew for each bound value (a bound status
# made the person's query five times dearer in SQLite's own time).
_OPEN = literal_column("'open'")
_PERSON: dict[tuple[int, bool], Select] = {}
# The person's and draft's columns as Core, their objects built by storage.rows: the ORM's
# loading of the two was about half of this query's CPU.
_USER, _DRAFT = Shape(LineUser), Shape(Draft)
_MEMBER_AT = len(_USER.columns)


def _person_statement(count: int, lock: bool) -> Select:
    """The person's row, member id and open draft, by `count` lookup hashes (h0, h1, …)."""
    statement = _PERSON.get((count, lock))
    if statement is None:
        hashes = [bindparam(f"h{n}") for n in range(count)]
        users, members, drafts = LineUser.__table__, Member.__table__, Draft.__table__
        statement = (
            select(*_USER.columns, members.c.id, *_DRAFT.columns)
            .select_from(users)
            .outerjoin(members, members.c.user_hash.in_(hashes))
            .outerjoin(drafts, (drafts.c.user_id == users.c.id) & (drafts.c.status == _OPEN))
            .where(users.c.user_hash.in_(hashes))
        )
        if lock:
            statement = statement.with_for_update(of=users)
        _PERSON[(count, lock)] = statement
    return statement


def user_for_line_id(uow: UnitOfWork, line_user_id: str, lock: bool = True) -> LineUser:
    """The user row for a LINE id, created on first contact; locked for this transaction.

    The same round trip also loads whether the person is a committee member (under any
    lookup key) and their unfinished complaint; `member_of`, `member_by_line_id` and
    `open_draft_of` answer from it.
    """
    cached = uow.cache.get(("line_user", line_user_id))
    if cached is not None:
        return cached
    hashes = uow.vault.indexes(line_user_id)
    user_hash = hashes[0]
    stmt = _person_statement(len(hashes), lock)
    params = {f"h{n}": value for n, value in enumerate(hashes)}
    found = uow.session.connection().execute(stmt, params).first()
    if found is None:
        # First contact: no draft yet (unless another worker raced us to create the person),
        # but a member may have been added before it.
        user, fresh = _create(uow, line_user_id, user_hash)
        if fresh:
            uow.cache[("open_draft", user.id)] = None
    else:
        user = _USER.persistent(uow.session, found[:_MEMBER_AT])
        member_id = found[_MEMBER_AT]
        drafted = found[_MEMBER_AT + 1 :]
        draft = None if drafted[0] is None else _DRAFT.persistent(uow.session, drafted)
        # The member's id only: few people are members, and loading a Member (or its NULLs)
        # as an object at every event cost more than this extra SELECT for the few.
        member = None if member_id is None else uow.session.get(Member, member_id)
        # Found under an older DATA_LOOKUP_KEY: re-index now with the newest one.
        if user.user_hash != user_hash:
            user.user_hash = user_hash
        if member is not None and member.user_hash != user_hash:
            member.user_hash = user_hash
        uow.cache[("member", user_hash)] = member
        uow.cache[("line_member", line_user_id)] = member
        uow.cache[("open_draft", user.id)] = _own(uow, draft)
    uow.cache[("line_user", line_user_id)] = user
    return user


def _create(uow: UnitOfWork, line_user_id: str, user_hash: str) -> tuple[LineUser, bool]:
    user = LineUser(user_hash=user_hash, line_user_id_enc=uow.vault.encrypt(line_user_id), state={})
    try:
        with uow.session.begin_nested():
            uow.session.add(user)
    except IntegrityError:
        # Another worker created it between our select and insert.
        stmt = select(LineUser).where(LineUser.user_hash == user_hash).with_for_update()
        return uow.session.scalars(stmt).one(), False
    return user, True


_UNKNOWN = object()


def tickets_of(user: LineUser) -> list[int]:
    """The ids of the tickets this person filed (held sealed on their row)."""
    return list(user.ticket_ids or [])


def add_ticket(user: LineUser, ticket_id: int) -> None:
    """Note a ticket this person filed, in their sealed list."""
    user.ticket_ids = [*tickets_of(user), ticket_id]


def user_by_line_id(uow: UnitOfWork, line_user_id: str) -> LineUser | None:
    """The user row for a LINE id under any lookup key, without creating one."""
    stmt = select(LineUser).where(LineUser.user_hash.in_(uow.vault.indexes(line_user_id)))
    return uow.session.scalars(stmt).first()


def member_by_line_id(uow: UnitOfWork, line_user_id: str) -> Member | None:
    """The member row of a LINE account under any lookup key, re-indexed with the newest;
    from this transaction's cache (the person's own query looks under every key) or a query."""
    member = uow.cache.get(("line_member", line_user_id), _UNKNOWN)
    if member is _UNKNOWN:
        hashes = uow.vault.indexes(line_user_id)
        member = uow.session.scalars(select(Member).where(Member.user_hash.in_(hashes))).first()
        if member is not None and member.user_hash != hashes[0]:
            member.user_hash = hashes[0]
        remember_member(uow, line_user_id, member)
    return member


def remember_member(uow: UnitOfWork, line_user_id: str, member: Member | None) -> None:
    """Tell this transaction's cache about a member just found or added."""
    uow.cache[("line_member", line_user_id)] = member
    if member is not None and member.user_hash:
        uow.cache[("member", member.user_hash)] = member


def member_of(uow: UnitOfWork, user_hash: str) -> Member | None:
    """The member row for a person (active or not), from this transaction's cache or a query."""
    member = uow.cache.get(("member", user_hash), _UNKNOWN)
    if member is _UNKNOWN:
        member = uow.session.scalars(select(Member).where(Member.user_hash == user_hash)).first()
        uow.cache[("member", user_hash)] = member
    return member


def open_draft_of(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The person's unfinished complaint, from this transaction's cache or a query."""
    draft = uow.cache.get(("open_draft", user.id), _UNKNOWN)
    if draft is _UNKNOWN or (draft is not None and draft.status != "open"):
        stmt = select(Draft).where(Draft.user_id == user.id, Draft.status == _OPEN)
        draft = _own(uow, uow.session.scalars(stmt).first())
        uow.cache[("open_draft", user.id)] = draft
    return draft


def _own(uow: UnitOfWork, draft: Draft | None) -> Draft | None:
    """The draft, unless its sealed answers are another person's (a writer pointed it at this
    row: storage.owner_bindings). Such a draft is closed as expired, its sealed answers left
    as stored, so that the person may start their own."""
    if draft is None or not misbound(draft):
        return draft
    draft.status, draft.closed_at = "expired", uow.now()
    return None


def remember_open_draft(uow: UnitOfWork, user: LineUser, draft: Draft | None) -> None:
    """Tell this transaction's cache about a draft just opened."""
    uow.cache[("open_draft", user.id)] = draft


def line_id_of(uow: UnitOfWork, user: LineUser) -> str:
    """The LINE id of a user, decrypted for sending."""
    return uow.vault.decrypt(user.line_user_id_enc)
