"""What an anchor witnesses besides the tickets: members' versions and declared ties, the
chair's policy settings and the dashboard sessions ended, so that the code the chairs hold
(off the machine) also catches those rows put back or rewritten with the record journal's
lines deleted.

Each is a row of the anchor's `witness` list (in its digest, so in the chairs' code):
`["member", id, version]`, `["ties", id, version, digest]` (`ties_digest`: every declared tie
of the member as stored, at that version), `["policy", key, set_at, value]` and `["ended",
token hash, reason, expires_at]` for each session ended and not yet past its 8 hours, and
`["audit-start", N, T, C]`, the audit log's start as the database's `audit_start` row holds it
(record_journal.note_audit_start; its text, not its seal, which `keys rotate` makes again). Held
against the database later (`problems`): a member at a lower version than anchored (or gone),
or whose row or ties no longer fit their seal and marks, or whose ties differ from the
anchored ones at the anchored version; a policy setting other than anchored and not set
since; or a session anchored as ended that is live again; or an audit start other than anchored
(its row deleted and a new start noted beside a new, empty journal folder, which adopts every
stored entry: the chairs' code of an anchor made after the first start shows it). An anchor is
made again soon after
any of them changes (`news`, the `witness-anchor` job), not only daily.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import inspect, select

from storage import journal_lines, member_seals, row_seals
from storage.insider_models import DashboardSession, PolicySetting
from storage.models import AuditStart, Member, MemberConflict
from storage.uow import UnitOfWork

# A session ended by its own member's logout makes no new anchor by itself (the next one
# carries it): a chair would otherwise get a code each time anyone signs out.
QUIET_ENDS = ("logout",)


def _time(value: datetime | None) -> str:
    """A stored time as UTC text, whatever zone the driver gives it in."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat()


# A tie as the witness's digest covers it: what it says, the agency record it points to,
# its removal, and its keyed seal and record mark. The seal and mark (256 bits each, keyed,
# and not in RECORD_ANCHOR_DIR) also keep a reader of an anchor file from finding the tie by
# hashing agency names and district codes.
TIE_COLUMNS = (
    "kind",
    "value",
    "agency_id",
    "declared_at",
    "removed_at",
    "removed_by",
    "seal",
    "record_mark",
)


def ties_digests(uow: UnitOfWork) -> dict[int, str]:
    """Each member's `ties_digest`, by member id (a member with no tie has one too)."""
    stmt = select(MemberConflict.member_id, *(getattr(MemberConflict, n) for n in TIE_COLUMNS))
    by_member: dict[int, list[list]] = {}
    for row in uow.session.execute(stmt):
        values = [
            _time(v) if n.endswith("_at") else v for n, v in zip(TIE_COLUMNS, row[1:], strict=True)
        ]
        by_member.setdefault(row.member_id, []).append(values)
    members = uow.session.scalars(select(Member.id))
    return {m: ties_digest(m, by_member.get(m, [])) for m in members}


def ties_digest(member_id: int, ties: list[list]) -> str:
    """The SHA-256 of a member's ties as stored (`TIE_COLUMNS`, in a stable order)."""
    ordered = sorted(json.dumps(t, ensure_ascii=False, default=str) for t in ties)
    body = json.dumps([member_id, ordered], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def rows(uow: UnitOfWork) -> list[list]:
    """The witness of the database now, in a stable order."""
    found: list[list] = []
    digests = ties_digests(uow)
    for member_id, version in uow.session.execute(
        select(Member.id, Member.version).order_by(Member.id)
    ):
        found.append(["member", member_id, version or 0])
        found.append(["ties", member_id, version or 0, digests[member_id]])
    for setting in uow.session.scalars(select(PolicySetting).order_by(PolicySetting.key)):
        # Its time and value, not its seal: `keys rotate` seals it again, unchanged.
        found.append(["policy", setting.key, _time(setting.set_at), setting.value])
    ended = (
        select(DashboardSession)
        .where(DashboardSession.ended_at.is_not(None), DashboardSession.expires_at > uow.now())
        .order_by(DashboardSession.token_hash)
    )
    for row in uow.session.scalars(ended):
        found.append(["ended", row.token_hash, row.ended_reason or "", _time(row.expires_at)])
    start = _audit_start(uow)
    if start is not None:
        found.append(["audit-start", *start])
    return found


def _audit_start(uow: UnitOfWork) -> list | None:
    """The audit log's start as the database holds it (`[N, T, C]`: the application's row, id
    1, else any other), or None when there is none (or no table yet: before migration 0050)."""
    if not inspect(uow.session.connection()).has_table(AuditStart.__tablename__):
        return None
    rows = list(uow.session.scalars(select(AuditStart).order_by(AuditStart.id)))
    row = next((r for r in rows if r.id == 1), rows[0] if rows else None)
    return None if row is None else [row.highest, row.noted_at, row.covered]


def lines(witness: list[list]) -> str:
    """The witness as the text an anchor's digest covers after its tickets' lines."""
    return "witness\n" + "".join(" ".join(str(part) for part in row) + "\n" for row in witness)


def problems(uow: UnitOfWork, witness: list, day: str) -> dict[str, list[str]]:
    """What was put back or rewritten since the anchor of `day` whose witness this is, by
    name ("member N", "policy K", "session"); empty when everything it witnessed still
    holds."""
    members = dict(uow.session.execute(select(Member.id, Member.version)).all())
    digests = ties_digests(uow) if any(_is(row, "ties", 4) for row in witness) else {}
    policies = {s.key: s for s in uow.session.scalars(select(PolicySetting))}
    found: dict[str, list[str]] = {}
    start = _audit_start(uow) if any(_is(row, "audit-start", 4) for row in witness) else None
    ended = [row[1] for row in witness if _is(row, "ended", 4)]
    live = set()
    if ended:
        stmt = select(DashboardSession.token_hash).where(
            DashboardSession.token_hash.in_(ended), DashboardSession.ended_at.is_(None)
        )
        live = set(uow.session.scalars(stmt))
    for row in witness:
        if _is(row, "member", 3):
            now = members.get(row[1])
            if now is None:
                found[f"member {row[1]}"] = [f"member {row[1]} deleted since the anchor of {day}"]
            elif (now or 0) < row[2]:
                found[f"member {row[1]}"] = [
                    f"member {row[1]} put back to an older copy since the anchor of {day}"
                    f" (version {now or 0}; anchored {row[2]})"
                ]
            elif not _member_holds(uow, row[1]):
                found[f"member {row[1]}"] = [
                    f"member {row[1]}'s row or declared ties changed outside the application"
                    f" since the anchor of {day}"
                ]
        elif _is(row, "ties", 4) and f"member {row[1]}" not in found:
            # At the anchored version the ties are the anchored ones; a later version was
            # sealed by the application (its seal and marks are held above).
            if (
                row[1] in members
                and (members[row[1]] or 0) == row[2]
                and digests.get(row[1]) != row[3]
            ):
                found[f"member {row[1]}"] = [
                    f"member {row[1]}'s declared ties changed outside the application since"
                    f" the anchor of {day}"
                ]
        elif _is(row, "policy", 4):
            setting = policies.get(row[1])
            when = _time(setting.set_at) if setting is not None else ""
            # A setting anchored and gone is deleted, whatever time the row names.
            if setting is None or when < row[2] or (when == row[2] and setting.value != row[3]):
                found[f"policy {row[1]}"] = [
                    f"policy setting {row[1]} deleted or put back since the anchor of {day}"
                ]
        elif _is(row, "ended", 4) and row[1] in live:
            found[_name(row)] = [
                f"a dashboard session ended before the anchor of {day} is live again"
            ]
        elif _is(row, "audit-start", 4) and list(map(str, start or [])) != list(map(str, row[1:])):
            found[_name(row)] = [
                f"the audit log start was deleted or replaced since the anchor of {day}: a new"
                " start adopts every stored entry (restore the database's `audit_start` row and"
                " the journal folder from their copies)"
            ]
    return found


def _member_holds(uow: UnitOfWork, member_id: int) -> bool:
    """Whether a member's row and ties fit their seal (not older than the record journal's
    version) and each tie points to the agency record the application gave it."""
    member = uow.session.get(Member, member_id)
    if not member_seals.member_fits(uow, member):
        return False
    journal = journal_lines.of_session(uow.session)
    ties = member_seals.member_ties(uow, member)
    return all(row_seals.tie_record_holds(uow.vault, tie, journal) for tie in ties)


def _is(row, kind: str, size: int) -> bool:
    return isinstance(row, list) and len(row) == size and row[0] == kind


def carried(now: list[list], anchored: list, broken: dict[str, list[str]]) -> list[list]:
    """The witness of a new anchor: the database's now, except that what was put back since
    the latest anchor keeps its anchored row (a rollback stays reported after it too)."""
    kept = {_key(row): row for row in anchored if isinstance(row, list) and _name(row) in broken}
    rows_now = [row for row in now if _key(row) not in kept]
    return sorted([*rows_now, *kept.values()], key=_order)


# The name a row's problem is reported under: a member's ties are the member's.
_NAMES = {"ended": "session", "ties": "member"}


def _name(row: list) -> str:
    return f"{_NAMES.get(row[0], row[0])} {row[1]}"


def _key(row: list) -> tuple[str, str]:
    return row[0], str(row[1])


def _order(row: list) -> tuple:
    ranks = {"member": 0, "ties": 1, "policy": 2, "ended": 3, "audit-start": 4}
    return (ranks.get(row[0], 4), str(row[1]), str(row[2:]))


def news(now: list[list], anchored: list | None) -> bool:
    """Whether the witness now holds what the latest anchor's does not: a member's new
    version, a policy set, a session ended (other than by its own logout). Sessions that
    merely expired make none."""
    before = {tuple(map(str, row)) for row in anchored or [] if isinstance(row, list)}
    for row in now:
        if row[0] == "ended" and row[2] in QUIET_ENDS:
            continue
        if tuple(map(str, row)) not in before:
            return True
    return False
