"""The complaint conversation engine: runs the step table over a draft kept in the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from handlers.complaint import understood
from handlers.complaint.asking import ask, go_to, where
from handlers.complaint.confirming import summary_action
from handlers.complaint.consent_gate import consent_first
from handlers.complaint.draft_words import cancel, confirm_cancel, draft_word
from handlers.complaint.editing import spelled_in_thai
from handlers.complaint.media import TOLD_BY, evidence_sent
from handlers.complaint.starting import (
    answer_reopen,
    keep_name_out,
    offer_left_draft,
    open_draft,
    refused_consent,
    start,
    start_new,
)
from handlers.complaint.steps import EDITABLE, STEPS
from handlers.complaint.taking import pin_shared, take_answer
from handlers.complaint.talk import faq_answer, talk_about
from handlers.conversations.turn import Turn
from handlers.danger import going_on
from handlers.intake.answers import read_answer
from handlers.privacy import consent as privacy_consent
from handlers.privacy.unsend import remember_source
from handlers.replies import Out, Say
from handlers.understanding import asks_to_go_on, unquoted
from handlers.understanding.words import meaning
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

GLOBAL_WORDS = ("cancel", "back", "restart", "help", "continue")
WELCOME_BACK_AFTER = timedelta(hours=6)  # a pause this long is "coming back later"


def handle(uow: UnitOfWork, user: LineUser, draft: Draft, turn: Turn) -> list[Out]:
    """One event while a complaint is being written (its text understood once, in `turn`)."""
    before, step, history = dict(draft.data), draft.step, list(draft.history)
    away = uow.now() - draft.updated_at
    replies = _handle(uow, user, draft, turn, away >= WELCOME_BACK_AFTER)
    replies = consent_first(uow, draft, before, history, replies)
    data = dict(draft.data)
    if draft.status == "open" and understood.spot_kept(data, before, step, turn.text):
        draft.data = data  # the spot the story or a where answer named: the ticket's place
    if draft.status == "open":
        remember_source(draft, turn.event.message_id, before)
    # Consent is recorded from its yes alone (take_consent), never from a move past its question.
    if draft.data.get("consent") is True and before.get("consent") is not True:
        privacy_consent.note_complaint_consent(uow, user, True)
    elif step == "consent" and draft.status == "declined":
        privacy_consent.note_complaint_consent(uow, user, False)
    if draft.status == "submitted":
        return replies  # its times were set by the submission (one for every sent draft)
    # Touched last, so the draft is written once with everything that changed.
    draft.updated_at = uow.now()
    draft.reminded_at = None
    return replies


def _handle(
    uow: UnitOfWork, user: LineUser, draft: Draft, turn: Turn, back_later: bool
) -> list[Out]:
    event = turn.event
    answer = read_answer(event)
    if answer.text:
        answer = replace(answer, text=unquoted(answer.text))  # the question's example, copied
        heard = turn.heard(draft.step)
        if heard is None:
            heard = understood.read(answer.text, draft.step, uow.today())
        answer = replace(answer, understood=heard)
        answer = spelled_in_thai(answer, draft.step, uow.today())
    if turn.after_safety and answer.intent == "danger":  # said again after the safety answer
        answer = replace(answer, understood=replace(answer.understood, intent="answer"))
    word = meaning(answer.text) if answer.text else None
    if draft.data.get("_confirm") == "cancel":
        return confirm_cancel(uow, draft, answer)
    if turn.after_safety and (word == "continue" or asks_to_go_on(answer.text)):
        _name_kept_out(draft, answer)  # "ยังอยากแจ้งต่อค่ะ แต่ขอไม่บอกชื่อนะคะ": never asked again
        return [going_on(draft)] + ask(uow, draft)  # "ยังอยากแจ้งต่อค่ะ": on from where it was
    if answer.step == "flow" or word in GLOBAL_WORDS:
        return draft_word(uow, user, draft, answer.choice or word)
    if answer.media:
        return evidence_sent(uow, draft, event)
    if answer.step == "edit" and answer.choice in EDITABLE:
        return go_to(uow, draft, answer.choice, reopen=True)
    if answer.is_location and draft.step not in ("district", "summary"):
        return pin_shared(uow, draft, answer)
    talk = talk_about(uow, user, draft, answer, back_later)
    if talk is not None:
        return talk
    if draft.step == "summary":
        return summary_action(uow, user, draft, answer)
    if answer.step == "summary":
        return [Say("problem.wrong_kind.text")] + ask(uow, draft)
    if answer.other or (answer.step and answer.step not in (draft.step, "*")):
        return [Say(f"problem.wrong_kind.{STEPS[draft.step].wants}")] + ask(uow, draft)
    return take_answer(uow, draft, answer, back_later, turn.after_safety)


def _name_kept_out(draft: Draft, answer) -> None:
    """Going on said with the name kept out: the draft is anonymous from now on."""
    heard = answer.understood
    if (
        heard is not None
        and heard.value("identity") == "anonymous"
        and "anonymous" not in draft.data
    ):
        draft.data = {**draft.data, "anonymous": True}


# The names the rest of the bot reaches through `flow`, wherever their stage now lives.
__all__ = [
    "GLOBAL_WORDS",
    "TOLD_BY",
    "answer_reopen",
    "ask",
    "cancel",
    "faq_answer",
    "handle",
    "keep_name_out",
    "offer_left_draft",
    "open_draft",
    "refused_consent",
    "start",
    "start_new",
    "where",
]
