"""More for a complaint already filed: facts remembered later, a photo or a file sent after
filing. They go to the person's filed complaint (the one named, else their only open one;
asked which when several), on its timeline, files as its evidence, the member handling it
told; a new complaint only when the person says so."""

from __future__ import annotations

from datetime import timedelta

from handlers.conversations.answering import FILES, SINCE, TICKET
from handlers.conversations.answering import STATE as ANSWERING
from handlers.conversations.state import ConversationState
from handlers.directory.access import can_review
from handlers.directory.alerts import alert_member, chairs_for
from handlers.events import Incoming
from handlers.intake.answers import MEDIA
from handlers.intake.evidence_limits import refusal
from handlers.replies import Out, Quick, Say
from handlers.thai.normalise import compact
from handlers.tickets.complainant_replies import attach_media
from handlers.understanding import QUESTION, Understanding, lexicon
from storage import throttles, tickets
from storage.models import LineUser, Member, Ticket
from storage.ticket_status import OPEN
from storage.uow import UnitOfWork

#: The words kept while the person picks which complaint they are for.
PENDING = "add_pending"
PICKING = ConversationState("adding", (PENDING,), marker=PENDING)
MAX_CHOICES = 10  # complaints offered as buttons
MAX_ADDED = 4000  # characters of an addition kept
#: A message this much longer than its words of adding carries the addition itself.
SAYS_MORE = 12
KIND = "complainant_added"  # its timeline entry (the committee's page labels it)
#: A member is pushed of one ticket's additions once in each such window.
TOLD_WINDOW = timedelta(hours=1)
_ADDING = tuple(compact(w).lower() for w in lexicon.ADDING)
_NEW = tuple(compact(w).lower() for w in lexicon.NEW_COMPLAINT)
_FILES_LATER = "send_later"  # the question "can I send a photo later?"
NEW = Quick("addition.button.new", "postback", "menu=complain")


def open_filed(uow: UnitOfWork, user: LineUser) -> list[Ticket]:
    """The person's filed complaints still open, newest first."""
    return [t for t in tickets.owned_by(uow, user, limit=MAX_CHOICES) if t.status in OPEN]


def wants_a_new_one(text: str | None) -> bool:
    """ "แจ้งเรื่องใหม่", "another complaint": a complaint of its own."""
    key = compact(text).lower()
    return any(w in key for w in _NEW)


def _adding_words(text: str | None) -> str | None:
    key = compact(text).lower()
    return next((w for w in _ADDING if w in key), None)


def take(
    uow: UnitOfWork, user: LineUser, event: Incoming, heard: Understanding | None
) -> list[Out] | None:
    """A photo or file, more facts, or "can I add a photo?" from a person with a filed open
    complaint and no complaint being filed: for that complaint. None when it is none of these."""
    if event.message_type in MEDIA:
        filed = open_filed(uow, user)
        return _files(uow, user, event, filed[0]) if filed else None
    text = event.text or ""
    cue = _adding_words(text)
    asks = heard is not None and heard.intent == QUESTION
    asks_files = asks and heard.value("faq") == _FILES_LATER
    if (cue is None and not asks_files) or wants_a_new_one(text):
        return None
    filed = open_filed(uow, user)
    named = heard.value("reference") if heard is not None else None
    if named:
        filed = [t for t in filed if t.reference == str(named)] or filed
    if not filed:
        return None
    # A question ("ขอเพิ่มข้อมูลได้ไหมคะ") is answered by asking for it, never kept as the addition.
    says_more = cue is not None and not asks and len(compact(text)) - len(cue) >= SAYS_MORE
    if len(filed) > 1 and not named:
        return _which(user, filed, text if says_more else "")
    if says_more:
        return add_text(uow, filed[0], text)
    return _go_ahead(uow, user, filed[0])


def _which(user: LineUser, filed: list[Ticket], text: str) -> list[Out]:
    """Several open complaints: which one it is for (what was said is kept till then)."""
    PICKING.begin(user, **{PENDING: text[:MAX_ADDED]})
    quick = tuple(Quick(f"={t.reference}", "postback", f"add={t.reference}") for t in filed)
    return [Say("addition.which", {"count": len(filed)}, quick=(*quick, NEW))]


def picked(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """The complaint picked for the addition: what was said goes to it, or it is asked for."""
    text = PICKING.get(user, PENDING) or ""
    PICKING.end(user)
    ticket = tickets.by_reference(uow, reference[:40])
    if ticket is None or not tickets.is_owner(user, ticket):
        return [Say("committee.reply_unknown")]
    return add_text(uow, ticket, text) if text else _go_ahead(uow, user, ticket)


def add_text(uow: UnitOfWork, ticket: Ticket, text: str) -> list[Out]:
    """More facts on the complaint's timeline; the member handling it (else the chair) told."""
    body = text.strip()[:MAX_ADDED]
    tickets.add_timeline(uow, ticket, KIND, "complainant", body=body)
    params = {"reference": ticket.reference, "answer": body}
    _tell(uow, ticket, Say("committee.addition_arrived", params))
    return [Say("addition.recorded", {"reference": ticket.reference}, quick=(NEW,))]


def _go_ahead(uow: UnitOfWork, user: LineUser, ticket: Ticket) -> list[Out]:
    """The next messages (words, photos, files) join the complaint, as an answer does."""
    ANSWERING.begin(user, **{TICKET: ticket.reference, SINCE: uow.now().isoformat(), FILES: 0})
    done = Quick("committee.button.done", "message", "เสร็จแล้ว")
    return [Say("addition.go_ahead", {"reference": ticket.reference}, quick=(done,))]


def _files(uow: UnitOfWork, user: LineUser, event: Incoming, ticket: Ticket) -> list[Out]:
    """A photo or file after filing: evidence of the newest open complaint, more of them
    welcome; one tap makes a new complaint instead."""
    refused = refusal(uow, event, 0)
    if refused is not None:
        return [refused]
    attach_media(uow, ticket, event, kind=KIND)
    ANSWERING.begin(user, **{TICKET: ticket.reference, SINCE: uow.now().isoformat(), FILES: 1})
    done = Quick("committee.button.done", "message", "เสร็จแล้ว")
    return [Say("addition.file_added", {"reference": ticket.reference}, quick=(done, NEW))]


def _tell(uow: UnitOfWork, ticket: Ticket, say: Say) -> None:
    """The member handling the complaint, else its chairs: once per ticket in each
    TOLD_WINDOW (the push says so), so twenty additions in a row ring them once; every
    addition is on the timeline."""
    assignee = uow.session.get(Member, ticket.assignee_id) if ticket.assignee_id else None
    if assignee is not None and can_review(uow, assignee, ticket):
        members = [assignee]
    else:
        members = chairs_for(uow, ticket)
    window = int(throttles.window_start(uow.now(), TOLD_WINDOW).timestamp())
    for member in members:
        key = f"addition:{ticket.reference}:{window}:{member.id}"
        alert_member(uow, member, [say], purpose="committee:answer", dedupe_key=key)
