"""The declared ties a former member row stands for, read from what the record journal
vouches for rather than from the tie rows alone (a rejoining LINE account carries them,
handlers/directory/members.py).

Every tie the application declares is journalled by name, `tie:M:K:D` (member M, kind K, a
digest D of its text, storage/row_seals.py), and migration 0038 journalled the ties stored
before. A writer without the keys may delete a tie row, or rewrite its text and record, then
detach the member from their LINE account: the rows alone would then give the account a
fresh, sealed row with no tie, or with the forged one. So each journalled tie is carried by
its own text: the stored row's when the row still has it, else the text whose digest the
journal holds among those the tie could have had (the member's own declarations in the
audit log, the agency records' names, the province's district codes). A journalled tie
whose text cannot be found is an error: the account's ties cannot be known.

A chair who accepts a tie or a member's record as they now stand (handlers/directory/
tie_records.py, `members.accept_record`) must be free of what those ties were declared as,
not only of what they say now: a writer who rewrote a colleague's tie to another agency
would otherwise have a chair tied to the first one free that colleague of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import geothai
from sqlalchemy import select

from handlers.directory import access, agencies
from storage import journal_lines, member_seals, row_seals
from storage.insider_models import Agency
from storage.models import AuditEntry, Member, MemberConflict
from storage.uow import UnitOfWork

DECLARED = "declare_conflict"  # the audit action of a declaration: "member N: kind value"


@dataclass(frozen=True)
class Tie:
    """A tie to declare again: its kind, its text and the reason given for it."""

    kind: str
    value: str
    reason: str | None = None


def ties_to_carry(uow: UnitOfWork, old: Member) -> list[Tie]:
    """The ties in force the former row `old` stands for. ValueError when the journal
    vouches for a tie whose text is found nowhere (its row deleted or rewritten)."""
    stored = member_seals.member_ties(uow, old)
    vouched = _journalled(uow, old)
    if not vouched:  # no journal, or none of its ties journalled: the rows are all there is
        return [_tie(c) for c in stored if not row_seals.removal_holds(uow.vault, c)]
    carried = [
        _tie(c) for c in stored if _key(c) in vouched and not row_seals.removal_holds(uow.vault, c)
    ]  # a tie written in the database alone is not the member's declaration
    return carried + _unanswered(uow, old, stored, vouched)


def declared_ties(uow: UnitOfWork, member: Member) -> list[Tie]:
    """Every tie the member's rows say now (removed ones too) and every one the journal
    vouches for that no row answers to (what a rewritten or deleted tie was declared as).
    ValueError when such a tie's text is found nowhere."""
    stored = member_seals.member_ties(uow, member)
    vouched = _journalled(uow, member)
    return [_tie(c) for c in stored] + _unanswered(uow, member, stored, vouched)


def declared_as(uow: UnitOfWork, conflict: MemberConflict) -> list[Tie]:
    """What the tie `conflict` says now and, when its text is not one the journal names
    (rewritten in the database), every journalled tie of its member no row answers to: one
    of them is what it was declared as. ValueError when such a tie's text is found nowhere."""
    member = uow.session.get(Member, conflict.member_id)
    vouched = _journalled(uow, member)
    if not vouched or _key(conflict) in vouched:
        return [_tie(conflict)]
    stored = member_seals.member_ties(uow, member)
    return [_tie(conflict), *_unanswered(uow, member, stored, vouched)]


def require_free_of(uow: UnitOfWork, by: Member, ties: list[Tie]) -> None:
    """NotAllowed when the chair `by` has a tie that touches one of `ties` (the same text,
    or an agency record both may be): such a chair may not judge them."""
    own = [(c.kind, c.value) for c in access.in_force(uow, by)]
    for tie in ties:
        probe = MemberConflict(kind=tie.kind, value=tie.value)  # never added to the session
        records = [uow.session.get(Agency, i) for i in sorted(access.tie_agency_ids(uow, probe))]
        if (tie.kind, tie.value) in own:
            raise access.NotAllowed("your declared conflict is this tie")
        access.require_record_free(uow, by, *(r for r in records if r is not None))


def _journalled(uow: UnitOfWork, member: Member) -> set[str]:
    journal = journal_lines.of_session(uow.session)
    prefix = f"{member.id}:"
    return {key for key in journal.ties if key.startswith(prefix)}


def _unanswered(
    uow: UnitOfWork, member: Member, stored: list[MemberConflict], vouched: set[str]
) -> list[Tie]:
    """The journalled ties of `member` no stored row answers to, by their recovered text."""
    missing = vouched - {_key(c) for c in stored}
    if not missing:
        return []
    texts = _candidates(uow, member)
    found = []
    for key in sorted(missing):
        _, kind, digest = key.split(":", 2)
        value = next(
            (v for k, v in texts if k == kind and row_seals.value_digest(v) == digest), None
        )
        if value is None:
            raise ValueError(
                f"member {member.id} declared a tie whose row is gone or was changed in the"
                " database (record journal): run `flask --app bot tickets verify`"
            )
        found.append(Tie(kind, value))
    return found


def _tie(conflict: MemberConflict) -> Tie:
    return Tie(conflict.kind, conflict.value, conflict.reason)


def _key(conflict: MemberConflict) -> str:
    return row_seals.tie_journal_name(conflict)[len(journal_lines.TIE_PREFIX) :]


def _candidates(uow: UnitOfWork, old: Member) -> list[tuple[str, str]]:
    """(kind, text) a tie of `old` could have had: their declarations, every agency
    record's name, every district code of the province."""
    stmt = select(AuditEntry.detail).where(
        AuditEntry.action == DECLARED, AuditEntry.detail.like(f"member {old.id}: %")
    )
    found = []
    for detail in uow.session.scalars(stmt):
        kind, _, value = detail.split(": ", 1)[1].partition(" ")
        found.append((kind, value))
    found += [("agency", name) for name in uow.session.scalars(select(Agency.name))]
    province = agencies.geography(uow).code
    found += [("district", d.code) for d in geothai.districts(province)]
    return found
