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
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import geothai
from sqlalchemy import select

from handlers.directory import agencies
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
    journal = journal_lines.of_session(uow.session)
    prefix = f"{old.id}:"
    vouched = {key for key in journal.ties if key.startswith(prefix)}
    if not vouched:  # no journal, or none of its ties journalled: the rows are all there is
        return [_tie(c) for c in stored if not row_seals.removal_holds(uow.vault, c)]
    carried, accounted = [], set()
    for conflict in stored:
        key = _key(conflict)
        if key not in vouched:
            continue  # a tie written in the database alone: not the member's declaration
        accounted.add(key)
        if not row_seals.removal_holds(uow.vault, conflict):
            carried.append(_tie(conflict))
    missing = vouched - accounted
    if missing:
        texts = _candidates(uow, old)
        for key in sorted(missing):
            _, kind, digest = key.split(":", 2)
            found = next((v for k, v in texts if k == kind and _digest(v) == digest), None)
            if found is None:
                raise ValueError(
                    f"member {old.id} declared a tie whose row is gone or was changed in the"
                    " database (record journal): run `flask --app bot tickets verify`"
                )
            carried.append(Tie(kind, found))
    return carried


def _tie(conflict: MemberConflict) -> Tie:
    return Tie(conflict.kind, conflict.value, conflict.reason)


def _key(conflict: MemberConflict) -> str:
    return row_seals.tie_journal_name(conflict)[len(journal_lines.TIE_PREFIX) :]


def _digest(value: str) -> str:
    # As row_seals.journal_name names a tie's text.
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


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
