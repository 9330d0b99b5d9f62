"""The complaint being filed. Its state is its draft in the database, not `user.state`; its
buttons name that draft, so a button from an old conversation is answered kindly and never
acts on another draft. A photo, video or voice message sent first starts one."""

from __future__ import annotations

from dataclasses import replace

from handlers.complaint import flow as complaint_flow
from handlers.complaint import story as story_offer
from handlers.conversations import reopen, story
from handlers.conversations.turn import Turn
from handlers.intake.answers import draft_named, of_draft
from handlers.intake.evidence_limits import refusal
from handlers.menu import main_menu
from handlers.replies import Card, Out, Say
from storage.evidence import record_pending
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

TOLD_BY = complaint_flow.TOLD_BY  # a voice message or video is the telling; others evidence


def open_draft(uow: UnitOfWork, user: LineUser) -> Draft | None:
    """The complaint the person is filing, if any."""
    return complaint_flow.open_draft(uow, user)


def take_button(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out] | None:
    """A complaint button ("a=…&d=…"), answered by the draft it names; None when the event
    is not one. A button that names no draft (made before buttons did) is an old one: which
    draft it belonged to is unknown, so it never acts on the one open now."""
    if "a" not in turn.fields:
        return None
    named = draft_named(turn.fields)
    draft = open_draft(uow, user)
    if turn.fields["a"].startswith("offer:"):  # "file what you told me?", before any draft
        if story.STATE.is_current(user) and draft is None:
            return story_offer.answer(uow, user, turn.text, turn.fields, None)
        return old_button(uow, draft)
    reopening = reopen.STATE.get(user, reopen.DRAFT) if reopen.STATE.is_current(user) else None
    if draft is None and reopening is not None and named == reopening:
        return complaint_flow.answer_reopen(uow, user, turn.event)
    if draft is not None and named == draft.id:
        return complaint_flow.handle(uow, user, draft, turn)
    return old_button(uow, draft)


def old_button(uow: UnitOfWork, draft: Draft | None) -> list[Out]:
    """A button of a complaint sent, cancelled or replaced: said kindly, nothing done; the
    complaint open now (if any) goes on where it was."""
    if draft is None:
        return [Say("flow.no_draft", quick=main_menu())]
    return [Say("flow.old_button"), complaint_flow.where(draft)] + complaint_flow.ask(uow, draft)


def start_with_media(uow: UnitOfWork, user: LineUser, turn: Turn) -> list[Out]:
    """A photo, video or voice message before any complaint starts one and is kept: a voice
    message or video as the telling, a photo or file as evidence."""
    event = turn.event
    refused = refusal(uow, event, 0)
    if refused is not None:
        return [refused] + complaint_flow.start_new(uow, user)
    sent = [event.message_id, event.message_type, event.file_name, event.file_size]
    return start_with_files(uow, user, [sent])


def start_with_files(uow: UnitOfWork, user: LineUser, files: list[list]) -> list[Out]:
    """A new complaint whose first evidence is these photos or files (LINE's [message id,
    kind, name, size] each, already within the limits): the first voice message or video is
    the telling."""
    if not files:
        return complaint_flow.start_new(uow, user)
    _intro, *questions = complaint_flow.start_new(uow, user)
    draft = open_draft(uow, user)
    told = next((kind for _, kind, _, _ in files if kind in TOLD_BY), None)
    if told is not None:  # "what happened" is not asked: this is the telling
        draft.data = {**draft.data, "description": "", "told_by": told}
    for message_id, kind, name, size in files:
        record_pending(uow, message_id, kind, draft_id=draft.id, file_name=name, size_bytes=size)
    uow.cache.pop(("evidence_count", draft.id), None)
    return [Say(f"flow.intro_{told}" if told else "flow.intro_evidence"), *questions]


def name_the_draft(uow: UnitOfWork, user: LineUser, replies: list[Out]) -> list[Out]:
    """Every complaint button in the replies names the draft it belongs to: the one open
    now, or the cancelled one offered to be taken up again."""
    draft = open_draft(uow, user)
    draft_id = draft.id if draft is not None else None
    if draft_id is None and reopen.STATE.is_current(user):
        draft_id = reopen.STATE.get(user, reopen.DRAFT)
    if draft_id is None:
        return replies
    return [_named(item, draft_id) for item in replies]


def _named(item: Out, draft_id: int) -> Out:
    quick = tuple(replace(q, value=of_draft(q.value, draft_id)) for q in item.quick)
    if isinstance(item, Card) and item.name == "summary":
        return replace(item, data={**item.data, "draft": draft_id}, quick=quick)
    return replace(item, quick=quick)
