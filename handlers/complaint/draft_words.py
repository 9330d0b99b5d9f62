"""Words that act on the draft wherever it is: cancel (confirmed first), back, restart,
continue, help."""

from __future__ import annotations

from handlers.complaint import understood
from handlers.complaint.asking import ask, close, without
from handlers.complaint.starting import start_new
from handlers.intake.answers import Answer
from handlers.menu import main_menu
from handlers.replies import Out, Quick, Say
from handlers.understanding.words import meaning
from storage.models import Draft, LineUser
from storage.uow import UnitOfWork

SURE_YES = 0.8  # how sure a typed yes must be to cancel a draft


def confirm_cancel(uow: UnitOfWork, draft: Draft, answer: Answer) -> list[Out]:
    """The answer to "cancel this complaint?": closed on a yes, else its question again."""
    draft.data = without(draft.data, "_confirm")
    if answer.choice == "cancel_yes" or (answer.text and _yes(uow, answer.text)):
        close(uow, draft, "cancelled")
        return [Say("flow.cancelled", quick=main_menu())]
    return [Say("flow.not_cancelled")] + ask(uow, draft)


def _yes(uow: UnitOfWork, text: str) -> bool:
    """A yes to "cancel this complaint?", as a yes/no question's answer is read ("ใช่", "chai",
    "ได้เลย"); a doubtful one keeps the draft."""
    if meaning(text) in ("yes", "cancel"):
        return True
    heard = understood.read(text, "consent", uow.today())
    return heard is not None and heard.intent == "yes" and heard.confidence >= SURE_YES


def cancel(uow: UnitOfWork, user: LineUser, draft: Draft) -> list[Out]:
    """Cancelling (or withdrawing) the draft being filed: asked to confirm first."""
    return draft_word(uow, user, draft, "cancel")


def draft_word(uow: UnitOfWork, user: LineUser, draft: Draft, word: str | None) -> list[Out]:
    """A word acting on the draft: cancel (asked to confirm), restart, back, continue, help."""
    if word == "cancel":
        draft.data = {**draft.data, "_confirm": "cancel"}
        quick = (
            Quick("choice.cancel_yes", "postback", "a=flow:cancel_yes"),
            Quick("choice.cancel_no", "postback", "a=flow:cancel_no"),
        )
        return [Say("flow.cancel_confirm", quick=quick)]
    if word == "restart":
        close(uow, draft, "restarted")
        uow.session.flush()
        return start_new(uow, user)
    if word == "back":
        if not draft.history:
            return [Say("flow.at_start")] + ask(uow, draft)
        draft.step = draft.history[-1]
        draft.history = draft.history[:-1]
        return ask(uow, draft)
    if word in ("continue", "cancel_no"):
        return ask(uow, draft)
    return [Say(f"help.step.{draft.step}"), Say("help.global")] + ask(uow, draft)
