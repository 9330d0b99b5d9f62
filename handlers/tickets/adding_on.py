"""The messages that follow an offer to add to a filed complaint: facts, photos and files go
to it, each acknowledged as an addition, until the person is done or a quiet time passes;
thanks and greetings are answered, never attached; a menu choice or a new complaint ends it."""

from __future__ import annotations

from handlers.conversations import adding
from handlers.conversations.turn import Turn
from handlers.faq import faq_answer
from handlers.intake.answers import MEDIA
from handlers.intake.evidence_limits import refusal
from handlers.menu import main_menu
from handlers.replies import Out, Say
from handlers.tickets import additions
from handlers.tickets.additions import DONE, NEW
from handlers.tickets.complainant_replies import attach_media
from handlers.understanding import DONE as SAID_DONE
from handlers.understanding import GREETING, QUESTION, Understanding, only_courtesy
from handlers.understanding.short_answers import done_then_told
from handlers.understanding.words import MENU_WORDS, meaning
from storage import tickets
from storage.models import LineUser, Ticket
from storage.ticket_status import OPEN
from storage.uow import UnitOfWork

_ENDS = ("done", "cancel")
SURE_QUESTION = 0.8  # how sure a question must be to be answered, not kept


def go_on(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """The next message while a complaint is open for additions; None when adding is over
    (quiet too long, a menu choice, a new complaint): the message is then read afresh."""
    event = turn.event
    ticket = _adding_to(uow, user)
    if ticket is None or event.type != "message":
        return None
    heard = turn.heard() if event.message_type == "text" else None
    word = meaning(turn.text)
    told = done_then_told(turn.text) if event.message_type == "text" else None
    if told:  # "เสร็จแล้วค่ะ ในเสียงคือแม่ครัวเล่าให้ฟังค่ะ": what was sent, told, and the end
        additions.add_text(uow, ticket, told)
        adding.go_on(user, uow.now(), added=1)
    if told or word in _ENDS or (heard is not None and heard.intent == SAID_DONE):
        added = adding.STATE.get(user, adding.ADDED, 0)
        adding.STATE.end(user)
        said = "addition.done" if added else "addition.stopped"  # nothing sent: nothing to thank
        return [Say(said, {"reference": ticket.reference}, quick=main_menu())]
    courtesy = event.message_type == "text" and only_courtesy(turn.text)
    if event.message_type == "sticker" or courtesy:
        adding.go_on(user, uow.now())  # "สวัสดีค่ะ" means "menu" as a global word: not here
        greeted = courtesy and heard is not None and heard.intent == GREETING
        said = "addition.greeted" if greeted else "addition.courtesy"
        return [Say(said, {"reference": ticket.reference}, quick=(DONE,))]
    if word in MENU_WORDS or additions.wants_a_new_one(turn.text):
        adding.STATE.end(user)
        return None
    if event.message_type in MEDIA:
        return _file(uow, user, turn, ticket)
    text = (turn.text or "").strip()
    named = heard.value("reference") if heard is not None else None
    if event.message_type != "text" or additions.offers_while_adding(text, named, heard):
        adding.go_on(user, uow.now())
        return [Say("addition.go_ahead", {"reference": ticket.reference}, quick=(DONE,))]
    answered = _answered(uow, heard)
    if answered is not None:  # "ต้องบอกชื่อไหมคะ": answered, and adding goes on
        adding.go_on(user, uow.now())
        return [answered]
    adding.go_on(user, uow.now(), added=1)
    additions.add_text(uow, ticket, text)
    return [Say("addition.taken", {"reference": ticket.reference}, quick=(DONE, NEW))]


def _answered(uow: UnitOfWork, heard: Understanding | None) -> Say | None:
    """The answer to a question about reporting asked while adding, when surely one (a fact
    that only sounds like one, "เขาถามว่าจะจ่ายไหม", is kept as an addition)."""
    if heard is None or heard.intent != QUESTION or heard.confidence < SURE_QUESTION:
        return None
    return faq_answer(heard.value("faq"), uow.settings.retention_identity_days, quick=(DONE,))


def _adding_to(uow: UnitOfWork, user: LineUser) -> Ticket | None:
    """The complaint open for additions, if it is still the person's and still open."""
    reference = adding.reference(user, uow.now())
    ticket = tickets.by_reference(uow, reference) if reference else None
    if ticket is None or not tickets.is_owner(user, ticket) or ticket.status not in OPEN:
        adding.STATE.end(user)
        return None
    return ticket


def _file(uow: UnitOfWork, user: LineUser, turn: Turn, ticket: Ticket) -> list[Out]:
    """A photo or file: the complaint's evidence; the member told once for a set of photos."""
    event = turn.event
    files = adding.STATE.get(user, adding.FILES, 0)
    refused = refusal(uow, event, files)
    if refused is not None:
        adding.go_on(user, uow.now())
        return [refused, Say("addition.go_ahead", {"reference": ticket.reference}, quick=(DONE,))]
    fresh = int(attach_media(uow, ticket, event, kind=additions.KIND))
    adding.go_on(user, uow.now(), files=fresh, added=fresh)
    if additions.partial_set(event):
        return []
    count = {"reference": ticket.reference, "count": additions.set_size(event)}
    additions.tell(uow, ticket, Say("committee.answer_files", count))
    return [Say("addition.file_added", {"reference": ticket.reference}, quick=(DONE, NEW))]
