"""The citizen's safety words: discreet notices, reading what waits, reminders, safety."""

from __future__ import annotations

from handlers.menu import main_menu
from handlers.notices import read_held, set_discreet, set_draft_reminders
from handlers.replies import Out, Quick, Say
from handlers.understanding.lexicon import SAFETY
from handlers.understanding.words import safety_word
from storage.models import LineUser
from storage.uow import UnitOfWork

WORDS = SAFETY  # one home: handlers/understanding/lexicon/global_words.py


def discreet_offer() -> Say:
    """Asked at the end of filing: how should notices about this complaint look?"""
    return Say(
        "discreet.offer",
        quick=(
            Quick("discreet.button.on", "postback", "discreet=on"),
            Quick("discreet.button.off", "postback", "discreet=off"),
            *main_menu(),
        ),
    )


def handle(
    uow: UnitOfWork, user: LineUser, fields: dict, normal_text: str, filing: bool = True
) -> list[Out] | None:
    """The answer to a safety word or button, or None when the event is neither (`filing`:
    a complaint is being filed, so only the safety words themselves count)."""
    choice = fields.get("discreet")
    word = safety_word(normal_text, filing) if normal_text else None
    if choice == "read" or word == "read":
        return read_held(uow, user)
    if choice in ("on", "off"):
        return set_discreet(user, choice == "on")
    if word in ("discreet_on", "discreet_off"):
        return set_discreet(user, word == "discreet_on")
    if word in ("reminders_on", "reminders_off"):
        return set_draft_reminders(user, word == "reminders_on")
    if word == "safety":
        return [Say("privacy.full", quick=main_menu())]
    return None
