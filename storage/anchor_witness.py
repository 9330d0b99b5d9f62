"""What an anchor witnesses besides the tickets: members' versions, the chair's policy
settings and the dashboard sessions ended, so that the code the chairs hold (off the machine)
also catches those rows put back with the record journal's lines deleted.

Each is a row of the anchor's `witness` list (in its digest, so in the chairs' code):
`["member", id, version]`, `["policy", key, set_at, value]` and `["ended", token hash, reason,
expires_at]` for each session ended and not yet past its 8 hours. Held against the database
later (`problems`): a member at a lower version than anchored (or gone), a policy setting
other than anchored and not set since, or a session anchored as ended that is live again, is
put back. An anchor is made again soon after any of them changes (`news`, the
`witness-anchor` job), not only daily.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from storage.insider_models import DashboardSession, PolicySetting
from storage.models import Member
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


def rows(uow: UnitOfWork) -> list[list]:
    """The witness of the database now, in a stable order."""
    found: list[list] = []
    for member_id, version in uow.session.execute(
        select(Member.id, Member.version).order_by(Member.id)
    ):
        found.append(["member", member_id, version or 0])
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
    return found


def lines(witness: list[list]) -> str:
    """The witness as the text an anchor's digest covers after its tickets' lines."""
    return "witness\n" + "".join(" ".join(str(part) for part in row) + "\n" for row in witness)


def problems(uow: UnitOfWork, witness: list, day: str) -> dict[str, list[str]]:
    """What was put back since the anchor of `day` whose witness this is, by name ("member
    N", "policy K", "session"); empty when everything it witnessed still holds."""
    members = dict(uow.session.execute(select(Member.id, Member.version)).all())
    policies = {s.key: s for s in uow.session.scalars(select(PolicySetting))}
    found: dict[str, list[str]] = {}
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
        elif _is(row, "policy", 4):
            setting = policies.get(row[1])
            when = _time(setting.set_at) if setting is not None else ""
            if when < row[2] or (when == row[2] and setting.value != row[3]):
                found[f"policy {row[1]}"] = [
                    f"policy setting {row[1]} deleted or put back since the anchor of {day}"
                ]
        elif _is(row, "ended", 4) and row[1] in live:
            found[_name(row)] = [
                f"a dashboard session ended before the anchor of {day} is live again"
            ]
    return found


def _is(row, kind: str, size: int) -> bool:
    return isinstance(row, list) and len(row) == size and row[0] == kind


def carried(now: list[list], anchored: list, broken: dict[str, list[str]]) -> list[list]:
    """The witness of a new anchor: the database's now, except that what was put back since
    the latest anchor keeps its anchored row (a rollback stays reported after it too)."""
    kept = {_name(row): row for row in anchored if isinstance(row, list) and _name(row) in broken}
    rows_now = [row for row in now if _name(row) not in kept]
    return sorted([*rows_now, *kept.values()], key=_order)


def _name(row: list) -> str:
    return f"{'session' if row[0] == 'ended' else row[0]} {row[1]}"


def _order(row: list) -> tuple:
    return ({"member": 0, "policy": 1, "ended": 2}.get(row[0], 3), str(row[1]), str(row[2:]))


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
