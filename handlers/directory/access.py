"""Who may see and do what: roles, declared conflicts of interest, identity policy.

One rule decides whether a member may see a ticket (`can_review`, and `hidden_from` for
SQL): alerts, digests, reminders, lists, pages, exports, figures and identity all use it.
Matching fails closed: an agency whose name is merely close to a declared conflict is
kept from that member too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import timedelta

import geothai
from sqlalchemy import select

from handlers.directory import agencies
from handlers.directory.audit import (
    CASE_ACTIONS,
    IDENTITY_ACTIONS,
    LINK_ACTIONS,
    AuditFilter,
    Line,
    entries,
)
from handlers.directory.grants import counts_as, counts_as_chair
from handlers.thai import agencies as names
from storage import (
    access_seals,
    journal_lines,
    member_seals,
    record_journal,
    row_seals,
    ticket_chain,
)
from storage import patterns as pattern_store
from storage import tickets as ticket_store
from storage.audit import record
from storage.insider_models import Agency, AgencyAlias, PolicySetting
from storage.models import Member, MemberConflict, Ticket
from storage.types import as_utc
from storage.uow import UnitOfWork
from storage.visibility import Exclusions

ROLES = ("reviewer", "chair", "organizer", "admin")
REVIEW_ROLES = frozenset({"reviewer", "chair", "admin"})
IDENTITY_ROLES = frozenset({"chair", "admin"})
ADMINS_SEE_IDENTITY = "admins_see_identity"


class NotAllowed(PermissionError):
    """The member may not do this."""


def district_code(uow: UnitOfWork, name: str) -> str:
    """The DOPA code of one of the province's districts, e.g. "นางรอง" -> "3104"."""
    province = agencies.geography(uow).code
    return next(d.code for d in geothai.districts(province) if d.name_th == name)


def _code_name(code: str) -> str | None:
    return next((d.name_th for d in geothai.districts(code[:2]) if d.code == code), None)


def district_named(uow: UnitOfWork, value: str | None) -> str | None:
    """The district a code ("3104") or a typed name ("อ.นางรอง", "Nang Rong") means, in
    the province the bot serves."""
    geo = agencies.geography(uow)
    text = (value or "").strip()
    if text.isdigit():
        return _code_name(text) if text[:2] == geo.code else None
    return geo.match_district(text).district if text else None


def conflict_label(conflict: MemberConflict) -> str:
    """A declared conflict as people read it: the agency, or the district and its code."""
    if conflict.kind == "district":
        name = _code_name(conflict.value) if conflict.value.isdigit() else None
        return f"{name} ({conflict.value})" if name else conflict.value
    return conflict.value


def _with_merged(uow: UnitOfWork, ids: set[int]) -> set[int]:
    """The ids and every record merged (at any depth) into one of them."""
    pairs = list(uow.session.execute(select(Agency.id, Agency.merged_into_id)))
    found = set(ids)
    while True:
        more = {i for i, into in pairs if into in found and i not in found}
        if not more:
            return found
        found |= more


def _conflict_agency_ids(uow: UnitOfWork, conflict: MemberConflict) -> set[int]:
    """The records an agency conflict may be (scoring NEAR or more), merged ones too."""
    geo = agencies.geography(uow)
    forms = [names.parse(conflict.value, geo)]
    ids: set[int] = set()
    if conflict.agency_id is not None:
        agency = agencies.canonical(uow, uow.session.get(Agency, conflict.agency_id))
        ids.add(agency.id)
        aliases = select(AgencyAlias.key).where(AgencyAlias.agency_id == agency.id)
        forms += [names.parse(agency.name, geo)] + [
            agencies.parse_key(key) for key in uow.session.scalars(aliases)
        ]
    for form in forms:
        ids |= {i for i, s in agencies.scored(uow, form).items() if s >= names.NEAR}
    return _with_merged(uow, ids)


def _agency_exclusions(uow: UnitOfWork, conflict: MemberConflict) -> Exclusions:
    ids = _conflict_agency_ids(uow, conflict)
    # Until a chair has looked at it (or while it is not even a record), a ticket's agency
    # cannot be told apart from this one: kept from this member (fail closed).
    ids |= agencies.unreviewed_ids(uow)
    return Exclusions(agency_ids=frozenset(_with_merged(uow, ids)), unresolved=True)


def _district_exclusions(uow: UnitOfWork, conflict: MemberConflict) -> Exclusions:
    name = district_named(uow, conflict.value)
    if name is None:
        return Exclusions()
    located = select(Agency.id).where(Agency.district == name)
    # A record changed outside the application may be of this district, and so may one no
    # chair has looked at whose place is near one of this district's ("อบต.ถนนหักกก"): fail
    # closed, without keeping every new school elsewhere from the member.
    placeless = select(Agency.id, Agency.key).where(
        Agency.district.is_(None), Agency.reviewed.is_(False), Agency.merged_into_id.is_(None)
    )
    near = {i for i, key in uow.session.execute(placeless) if _near_district(uow, key, name)}
    ids = set(uow.session.scalars(located)) | near
    ids = _with_merged(uow, ids | agencies.unmarked_ids(uow))
    keys = _district_mention_keys(uow, name)
    return Exclusions(
        agency_ids=frozenset(ids), districts=frozenset({name}), mention_keys=frozenset(keys)
    )


def _district_mention_keys(uow: UnitOfWork, district: str) -> set[str]:
    """The starts of the mention keys of bodies of the district with no record yet: any
    kind named after the district ("สภ.นางรอง", "รพ.นางรอง", "ทม.นางรอง", its office), a
    tambon's body named after one of its sub-districts ("อบต.ถนนหัก") or its village of that
    name ("รพ.สต.บ้านถนนหัก"); Thai and romanised."""
    places = {kind.code: {district} for kind in names.KINDS}
    subdistricts = set(agencies.geography(uow).subdistricts(district))
    for kind in (*names.NAMED_AFTER_TAMBON, "health_promoting_hospital", "local_government"):
        places[kind] |= subdistricts
    for kind in names.NAMED_AFTER_VILLAGES - {names.OTHER}:  # "รพ.สต.บ้านถนนหัก"
        places[kind] |= {f"บ้าน{place}" for place in subdistricts}
    return {
        f"{kind}:{form}"
        for kind, named in places.items()
        for place in named
        for form in (names.compact(place), names.latin_form(place))
    }


def _near_district(uow: UnitOfWork, key: str, district: str) -> bool:
    """Whether a record's place (its key's) may be the district or one of its sub-districts,
    misspelt as citizens misspell them (`names.similarity`, its place read as running on)."""
    parsed = agencies.parse_key(key, open_end=True)
    if not names.compact(parsed.place):
        return False
    known = (district, *agencies.geography(uow).subdistricts(district))
    return any(
        names.similarity(parsed, names.ParsedAgency(parsed.kind, place)) >= names.NEAR
        for place in known
    )


# A member whose row or declared ties do not fit their seal (storage/member_seals.py) is
# kept from every ticket, as if by this one tie, until a chair accepts the record.
UNFIT = "record"
UNFIT_LABEL = "-"  # shown as `dash.excluded.record`


def _unfit_tie(member: Member) -> MemberConflict:
    return MemberConflict(member_id=member.id, kind=UNFIT, value=UNFIT_LABEL)


# A ticket whose record does not verify as stored (its agency, the agencies its text names,
# its district: what recusal reads, changed outside the application, e.g. repointed by SQL)
# is kept from every member with a tie in force, as if by this one, until it verifies again.
UNSEALED = "ticket"


def _record_intact(uow: UnitOfWork, ticket: Ticket) -> bool:
    if ticket.id is None:  # being written by the application now
        return True
    key = ("ticket record intact", ticket.id)
    if key not in uow.cache:
        uow.cache[key] = ticket.id in ticket_chain.intact_among(uow.session, {ticket.id})
    return uow.cache[key]


def check_records(uow: UnitOfWork, member: Member, tickets: Iterable[Ticket]) -> None:
    """Before `can_review` is asked about many tickets for one member (a page, an export, a
    digest): for a member with a tie, read their records in one pass, not one per ticket."""
    if not in_force(uow, member):
        return
    records_intact(uow, [t.id for t in tickets if t.id is not None])


def records_intact(uow: UnitOfWork, ticket_ids: Iterable[int]) -> set[int]:
    """Which of these tickets' records verify as stored (their chain and seal, and as many
    entries as the record journal saw written), read in one pass for those not yet
    read in this unit of work (what is written so far flushed first)."""
    ids = set(ticket_ids)
    wanted = {i for i in ids if ("ticket record intact", i) not in uow.cache}
    if wanted:
        uow.session.flush()
        intact = ticket_chain.intact_among(uow.session, wanted)
        intact -= record_journal.rolled_back_among(uow.session, intact)
        for ticket_id in wanted:
            uow.cache[("ticket record intact", ticket_id)] = ticket_id in intact
    return {i for i in ids if uow.cache[("ticket record intact", i)]}


def conflict_exclusions(uow: UnitOfWork, conflict: MemberConflict) -> Exclusions:
    """The tickets one declared conflict keeps from its member."""
    key = ("conflict", conflict.id, conflict.kind, conflict.value, conflict.agency_id)
    if conflict.kind == UNFIT:
        return Exclusions(everything=True)
    if key not in uow.cache:
        if conflict.kind == "district":
            uow.cache[key] = _district_exclusions(uow, conflict)
        else:
            uow.cache[key] = _agency_exclusions(uow, conflict)
    return uow.cache[key]


def in_force(uow: UnitOfWork, member: Member, sealed: bool = False) -> list[MemberConflict]:
    """The member's declared conflicts that keep tickets from them: those not undone, and
    those marked undone in the database alone (a removal whose seal does not fit: fail
    closed, see storage/row_seals.py); for a member whose row or ties do not fit their
    seal (one deleted, one replayed from an older copy), one tie that keeps every ticket.
    `sealed`: the caller found the seal vouches for the member's ties with their sealed
    role (`member_seals.sealed_as`, a chair demoted in SQL): their ties are read as such."""
    if not sealed and not member_seals.member_fits(uow, member):
        return [_unfit_tie(member)]
    # A tie pointed to another agency record outside the application: recusal cannot tell
    # what it covers (fail closed).
    journal = journal_lines.of_session(uow.session)
    if any(not row_seals.tie_record_holds(uow.vault, c, journal) for c in member.conflicts):
        return [_unfit_tie(member)]
    key = ("conflict", "unsealed removals", member.id)
    if key not in uow.cache:
        removed = select(MemberConflict).where(
            MemberConflict.member_id == member.id, MemberConflict.removed_at.is_not(None)
        )
        rows = uow.session.scalars(removed.order_by(MemberConflict.id))
        uow.cache[key] = [c for c in rows if not row_seals.removal_holds(uow.vault, c)]
    shown = {c.id for c in member.conflicts}
    forged = [c for c in uow.cache[key] if c.id not in shown and c.removed_at is not None]
    return [*member.conflicts, *forged]


def hidden_from(uow: UnitOfWork, member: Member) -> Exclusions:
    """Every ticket this member is kept from, as one value (Python and SQL)."""
    found = Exclusions()
    for conflict in in_force(uow, member):
        found = found | conflict_exclusions(uow, conflict)
    return found


def conflict_with(
    uow: UnitOfWork, member: Member, ticket: Ticket, sealed: bool = False
) -> MemberConflict | None:
    """The member's declared tie that keeps this ticket from them, if any. A member with any
    tie is kept from a ticket whose record does not verify (recusal cannot trust what it
    reads of it): a stand-in tie says so. `sealed` as for `in_force`."""
    ties = in_force(uow, member, sealed)
    for conflict in ties:
        if conflict_exclusions(uow, conflict).hides(ticket):
            return conflict
    if ties and not _record_intact(uow, ticket):
        return MemberConflict(member_id=member.id, kind=UNSEALED, value=UNFIT_LABEL)
    return None


def record_conflict(uow: UnitOfWork, member: Member, *records: Agency) -> MemberConflict | None:
    """The member's declared tie that any of these agency records may be (the recusal
    scoring; district ties by the record's district): such a member cannot review, merge
    or name that record, since doing so could show them tickets kept from them."""
    ids = {agencies.canonical(uow, r).id for r in records} | {r.id for r in records}
    for conflict in in_force(uow, member):
        if conflict.kind == UNFIT:
            return conflict
        if ids & tie_agency_ids(uow, conflict):
            return conflict
    return None


def tie_agency_ids(uow: UnitOfWork, conflict: MemberConflict) -> set[int]:
    """The agency records a declared tie may be: an agency tie's by the recusal scoring
    (merged ones too), a district tie's by the records' district."""
    if conflict.kind == "district":
        return set(conflict_exclusions(uow, conflict).agency_ids)
    return _conflict_agency_ids(uow, conflict)


def require_record_free(uow: UnitOfWork, member: Member, *records: Agency) -> None:
    """NotAllowed (naming the tie) when the member is tied to one of these records."""
    conflict = record_conflict(uow, member, *records)
    if conflict is not None:
        raise NotAllowed(f"your declared conflict ({conflict_label(conflict)}) may be this agency")


def can_review(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """A reviewer, chair or admin without a conflict on this ticket: the one rule."""
    return (
        member.active and member.role in REVIEW_ROLES and conflict_with(uow, member, ticket) is None
    )


def require_review(uow: UnitOfWork, member: Member, ticket: Ticket) -> None:
    """Raise NotAllowed unless the member may work on the ticket."""
    if not can_review(uow, member, ticket):
        raise NotAllowed(f"member {member.id} may not work on {ticket.reference}")


def admins_see_identity(uow: UnitOfWork) -> bool:
    """The chair's policy: may admins open named complainants' identity? (No by default, and
    no when the stored setting was written or put back outside the application.)"""
    return access_seals.policy_value(uow, ADMINS_SEE_IDENTITY, "no") == "yes"


def set_admins_see_identity(uow: UnitOfWork, chair: Member, allowed: bool) -> None:
    """The chair decides whether admins may open identity; the change is audited."""
    if not counts_as_chair(uow, chair):
        raise NotAllowed("only a chair whose role counts sets the identity policy")
    setting = uow.session.get(PolicySetting, ADMINS_SEE_IDENTITY)
    value = "yes" if allowed else "no"
    at = uow.now()
    if setting is None:
        setting = PolicySetting(key=ADMINS_SEE_IDENTITY, value=value, set_by="", set_at=at)
        uow.session.add(setting)
    else:
        # each write a time of its own, so a seal of its own: the journal takes a seal it saw
        # before for a copy put back (`journal_lines.Marks.add_new`), even under a stopped clock
        at = max(at, as_utc(setting.set_at) + timedelta(microseconds=1))
    setting.value, setting.set_by, setting.set_at = value, f"member:{chair.id}", at
    record(uow, chair, "policy_admins_see_identity", value)


def can_see_identity(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """The chair, and admins only where the chair's policy allows, each whose role counts
    (`grants.counts_as`: not a chair the shell made before another chair vouches); named
    complaints only; never a member with a conflict on the ticket."""
    if ticket.anonymous or not can_review(uow, member, ticket):
        return False
    return may_open_identity(uow, member)


def may_open_identity(uow: UnitOfWork, member: Member) -> bool:
    """Whether the member's role opens named complainants' identity at all: a chair whose
    role counts, or an admin whose role counts where the chair's policy allows."""
    if counts_as_chair(uow, member):
        return True
    return counts_as(uow, member, ("admin",)) and admins_see_identity(uow)


def hides_a_link(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """Whether a ticket linked to this one (#23) is kept from the member: then nothing of
    the ticket's links may show them, not even that one was confirmed or dismissed."""
    return any(
        conflict_with(uow, member, other) is not None
        for _, other in pattern_store.links_of(uow, ticket.id)
    )


def kept_from_case(uow: UnitOfWork, member: Member, ticket: Ticket) -> bool:
    """Whether the ticket is kept from the member or is in a case holding any ticket kept
    from them (recusal on one ticket of a case is recusal on the case)."""
    place = pattern_store.case_of(uow, ticket.id)
    if place is None:
        return conflict_with(uow, member, ticket) is not None
    return any(
        conflict_with(uow, member, uow.session.get(Ticket, other.ticket_id)) is not None
        for other in pattern_store.case_tickets(uow, place.case_id)
    )


# Audit actions whose detail starts with agency record ids ("12 name", "12 -> 3"; a tie's
# record accepted, handlers/directory/tie_records.py: "12 member 5: agency name").
AGENCY_ACTIONS = frozenset({"review_agency", "merge_agency", "accept_tie_record"})
_RECORD_IDS = re.compile(r"^(\d+)(?: -> (\d+))?")
# A confirmed link's case ("link 3, case 2"): left out for a member kept from the case.
_CASE_NAMED = re.compile(r",\s*case \d+")


def readable_agencies(uow: UnitOfWork, member: Member, records: Iterable[Agency]) -> list[Agency]:
    """The agency records whose names this member may read: none whose tickets are kept
    from them (with an agency tie that is every unreviewed record a complaint made, fail
    closed: a new misspelling of their own agency must not tell them of a complaint)."""
    hidden = hidden_from(uow, member)
    if hidden.everything:
        return []
    return [record for record in records if record.id not in hidden.agency_ids]


def _names_hidden_agency(line: Line, hidden: frozenset[int]) -> bool:
    found = _RECORD_IDS.match(line.detail or "") if line.action in AGENCY_ACTIONS else None
    return found is not None and any(int(i) in hidden for i in found.groups() if i)


def audit_for(
    uow: UnitOfWork, member: Member, limit: int = 300, narrow: AuditFilter | None = None
) -> list[Line]:
    """The audit log as this member may read it (narrowed by `narrow`): nothing about
    tickets kept from them, no link decisions on a ticket linked to one kept from them, no
    forwarding of (nor the case a link joined) a case holding a ticket kept from them, and
    the reasons given for looking at identity only where they may see identity too."""
    hidden = hidden_from(uow, member)
    found = entries(uow, limit=limit, hidden=hidden, narrow=narrow)
    shown = []
    for line in found:
        if _names_hidden_agency(line, hidden.agency_ids) or (
            hidden.everything and line.action in AGENCY_ACTIONS
        ):
            continue
        if line.action in LINK_ACTIONS and line.ticket_id is not None:
            ticket = uow.session.get(Ticket, line.ticket_id)
            if hides_a_link(uow, member, ticket):
                continue
            if _CASE_NAMED.search(line.detail or "") and kept_from_case(uow, member, ticket):
                line = replace(line, detail=_CASE_NAMED.sub("", line.detail))
        if line.action in CASE_ACTIONS and line.ticket_id is not None:
            if kept_from_case(uow, member, uow.session.get(Ticket, line.ticket_id)):
                continue
        if line.action in IDENTITY_ACTIONS and line.ticket_id is not None:
            ticket = uow.session.get(Ticket, line.ticket_id)
            if not can_see_identity(uow, member, ticket):
                line = replace(line, detail="")
        shown.append(line)
    return shown


def excluded_members(uow: UnitOfWork, ticket: Ticket) -> list[tuple[Member, MemberConflict]]:
    """Members kept away from this ticket, and the declared tie that excludes each."""
    members = uow.session.scalars(select(Member).where(Member.active.is_(True)))
    found = []
    for member in members:
        conflict = conflict_with(uow, member, ticket)
        if conflict is not None:
            found.append((member, conflict))
    return found


def reviewers_for(uow: UnitOfWork, ticket: Ticket, roles=REVIEW_ROLES) -> list[Member]:
    """Active members with these roles who may see the ticket (conflicts excluded)."""
    stmt = select(Member).where(Member.active.is_(True), Member.role.in_(roles))
    return [m for m in uow.session.scalars(stmt) if conflict_with(uow, m, ticket) is None]


def unassign_recused(uow: UnitOfWork, only: Ticket | None = None) -> list[Ticket]:
    """Take every ticket (or `only` this one) away from an assignee who may no longer see
    it (a merge, a review, a new declaration, or the complainant naming another agency
    made recusal apply); on the timeline and in the audit."""
    agencies.forget(uow)
    uow.session.flush()
    stmt = select(Ticket).where(Ticket.assignee_id.is_not(None)).order_by(Ticket.id)
    if only is not None:
        stmt = stmt.where(Ticket.id == only.id)
    dropped = []
    for ticket in uow.session.scalars(stmt):
        assignee = uow.session.get(Member, ticket.assignee_id)
        if assignee is not None and conflict_with(uow, assignee, ticket) is not None:
            ticket.assignee_id = None
            ticket_store.add_timeline(
                uow, ticket, "unassigned", "system", body=assignee.name, internal=True
            )
            record(uow, None, "unassign_recused", f"member {assignee.id}", ticket.id)
            dropped.append(ticket)
    return dropped
