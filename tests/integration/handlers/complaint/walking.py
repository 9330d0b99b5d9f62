"""The simulator walks' driver, replayed in tests (walk39 on): say a message and see the reply,
follow the bot and say several, read what the open draft holds. Each prints what it saw, so a
failing walk test shows the conversation."""

from __future__ import annotations

from tests.factories import texts
from tests.integration.handlers.complaint.test_understood_steps import draft_of


def said(chat, text: str) -> str:
    """The bot's reply to `text`, as one string."""
    answer = texts(chat.say(text))
    print(f"> {text}\n< {answer[:400]}")
    return answer


def walk(chat, *messages: str) -> str:
    """Follow the bot, say each message in turn; the last reply."""
    chat.follow()
    reply = ""
    for text in messages:
        reply = said(chat, text)
    return reply


def data(services) -> dict:
    """What the open draft holds."""
    held = draft_of(services).data
    print(draft_of(services).step, {k: v for k, v in held.items() if not k.startswith("_")})
    return held
