"""A case's number in the reporter's hands: typed alone in LINE ("347-892"), it lists their
own complaints in that case, nobody else's; a case of others and a number no case has are
answered alike (`docs/patterns.md`, *The case number*)."""

from __future__ import annotations

import re

from handlers.menu import main_menu
from handlers.patterns import case_numbers
from handlers.replies import Card, Out, Quick, Say
from handlers.thai.normalise import strip_particles
from handlers.tickets.tracking import ticket_view
from storage import patterns as store
from storage import tickets
from storage.models import LineUser
from storage.uow import UnitOfWork

# "ติดตามกรณี 347-892": asking to follow, before the number (case_numbers.read takes "กรณีที่").
_FOLLOW = re.compile(r"^(?:ขอ)?(?:ติดตาม|track)\s*", re.IGNORECASE)


def typed_case_number(text: str | None, alone: bool = True) -> str | None:
    """The case number a message gives ("347-892", "กรณีที่ 347-892 ค่ะ", "ติดตามกรณี 347892"),
    as stored; else None. With `alone` False (the person is in a conversation: adding to a
    complaint, telling a story), six digits by themselves may be a sum, a phone number's end
    or a house number, so only a number named as a case's is read ("เลขกรณี 347892")."""
    said = _FOLLOW.sub("", strip_particles(text))
    return case_numbers.read(said) if alone else case_numbers.named(said)


def case_look_up(uow: UnitOfWork, user: LineUser, number: str) -> list[Out]:
    """The person's own tickets in the case with this number (a merged case's number leads
    on). A case of others' tickets only and a number no case has get one answer, found with
    the same work: the number tells nobody else anything."""
    found = store.own_case_tickets(
        uow, number, [t.id for t in tickets.owned_by(uow, user, limit=None)]
    )
    lookup = Quick("menu.lookup", "postback", "menu=lookup")
    if not found:
        return [Say("track.case_none", {"case": case_numbers.shown(number)}, quick=(lookup,))]
    views = [ticket_view(uow, t, case=True) for t in found[:10]]
    return [Card("ticket_list", {"tickets": views}, quick=(lookup,) + main_menu())]
