"""Committee members: adding, inviting, joining, removing, conflicts and login links."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from handlers.directory import agencies, alerts, sessions, vouched_ties
from handlers.directory.access import (
    ROLES,
    NotAllowed,
    conflict_label,
    district_code,
    district_named,
    unassign_recused,
)
from handlers.directory.audit import FAILED_LOGIN, LOGIN, SHELL_LOGIN_LINK
from handlers.directory.grants import CONFIRMING_ROLES as CONFIRMING_ROLES
from handlers.directory.grants import FOUNDING as FOUNDING
from handlers.directory.grants import INVITED as INVITED
from handlers.directory.grants import OPERATOR_HASH as OPERATOR_HASH
from handlers.directory.grants import SHELL as SHELL
from handlers.directory.grants import VOUCHED as VOUCHED
from handlers.directory.grants import brought_in_by as brought_in_by
from handlers.directory.grants import counts_as_chair as counts_as_chair
from handlers.directory.grants import grant_counts as grant_counts
from handlers.directory.grants import grant_vouched as grant_vouched
from handlers.directory.grants import is_chair as is_chair
from handlers.directory.grants import record_fits as record_fits
from handlers.directory.grants import role_name
from handlers.directory.grants import vouch_related as vouch_related
from handlers.replies import Say
from storage import audit, member_seals, record_journal
from storage.committee_models import JoinCode, LoginToken
from storage.crypto import OWN_SIGN_IN, TOLD_SIGN_IN, USED_SIGN_IN, Vault
from storage.journal_lines import JOURNAL_ACCOUNT
from storage.models import AuditEntry, Member, MemberConflict
from storage.row_seals import row_payload
from storage.tickets import TRACKING_ALPHABET
from storage.uow import UnitOfWork
from storage.users import member_by_line_id, remember_member

LOGIN_TTL = timedelta(minutes=10)
JOIN_TTL = timedelta(days=7)
CONFLICT_KINDS = ("agency", "district")


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    return role


def _check_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean or len(clean) > 200:
        raise ValueError("a member needs a name of 1-200 characters")
    return clean


def add_member(uow: UnitOfWork, line_user_id: str | None, name: str, role: str) -> Member:
    """Add a member (or bring back a removed one with the same LINE account)."""
    role, name = _check_role(role), _check_name(name)
    user_hash = uow.vault.blind_index(line_user_id) if line_user_id else None
    member = member_by_line_id(uow, line_user_id) if line_user_id else None
    former = _former_rows(uow, line_user_id) if member is None and line_user_id else []
    carried = [tie for old in former for tie in vouched_ties.ties_to_carry(uow, old)]
    if member is None:
        member = Member(
            name=name,
            role=role,
            user_hash=user_hash,
            created_at=uow.now(),
            line_user_id_enc=uow.vault.encrypt(line_user_id),
            active=True,
        )
        uow.session.add(member)
    else:
        member.name, member.role, member.active, member.removed_at = name, role, True, None
    uow.session.flush()
    if line_user_id:
        remember_member(uow, line_user_id, member)
        accounts = uow.vault.indexes(line_user_id, JOURNAL_ACCOUNT)
        record_journal.note_account(uow.session, accounts[0], member.id)
    for tie in carried:  # never fewer ties than the person declared: a detached row
        # does not free them (handlers/directory/vouched_ties.py: what the journal vouches for)
        declare_conflict(uow, member, tie.kind, tie.value, tie.reason, refuse_unknown=False)
    return member


def _former_rows(uow: UnitOfWork, line_user_id: str) -> list[Member]:
    """The rows the record journal says this LINE account was, when none answers to it any
    more (a writer blanked the account on them). ValueError when one of them is gone: the
    application never deletes a member, so the account's ties cannot be known."""
    accounts = uow.vault.indexes(line_user_id, JOURNAL_ACCOUNT)
    ids = record_journal.account_members(record_journal.folder_of(uow.session), accounts)
    rows = [uow.session.get(Member, member_id) for member_id in sorted(ids)]
    if None in rows:
        raise ValueError(
            "this LINE account was a member whose row is gone from the database (record"
            " journal): run `flask --app bot tickets verify`"
        )
    return rows


SHELL_GRANT = "shell_grant"  # audit action: a confirming role given at the command line
SHELL_MEMBER = "shell_member"  # audit action: any other role given at the command line
GRANT_CONFIRMED = "confirm_shell_grant"  # audit action: a chair vouched for such a role
RECORD_ACCEPTED = "accept_member_record"  # audit action: a chair took a changed row as it is
INVITED_BY_CHAIR = "invite_member"  # audit action: a chair made a join code on the dashboard


def add_from_shell(uow: UnitOfWork, line_user_id: str, name: str, role: str) -> Member:
    """`members add` at a shell. A chair (or admin) made there is audited as the command
    line's, told at once to the other chairs in LINE, and counts for four eyes only once
    another chair confirms the role on the dashboard: one person with a shell cannot
    propose and confirm as two."""
    member = add_member(uow, line_user_id, name, role)
    announce_shell_grant(uow, member)
    return member


def announce_shell_grant(uow: UnitOfWork, member: Member) -> None:
    """A confirming role given from a shell (`members add`, or a join code the command line
    made): kept on the member's sealed row, audited and told to the other chairs in LINE at
    once. It is `founding` only when no one else has ever held a confirming role (a fresh
    committee). Any other role (a reviewer reads every ticket) is audited and told too, with
    no grant to confirm."""
    if member.role not in CONFIRMING_ROLES:
        # A demoted chair keeps its grant (it has held a confirming role): not touched here.
        uow.session.flush()
        audit.record(uow, audit.COMMAND_LINE, SHELL_MEMBER, f"member:{member.id} {member.role}")
        _tell_chairs(uow, member, "committee.shell_reader_added")
        return
    founding = not _anyone_else_ever_confirmed(uow, member)
    member.grant_state = FOUNDING if founding else SHELL
    member.granted_at, member.vouched_by = uow.now(), None
    uow.session.flush()
    detail = f"member:{member.id} {member.role}" + (f" {FOUNDING}" if founding else "")
    audit.record(uow, audit.COMMAND_LINE, SHELL_GRANT, detail)
    _tell_chairs(uow, member)


def _tell_chairs(
    uow: UnitOfWork, member: Member, key: str = "committee.shell_member_added"
) -> None:
    others = select(Member).where(
        Member.active.is_(True), Member.role == "chair", Member.id != member.id
    )
    say = Say(key, {"name": member.name, "role": role_name(member.role)})
    for chair in uow.session.scalars(others):
        alerts.notify_member(uow, chair, [say], purpose="committee:member_added")


def _anyone_else_ever_confirmed(uow: UnitOfWork, member: Member) -> bool:
    """Whether a confirming role was ever given before (at a shell, or held by anyone else,
    removed and demoted members included): demoting or removing every chair does not make
    a new founding one, and neither does wiping them from the database, since the record
    journal keeps each role the application ever sealed (this grant's own is noted when it
    commits)."""
    if record_journal.role_ever_held(record_journal.folder_of(uow.session), CONFIRMING_ROLES):
        return True
    earlier_grant = select(AuditEntry.id).where(AuditEntry.action == SHELL_GRANT).limit(1)
    if uow.session.scalar(earlier_grant) is not None:
        return True
    holders = select(Member.id).where(
        Member.id != member.id,
        Member.role.in_(CONFIRMING_ROLES) | Member.grant_state.is_not(None),
        Member.user_hash.is_distinct_from(OPERATOR_HASH),
    )
    return uow.session.scalar(holders.limit(1)) is not None or _members_unaccounted(uow, member)


def _members_unaccounted(uow: UnitOfWork, member: Member) -> bool:
    """Whether another member's row does not fit its seal, or the journal names a member
    whose row is gone: either may have been a chair a writer wiped (a database upgraded
    from before the roles journal has no `role:` line to say so)."""
    stored = set(uow.session.scalars(select(Member.id)))
    if record_journal.journalled_members(record_journal.folder_of(uow.session)) - stored:
        return True
    return bool(stored - {member.id} - member_seals.fitting(uow))


def shell_granted_at(uow: UnitOfWork, member: Member) -> datetime | None:
    """When the command line last gave this member their role (None if it never did, or a
    chair's own join code gave it since)."""
    return member.granted_at if member.grant_state in (SHELL, FOUNDING, VOUCHED) else None


def unvouched_grants(uow: UnitOfWork) -> list[Member]:
    """Active chairs and admins made at a shell whose role no other chair has confirmed."""
    stmt = select(Member).where(Member.active.is_(True), Member.role.in_(CONFIRMING_ROLES))
    return [m for m in uow.session.scalars(stmt.order_by(Member.id)) if not grant_counts(uow, m)]


def _stands_for_itself(uow: UnitOfWork, chair: Member) -> bool:
    """An active chair (not the command line) with another chair's word behind their role."""
    return is_chair(chair) and grant_vouched(uow, chair)


def confirm_grant(uow: UnitOfWork, by: Member, member: Member) -> bool:
    """A chair whose own role counts vouches on the dashboard for a role the command line
    gave someone else (audited, and kept on that member's sealed row); NotAllowed otherwise.
    Whether the role now has another chair's word behind it: the founding chair's vouch is
    not enough (made at the shell, like the chair it would vouch for), nor a row that does
    not fit its seal."""
    if by.id == member.id or not counts_as_chair(uow, by):
        raise NotAllowed("another chair whose own role counts must confirm this")
    if not _stands_for_itself(uow, by):
        return grant_vouched(uow, member)  # the founding chair: the shell's word alone
    if member.grant_state not in (SHELL, FOUNDING) or not member.active:
        return grant_vouched(uow, member)
    if not record_fits(uow, member):
        return False
    member.grant_state, member.vouched_by = VOUCHED, by.id
    audit.record(uow, by, GRANT_CONFIRMED, f"member:{member.id} {member.role}")
    uow.session.flush()
    return True


def may_vouch(uow: UnitOfWork, member: Member) -> bool:
    """Whether this member's vouch makes another's role count (not the founding chair's)."""
    return _stands_for_itself(uow, member)


def accept_record(uow: UnitOfWork, by: Member, member: Member) -> None:
    """A chair has looked at a member whose row or ties changed outside the application (as
    `/committee/conflicts` shows them) and takes them as they now are: the row is sealed
    again, a confirming role as one given at a shell (another chair must vouch for it).
    NotAllowed for a chair with a tie touching one of the member's ties, as stored or as
    the record journal vouches they were declared."""
    if by.id == member.id or not counts_as_chair(uow, by):
        raise NotAllowed("another chair whose own role counts must look at this member")
    if record_fits(uow, member):
        return
    try:  # accepting seals their ties as they stand: not by a chair tied to one of them
        vouched_ties.require_free_of(uow, by, vouched_ties.declared_ties(uow, member))
    except ValueError as exc:  # a tie the journal vouches for that nobody can name now
        raise NotAllowed(str(exc)) from exc
    if member.role in CONFIRMING_ROLES:
        member.grant_state, member.granted_at, member.vouched_by = SHELL, uow.now(), None
    uow.session.flush()
    member_seals.write_seal(uow.session, member.id)
    ties = len(member.conflicts)
    audit.record(uow, by, RECORD_ACCEPTED, f"member:{member.id} {member.role} ties {ties}")


def unfit_members(uow: UnitOfWork) -> list[Member]:
    """Members whose row or ties do not fit their seal (they see nothing until accepted)."""
    stmt = select(Member).where(Member.user_hash.is_distinct_from(OPERATOR_HASH))
    return [m for m in uow.session.scalars(stmt.order_by(Member.id)) if not record_fits(uow, m)]


def _normal_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def invite(uow: UnitOfWork, role: str, by: Member | None = None) -> str:
    """A single-use join code for a new member with `role`, valid for a week: the command
    line's, or (`by`) one a chair made on the dashboard, whose confirming role then has that
    chair's word behind it (a keyed mark on the code says who made it)."""
    _check_role(role)
    # The founding chair too: that is how a new committee's second chair comes honestly.
    if by is not None and not counts_as_chair(uow, by):
        raise NotAllowed("a chair whose own role counts makes join codes on the dashboard")
    raw = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(8))
    code = f"{raw[:4]}-{raw[4:]}"
    code_hash = uow.vault.index(raw, "join-code")
    row = JoinCode(
        code_hash=code_hash,
        role=role,
        created_at=uow.now(),
        expires_at=uow.now() + JOIN_TTL,
        made_by_member_id=by.id if by is not None else None,
    )
    row.made_mark = member_seals.code_mark(uow.vault, row) if by is not None else None
    uow.session.add(row)
    if by is not None:
        audit.record(uow, by, INVITED_BY_CHAIR, role)
    uow.session.flush()
    return code


def join(uow: UnitOfWork, line_user_id: str, code: str, name: str) -> Member | None:
    """Use a join code from LINE; None when it is unknown, used or expired."""
    now = uow.now()
    code_hashes = uow.vault.indexes(_normal_code(code), "join-code")
    if record_journal.code_used(record_journal.folder_of(uow.session), code_hashes):
        return None  # used, whatever the row copied back from a backup says
    try:
        for old in _former_rows(uow, line_user_id):
            vouched_ties.ties_to_carry(uow, old)
    except ValueError:
        return None
    claimed = uow.session.execute(
        update(JoinCode)
        .where(
            JoinCode.code_hash.in_(code_hashes),
            JoinCode.used_at.is_(None),
            JoinCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(
            JoinCode.id,
            JoinCode.role,
            JoinCode.code_hash,
            JoinCode.expires_at,
            JoinCode.used_by_member_id,
            JoinCode.made_by_member_id,
            JoinCode.made_mark,
        )
        .execution_options(synchronize_session=False)
    ).first()
    if claimed is None:
        return None
    member = add_member(uow, line_user_id, name, claimed.role)
    maker = member_seals.code_maker(uow.vault, claimed, used_at=None)  # as it was unused
    chair = uow.session.get(Member, maker) if maker is not None else None
    # The maker's word counts only while they are still an active chair whose role counts:
    # a code made before a removal or a demotion is the shell's word, like the command line's.
    if chair is not None and chair.id != member.id and counts_as_chair(uow, chair):
        member.grant_state, member.granted_at, member.vouched_by = INVITED, now, chair.id
        uow.session.flush()
        if member.role in CONFIRMING_ROLES:
            _tell_chairs(uow, member)
    elif chair is not None and chair.id != member.id and member.role not in CONFIRMING_ROLES:
        # A role no chair's word gives (a reviewer) on a code of a chair who left: the joiner
        # still stands on that chair's code, so stays tied to them and to their other joiners.
        member.grant_state, member.granted_at, member.vouched_by = INVITED, now, chair.id
        uow.session.flush()
    else:  # the command line's code, or one whose mark a writer made up
        announce_shell_grant(uow, member)
    record_journal.note_code_use(uow.session, claimed.code_hash, member.id)
    used = {"used_by_member_id": member.id}
    if maker is not None:  # the mark now covers the use: cleared, the code is the shell's
        used["made_mark"] = member_seals.code_mark(uow.vault, claimed, used_at=now, **used)
    uow.session.execute(
        update(JoinCode)
        .where(JoinCode.id == claimed.id)
        .values(**used)
        .execution_options(synchronize_session=False)
    )
    return member


def list_members(uow: UnitOfWork, include_removed: bool = True) -> list[Member]:
    """Members in the order they were added (removed ones too, unless told not to)."""
    stmt = select(Member).where(Member.user_hash.is_distinct_from(OPERATOR_HASH))
    if not include_removed:
        stmt = stmt.where(Member.active.is_(True))
    return list(uow.session.scalars(stmt.order_by(Member.id)))


def get_member(uow: UnitOfWork, member_id: int) -> Member:
    """The member with this id; LookupError when there is none."""
    member = uow.session.get(Member, member_id)
    if member is None:
        raise LookupError(f"no member {member_id}")
    return member


def remove_member(uow: UnitOfWork, member_id: int, *, actor: str) -> None:
    """Take a member off the committee (audited); the row stays for the record."""
    member = get_member(uow, member_id)
    if member.active:
        member.active = False
        member.removed_at = uow.now()
        audit.record(uow, actor, "member_remove", f"{member.id} {member.name}")
    sessions.end_all(uow, member.id, "member_removed")


def member_for_line_id(uow: UnitOfWork, line_user_id: str) -> Member | None:
    """The active member behind a LINE account, if any."""
    member = member_by_line_id(uow, line_user_id)
    return member if member is not None and member.active else None


def operator_member(uow: UnitOfWork) -> Member:
    """The system member that command-line operators act as (an admin, no LINE account)."""
    member = uow.session.scalars(select(Member).where(Member.user_hash == OPERATOR_HASH)).first()
    if member is None:
        member = Member(
            name="operator",
            role="admin",
            user_hash=OPERATOR_HASH,
            active=True,
            created_at=uow.now(),
        )
        uow.session.add(member)
        uow.session.flush()
    return member


def operator_actor(uow: UnitOfWork) -> str:
    """How command-line acts are named on timelines and in the audit log."""
    return audit.actor(operator_member(uow))


class UnknownDistrict(ValueError):
    """A district that is not one of Buriram's; carries the closest names."""

    def __init__(self, value: str, suggestions: tuple[str, ...]) -> None:
        hint = f"; did you mean: {' | '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown district {value!r}{hint}")
        self.suggestions = suggestions


def resolve_conflict_value(
    uow: UnitOfWork, kind: str, value: str, refuse_unknown: bool = True
) -> tuple[str, int | None]:
    """What a declared conflict is against: (agency name, agency id) or (district code, None).

    A district that cannot be resolved is refused with suggestions; so is an agency, unless
    `refuse_unknown` is off (a member, who may not read every record: any agency name with a
    place is kept, under the member's own spelling, so the answer tells nothing of records)."""
    if kind not in CONFLICT_KINDS:
        raise ValueError(f"a conflict is about one of: {', '.join(CONFLICT_KINDS)}")
    clean = " ".join((value or "").split())
    if not clean or len(clean) > 200:
        raise ValueError("a conflict needs a value of 1-200 characters")
    if kind == "district":
        name = district_named(uow, clean)
        if name is None:
            suggested = agencies.geography(uow).match_district(clean).suggestions
            raise UnknownDistrict(clean, suggested)
        return district_code(uow, name), None
    agency = agencies.for_conflict(uow, clean, refuse_unknown)
    if not refuse_unknown:
        return agencies.declared_name(uow, clean)[:200], agency.id
    return agency.name[:200], agency.id


def declare_conflict(
    uow: UnitOfWork,
    member: Member,
    kind: str,
    value: str,
    reason: str | None,
    by: Member | None = None,
    refuse_unknown: bool = True,
) -> MemberConflict:
    """Record the member's tie to an agency or district (declaring it again updates the
    reason). The value is resolved to a canonical agency or a district code first (see
    `resolve_conflict_value` for `refuse_unknown`). Declared by someone else (`by`), the
    member and the chairs are told; tickets the member was assigned and may no longer see
    are taken back."""
    resolved, agency_id = resolve_conflict_value(uow, kind, value, refuse_unknown)
    audit.record(uow, by or member, "declare_conflict", f"member {member.id}: {kind} {resolved}")
    stmt = select(MemberConflict).where(
        MemberConflict.member_id == member.id,
        MemberConflict.kind == kind,
        MemberConflict.value == resolved,
    )
    conflict = uow.session.scalars(stmt).first()
    if conflict is not None and conflict.removed_at is None:
        conflict.reason = reason or conflict.reason
        return conflict
    if conflict is None:
        conflict = MemberConflict(member_id=member.id, kind=kind, value=resolved)
        uow.session.add(conflict)
    conflict.agency_id, conflict.reason, conflict.declared_at = agency_id, reason, uow.now()
    conflict.removed_at = conflict.removed_by = None
    conflict.declared_by = audit.actor(by) if by is not None and by.id != member.id else None
    uow.session.flush()
    uow.session.expire(member, ["conflicts"])
    unassign_recused(uow)
    _tell_about_conflict(uow, member, conflict, by, "committee.conflict_declared")
    return conflict


def remove_conflict(uow: UnitOfWork, conflict: MemberConflict, by: Member) -> None:
    """Undo a declared conflict (kept, marked removed): only a chair or an admin whose own
    role counts (vouched for, or the founding one, on a row that fits its seal; never the
    command line), never for themselves, so no one frees their own way to a ticket; the
    member and chairs are told. Like a confirmation: a role the shell gave and nobody
    vouched for, or a row a writer made a chair, would otherwise undo a tie alone."""
    if by.id == conflict.member_id or not may_undo_ties(uow, by):
        raise NotAllowed("a chair or an admin whose own role counts undoes a declared conflict")
    if conflict.removed_at is not None:
        return
    conflict.removed_at, conflict.removed_by = uow.now(), audit.actor(by)
    member = get_member(uow, conflict.member_id)
    uow.session.flush()
    uow.session.expire(member, ["conflicts"])
    agencies.forget(uow)
    audit.record(uow, audit.actor(by), "remove_conflict", f"member {member.id}: {conflict.value}")
    _tell_about_conflict(uow, member, conflict, by, "committee.conflict_removed")


def may_undo_ties(uow: UnitOfWork, member: Member) -> bool:
    """Whether the member may undo another member's tie: an active chair or admin (not the
    command line) whose own role counts."""
    return (
        member.role in CONFIRMING_ROLES
        and member.active
        and member.user_hash != OPERATOR_HASH
        and grant_counts(uow, member)
    )


def actor_names(uow: UnitOfWork) -> dict[str, str]:
    """Every member's name by how the audit log names them ("member:7" -> "สมศรี")."""
    return {audit.actor(m): m.name for m in uow.session.scalars(select(Member))}


def _tell_about_conflict(
    uow: UnitOfWork, member: Member, conflict: MemberConflict, by: Member | None, key: str
) -> None:
    """A conflict someone else declared or undid: a LINE notice to the member and chairs."""
    if by is None or by.id == member.id:
        return
    params = {"who": by.name, "member": member.name, "value": conflict_label(conflict)}
    chairs = select(Member).where(Member.active.is_(True), Member.role == "chair")
    for person in [member, *uow.session.scalars(chairs)]:
        if person.id != by.id:
            alerts.notify_member(uow, person, [Say(key, params)], purpose="committee:conflict")


def issue_login_token(uow: UnitOfWork, member: Member, *, from_shell: bool = False) -> str:
    """A random one-time dashboard login token for an active member, valid 10 minutes.

    One made `from_shell` (`members login-link`) is audited as the command line's and told
    to the member in LINE; the session it opens may read but never decide (four eyes: a
    shell could otherwise propose, then confirm as the chair)."""
    if not member.active:
        raise NotAllowed(f"member {member.id} has been removed")
    token = secrets.token_urlsafe(32)
    link = LoginToken(
        token_hash=uow.vault.index(token, "login-token"),
        member_id=member.id,
        created_at=uow.now(),
        expires_at=uow.now() + LOGIN_TTL,
        from_shell=from_shell,
    )
    # A shell's link carries the mark that its member was told (below), so the member it
    # signs in is told again if it was pointed at someone else.
    link.own_mark = _link_mark(uow.vault, link, TOLD_SIGN_IN if from_shell else OWN_SIGN_IN)
    uow.session.add(link)
    uow.session.flush()
    if from_shell:
        audit.record(uow, audit.COMMAND_LINE, SHELL_LOGIN_LINK, f"member:{member.id}")
        say = Say("members.shell_login_link")
        alerts.notify_member(uow, member, [say], purpose="committee:shell_login")
    return token


# What a link's mark covers besides its member: the token and its expiry, so a link whose
# 10 minutes were stretched in SQL is no own link.
LINK_FIELDS = ("token_hash", "expires_at")


def _link_mark(vault: Vault, link, purpose: str) -> str:
    """The keyed mark of an unused link (`purpose`: own or a shell's told one)."""
    return vault.own_mark(
        row_payload("login_token", link, LINK_FIELDS).decode(), link.member_id, purpose
    )


def _link_fits(vault: Vault, link, purpose: str = OWN_SIGN_IN) -> bool:
    """Whether a link's stored mark is its unused mark for `purpose`."""
    key = row_payload("login_token", link, LINK_FIELDS).decode()
    return vault.own_mark_fits(key, link.member_id, link.own_mark, purpose)


@dataclass(frozen=True)
class SignIn:
    """Who a used login link signs in, and whether it was made at the command line."""

    member: Member
    from_shell: bool


def consume_login_token(uow: UnitOfWork, token: str, user_agent: str = "") -> Member | None:
    """The member a login token belongs to, using it up; None if unknown, used or expired."""
    used = use_login_token(uow, token, user_agent)
    return used.member if used is not None else None


def use_login_token(
    uow: UnitOfWork, token: str, user_agent: str = "", audit_failure: bool = True
) -> SignIn | None:
    """Use a login token up: who it signs in (audited as a dashboard login, the command
    line's when the link was made there); None if unknown, used or expired.

    The conditional UPDATE … RETURNING claims the row in one statement, so of two
    concurrent uses only one sees it unused. `audit_failure=False` (a throttled source)
    leaves a miss off the audit log, so a flood cannot fill it.
    """
    if not token or len(token) > 200:
        if audit_failure:
            _failed_login(uow, None, user_agent)
        return None
    now = uow.now()
    active_ids = select(Member.id).where(Member.active.is_(True))
    claimed = uow.session.execute(
        update(LoginToken)
        .where(
            LoginToken.token_hash.in_(uow.vault.indexes(token, "login-token")),
            LoginToken.used_at.is_(None),
            LoginToken.expires_at > now,
            LoginToken.member_id.in_(active_ids),
        )
        .values(used_at=now)
        .returning(
            LoginToken.id,
            LoginToken.member_id,
            LoginToken.from_shell,
            LoginToken.token_hash,
            LoginToken.expires_at,
            LoginToken.own_mark,
        )
        .execution_options(synchronize_session=False)
    ).first()
    if claimed is None:
        if audit_failure:
            _failed_login(uow, token, user_agent)
        return None
    member = uow.session.get(Member, claimed.member_id)
    vault = uow.vault
    used_mark = sessions.used_link_mark(vault, claimed.token_hash, claimed.member_id)
    used_before = vault.own_mark_fits(
        claimed.token_hash, claimed.member_id, claimed.own_mark, USED_SIGN_IN
    )
    if used_before or sessions.link_used(uow, claimed.token_hash):
        # used before: cleared and stretched in SQL, or its row put back whole from before
        _rearmed(uow, member, user_agent)
        return None
    sessions.note_link_used(uow, claimed.token_hash)
    uow.session.execute(
        update(LoginToken)
        .where(LoginToken.id == claimed.id)
        .values(own_mark=used_mark)
        .execution_options(synchronize_session=False)
    )
    # The column alone is a database writer's to flip: only the keyed mark says "own".
    from_shell = claimed.from_shell or not _link_fits(vault, claimed)
    if from_shell:
        detail = f"member:{member.id} (link made at the server) {user_agent}"
        audit.record(uow, audit.COMMAND_LINE, LOGIN, detail[:200])
        told = claimed.from_shell and _link_fits(vault, claimed, TOLD_SIGN_IN)
        if not told:
            # Not a shell's link told to this member when it was made: a link pointed at this
            # member, or marked own, in the database alone. Told as a shell's.
            say = Say("members.moved_login_link")
            alerts.notify_member(uow, member, [say], purpose="committee:shell_login")
    else:
        audit.record(uow, audit.actor(member), LOGIN, user_agent[:200])
    return SignIn(member, from_shell)


def _rearmed(uow: UnitOfWork, member: Member, user_agent: str) -> None:
    """A used link armed again in the database: it signs no one in; audited as a failed
    login of its member, who is told."""
    audit.record(
        uow, audit.actor(member), FAILED_LOGIN, f"used link armed again {user_agent}"[:200]
    )
    alerts.notify_member(
        uow, member, [Say("members.rearmed_login_link")], purpose="committee:shell_login"
    )


def _failed_login(uow: UnitOfWork, token: str | None, user_agent: str) -> None:
    """A link that did not sign anyone in, on the audit log: under its member's name when
    it was theirs (used already, expired, or its member removed), else as from the web."""
    found = None
    if token:
        stmt = select(LoginToken.member_id).where(
            LoginToken.token_hash.in_(uow.vault.indexes(token, "login-token"))
        )
        found = uow.session.scalar(stmt)
    member = uow.session.get(Member, found) if found is not None else None
    who = audit.actor(member) if member is not None else "web"
    audit.record(uow, who, FAILED_LOGIN, user_agent[:200])


def login_url(base_url: str, token: str) -> str:
    """The dashboard address that logs in with this token."""
    return f"{base_url.rstrip('/')}/committee/login/{token}"
