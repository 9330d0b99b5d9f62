"""The complainant's side of committee questions and decisions, in LINE.

Tapping "answer" on a question makes the next message (text, or photos and files as
evidence) part of the ticket, and the members who asked are told. Tapping whether a
decision answered the complaint is recorded; "no" reopens the ticket for the chair.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from handlers.conversations.answering import FILES, SINCE, TICKET
from handlers.conversations.answering import STATE as ANSWERING
from handlers.directory import agencies, alerts
from handlers.directory.access import can_review, unassign_recused
from handlers.events import Incoming
from handlers.intake.answers import MEDIA
from handlers.intake.evidence_limits import refusal
from handlers.replies import Out, Quick, Say
from handlers.tickets.lifecycle import check_transition
from handlers.understanding.words import meaning
from storage import tickets
from storage.evidence import record_pending
from storage.models import LineUser, Member, Ticket, TicketEvent
from storage.ticket_status import DECIDED
from storage.uow import UnitOfWork

ANSWER_TTL = timedelta(hours=24)
REOPEN_REASON = "complainant says the outcome did not answer the complaint"
CONTEST_REASON = "complainant contests the rejection"
MAX_ANSWER = 4000
ESCAPE_WORDS = ("cancel", "done", "menu", "help", "complain", "track", "lookup", "news")


def handle(uow: UnitOfWork, user: LineUser, event: Incoming, fields: dict) -> list[Out] | None:
    """The answer to a complainant's reply or feedback, or None when the event is neither."""
    if "answer" in fields:
        return start_answer(uow, user, fields["answer"])
    if "feedback" in fields:
        return feedback(uow, user, fields["feedback"])
    if "contest" in fields:
        return contest(uow, user, fields["contest"])
    return None


def _owned(uow: UnitOfWork, user: LineUser, reference: str) -> Ticket | None:
    ticket = tickets.by_reference(uow, reference[:40])
    return ticket if ticket is not None and tickets.is_owner(user, ticket) else None


def start_answer(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """Get ready to attach the complainant's next message to their ticket."""
    ticket = _owned(uow, user, reference)
    if ticket is None:
        return [Say("committee.reply_unknown")]
    ANSWERING.begin(user, **{TICKET: ticket.reference, SINCE: uow.now().isoformat()})
    done = Quick("committee.button.cancel", "message", "ยกเลิก")
    return [Say("committee.reply_prompt", {"reference": ticket.reference}, quick=(done,))]


def answering(uow: UnitOfWork, user: LineUser) -> bool:
    """Whether the person's next message answers a committee question (within a day)."""
    since = ANSWERING.get(user, SINCE)
    if ANSWERING.get(user, TICKET) and since:
        if uow.now() - datetime.fromisoformat(since) <= ANSWER_TTL:
            return True
    ANSWERING.end(user)
    return False


def continue_answer(uow: UnitOfWork, user: LineUser, event: Incoming) -> list[Out] | None:
    """Attach a typed answer or a photo/file to the ticket; other words leave answering."""
    if event.type != "message" or not answering(uow, user):
        return None
    reference = ANSWERING.get(user, TICKET)
    ticket = _owned(uow, user, reference)
    word = meaning(event.text) if event.message_type == "text" else None
    if ticket is None or word in ESCAPE_WORDS:
        files = ANSWERING.get(user, FILES, 0)
        if ticket is not None and files:
            _tell_askers(uow, ticket, "", files)  # one message for all the files sent
        ANSWERING.end(user)
        if word in ("cancel", "done"):
            return [Say(f"committee.reply_{'done' if word == 'done' else 'stopped'}")]
        return None
    done = Quick("committee.button.done", "message", "เสร็จแล้ว")
    if event.message_type in MEDIA:
        files = ANSWERING.get(user, FILES, 0)
        refused = refusal(uow, event, files)
        if refused is not None:
            return [
                refused,
                Say("committee.reply_media", {"reference": ticket.reference}, quick=(done,)),
            ]
        if attach_media(uow, ticket, event):
            ANSWERING.begin(user, **{FILES: files + 1})
        image_set = (event.raw.get("message") or {}).get("imageSet") or {}
        if image_set and image_set.get("index") != image_set.get("total"):
            return []
        return [Say("committee.reply_media", {"reference": ticket.reference}, quick=(done,))]
    if event.message_type != "text" or not (event.text or "").strip():
        return [Say("committee.reply_prompt", {"reference": ticket.reference})]
    body = event.text.strip()[:MAX_ANSWER]
    words_from_complainant(uow, ticket, "complainant_reply", body)
    _tell_askers(uow, ticket, body, ANSWERING.get(user, FILES, 0))
    ANSWERING.end(user)
    return [Say("committee.reply_received", {"reference": ticket.reference})]


def words_from_complainant(uow: UnitOfWork, ticket: Ticket, kind: str, body: str) -> None:
    """Words the complainant sent after filing, on the timeline as `kind`; an agency they
    name counts for recusal as the story's do, so a member it now keeps from the ticket
    stops being its assignee before anyone is told what was said."""
    before = _last_words(uow, ticket)
    tickets.add_timeline(uow, ticket, kind, "complainant", body=body)
    # read with the words sent just before: "นายก อบต.", "อยู่ที่ตำบล", "กลันทา" name one agency;
    # and right after each of them, as a place may come lines after its kind ("ปลัด อบต.",
    # four lines, "กลันทา")
    # and a bare place said before its kind ("บ้านอยู่กลันทาค่ะ", then "ปลัด อบต.")
    readings = [" ".join([*before, body]), *(f"{earlier} {body}" for earlier in before)]
    readings += agencies.bare_places(uow, [*before, body])
    linked = [agencies.link_words(uow, ticket, said) for said in dict.fromkeys(readings)]
    if any(linked):
        unassign_recused(uow, only=ticket)


#: How many of the complainant's last messages after filing are read with a new one: a
#: sitting's worth, as people type a line at a time; recusal fails closed, so a kind and a
#: place read together from further apart only hides more.
READ_WITH = 12


def _last_words(uow: UnitOfWork, ticket: Ticket) -> list[str]:
    """The words the complainant sent last after filing (additions or answers), oldest first."""
    stmt = (
        select(TicketEvent.body)
        .where(
            TicketEvent.ticket_id == ticket.id,
            TicketEvent.actor == "complainant",
            TicketEvent.body.is_not(None),
        )
        .order_by(TicketEvent.id.desc())
        .limit(READ_WITH)
    )
    return list(reversed(uow.session.scalars(stmt).all()))


def attach_media(
    uow: UnitOfWork, ticket: Ticket, event: Incoming, kind: str = "complainant_reply"
) -> bool:
    """A photo or file the complainant sent, kept as the ticket's evidence (fetched later) and
    noted on its timeline as `kind`; False when LINE sent that message already."""
    return attach_file(
        uow, ticket, event.message_id, event.message_type, event.file_name, event.file_size, kind
    )


def attach_file(
    uow: UnitOfWork,
    ticket: Ticket,
    message_id: str,
    message_type: str,
    file_name: str | None,
    size_bytes: int | None,
    kind: str = "complainant_reply",
) -> bool:
    """A photo or file LINE holds as message `message_id`, kept as the ticket's evidence
    (fetched later), noted on its timeline as `kind`; False when it was kept already."""
    fresh = record_pending(
        uow,
        message_id,
        message_type,
        ticket_id=ticket.id,
        file_name=file_name,
        size_bytes=size_bytes,
    )
    if fresh:
        tickets.add_timeline(uow, ticket, kind, "complainant", f"[{message_type}]")
        if agencies.link_file_name(uow, ticket, file_name):  # recusal reads the name too
            unassign_recused(uow, only=ticket)
    return fresh


def _askers(uow: UnitOfWork, ticket: Ticket) -> list[Member]:
    """The assignee and the last member who asked, if they may still see the ticket."""
    stmt = (
        select(TicketEvent.actor)
        .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "question")
        .order_by(TicketEvent.id.desc())
        .limit(1)
    )
    ids = {ticket.assignee_id}
    actor = uow.session.scalar(stmt)
    if actor and actor.startswith("member:"):
        ids.add(int(actor.split(":", 1)[1]))
    found = (uow.session.get(Member, i) for i in ids if i)
    return [m for m in found if m is not None and can_review(uow, m, ticket)]


def _tell_askers(uow: UnitOfWork, ticket: Ticket, body: str, files: int = 0) -> None:
    """One push per member who asked: the typed answer, and how many files came with it."""
    answer = body if len(body) <= 1000 else body[:999] + "…"
    ask = (Quick("committee.button.ask", "postback", f"ask={ticket.reference}"),)
    for member in _askers(uow, ticket):
        items = []
        if files:
            params = {"reference": ticket.reference, "count": files}
            items.append(Say("committee.answer_files", params, quick=() if body else ask))
        if body:
            params = {"reference": ticket.reference, "answer": answer}
            items.append(Say("committee.answer_arrived", params, quick=ask))
        alerts.notify_member(uow, member, items, purpose="committee:answer")


def feedback(uow: UnitOfWork, user: LineUser, value: str) -> list[Out]:
    """Record whether the decision answered the complaint; "no" reopens it for the chair."""
    reference, _, answer = value.rpartition(":")
    ticket = _owned(uow, user, reference)
    if ticket is None or answer not in ("yes", "no"):
        return [Say("committee.reply_unknown")]
    if ticket.status not in DECIDED:
        return [Say("committee.feedback_open", {"reference": ticket.reference})]
    if _already_said(uow, ticket, answer):
        return [Say(f"committee.feedback_{answer}", {"reference": ticket.reference})]
    tickets.add_timeline(uow, ticket, "feedback", "complainant", body=answer)
    if answer == "yes":
        return [Say("committee.feedback_yes", {"reference": ticket.reference})]
    _reopen(uow, ticket, REOPEN_REASON if ticket.status == "resolved" else CONTEST_REASON)
    return [Say("committee.feedback_no", {"reference": ticket.reference})]


def contest(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """The complainant contests a rejection: it goes back to the chair (counted in figures)."""
    ticket = _owned(uow, user, reference)
    if ticket is None:
        return [Say("committee.reply_unknown")]
    if ticket.status != "rejected":
        return [Say("contest.not_rejected", {"reference": ticket.reference})]
    tickets.add_timeline(uow, ticket, "contest", "complainant", body="contest")
    _reopen(uow, ticket, CONTEST_REASON)
    return [Say("contest.done", {"reference": ticket.reference})]


def _reopen(uow: UnitOfWork, ticket: Ticket, reason: str) -> None:
    """Back to review, unassigned, for the chair; counted as reopened (and contested)."""
    contested = ticket.status == "rejected"
    check_transition(ticket.status, "in_review", reason, by="complainant")
    tickets.set_status(uow, ticket, "in_review", "complainant", reason)
    ticket.assignee_id = None
    ticket.closed_at = None
    ticket.decided_at = None
    ticket.reopened_count = (ticket.reopened_count or 0) + 1
    if contested:
        ticket.contested_count = (ticket.contested_count or 0) + 1
    key = "committee.contested" if contested else "committee.reopened"
    for chair in alerts.chairs_for(uow, ticket):
        say = Say(key, {"reference": ticket.reference})
        alerts.alert_member(
            uow, chair, [say, alerts.queue_card(uow, chair, [ticket])], purpose="committee:reopened"
        )


def _already_said(uow: UnitOfWork, ticket: Ticket, answer: str) -> bool:
    stmt = select(TicketEvent.body).where(
        TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "feedback"
    )
    if ticket.decided_at is not None:
        stmt = stmt.where(TicketEvent.at >= ticket.decided_at)
    return uow.session.scalar(stmt.order_by(TicketEvent.id.desc()).limit(1)) == answer
