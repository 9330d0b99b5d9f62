"""Questions from someone who told of a threat on a filed complaint (walk17's v4): "does the
committee know they threatened me?" answered from the complaint's record, not the privacy
answer; "if I withdraw will they leave me alone?" or "must I withdraw?" is pressure to withdraw,
noted on the complaint as a threat, the chair told, and answered with her right to withdraw and
no need to; "what happens next?" answered beside it."""

from __future__ import annotations

import re

from handlers import danger
from handlers.directory.alerts import chairs_for
from handlers.faq import NAME_SEEN
from handlers.menu import main_menu
from handlers.protection import CONTACTS
from handlers.replies import Out, Say
from handlers.thai.normalise import compact
from storage.models import LineUser
from storage.uow import UnitOfWork

#: Withdrawing spoken of ("ถอนเรื่อง", "ต้องถอนไหม", "withdraw").
_WITHDRAW = re.compile(r"ถอน|ยุติเรื่อง|withdraw|dropthecomplaint", re.I)
#: "กรรมการรู้เรื่องที่เขามาขู่ไหม", "ประธานรู้หรือยัง", "does the committee know".
_KNOWS = re.compile(
    r"(?:กรรมการ|ประธาน|คณะ|เจ้าหน้าที่|ทางนี้|ทางเรา|committee|chair).{0,20}(?:รู้|ทราบ|know)"
    r"|(?:รู้|ทราบ).{0,12}(?:ขู่|ข่มขู่|คุกคาม)",
    re.I,
)
#: "แล้วจะเป็นยังไงต่อ", "ต่อไปจะทำยังไง", "what happens next".
_NEXT = re.compile(
    r"(?:ยังไง|อย่างไร|ไง|ไร)ต่อ|ต่อไป(?:จะ|ล่ะ)|ขั้นต่อไป|whathappens|whatnext|whatnow", re.I
)


def answer(
    uow: UnitOfWork, user: LineUser, text: str | None, faq: object = None
) -> list[Out] | None:
    """The answers to what the message asks of a threatened complaint (within
    danger.SAFE_AGAIN_WITHIN of the threat), each part of it ("… ต้องถอนไหม เขาจะรู้ไหมว่าเป็น
    ฉันแจ้ง": `faq` the question read besides), or None when it asks none of it or there was
    no threat."""
    key = compact(text or "").lower()
    withdraw, knows, next_ = (bool(p.search(key)) for p in (_WITHDRAW, _KNOWS, _NEXT))
    if not (withdraw or knows or next_):
        return None
    ticket = danger.threatened_last(uow, user)
    if ticket is None:
        return None
    noted = {"reference": ticket.reference, **CONTACTS}
    reachable = any(m.line_user_id_enc for m in chairs_for(uow, ticket))
    said: list[Out] = []
    if knows:  # the record as it stands: the threat noted, a chair told when there is one
        said.append(Say("safety.committee_knows" if reachable else "safety.committee_noted", noted))
    if withdraw:  # asked under pressure: noted as such, the chair told
        danger.record_threat(uow, ticket, text or "")
        told = danger.tell_chairs(uow, ticket, "pressed")
        key = "safety.pressed_told" if told else "safety.pressed_noted"
        said.append(Say(key, noted))
    if next_:
        said.append(Say("safety.what_next", noted))
    if faq == "will_they_know":  # they may know already: what the committee does about it
        said.append(Say("safety.known_already", {**CONTACTS, **NAME_SEEN}))
    said[-1] = Say(said[-1].key, said[-1].params, quick=main_menu())
    return said
