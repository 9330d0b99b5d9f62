"""Committee members in LINE: join with a code, log in, list, take and ask about tickets.

`handle` answers only what is a committee matter and returns None otherwise, so
that everything else (and everyone who is not a member) goes to the citizen menu.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from handlers import throttles
from handlers.conversations.asking import SINCE, TICKET
from handlers.conversations.asking import STATE as ASKING
from handlers.directory import alerts, members
from handlers.directory.access import NotAllowed, can_review
from handlers.directory.grants import role_name
from handlers.events import Incoming
from handlers.replies import Out, Quick, Say
from handlers.tickets.actions import may_message, message_complainant, take
from handlers.tickets.lifecycle import TRANSITIONS, TransitionError
from handlers.understanding.words import means, normalise
from storage import tickets
from storage.models import LineUser, Member, Ticket
from storage.ticket_status import UNDECIDED
from storage.uow import UnitOfWork

JOIN = re.compile(r"^\s*(?:เข้าร่วม|join)\s+([A-Za-z0-9-]{4,20})(?:\s+(.{1,100}))?\s*$", re.I)
LOGIN_WORDS = ("เข้าสู่ระบบ", "login", "log in")
NEW_WORDS = ("เรื่องใหม่", "new tickets")
MINE_WORDS = ("เรื่องของฉัน", "my tickets")
ASK_TTL = timedelta(minutes=30)
MAX_QUESTION = 2000


def handle(uow: UnitOfWork, user: LineUser, event: Incoming, fields: dict) -> list[Out] | None:
    """The answer to a committee command, or None when the event is not one."""
    text = event.text if event.message_type == "text" else None
    joined = JOIN.match(text or "")
    if joined:
        return _join(uow, event.user_id, joined.group(1), joined.group(2), user)
    member = members.member_for_line_id(uow, event.user_id)
    if member is None:
        return None
    word = normalise(text)
    if word in LOGIN_WORDS:
        return _login(uow, member)
    if not alerts.may_use_committee(member):
        return None
    if fields or word in NEW_WORDS + MINE_WORDS:
        ASKING.end(user)  # another command: the typed question was abandoned
    if "take" in fields:
        return _take(uow, member, fields["take"])
    if "ask" in fields:
        return _start_question(uow, user, member, fields["ask"])
    if "open" in fields:
        return _open(uow, member, fields["open"])
    if word in NEW_WORDS:
        return _queue(uow, member, alerts.new_tickets(uow, member), "committee.none_new")
    if word in MINE_WORDS:
        return _queue(uow, member, alerts.my_tickets(uow, member), "committee.none_mine")
    return None


def _join(uow: UnitOfWork, line_user_id: str, code: str, name: str | None, user) -> list[Out]:
    if members.member_for_line_id(uow, line_user_id) is not None:
        return [Say("members.join_already")]
    if not throttles.allowed(uow, "join", user.user_hash):
        return [Say("members.join_throttled")]
    fallback = f"LINE {user.user_hash[:6]}"
    member = members.join(uow, line_user_id, code, (name or "").strip() or fallback)
    if member is None:
        throttles.spend(uow, "join", user.user_hash)
        return [Say("members.join_invalid")]
    return [Say("members.joined", {"name": member.name, "role": role_name(member.role)})]


def _login(uow: UnitOfWork, member: Member) -> list[Out]:
    subject = member.user_hash or str(member.id)
    if not throttles.allowed(uow, "login_link", subject):
        return [
            Say("members.login_throttled", {"minutes": throttles.minutes_left(uow, "login_link")})
        ]
    throttles.spend(uow, "login_link", subject)
    token = members.issue_login_token(uow, member)
    url = members.login_url(uow.settings.public_base_url, token)
    alerts.notify_member(uow, member, [Say("members.login_link", {"url": url})], "committee:login")
    return [Say("members.login_sent")]


def _reviewable(uow: UnitOfWork, member: Member, reference: str) -> Ticket | None:
    ticket = tickets.by_reference(uow, reference)
    return ticket if ticket is not None and can_review(uow, member, ticket) else None


def _take(uow: UnitOfWork, member: Member, reference: str) -> list[Out]:
    ticket = _reviewable(uow, member, reference)
    if ticket is None:
        return [Say("committee.not_allowed", {"reference": reference[:32]})]
    if ticket.assignee_id == member.id:
        return [Say("committee.already_yours", {"reference": ticket.reference})]
    if ticket.assignee_id is not None:
        return [Say("committee.taken_by_other", {"reference": ticket.reference})]
    if ticket.status not in UNDECIDED:
        return [Say("committee.closed", {"reference": ticket.reference})]
    take(uow, member, ticket)
    return [Say("committee.taken", {"reference": ticket.reference}, quick=_ticket_quick(ticket))]


def _ticket_quick(ticket: Ticket) -> tuple[Quick, ...]:
    return (Quick("committee.button.ask", "postback", f"ask={ticket.reference}"),)


def _can_ask(ticket: Ticket) -> bool:
    # A new ticket is taken first; a forwarded or closed one has no open question.
    return (
        ticket.status == "submitted"
        or "needs_info" in TRANSITIONS[ticket.status]
        or (ticket.status == "needs_info")
    )


def _start_question(uow: UnitOfWork, user: LineUser, member: Member, reference: str) -> list[Out]:
    ticket = _reviewable(uow, member, reference)
    if ticket is None:
        return [Say("committee.not_allowed", {"reference": reference[:32]})]
    if not _can_ask(ticket) or (
        ticket.status != "submitted" and not may_message(uow, member, ticket)
    ):
        return [Say("committee.cannot_ask", {"reference": ticket.reference})]
    ASKING.begin(user, **{TICKET: ticket.reference, SINCE: uow.now().isoformat()})
    cancel = Quick("committee.button.cancel", "message", "ยกเลิก")
    return [Say("committee.type_question", {"reference": ticket.reference}, quick=(cancel,))]


def continue_question(uow: UnitOfWork, user: LineUser, event: Incoming) -> list[Out] | None:
    """The member's typed question, sent to the complainant (within half an hour of asking)."""
    reference, since = ASKING.get(user, TICKET), ASKING.get(user, SINCE)
    text = event.text if event.message_type == "text" else None
    member = members.member_for_line_id(uow, event.user_id)
    fresh = since and uow.now() - datetime.fromisoformat(since) <= ASK_TTL
    if not (reference and fresh and text is not None and alerts.may_use_committee(member)):
        ASKING.end(user)
        return None
    return _send_question(uow, user, member, reference, text)


def _send_question(
    uow: UnitOfWork, user: LineUser, member: Member, reference: str, text: str
) -> list[Out]:
    ASKING.end(user)
    if means(text, "cancel"):
        return [Say("committee.question_cancelled")]
    if len(text.strip()) > MAX_QUESTION:
        return [Say("committee.question_too_long")]
    ticket = _reviewable(uow, member, reference)
    if ticket is None:
        return [Say("committee.not_allowed", {"reference": reference})]
    try:
        if ticket.status == "submitted":
            take(uow, member, ticket)
        message_complainant(uow, member, ticket, text, question=True)
    except (TransitionError, NotAllowed):
        return [Say("committee.cannot_ask", {"reference": ticket.reference})]
    return [Say("committee.question_sent", {"reference": ticket.reference})]


def _open(uow: UnitOfWork, member: Member, reference: str) -> list[Out]:
    ticket = _reviewable(uow, member, reference)
    if ticket is None:
        return [Say("committee.not_allowed", {"reference": reference[:32]})]
    return [Say("committee.open_link", {"url": alerts.ticket_url(uow, ticket)})]


def _queue(uow: UnitOfWork, member: Member, found: list[Ticket], empty_key: str) -> list[Out]:
    if not found:
        return [Say(empty_key)]
    return [alerts.queue_card(uow, member, found)]
