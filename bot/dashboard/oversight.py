"""Oversight pages: the audit log and identity policy, sessions, conflicts, agencies."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from flask import abort, flash, g, redirect, render_template, request, url_for

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, label, services, t
from bot.dashboard.tickets import visible_ticket
from handlers.directory import agencies, members, sessions, tie_records
from handlers.directory.access import (
    REVIEW_ROLES,
    NotAllowed,
    admins_see_identity,
    audit_for,
    conflict_label,
    readable_agencies,
    record_conflict,
    set_admins_see_identity,
    unassign_recused,
)
from handlers.directory.audit import (
    FAILED_LOGIN,
    IDENTITY_ACTIONS,
    LOGIN_ACTIONS,
    AuditFilter,
    Line,
)
from handlers.directory.devices import short_device
from handlers.directory.grants import counts_as_chair
from handlers.patterns import related
from handlers.thai import agencies as names
from storage import public_handles
from storage.audit import actor as audit_actor
from storage.insider_models import Agency
from storage.models import MemberConflict


def _back(endpoint: str):
    return redirect(url_for(endpoint), code=303)


LOGINS_SHOWN = 30


@bp.get("/audit")
@member_required("chair", "admin")
def audit_page():
    """Who did what to which ticket, identity views first; the logins apart, short, and
    narrowed by member, day or failed ones only."""
    names = members.actor_names(g.uow)
    who, day, failed = _audit_filters()
    since = until = None
    if day is not None:
        since = datetime.combine(day, time(), services().config.tz)
        until = since + timedelta(days=1)
    actor = f"member:{who}" if who else ""
    acts = AuditFilter(actor=actor, since=since, until=until, leave_out=LOGIN_ACTIONS)
    logins = AuditFilter(
        actor=actor, since=since, until=until, actions=(FAILED_LOGIN,) if failed else LOGIN_ACTIONS
    )
    return render_template(
        "dashboard/audit.html",
        entries=[(e, *_in_words(e, names)) for e in audit_for(g.uow, g.member, narrow=acts)],
        logins=[
            (e, _in_words(e, names)[1])
            for e in audit_for(g.uow, g.member, LOGINS_SHOWN, narrow=logins)
        ],
        logins_shown=LOGINS_SHOWN,
        failed_login=FAILED_LOGIN,
        identity_actions=IDENTITY_ACTIONS,
        admins_see_identity=admins_see_identity(g.uow),
        people=members.list_members(g.uow, include_removed=False),
        everyone=members.list_members(g.uow, include_removed=True),
        unvouched=members.unvouched_grants(g.uow),
        may_vouch=members.may_vouch(g.uow, g.member),
        invite_roles=INVITE_ROLES,
        chosen={"who": who, "day": day.isoformat() if day else "", "failed": failed},
    )


def _audit_filters() -> tuple[int | None, date | None, bool]:
    """The audit page's filters from the query string; what does not parse is ignored."""
    try:
        day = date.fromisoformat(request.args.get("day", ""))
    except ValueError:
        day = None
    return request.args.get("who", type=int), day, request.args.get("failed") == "1"


_DECISION = re.compile(r"^(propose|confirm|decline)_(\w+)$")
_PAIR = re.compile(r"^\s*(\w+)\s*->\s*(\w+)\s*$")
_PROPOSAL = re.compile(r"^proposal (\d+)$")
_ROW_ID = re.compile(r"\b(proposal|link|case|evidence) (\d+)\b")
_MEMBER = re.compile(r"\bmember[ :](\d+|all)\b(?:: (agency|district) )?")


def _member_named(detail: str, names: dict[str, str]) -> str:
    """'member 3: agency X' as 'สมศรี: หน่วยงาน X'; 'member all' as everyone."""

    def named(found: re.Match) -> str:
        who = found[1]
        name = t("dash.sessions.everyone") if who == "all" else names.get(f"member:{who}", who)
        return f"{name}: {t('dash.excluded.' + found[2])} " if found[2] else name

    return _MEMBER.sub(named, detail)


def _in_words(line: Line, names: dict[str, str]) -> tuple[str, str]:
    """An audit line's action and detail as a chair reads them: catalogue words, not codes."""
    action, detail = line.action, line.detail
    said, decided = label("dash.audit.action.", action), _DECISION.match(action)
    if said == action and decided:
        said = t("dash.audit.verb." + decided[1], status=label("dash.status.", decided[2]))
    pair, proposal = _PAIR.match(detail), _PROPOSAL.match(detail)
    if action in LOGIN_ACTIONS:
        browser, system = short_device(detail)
        if browser and system:
            detail = t("dash.audit.device", browser=browser, system=system)
        else:
            detail = browser or system or t("dash.audit.device_unknown")
    elif action == "ticket_status" and pair:
        before, after = (label("dash.status.", s) for s in pair.groups())
        detail = t("dash.audit.status_change", before=before, after=after)
    elif action in ("merge_agency", agencies.PROPOSE_MERGE) and pair:
        detail = t("dash.audit.merged", source=pair[1], target=pair[2])
    elif proposal:
        shown = public_handles.handle(g.uow.vault, "proposal", int(proposal[1]))
        detail = t("dash.audit.proposal", id=shown)
    else:
        detail = _handles(_member_named(detail, names))
    return said, detail


def _handles(detail: str) -> str:
    """Row ids in a detail ("proposal 7", "link 3, case 2") as the pages' opaque handles: the
    sequence would count the rows made meanwhile on tickets kept from the reader."""

    def shown(found: re.Match) -> str:
        return f"{found[1]} {public_handles.handle(g.uow.vault, found[1], int(found[2]))}"

    return _ROW_ID.sub(shown, detail)


@bp.post("/audit/policy")
@member_required("chair")
def identity_policy():
    """The chair decides whether admins may open named complainants' identity."""
    set_admins_see_identity(g.uow, g.member, request.form.get("admins") == "yes")
    g.uow.commit()
    flash(t("dash.policy.saved"), "ok")
    return _back("dashboard.audit_page")


@bp.post("/grants/<int:member_id>/confirm")
@member_required("chair")
def confirm_shell_grant(member_id: int):
    """Another chair vouches for a chair or admin the command line made: until then that
    role counts for no confirmation (a shell could make its own second pair of eyes)."""
    try:
        counted = members.confirm_grant(g.uow, g.member, members.get_member(g.uow, member_id))
    except LookupError:
        abort(404)
    except NotAllowed:
        abort(403)
    g.uow.commit()
    if counted:
        flash(t("dash.grants.confirmed"), "ok")
    else:
        flash(t("dash.grants.not_enough"), "error")
    return _back("dashboard.audit_page")


@bp.post("/invites")
@member_required("chair")
def invite_member():
    """A chair makes a single-use join code: who joins with it has that chair's word behind
    their role (a new committee's honest way to its second chair, see docs/insider.md)."""
    role = request.form.get("role", "")
    if role not in INVITE_ROLES:
        abort(400)
    try:
        code = members.invite(g.uow, role, by=g.member)
    except NotAllowed:
        abort(403)
    g.uow.commit()
    flash(t("dash.invite.made", code=code), "ok")
    return _back("dashboard.audit_page")


INVITE_ROLES = ("reviewer", "chair", "admin")


@bp.post("/members/<int:member_id>/accept")
@member_required("chair")
def accept_member_record(member_id: int):
    """A chair has checked a member whose row or ties were changed outside the application
    and accepts them as they now stand (a confirming role then needs vouching again)."""
    try:
        members.accept_record(g.uow, g.member, members.get_member(g.uow, member_id))
    except LookupError:
        abort(404)
    except NotAllowed:
        abort(403)
    g.uow.commit()
    flash(t("dash.record.accepted"), "ok")
    return _back("dashboard.conflicts_page")


@bp.post("/sessions/end")
@member_required("admin")
def end_sessions():
    """Sign out everywhere: one member's sessions, or everyone's (then sign in again)."""
    member_id = request.form.get("member_id", type=int)
    ended = sessions.sign_out_everywhere(g.uow, g.member, member_id)
    g.uow.commit()
    flash(t("dash.sessions.ended", count=ended), "ok")
    return _back("dashboard.audit_page")


@bp.get("/conflicts")
@member_required(*REVIEW_ROLES)
def conflicts_page():
    """Declared conflicts: one's own (the chair and admins see and add everyone's)."""
    everyone = g.member.role in ("chair", "admin")
    shown = members.list_members(g.uow, include_removed=False) if everyone else [g.member]
    agency_names = [a.name for a in readable_agencies(g.uow, g.member, agencies.listing(g.uow))]
    # Suggestions come back in the address: only names this member may read are shown.
    suggested = [name for name in request.args.getlist("s") if name in agency_names]
    return render_template(
        "dashboard/conflicts.html",
        people=shown,
        may_undo=members.may_undo_ties(g.uow, g.member),
        label=conflict_label,
        agency_names=agency_names,
        district_names=services().geography.districts(),
        suggestions=suggested,
        names=members.actor_names(g.uow),
        unfit=members.unfit_members(g.uow) if everyone else [],
        broken=tie_records.broken_ties(g.uow, g.member) if everyone else [],
        may_accept_ties=tie_records.may_accept_ties(g.uow, g.member),
    )


@bp.post("/conflicts/<int:conflict_id>/accept")
@member_required("chair")
def accept_tie_record(conflict_id: int):
    """A chair has looked at what a tie changed outside the application points to now and
    takes it as it stands (the other way back: remove it, and the member declares it again)."""
    conflict = g.uow.session.get(MemberConflict, conflict_id)
    if conflict is None:
        abort(404)
    try:
        tie_records.accept_tie(g.uow, g.member, conflict)
    except NotAllowed:
        abort(403)
    g.uow.commit()
    flash(t("dash.ties.accepted", value=conflict_label(conflict)), "ok")
    return _back("dashboard.conflicts_page")


@bp.post("/conflicts")
@member_required(*REVIEW_ROLES)
def declare_conflict():
    """Declare a tie to an agency or district: an unknown district is refused with
    suggestions; any agency name with a place is kept (its record may not be readable)."""
    member_id = request.form.get("member_id", type=int) or g.member.id
    if member_id != g.member.id and g.member.role not in ("chair", "admin"):
        abort(403)
    member = members.get_member(g.uow, member_id)
    try:
        conflict = members.declare_conflict(
            g.uow,
            member,
            request.form.get("kind", ""),
            request.form.get("value", ""),
            request.form.get("reason", "").strip()[:500] or None,
            by=g.member,
            refuse_unknown=False,  # a refusal would tell which records citizens made
        )
    except ValueError as exc:
        g.uow.rollback()
        flash(t("dash.conflicts.unknown", value=request.form.get("value", "")[:200]), "error")
        found = getattr(exc, "suggestions", ())
        return redirect(url_for("dashboard.conflicts_page", s=list(found)), code=303)
    g.uow.commit()
    flash(t("dash.conflicts.saved", value=conflict_label(conflict)), "ok")
    return _back("dashboard.conflicts_page")


@bp.post("/conflicts/remove")
@member_required("chair", "admin")
def remove_conflict():
    """Undo another member's declared conflict (kept, marked removed; audited, told)."""
    conflict = g.uow.session.get(MemberConflict, request.form.get("conflict_id", type=int) or 0)
    if conflict is None:
        abort(404)
    try:
        members.remove_conflict(g.uow, conflict, g.member)
    except NotAllowed:
        abort(403)
    g.uow.commit()
    flash(t("dash.conflicts.removed", value=conflict_label(conflict)), "ok")
    return _back("dashboard.conflicts_page")


@bp.get("/accused-agencies")
@member_required("chair", "admin")
def accused_agencies_page():
    """Agencies, those citizens added and nobody reviewed first; merge duplicates."""
    listed = readable_agencies(g.uow, g.member, agencies.listing(g.uow))
    readable = {a.id for a in listed}
    proposed = [
        (source, target)
        for source, target in agencies.merge_proposals(g.uow)
        if source.id in readable and target.id in readable
    ]
    return render_template("dashboard/accused_agencies.html", agencies=listed, proposed=proposed)


@bp.post("/accused-agencies/merge")
@member_required("chair", "admin")
def merge_accused_agencies():
    """A chair merges one agency record into another (the merged one is kept, pointing to
    it; the tickets of the record merged into are searched again for related complaints).
    An admin only proposes the merge: it waits on this page for a chair (four eyes, as a
    merge asked for at the command line does)."""
    source = g.uow.session.get(Agency, request.form.get("source", type=int) or 0)
    target = g.uow.session.get(Agency, request.form.get("target", type=int) or 0)
    chair = counts_as_chair(g.uow, g.member)
    try:
        if source is None or target is None:
            raise ValueError("unknown agency")
        if _tied(source, target):
            return _back("dashboard.accused_agencies_page")
        if chair:
            related.merge_agencies(g.uow, source, target, audit_actor(g.member))
            unassign_recused(g.uow)
        else:
            agencies.propose_merge(g.uow, source, target, g.member)
    except ValueError:
        g.uow.rollback()
        flash(t("dash.accused.refused"), "error")
        return _back("dashboard.accused_agencies_page")
    g.uow.commit()
    done = "dash.accused.merged" if chair else "dash.accused.merge_proposed"
    flash(t(done, source=source.name, target=target.name), "ok")
    return _back("dashboard.accused_agencies_page")


def _tied(*records: Agency) -> bool:
    """Refuse (saying why) a member whose declared conflict may be one of these records:
    reviewing or merging it could show them tickets kept from them; another chair must."""
    conflict = record_conflict(g.uow, g.member, *records)
    if conflict is not None:
        flash(t("dash.accused.conflicted", conflict=conflict_label(conflict)), "error")
    return conflict is not None


@bp.post("/accused-agencies/review")
@member_required("chair")
def review_accused_agency():
    """The chair has looked at a record citizens made: it is no longer new (so no longer
    kept from every member with an agency conflict)."""
    agency = g.uow.session.get(Agency, request.form.get("agency_id", type=int) or 0)
    if agency is None:
        abort(404)
    if _tied(agency):
        return _back("dashboard.accused_agencies_page")
    agencies.review(g.uow, agency, g.member)
    unassign_recused(g.uow)
    g.uow.commit()
    flash(t("dash.accused.reviewed", name=agency.name), "ok")
    return _back("dashboard.accused_agencies_page")


@bp.post("/tickets/<reference>/agency")
@member_required("chair")
def set_ticket_agency(reference: str):
    """The chair names the agency of a ticket whose agency is unknown or wrong (audited);
    an assignee it now excludes is taken off the ticket, and the tickets it is related to
    are searched again (the agency named is what finds the same matter's other reports)."""
    ticket = visible_ticket(reference)
    typed = request.form.get("agency", "").strip()[:300]
    if not names.compact(typed):
        abort(400)
    agency = agencies.set_for_ticket(g.uow, ticket, typed, g.member)
    if _tied(agency):  # naming a record marks it reviewed: not by a member tied to it
        g.uow.rollback()
        return redirect(url_for("dashboard.ticket_page", reference=ticket.reference), code=303)
    unassign_recused(g.uow)
    related.find_quietly(g.uow, ticket)
    g.uow.commit()
    flash(t("dash.agency.saved", name=agency.name), "ok")
    return redirect(url_for("dashboard.ticket_page", reference=ticket.reference), code=303)
