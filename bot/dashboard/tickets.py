"""The ticket list (filters, search, keyset pages) and the ticket page."""

from __future__ import annotations

from datetime import date

from flask import abort, g, render_template, request, url_for
from sqlalchemy import select

from bot.dashboard.auth import member_required
from bot.dashboard.blueprint import bp, language, occurred, services, t
from bot.dashboard.status_form import form_statuses, may_forward
from bot.i18n.outside_badge import outside_badge
from handlers import danger, masking
from handlers.directory import agencies as agency_records
from handlers.directory.access import (
    REVIEW_ROLES,
    can_review,
    can_see_identity,
    check_records,
    conflict_label,
    excluded_members,
    hidden_from,
    hides_a_link,
    kept_from_case,
    may_open_identity,
    reviewers_for,
)
from handlers.directory.grants import counts_as_chair, is_chair
from handlers.directory.members import OPERATOR_HASH, vouch_related
from handlers.intake.fields import KINDS
from handlers.patterns import case_numbers, case_referral, related
from handlers.thai.dates import format_occurred
from handlers.thai.in_english import named_relation
from handlers.thai.places import outside_names
from handlers.tickets import (
    corrected_fields,
    endings,
    evidence_words,
    notify,
    referrals,
    sensitive,
    sla_policy,
)
from handlers.tickets.actions import may_message
from handlers.tickets.evidence_state import state_of
from handlers.tickets.lifecycle import (
    REJECTION_REASONS,
    WITHDRAWAL_TAKEN_BACK_NOTE,
    is_final,
    withdrawn_reason,
)
from handlers.tickets.transitions import AGENCIES
from storage import row_seals, ticket_queries, tickets
from storage.audit import COMMAND_LINE
from storage.models import Member, Ticket
from storage.privacy import transfer_consent
from storage.ticket_status import STATUSES

FILTER_KEYS = ("status", "kind", "district", "mine", "overdue", "waiting", "q")
LIST_COLUMNS = ("reference", "submitted", "status", "kind", "district", "agency", "assignee")


def may_export_identity(member: Member) -> bool:
    """Whether the member may ask for an export with names and phones (the chair; admins
    where the chair's policy allows), signed in with their own link, not one made at a shell."""
    if g.get("from_shell"):
        return False
    return may_open_identity(g.uow, member)


def filters_from_request(member: Member) -> ticket_queries.TicketFilter:
    """The list's filters from the query string; unknown values are ignored."""
    args = request.args
    status = args.get("status", "")
    kind = args.get("kind", "")
    district = args.get("district", "")
    query = args.get("q", "").strip()
    # A case's number (or the handle pages showed before) lists the case's tickets.
    in_case = case_referral.named(g.uow, member, query) if query else None
    return ticket_queries.TicketFilter(
        status=status if status in STATUSES else "",
        kind=kind if kind in KINDS else "",
        district=district if district in services().geography.districts() else "",
        assignee_id=member.id if args.get("mine") == "1" else None,
        overdue=args.get("overdue") == "1",
        query="" if in_case is not None else query,
        ticket_ids=None if in_case is None else tuple(ticket.id for ticket in in_case),
        awaiting=endings.CONFIRMED_ACTS if args.get("waiting") == "1" else frozenset(),
    )


def visible_query(member: Member, filters: ticket_queries.TicketFilter):
    """The list's SELECT for this member: their conflicts are left out in SQL."""
    bounds = services().sla.bounds(g.uow.now())
    return ticket_queries.filtered(filters, hidden_from(g.uow, member), bounds)


def visible_ticket(reference: str) -> Ticket:
    """The ticket, if this member may see it; 404 otherwise (its existence is not told)."""
    ticket = tickets.by_reference(g.uow, reference)
    if ticket is None or not can_review(g.uow, g.member, ticket):
        abort(404)
    return ticket


def names_by_id(uow, ids) -> dict[int, str]:
    """Member names for the ids shown on a page."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = uow.session.execute(select(Member.id, Member.name).where(Member.id.in_(wanted)))
    return {member_id: name for member_id, name in rows}


def current_filters() -> dict[str, str]:
    """The filters in the query string, to carry into links (pages, exports)."""
    return {k: request.args[k] for k in FILTER_KEYS if request.args.get(k)}


@bp.get("/tickets")
@member_required(*REVIEW_ROLES)
def ticket_list():
    """Tickets newest first, filtered and searched, one keyset page at a time."""
    filters = filters_from_request(g.member)
    stmt = ticket_queries.list_columns(visible_query(g.member, filters))

    def kept(batch: list[Ticket]) -> list[Ticket]:
        # The SQL already leaves conflicts out; this keeps the Python rule the last word.
        check_records(g.uow, g.member, batch)
        return [
            ticket
            for ticket in batch
            if can_review(g.uow, g.member, ticket)
            and found_by_what_they_read(ticket, filters.query)
        ]

    # Paged after the Python rules: a page cut before them told what they dropped.
    result = ticket_queries.page_kept(g.uow, stmt, request.args.get("after") or None, kept)
    rows = result.tickets
    keep = current_filters()
    return render_template(
        "dashboard/list.html",
        tickets=rows,
        assignees=names_by_id(g.uow, (t.assignee_id for t in rows)),
        agencies=agencies_as_read(g.member, rows),
        overdue_ids=overdue_ids(rows),
        threats=danger.marks(g.uow, [ticket.id for ticket in rows]),
        threat_labels=threat_labels(),
        filters=keep,
        next_url=url_for("dashboard.ticket_list", **keep, after=result.next_cursor)
        if result.next_cursor
        else None,
        first_url=url_for("dashboard.ticket_list", **keep) if request.args.get("after") else None,
        statuses=STATUSES,
        kinds=KINDS,
        districts=services().geography.districts(),
        col={key: t(f"dash.col.{key}") for key in LIST_COLUMNS},
        status_labels={s: t(f"dash.status.{s}") for s in STATUSES},
        kind_labels={k: t(f"kind.{k}") for k in KINDS},
        ticket_url=url_for("dashboard.ticket_list") + "/",
        export_page=url_for("dashboard.export_page", **keep),
        pending_ids=pending_ids(rows),
        waiting=waiting_for_me(g.member),
        outside={ticket.id: outside_label(ticket) for ticket in rows if ticket.outside_province},
    )


def outside_label(ticket: Ticket) -> str:
    """The badge of a ticket filed about a place outside the province ("" for one inside)."""
    found = outside_names(ticket.outside_province, services().geography)
    return outside_badge(language(), found)


def threat_labels() -> dict[str, str]:
    """A threat's mark in words: threatened, or threatened and safe since."""
    return {mark: t(f"dash.threat.{mark}") for mark in danger.MARKS}


def overdue_ids(rows: list[Ticket]) -> set[int]:
    """Which of these tickets are overdue (shown with a mark), by the one SLA policy."""
    return sla_policy.overdue_ids(g.uow, services().sla, rows)


def actor_names(ticket: Ticket) -> dict[str, str]:
    """Timeline actors ("member:7") to member names."""
    ids = set()
    for event in ticket.timeline:
        if event.actor.startswith("member:") and event.actor[7:].isdigit():
            ids.add(int(event.actor[7:]))
    return {f"member:{k}": v for k, v in names_by_id(g.uow, ids).items()}


def waiting_for_me(member: Member) -> list[Ticket]:
    """The tickets whose waiting decision this member may confirm, oldest first."""
    return [
        ticket
        for proposal, ticket in endings.all_pending(g.uow)
        if can_review(g.uow, member, ticket)
        and endings.may_confirm(g.uow, member, ticket, proposal)
    ]


def pending_ids(rows: list[Ticket]) -> set[int]:
    """Which of these tickets have an ending waiting for confirmation."""
    ids = [ticket.id for ticket in rows]
    return {
        proposal.ticket_id
        for proposal, _ in endings.all_pending(g.uow)
        if proposal.ticket_id in ids
    }


def referral_rows(ticket: Ticket) -> list[dict]:
    """The ticket's referrals, each with whether its agency is late to answer."""
    now, waited = g.uow.now(), referrals.current(g.uow, ticket)
    return [
        {
            "row": r,
            "number": case_referral.number_shown(g.uow, g.member, ticket, r.letter_number),
            "late": r is waited and sla_policy.agency_late(ticket, r, now),
        }
        for r in referrals.referrals_of(g.uow, ticket)
    ]


def identity_note(ticket: Ticket) -> str:
    """Whether a letter would carry the complainant's identity, and to which agencies."""
    if ticket.anonymous:
        return t("dash.referral.identity.anonymous")
    agreed = [t(f"agency.{code}") for code in AGENCIES if transfer_consent(g.uow, ticket.id, code)]
    if not agreed:
        return t("dash.referral.identity.none")
    return t("dash.referral.identity.some", agencies=", ".join(agreed))


#: The kinds of recording a story can be told by (the draft's "told_by").
TOLD_BY = ("audio", "video")


def event_text(event, case_hidden: bool = False) -> str:
    """A timeline entry's text for a member: a proposal's status code ("rejected: …") in
    Thai words; a confirmed link's case by its number, unless the ticket's case holds a
    ticket kept from the member (`case_hidden`: then nothing of the case shows)."""
    body = event.body or ""
    if event.kind == "link_confirmed" and body.isdigit():  # the case's id: its number shown
        return "" if case_hidden else t("dash.event.case", case=case_numbers.of(g.uow, int(body)))
    if body == WITHDRAWAL_TAKEN_BACK_NOTE:  # "ไม่ถอนแล้ว" in LINE
        return t("dash.event.withdrawal_taken_back")
    withdrawn = withdrawn_reason(body)
    if withdrawn:  # the complainant's reason, in the page's language
        return t("dash.event.withdrawn", reason=t(f"withdraw.why.{withdrawn}"))
    if event.kind == corrected_fields.KIND:  # what was corrected after the story
        hidden = story_names_hidden(g.member, event.ticket)
        return " · ".join(corrected_after_story(event.ticket, hidden))
    noted = evidence_words.read(body) if event.kind == evidence_words.KIND else None
    if noted:  # said of a file while filing: which file, then the words
        return t("dash.event.evidence_note_text", n=noted[0], text=noted[1])
    if event.kind == "told_by" and body in TOLD_BY:  # the story told as a recording
        return t(f"dash.event.told_by_{body}")
    if event.kind == "proposal":
        status, _, reason = body.partition(":")
        if status in STATUSES:
            proposed = t("dash.event.proposed_status", status=t(f"dash.status.{status}"))
            return f"{proposed} {reason.strip()}".strip()
    return body


def corrected_after_story(ticket: Ticket, hidden: list[tuple[str, str]]) -> list[str]:
    """Each field the complainant corrected after the story, with what the story said
    ("เมื่อ 1 ธ.ค. 2569 (ในเรื่องเล่า: พ.ย. 2569)": a month said as the month), from the entry
    written at filing; an accused's name masked as the page masks it (`hidden`)."""
    entry = next((e for e in ticket.timeline if e.kind == corrected_fields.KIND), None)
    story = corrected_fields.read(entry.body if entry else None)
    said_as = story.pop(corrected_fields.OCCURRED_SAID, None)
    now = {
        "occurred_on": occurred(ticket),
        "district": ticket.district or "–",
        "subdistrict": ticket.subdistrict or "–",
        "official": masking.masked(ticket.official, hidden, page_marks()) or "–",
    }
    if "occurred_on" in story:
        said = date.fromisoformat(story["occurred_on"])
        story["occurred_on"] = format_occurred(said, said_as, language())
    if "official" in story:
        story["official"] = masking.masked(story["official"], hidden, page_marks())
    return [
        t("dash.corrected.item", field=t(f"dash.corrected.{name}"), now=now[name], story=said)
        for name, said in story.items()
    ]


def found_by_what_they_read(ticket: Ticket, query: str) -> bool:
    """Whether the search finds the ticket by the words this member reads (a masked name is
    no way to it: `sensitive.found_by_what_they_read`)."""
    if not query:
        return True
    # the list shows no name: who may open the identity still finds a complaint by it
    hidden = story_names_hidden(g.member, ticket, opened=True)
    return sensitive.found_by_what_they_read(ticket, query, hidden)


def story_names_hidden(
    member: Member, ticket: Ticket, uow=None, opened: bool = False
) -> list[tuple[str, str]]:
    """The names this member reads masked in the complaint's words (`sensitive.names_hidden_from`,
    the one rule for the page, the list's search, the export and the shell), in this session."""
    from_shell = g.get("from_shell", False)
    return sensitive.names_hidden_from(
        uow or g.uow, member, ticket, opened, from_shell, witnesses_shown=True
    )


def page_marks() -> dict[str, str]:
    """Each mark ("[ชื่อผู้ร้อง]") in the page's language."""
    return {whose: t(masking.MARK_KEY.format(whose)) for whose in masking.WHOSE}


def masked_names(text: str | None, hidden: list[tuple[str, str]]) -> str:
    """The words with the hidden names marked ("[ชื่อผู้ร้อง]"); the words as they are when none."""
    if not hidden or not text:
        return text or ""
    return masking.masked(text, hidden, page_marks())


def agencies_as_read(member: Member, tickets: list[Ticket]) -> dict[int, str]:
    """Each ticket's agency as this member reads it on the ticket page (`typed_as_read`): the
    citizen typed it, so a name in it is marked there and in every list; the one a chair named
    instead, as the chair named it."""
    typed = {
        ticket.id: masked_names(ticket.agency, story_names_hidden(member, ticket))
        for ticket in tickets
        if ticket.agency
    }
    named = typed | agency_records.chair_named(g.uow, tickets)
    return {ticket.id: agency_or_unknown(named.get(ticket.id)) for ticket in tickets}


def agency_or_unknown(said: str | None) -> str:
    """The agency as read, or that the complainant did not know it (the question is asked of
    every complaint; "บ่ฮู้" leaves it empty): the same words on the list, the page and the
    export, never an empty row or a bare dash."""
    return said if said and said.strip() else t("dash.agency.unknown")


def typed_as_read(ticket: Ticket, hidden: list[tuple[str, str]]) -> dict[str, str]:
    """Every field the citizen typed (`masking.TYPED`) with the hidden names marked."""
    return masking.typed_words(ticket, hidden, page_marks())


def evidence_notes(ticket: Ticket) -> dict[int, list[str]]:
    """The words said of each file while filing, by the file's number on the page (1, 2 …)."""
    notes: dict[int, list[str]] = {}
    for event in ticket.timeline:
        noted = evidence_words.read(event.body) if event.kind == evidence_words.KIND else None
        if noted:
            notes.setdefault(noted[0], []).append(noted[1])
    return notes


LINK_EVENTS = frozenset({"link_confirmed", "link_dismissed"})


def _relation(said: str) -> str:
    """Who the complaint was filed for ("พ่อ"), in the page's language ("father")."""
    return getattr(named_relation(said), language()) if said else ""


def _hidden_in(event, hidden: list[tuple[str, str]], ticket: Ticket) -> list[tuple[str, str]]:
    """The names masked in a timeline entry for this member: a member's own words (a question
    to the complainant, a note) are not masked against a witness's name for one who may see the
    witnesses (walk27: "และ[ชื่อพยาน] 7 จ่าย…" in the chair's own question), and are for every
    other reader (round 29: a note naming a sealed witness read by every reviewer), as the
    complainant's words are."""
    by_member = event.actor.startswith("member:") or event.actor == COMMAND_LINE
    if by_member and sensitive.may_see_witnesses(g.uow, g.member, ticket):
        return sensitive.without_witnesses(hidden)
    return hidden


def timeline_rows(ticket: Ticket) -> list[tuple[object, str]]:
    """The timeline newest first, each entry with its text; a text the newer entry already
    shows (a question and the status change it made) is shown once, on the newer one. Link
    decisions are left out for a member kept from a linked ticket, a case's number for a
    member kept from a ticket of the case."""
    rows, newer = [], None
    quiet = hides_a_link(g.uow, g.member, ticket)
    # The ticket's case now: a case the entry names has led on to it if merged since.
    case_hidden = kept_from_case(g.uow, g.member, ticket)
    for event in reversed(ticket.timeline):
        if quiet and event.kind in LINK_EVENTS:
            continue
        text = event_text(event, case_hidden)
        if event.kind == "referral_letter":
            text = case_referral.number_shown(g.uow, g.member, ticket, text)
        rows.append((event, "" if text and text == newer else text))
        newer = text or newer
    return rows


def witnesses_closed_key(member: Member) -> str:
    """Why witnesses are closed to this member, said truly: a chair the shell made is told
    another chair's confirmation opens them (docs/insider.md), not that only chairs see them."""
    if is_chair(member) and not counts_as_chair(g.uow, member):
        return "dash.witnesses.hidden_unvouched"
    return "dash.witnesses.hidden"


def may_decide(member: Member, ticket: Ticket) -> bool:
    """Whether the page offers this member the ticket's status changes (its assignee, the
    chair and admins; the lifecycle still decides who proposes and who confirms)."""
    return ticket.assignee_id == member.id or member.role in ("chair", "admin")


def render_ticket(
    ticket: Ticket,
    identity: dict[str, str] | None = None,
    status: int = 200,
    form: dict[str, str] | None = None,
    problems: dict[str, str] | None = None,
):
    """The ticket page: every field, evidence, timeline and the actions this member has;
    `form` and `problems` bring a refused status form back as it was filled."""
    member = g.member
    assignable = []
    if member.role in ("chair", "admin"):
        assignable = [m for m in reviewers_for(g.uow, ticket) if m.user_hash != OPERATOR_HASH]
    excluded = excluded_members(g.uow, ticket) if member.role in ("chair", "admin") else []
    assignee = g.uow.session.get(Member, ticket.assignee_id) if ticket.assignee_id else None
    proposal = endings.pending(g.uow, ticket, endings.CONFIRMED_ACTS)
    proposer = g.uow.session.get(Member, proposal.proposed_by_id) if proposal else None
    case = case_referral.card(g.uow, member, ticket)
    hidden = story_names_hidden(member, ticket, opened=identity is not None)
    said = typed_as_read(ticket, hidden)
    threat = danger.marks(g.uow, [ticket.id]).get(ticket.id)
    said["agency"] = agency_or_unknown(
        agency_records.chair_named(g.uow, [ticket]).get(ticket.id, said["agency"])
    )
    return render_template(
        "dashboard/ticket.html",
        ticket=ticket,
        assignee=assignee,
        actors=actor_names(ticket),
        next_statuses=form_statuses(ticket.status),
        final=is_final(ticket.status),
        may_forward=may_forward(ticket.status) and may_decide(member, ticket),
        may_decide=may_decide(member, ticket),
        agencies=AGENCIES,
        referrals=referral_rows(ticket),
        identity_note=identity_note(ticket),
        assignable=assignable,
        excluded=excluded,
        may_see_identity=can_see_identity(g.uow, member, ticket) and not g.from_shell,
        may_message=may_message(g.uow, member, ticket),
        proposal=proposal,
        proposer=proposer,
        may_confirm=proposal is not None
        and not g.from_shell
        and endings.may_confirm(g.uow, member, ticket, proposal),
        brought_in=proposal is not None and vouch_related(g.uow, member, proposal.proposed_by_id),
        reject_reasons=REJECTION_REASONS,
        conflict_label=conflict_label,
        may_see_witnesses=sensitive.may_see_witnesses(g.uow, member, ticket),
        witnesses_closed=t(witnesses_closed_key(member)),
        witnesses=sensitive.witnesses_for(g.uow, member, ticket, page_marks()),
        said=said,
        occurred_said=occurred(ticket, said["occurred_text"]),
        place=sensitive.place_for(ticket, said["place_text"]),
        outside=outside_label(ticket),
        filed_for=_relation(sensitive.filed_for(g.uow, ticket)),
        may_see_originals=sensitive.may_see_originals(g.uow, member),
        originals_here=sensitive.may_see_originals(g.uow, member) and not g.from_shell,
        metadata_names=lambda found: ", ".join(t(f"dash.meta.{k}") for k in found.split(",")),
        identity=identity,
        late=ticket.id in overdue_ids([ticket]),
        threat=threat,
        notices_chosen=notify.notices_as_chosen(g.uow, ticket) if threat else None,
        threat_labels=threat_labels(),
        story=said["description"],
        timeline=[
            (event, masked_names(text, _hidden_in(event, hidden, ticket)))
            for event, text in timeline_rows(ticket)
        ],
        related=related.visible(g.uow, member, ticket),
        may_decide_links=member.role in related.DECIDE_ROLES,
        case=case,
        may_confirm_case=case is not None and case.may_confirm and not g.from_shell,
        evidence_states={e.id: state_of(e, g.uow.now(), member) for e in ticket.evidence},
        evidence_notes={
            n: [masked_names(note, hidden) for note in notes]
            for n, notes in evidence_notes(ticket).items()
        },
        corrected=corrected_after_story(ticket, hidden),
        clean_copies={e.id for e in ticket.evidence if row_seals.clean_fits(g.uow.vault, e)},
        form=form or {},
        problems=problems or {},
    ), status


@bp.get("/tickets/<reference>")
@member_required(*REVIEW_ROLES)
def ticket_page(reference: str):
    """One ticket."""
    return render_ticket(visible_ticket(reference))
