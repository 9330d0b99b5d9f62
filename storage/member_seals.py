"""The keyed seal of a member's row: how their role came (made at a shell, founding,
vouched for by chair N, invited by chair N) and every tie they declared.

Like the other row seals (storage/row_seals.py) it is an HMAC under RECORD_SEAL_KEY, a key
the database does not hold. It covers the member's id, role, LINE account and removal, so a
writer cannot move a vouch to another member, make a reviewer a chair, swap two members'
LINE accounts or clear a removal, and a digest of every declared tie of
the member (removed ones too), so a tie deleted, added or replayed from an older copy of the
database does not fit either. A member whose row does not fit counts for nothing: no vouch,
no confirmation, and no ticket at all (handlers/directory/access.py) until a chair looks at
it on the dashboard (`accept_record`).

The application seals a member whenever a flush changes them or their ties, and only when
what was stored fitted before (fail closed: a forged row is never sealed over by accident).
Each seal counts the member's version one up and journals it outside the database
(storage/record_journal.py): a row and ties copied back together from an older copy of the
database fit their old seal, but their version is older than the journal's latest, so they
do not fit either (a member's check reads one small file, not the journal).
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from storage import record_journal
from storage.audit import OPERATOR_HASH
from storage.committee_models import JoinCode
from storage.crypto import Vault, same_text
from storage.models import Member, MemberConflict
from storage.row_seals import sealed_value
from storage.types import session_vault
from storage.uow import UnitOfWork

# Which LINE account the row is (user_hash, line_user_id_enc) is sealed too: swapped between
# a reviewer and a chair, the reviewer's phone would be the chair. So is `removed_at`.
MEMBER_FIELDS = (
    "id",
    "role",
    "user_hash",
    "line_user_id_enc",
    "active",
    "removed_at",
    "grant_state",
    "granted_at",
    "vouched_by",
    "version",
)
# What migration 0030 sealed (it runs before `version` exists).
FIELDS_0030 = MEMBER_FIELDS[:-1]
TIE_FIELDS = ("kind", "value", "declared_at", "removed_at", "removed_by")
_PENDING = "members_to_seal"


def _payload(member, ties) -> bytes:
    rows = [[sealed_value(getattr(t, n)) for n in TIE_FIELDS] for t in ties]
    rows.sort(key=lambda r: json.dumps(r, ensure_ascii=False))
    fields = {n: sealed_value(getattr(member, n, None)) for n in MEMBER_FIELDS}
    if not fields["version"]:  # version 0 is left out: the seals made before 0035 still fit
        del fields["version"]
    body = {"member": fields, "ties": rows}
    return json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")


def member_seal(vault: Vault, member, ties) -> str:
    """The seal of a member's row and ties under the newest key."""
    return vault.seals(_payload(member, ties))[0]


def _fits(vault: Vault, member, ties) -> bool:
    return vault.seal_fits(member.seal, _payload(member, ties))


def _current(member, folder: str | None) -> bool:
    """Whether a member's (sealed) version is not older than the journal's latest."""
    return (member.version or 0) >= record_journal.member_version(folder, member.id)


def member_fits(uow: UnitOfWork, member: Member) -> bool:
    """Whether the member's row and declared ties are as the application last wrote them:
    they fit their seal, and are not older than the record journal's latest version."""
    key = ("member fits", member.id, member.seal)
    if key not in uow.cache:
        fits = _fits(uow.vault, member, member_ties(uow, member))
        uow.cache[key] = fits and _current(member, record_journal.folder_of(uow.session))
    return uow.cache[key]


def sealed_as(uow: UnitOfWork, member: Member, role: str) -> bool:
    """Whether the member's seal vouches for them as an active member with `role`: their row
    fits as stored, or would fit with that role and active (a chair demoted or set inactive
    outside the application is still the sealed active chair); a role or activity written
    in SQL (a forged chair, a removed member made active again) is not."""
    if member.role == role and member.active:
        return member_fits(uow, member)
    if not _current(member, record_journal.folder_of(uow.session)):
        return False
    fields = {n: getattr(member, n, None) for n in MEMBER_FIELDS}
    as_sealed = SimpleNamespace(**{**fields, "role": role, "active": True, "seal": member.seal})
    return _fits(uow.vault, as_sealed, member_ties(uow, member))


def _stored(conn, member_id: int, fields=MEMBER_FIELDS):
    members, ties = Member.__table__, MemberConflict.__table__
    stmt = select(*(members.c[n] for n in (*fields, "seal")))
    row = conn.execute(stmt.where(members.c.id == member_id)).first()
    stmt = select(*(ties.c[n] for n in TIE_FIELDS)).where(ties.c.member_id == member_id)
    return row, conn.execute(stmt).all()


def note_on_flush(session: Session, _context, _instances) -> None:
    """Before a flush: which members it touches (their row or a tie) fitted as stored; only
    those are sealed again after it (`seal_after_flush`)."""
    touched = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Member) and obj.id is not None:
            touched.add(obj.id)
        elif isinstance(obj, MemberConflict) and obj.member_id is not None:
            touched.add(obj.member_id)
    fitted = set()
    if touched:
        vault, conn = session_vault(session), session.connection()
        folder = record_journal.folder_of(session)
        for member_id in touched:
            row, ties = _stored(conn, member_id)
            if row is not None and _fits(vault, row, ties) and _current(row, folder):
                fitted.add(member_id)
    session.info[_PENDING] = fitted


def write_seal(session: Session, member_id: int, obj: Member | None = None) -> None:
    """Seal a member as the database holds them now (within this transaction), as their next
    version (after the stored one and the journal's latest), journalled when it commits."""
    conn = session.connection()
    row, ties = _stored(conn, member_id)
    if row is None:
        return
    folder = record_journal.folder_of(session)
    version = max(row.version or 0, record_journal.member_version(folder, member_id)) + 1
    stored = SimpleNamespace(**{**row._asdict(), "version": version})
    seal = member_seal(session_vault(session), stored, ties)
    stmt = update(Member.__table__).where(Member.id == member_id)
    conn.execute(stmt.values(seal=seal, version=version))
    record_journal.note_member(session, member_id, version)
    if row.user_hash != OPERATOR_HASH:  # the command line's own admin is no one's chair
        record_journal.note_role(session, row.role)
    obj = obj or session.identity_map.get(session.identity_key(Member, member_id))
    if obj is not None:
        set_committed_value(obj, "seal", seal)
        set_committed_value(obj, "version", version)


def seal_after_flush(session: Session, _context) -> None:
    """After a flush: seal each member it inserted, and each it touched that fitted."""
    pending = session.info.pop(_PENDING, set())
    new = {o.id: o for o in session.new if isinstance(o, Member) and o.id is not None}
    for member_id in sorted(pending | set(new)):
        write_seal(session, member_id, new.get(member_id))


def member_problems(uow: UnitOfWork) -> dict[str, list[str]]:
    """Each member whose row or ties changed outside the application, for `tickets verify`."""
    found: dict[str, list[str]] = {}
    folder = record_journal.folder_of(uow.session)
    until = (
        ": their role counts for nothing and they see no ticket until a chair accepts the"
        " record on /committee/conflicts"
    )
    for member in uow.session.scalars(select(Member).order_by(Member.id)):
        if member_fits(uow, member):
            continue
        latest = record_journal.member_version(folder, member.id)
        if latest > (member.version or 0) and _fits(uow.vault, member, member_ties(uow, member)):
            why = (
                f"member {member.id}'s row and declared ties were put back to an older copy"
                f" (version {member.version or 0}; the record journal has {latest})"
            )
        else:
            why = f"member {member.id}'s row or declared ties were changed outside the application"
        found[f"member {member.id}"] = [why + until]
    return found


def member_ties(uow: UnitOfWork, member: Member) -> list[MemberConflict]:
    """Every declared tie of the member as stored, removed ones too."""
    stmt = select(MemberConflict).where(MemberConflict.member_id == member.id)
    return list(uow.session.scalars(stmt))


def fitting(uow: UnitOfWork) -> set[int]:
    """The ids of the members whose stored row and ties fit their seal under any key."""
    uow.session.flush()
    conn, found = uow.session.connection(), set()
    folder = record_journal.folder_of(uow.session)
    for member_id in conn.scalars(select(Member.__table__.c.id)).all():
        row, ties = _stored(conn, member_id)
        if _fits(uow.vault, row, ties) and _current(row, folder):
            found.add(member_id)
    return found


def reseal(uow: UnitOfWork, fitted: set[int] | None = None) -> int:
    """Seal with the newest key every member that fits (`keys rotate`), or that fitted
    before the rotation re-encrypted and re-indexed their LINE account (`fitted`, from
    `fitting` taken first); any other is left as it is. Returns how many were sealed again."""
    fitted = fitting(uow) if fitted is None else fitted
    done = 0
    conn = uow.session.connection()
    for member_id in sorted(fitted):
        row, ties = _stored(conn, member_id)
        if row is not None and row.seal != member_seal(uow.vault, row, ties):
            write_seal(uow.session, member_id)
            done += 1
    return done


def mark_stored(conn, vault: Vault, fields=MEMBER_FIELDS) -> int:
    """Seal every member as stored (migration 0030, with the `fields` it knows: what the
    database holds at the upgrade is taken as the application's). Returns how many were
    sealed."""
    ids = conn.scalars(select(Member.__table__.c.id)).all()
    for member_id in ids:
        row, ties = _stored(conn, member_id, fields)
        seal = member_seal(vault, row, ties)
        conn.execute(update(Member.__table__).where(Member.id == member_id).values(seal=seal))
    return len(ids)


# A join code's mark covers when it expires and whether (when, by whom) it was used: a
# writer who stretches an expired chair's code, or clears a used one, makes it the shell's.
CODE_FIELDS = (
    "code_hash",
    "role",
    "made_by_member_id",
    "expires_at",
    "used_at",
    "used_by_member_id",
)


def _code_payload(code, changes: dict) -> bytes:
    values = {n: getattr(code, n, None) for n in CODE_FIELDS} | changes
    body = {"join_code": {n: sealed_value(values[n]) for n in CODE_FIELDS}}
    return json.dumps(body, sort_keys=True).encode("utf-8")


def code_mark(vault: Vault, code: JoinCode | object, **changes) -> str:
    """The keyed mark saying that chair `made_by_member_id` made this join code on the
    dashboard, over its hash, role, expiry and use (`changes` override the code's fields)."""
    return vault.seals(_code_payload(code, changes))[0]


def code_maker(vault: Vault, code: JoinCode | object, **as_was) -> int | None:
    """The chair who made a join code on the dashboard, when its mark fits the code (with
    `as_was` overriding its fields, e.g. its use before this claim); else None: the
    command line's code, or one a writer changed."""
    made_by = getattr(code, "made_by_member_id", None)
    if made_by is None:
        return None
    marks = vault.seals(_code_payload(code, as_was))
    mark = getattr(code, "made_mark", None)
    return made_by if any(same_text(mark, m) for m in marks) else None
