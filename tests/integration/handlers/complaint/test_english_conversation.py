"""A user who asks for English gets English through the whole complaint, and it is remembered."""

from __future__ import annotations

import re

from sqlalchemy import select

from storage.models import LineUser, Ticket
from tests.factories import quick_data, texts

THAI = re.compile(r"[\u0E00-\u0E7F]+")
# Place names the user gave, shown back as they are, and the word that switches back to Thai.
ALLOWED_THAI = ("นางรอง", "หนองโบสถ์", "ภาษาไทย")


def thai_in(messages: list[dict]) -> list[str]:
    """Thai words in what the bot said, apart from the allowed ones."""
    body = texts(messages)
    for name in ALLOWED_THAI:
        body = body.replace(name, "")
    return THAI.findall(body)


def test_english_is_used_through_the_whole_complaint(chat, services):
    assert THAI.search(texts(chat.follow()))  # Thai first
    switched = chat.say("English")
    assert "Switched to English" in texts(switched)
    assert set(quick_data(switched)) >= {"File a complaint", "My complaints"}

    steps = [
        lambda: chat.tap("menu=complain"),
        lambda: chat.tap("a=consent:yes"),
        lambda: chat.tap("a=kind:procurement"),
        lambda: chat.say("Nong Bot Subdistrict Administrative Organisation"),
        lambda: chat.say("The SAO chief"),
        lambda: chat.say("Nang Rong"),
        lambda: chat.say("หนองโบสถ์"),
        lambda: chat.say("14/3/2025"),
        lambda: chat.say(
            "The road tender in village 5 (2 million baht) was rigged for the chief's relative."
        ),
        lambda: chat.tap("a=evidence:done"),
        lambda: chat.tap("a=*:skip"),
        lambda: chat.tap("a=reported:no"),
        lambda: chat.tap("a=identity:anonymous"),
        lambda: chat.tap("a=summary:edit"),
        lambda: chat.tap("a=edit:witnesses"),
        lambda: chat.say("Mr Somchai, the village head"),
        lambda: chat.say("help"),
        lambda: chat.tap("a=summary:confirm"),
        lambda: chat.tap("menu=track"),
        lambda: chat.tap("menu=help"),
    ]
    for number, step in enumerate(steps):
        answer = step()
        assert answer, f"step {number} got no answer"
        assert thai_in(answer) == [], f"step {number}: {texts(answer)}"

    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.language == "en"
        assert ticket.district == "นางรอง"


def test_language_is_remembered_and_can_be_switched_back(chat, services):
    chat.follow()
    chat.say("English")
    assert "How to use Sujarit" in texts(chat.tap("menu=help"))
    with services.uow() as uow:
        assert uow.session.scalars(select(LineUser.language)).one() == "en"
    back = chat.say("ภาษาไทย")
    assert "ภาษาไทย" in texts(back)
    assert THAI.search(texts(chat.tap("menu=help")))
