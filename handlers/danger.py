"""Danger at any moment: the safety answer first and alone, the filing kept as it was, and
the chair told at once when the threat touches a complaint being filed or already filed."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func, select

from handlers.directory.alerts import chairs_for, network_chairs, notify_member
from handlers.menu import main_menu
from handlers.protection import CONTACTS
from handlers.replies import Out, Quick, Say
from handlers.thai.normalise import compact
from handlers.understanding import lexicon
from storage import tickets
from storage.models import Draft, LineUser, Member, Ticket, TicketEvent
from storage.uow import UnitOfWork

GO_ON = (Quick("choice.continue", "postback", "a=flow:continue"),)
#: The threats told while filing, in the draft's sealed data: on the ticket's internal
#: timeline once it is sent (the chair then reads them beside the complaint).
THREATS = "_threats"
THREAT_LENGTH = 1000  # characters of a threat kept for the chair
#: "Safe now" told while filing after a threat, in the draft's sealed data as [how many threats
#: were told before it, the words]: on the timeline in the order they were told.
SAFE = "_safe_again"
#: A ticket's mark for the committee: a threat was told, or was and the person is safe since.
THREATENED, SAFE_SINCE = "threatened", "safe_again"
#: Set on the draft when the safety answer was the last reply; the next message clears it.
ANSWERED = "_safety_answered"
#: A reading of danger this sure is a threat told again, even right after the safety answer.
SURE_THREAT = 0.9
#: "Safe now" is news of the threat told on a filed complaint this recently.
SAFE_AGAIN_WITHIN = timedelta(days=7)
# "ผมไม่ได้โดนขู่ครับ" after a threat was read: a denial, news beside it like "safe now"
_SAFE = tuple(compact(w).lower() for w in (*lexicon.SAFE_NOW, *lexicon.DANGER_DENIED))
_UNSAFE = re.compile(lexicon.UNSAFE_NOW)


def safety_answer(
    uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None, about: str | None = None
) -> list[Out]:
    """The safety bubble (nothing is stored as an answer); the chair hears of it, about the
    ticket `about` (the one being talked of) or else the person's latest, and of the draft
    being filed; when a chair was told, one short bubble says so."""
    told = _tell_chair(uow, user, text, draft, about)
    if draft is not None:
        draft.data = {**draft.data, ANSWERED: True}
    quick = GO_ON if draft is not None else main_menu()
    if not told:
        return [Say("safety.first", dict(CONTACTS), quick=quick)]
    return [Say("safety.first", dict(CONTACTS)), Say("safety.committee_told", quick=quick)]


def says_safe_now(text: str | None) -> bool:
    """ "ตอนนี้มาอยู่บ้านพี่สาวแล้ว ปลอดภัยค่ะ", "I'm at my sister's, safe now", or the threat
    denied ("ผมไม่ได้โดนขู่ครับ"); never "not safe"."""
    key = compact(text).lower()
    return any(w in key for w in _SAFE) and not _UNSAFE.search(key)


def safe_again(uow: UnitOfWork, user: LineUser, text: str) -> list[Out] | None:
    """Safe again, after a threat told on a filed complaint: on its internal timeline, the
    chair told (once a day), the person thanked; None when no threat was told lately."""
    ticket = _ticket(uow, user, None)
    if ticket is None or not _threatened_lately(uow, ticket):
        return None
    _record_safe(uow, ticket, text)
    day = uow.now().astimezone(uow.settings.tz).date().isoformat()
    say = Say("alert.safe_again", {"reference": ticket.reference})
    _alert(uow, chairs_for(uow, ticket), say, f"safe:{ticket.reference}:{day}")
    params = {**CONTACTS, "reference": ticket.reference}
    return [Say("safety.safe_again", params, quick=main_menu())]


def safe_while_filing(draft: Draft | None, text: str | None) -> list[Out] | None:
    """ "Safe now" said while filing after a threat was told in it: kept with the threats (on
    the ticket's timeline once it is sent, where the chair reads it) and the person told so;
    None when it is not that. Never an answer to the filing's question."""
    threats = draft.data.get(THREATS, []) if draft is not None else []
    if not threats or not says_safe_now(text):
        return None
    said = [len(threats), (text or "")[:THREAT_LENGTH]]
    draft.data = {**draft.data, SAFE: [*draft.data.get(SAFE, []), said]}
    return [Say("safety.safe_while_filing", dict(CONTACTS))]


def marks(uow: UnitOfWork, ticket_ids: list[int]) -> dict[int, str]:
    """Which of these tickets carry a threat: THREATENED, or SAFE_SINCE when the person said
    they are safe after the last threat told. The caller shows only tickets the member may see."""
    if not ticket_ids:
        return {}
    kinds = ("danger", "safe_again")
    stmt = (
        select(TicketEvent.ticket_id, TicketEvent.kind, func.max(TicketEvent.id))
        .where(TicketEvent.ticket_id.in_(ticket_ids), TicketEvent.kind.in_(kinds))
        .group_by(TicketEvent.ticket_id, TicketEvent.kind)
    )
    last: dict[int, dict[str, int]] = {}
    for ticket_id, kind, newest in uow.session.execute(stmt):
        last.setdefault(ticket_id, {})[kind] = newest
    return {
        ticket_id: SAFE_SINCE if seen.get("safe_again", 0) > seen["danger"] else THREATENED
        for ticket_id, seen in last.items()
        if "danger" in seen
    }


def _threatened_lately(uow: UnitOfWork, ticket: Ticket) -> bool:
    since = uow.now() - SAFE_AGAIN_WITHIN
    stmt = select(TicketEvent.id).where(
        TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "danger", TicketEvent.at >= since
    )
    return uow.session.scalar(stmt.limit(1)) is not None


def just_answered(draft: Draft | None) -> bool:
    """Whether the safety answer was the last reply in this filing (asked once: it clears)."""
    if draft is None or not draft.data.get(ANSWERED):
        return False
    draft.data = {k: v for k, v in draft.data.items() if k != ANSWERED}
    return True


def _ticket(uow: UnitOfWork, user: LineUser, about: str | None) -> Ticket | None:
    named = tickets.by_reference(uow, about) if about else None
    if named is not None and tickets.is_owner(user, named):
        return named
    filed = tickets.owned_by(uow, user, limit=1)
    return filed[0] if filed else None


def _tell_chair(
    uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None, about: str | None
) -> bool:
    """Whether a chair was (or today already had been) alerted."""
    day = uow.now().astimezone(uow.settings.tz).date().isoformat()
    told = False
    ticket = _ticket(uow, user, about)
    if ticket is not None:
        record_threat(uow, ticket, text)
        say = Say("alert.danger_ticket", {"reference": ticket.reference})
        told = _alert(uow, chairs_for(uow, ticket), say, f"{ticket.reference}:{day}")
    if draft is not None:
        # Always kept in the draft (on the ticket's timeline once it is sent); the chairs are
        # told once a day per person, not per draft: one account starting, threatening and
        # cancelling again and again must not flood them.
        draft.data = {**draft.data, THREATS: [*draft.data.get(THREATS, []), text[:THREAT_LENGTH]]}
        filing = Say("alert.danger_filing")
        told = _alert(uow, network_chairs(uow), filing, f"filing:{user.id}:{day}") or told
    return told


def record_threat(uow: UnitOfWork, ticket: Ticket, text: str) -> None:
    """A threat told about a filed complaint, on its internal timeline for the chair: never
    as an answer of the complaint (however it came: typed anywhere, or as the reason for
    withdrawing)."""
    tickets.add_timeline(uow, ticket, "danger", "complainant", text[:THREAT_LENGTH], internal=True)


def threats_on_timeline(uow: UnitOfWork, ticket: Ticket, data: dict) -> None:
    """The threats told while the complaint was being filed, and "safe now" said after them,
    on its internal timeline in the order they were told."""
    safe = sorted(data.get(SAFE, []), key=lambda said: said[0])
    for told, text in enumerate(data.get(THREATS, []), 1):
        record_threat(uow, ticket, text)
        while safe and safe[0][0] <= told:
            _record_safe(uow, ticket, safe.pop(0)[1])
    for _, text in safe:
        _record_safe(uow, ticket, text)


def _record_safe(uow: UnitOfWork, ticket: Ticket, text: str) -> None:
    tickets.add_timeline(
        uow, ticket, "safe_again", "complainant", text[:THREAT_LENGTH], internal=True
    )


def _alert(uow: UnitOfWork, chairs: list[Member], say: Say, about: str) -> bool:
    """Once a day for each thing threatened, to each chair (pushed right after the commit);
    whether any chair has a LINE account to hear it."""
    reached = [
        notify_member(
            uow, member, [say], purpose="committee:danger", dedupe_key=f"danger:{about}:{member.id}"
        )
        for member in chairs
    ]
    return any(reached)
