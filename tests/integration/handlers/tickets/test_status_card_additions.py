"""The citizen's status card in LINE shows what they added after filing (walk12, issue 16):
the words they added, or "more information" and what kind of file for a photo, never a blank
line with a date only."""

from __future__ import annotations

import json

import pytest

from bot.cards.catalogue import build
from handlers.tickets.additions import KIND
from handlers.tickets.tracking import ticket_view
from storage import tickets
from tests.factories import new_ticket


def _texts(node):
    if isinstance(node, dict):
        if node.get("type") == "text":
            yield node.get("text", "")
        for value in node.values():
            yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


@pytest.mark.parametrize(("lang", "photo_line"), [("th", "ข้อมูลเพิ่มเติม"), ("en", "More information")])
def test_additions_after_filing_show_what_was_added(services, lang, photo_line):
    with services.uow() as uow:
        ticket = new_ticket(uow)
        tickets.add_timeline(uow, ticket, KIND, "complainant", body="ตอนนั้นมีรถกระบะสีขาวมาด้วยค่ะ")
        tickets.add_timeline(uow, ticket, KIND, "complainant", body="[image]")
        uow.session.flush()
        uow.session.refresh(ticket)
        card = build("ticket", ticket_view(uow, ticket), lang)
    texts = list(_texts(json.loads(json.dumps(card, ensure_ascii=False))))
    added = [t for t in texts if "รถกระบะ" in t]
    assert added, texts
    photo = [t for t in texts if photo_line in t]
    assert photo and "[image]" not in " ".join(texts), texts
    assert all(t.split("  ", 1)[-1].strip() for t in texts), texts  # no line with a date only
