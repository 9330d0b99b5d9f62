"""Danger at any moment: the safety answer first and alone, the filing kept as it was, and
the chair told at once when the threat touches a complaint being filed or already filed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import func, select

from handlers.directory.access import records_intact
from handlers.directory.alerts import alert_member, chairs_for
from handlers.menu import main_menu
from handlers.protection import CONTACTS, MENTAL_HEALTH_LINE, about_police, network_line
from handlers.replies import Out, Quick, Say
from handlers.thai.normalise import clean, compact
from handlers.understanding import lexicon
from handlers.understanding.danger import despairs, worried
from storage import throttles, tickets
from storage.models import Draft, LineUser, Member, Ticket, TicketEvent
from storage.ticket_status import CLOSED, OPEN
from storage.uow import UnitOfWork

GO_ON = (Quick("choice.continue", "postback", "a=flow:continue"),)
#: The threats told while filing, in the draft's sealed data: on the ticket's internal
#: timeline once it is sent (the chair then reads them beside the complaint).
THREATS = "_threats"
THREAT_LENGTH = 1000  # characters of a threat kept for the chair
#: "Safe now" told while filing after a threat, in the draft's sealed data as [how many threats
#: were told before it, the words]: on the timeline in the order they were told.
SAFE = "_safe_again"
#: A worry told while filing after a threat ("ยังไม่กล้าออกจากบ้านเลย"), in the draft's sealed data
#: as [how many threats were told before it, the words]: on the timeline beside them.
WORRIES = "_worries"
#: A ticket's mark for the committee: a threat was told, or was and the person is safe since;
#: or its record was changed outside the application, so no mark read from it can be trusted.
THREATENED, SAFE_SINCE, UNVERIFIED = "threatened", "safe_again", "unverified"
MARKS = (THREATENED, SAFE_SINCE, UNVERIFIED)
#: Set on the draft when the safety answer was the last reply; the next message clears it.
ANSWERED = "_safety_answered"
#: A reading of danger this sure is a threat told again, even right after the safety answer.
SURE_THREAT = 0.9
#: "Safe now" is news of the threat told on a filed complaint this recently.
SAFE_AGAIN_WITHIN = timedelta(days=7)
#: One LINE account's threats while filing ring the chairs once in this window.
PERSON_WINDOW = timedelta(days=1)
#: Past this many alerts of threats while filing in CHAIR_WINDOW, a chair gets one summary
#: and then no more until the window ends (every threat still kept on its draft).
FILING_ALERTS_PER_HOUR = 3
CHAIR_WINDOW = timedelta(hours=1)
# "ผมไม่ได้โดนขู่ครับ" after a threat was read: a denial, news beside it like "safe now"
# One alternation: tried word by word, they were ~45 Python calls at every text step.
_SAFE = re.compile(
    "|".join(re.escape(compact(w).lower()) for w in (*lexicon.SAFE_NOW, *lexicon.DANGER_DENIED))
)
_UNSAFE = re.compile(lexicon.UNSAFE_NOW)
_SAFETY_NOUN = re.compile(lexicon.SAFETY_NOUN, re.I)
_SPOKEN_OF = re.compile(lexicon.THREAT_SPOKEN_OF, re.I)
_NEW_AGAIN = re.compile(lexicon.THREAT_NEW_AGAIN, re.I)
_ADD_ASKED = re.compile(lexicon.THREAT_ADD_ASKED, re.I)


def safety_answer(
    uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None, about: str | None = None
) -> list[Out]:
    """The safety bubble (nothing is stored as an answer); the chair hears of it, about the
    ticket `about` (the one being talked of) or else the person's latest, and of the draft
    being filed; when a chair was told, one short bubble says so."""
    told, ticket, others = _tell_chair(uow, user, text, draft, about)
    if draft is not None:
        draft.data = {**draft.data, ANSWERED: True}
    quick = GO_ON if draft is not None else main_menu()
    # "what you were filing is kept" only to someone filing (not after filing, nor to no one)
    key = "safety.first_filing" if draft is not None else "safety.first"
    said = [Say(key, dict(CONTACTS))]
    if _police_involved(text, draft, ticket if draft is None else None):
        # the lines that are not the police first (the network's own too), 191 after them
        line = network_line(uow)
        said = [Say("safety.first_police", dict(CONTACTS)), *([line] if line else [])]
        said.append(Say(key.replace("first", "police_emergency"), dict(CONTACTS)))
    if despairs(clean(text)):  # "บ่อยากอยู่แล้ว": someone to talk to, now
        said.append(Say("safety.mental_health", {"line": MENTAL_HEALTH_LINE}))
    if draft is None and ticket is not None:  # after filing: which complaint it was noted on
        noted = {"reference": ticket.reference}
        said.append(Say("safety.ticket_told" if told else "safety.ticket_noted", noted))
        if others:  # several open: the newest has it now; the one it is about is asked
            said.append(_which_threatened(ticket, others))
            return said
    elif told:
        said.append(Say("safety.committee_told"))
    return [*said[:-1], replace(said[-1], quick=quick)]


def going_on(draft: Draft) -> Say:
    """ "ทำต่อ" after the safety answer: on with the filing, and whom to call if unsafe; not the
    police first when they are the ones threatening or complained of (as the first answer)."""
    police = _police_involved(" ".join(draft.data.get(THREATS, [])), draft, None)
    return Say("safety.going_on_police" if police else "safety.going_on", dict(CONTACTS))


def spoken_of_again(draft: Draft | None, text: str | None) -> bool:
    """Whether a message read as danger speaks of the threat already told in this filing as a
    thing ("ใส่เรื่องที่เขาขู่ไว้ด้วย", "นั่นเสียงตอนเขามาขู่ครับ"), telling nothing new: the safety
    answer was given for it, so the filing takes the message (never the same card again)."""
    if draft is None or not draft.data.get(THREATS) or not text:
        return False
    return bool(_SPOKEN_OF.search(text)) and not _NEW_AGAIN.search(text)


def threat_added(draft: Draft, text: str) -> bool:
    """ "ใส่เรื่องที่เขาขู่ไว้ด้วย": the person asks that the threat be part of the complaint. It
    already is, for the committee alone (the ticket's internal timeline); it is never put in the
    details, which a referral letter sends to the agency the threatener may work in."""
    return bool(_ADD_ASKED.search(text)) and bool(draft.data.get(THREATS))


def _police_involved(text: str, draft: Draft | None, ticket: Ticket | None) -> bool:
    """The police are the ones threatening or complained of (the complaint filed or being
    filed names them): the safety answer then leads with the lines that are not the police."""
    data = draft.data if draft is not None else {}
    fields = (ticket.agency, ticket.official) if ticket is not None else ()
    return about_police(text, data.get("agency"), data.get("official"), *fields)


def _which_threatened(noted: Ticket, others: list[Ticket]) -> Say:
    """Which open complaint the threat is about, when the person has several (it is on the
    newest already, so the chairs know at once; a tap puts it on the one it is about too)."""
    quick = tuple(Quick(f"={t.reference}", "postback", f"danger_on={t.reference}") for t in others)
    count = {"count": len(others) + 1, "reference": noted.reference}
    return Say("safety.which_ticket", count, quick=quick)


def threat_also_on(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """The complaint the person says a threat told after filing is about: the threat (as told
    on the complaint it was noted on) on its timeline too, and its chairs alerted."""
    ticket = tickets.by_reference(uow, reference[:40])
    last = threatened_last(uow, user)
    if ticket is None or not tickets.is_owner(user, ticket) or last is None:
        return [Say("committee.reply_unknown")]
    if ticket.id != last.id and ticket.status in CLOSED:
        return [Say("committee.reply_unknown")]  # an old button: threats land on open ones
    if ticket.id != last.id:
        record_threat(uow, ticket, _last_threat(uow, last))
        day = uow.now().astimezone(uow.settings.tz).date().isoformat()
        say = Say("alert.danger_ticket", {"reference": ticket.reference})
        told = _alert(uow, chairs_for(uow, ticket), say, f"{ticket.reference}:{day}")
    else:
        told = any(m.line_user_id_enc for m in chairs_for(uow, ticket))
    key = "safety.ticket_told" if told else "safety.ticket_noted"
    return [Say(key, {"reference": ticket.reference}, quick=main_menu())]


def _last_threat(uow: UnitOfWork, ticket: Ticket) -> str:
    stmt = (
        select(TicketEvent.body)
        .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "danger")
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .limit(1)
    )
    return uow.session.scalar(stmt) or ""


def says_safe_now(text: str | None) -> bool:
    """ "ตอนนี้มาอยู่บ้านพี่สาวแล้ว ปลอดภัยค่ะ", "I'm at my sister's, safe now", or the threat
    denied ("ผมไม่ได้โดนขู่ครับ"); never "not safe", doubt or a question of it, nor safety
    as a thing ("กล้องเพื่อความปลอดภัย")."""
    key = compact(_SAFETY_NOUN.sub(" ", text or "")).lower()
    spaceless = re.sub(r"\s+", "", (text or "").lower())  # its "?" kept
    return bool(_SAFE.search(key)) and not (_UNSAFE.search(key) or _UNSAFE.search(spaceless))


def safe_now(
    uow: UnitOfWork, user: LineUser, draft: Draft | None, text: str | None
) -> list[Out] | None:
    """ "Safe now" after a threat lately told on one of the person's filed complaints, or in
    the complaint being filed: on the internal timeline of the complaint threatened last (the
    chair told, once a day), kept with the draft's threats, and the person thanked; never an
    answer to a question nor a fact added. None when it is not that (no threat told lately).
    One complaint only, like the threat itself: one entry written on two of one person's
    complaints at one instant would tie them in a copy of the database."""
    if not says_safe_now(text):
        return None
    said = (text or "")[:THREAT_LENGTH]
    ticket = threatened_last(uow, user)
    in_draft = draft.data.get(THREATS, []) if draft is not None else []
    if ticket is None and not in_draft:
        return None
    if in_draft:
        kept = [len(in_draft), said]
        draft.data = {**draft.data, SAFE: [*draft.data.get(SAFE, []), kept]}
    if ticket is None:
        police = _police_involved(" ".join(in_draft), draft, None)
        key = "safety.safe_while_filing_police" if police else "safety.safe_while_filing"
        return [Say(key, dict(CONTACTS))]
    day = uow.now().astimezone(uow.settings.tz).date().isoformat()
    _record_safe(uow, ticket, said)
    say = Say("alert.safe_again", {"reference": ticket.reference})
    told = _alert(uow, chairs_for(uow, ticket), say, f"safe:{ticket.reference}:{day}")
    params = {**CONTACTS, "reference": ticket.reference}
    quick = main_menu() if draft is None else ()
    # "the chair is told" only when a chair's LINE will hear it; else what is true: it is noted
    return [Say("safety.safe_again" if told else "safety.safe_again_noted", params, quick=quick)]


def tells_worry(text: str | None) -> bool:
    """Whether the message tells a worry of the person's own (`worried`)."""
    return bool(text) and worried(clean(text))


def worry_noted(
    uow: UnitOfWork, user: LineUser, draft: Draft | None, text: str | None
) -> str | None:
    """A worry told after a threat ("กลัวค่ะ ไม่กล้าออกจากบ้านเลย", "หวาดระแวงตลอด"), kept for the
    committee the way the threat is: with the draft's threats when one was told while filing
    (on the timeline once it is sent), else on the filed complaint threatened last. The
    reference it was noted on ("" for the draft); None when it is no worry, or no threat was
    told lately. Never an answer nor a fact of the complaint."""
    if not tells_worry(text):
        return None
    said = text[:THREAT_LENGTH]
    in_draft = draft.data.get(THREATS, []) if draft is not None else []
    if in_draft:
        kept = [len(in_draft), said]
        draft.data = {**draft.data, WORRIES: [*draft.data.get(WORRIES, []), kept]}
        return ""
    ticket = threatened_last(uow, user)
    if ticket is None:
        return None
    _record(uow, ticket, "worry", said)
    return ticket.reference


def named_owned(uow: UnitOfWork, user: LineUser, reference: str | None) -> str | None:
    """The reference named, when the person filed it (a threat about it lands on it)."""
    named = tickets.by_reference(uow, str(reference)) if reference else None
    return named.reference if named is not None and tickets.is_owner(user, named) else None


def contact_discreetly(uow: UnitOfWork, ticket: Ticket) -> bool:
    """Whether the complainant is reached only discreetly unless they chose otherwise: the
    ticket carries a threat, even one they are safe since, or a record that cannot say
    (fail closed; docs/safety.md, "Contacting a complainant who was threatened")."""
    return ticket.id is not None and bool(marks(uow, [ticket.id]).get(ticket.id))


def marks(uow: UnitOfWork, ticket_ids: list[int]) -> dict[int, str]:
    """Which of these tickets carry a threat: THREATENED, or SAFE_SINCE when the person said
    they are safe after the last threat told; read only from records their chain vouches for
    (a writer turning the threat into a note, or adding "safe now", in SQL must not change a
    mark silently): UNVERIFIED for a record that does not verify, whatever it holds. The
    caller shows only tickets the member may see."""
    if not ticket_ids:
        return {}
    intact = records_intact(uow, ticket_ids)
    found = {ticket_id: UNVERIFIED for ticket_id in ticket_ids if ticket_id not in intact}
    if not intact:
        return found
    kinds = ("danger", "safe_again")
    stmt = (
        select(TicketEvent.ticket_id, TicketEvent.kind, func.max(TicketEvent.id))
        .where(TicketEvent.ticket_id.in_(sorted(intact)), TicketEvent.kind.in_(kinds))
        .group_by(TicketEvent.ticket_id, TicketEvent.kind)
    )
    last: dict[int, dict[str, int]] = {}
    for ticket_id, kind, newest in uow.session.execute(stmt):
        last.setdefault(ticket_id, {})[kind] = newest
    for ticket_id, seen in last.items():
        if "danger" in seen:
            found[ticket_id] = (
                SAFE_SINCE if seen.get("safe_again", 0) > seen["danger"] else THREATENED
            )
    return found


def threatened_last(uow: UnitOfWork, user: LineUser) -> Ticket | None:
    """The person's filed complaint a threat was told on last, within SAFE_AGAIN_WITHIN."""
    owned = [t.id for t in tickets.owned_by(uow, user, limit=None)]
    if not owned:
        return None
    since = uow.now() - SAFE_AGAIN_WITHIN
    # by the threat's time: entry ids begin with their place in their own timeline
    # (storage/entry_ids.py), so ids of two complaints' entries are not in time order
    stmt = (
        select(Ticket)
        .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
        .where(
            TicketEvent.ticket_id.in_(owned),
            TicketEvent.kind == "danger",
            TicketEvent.at >= since,
        )
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .limit(1)
    )
    return uow.session.scalars(stmt).first()


def just_answered(draft: Draft | None) -> bool:
    """Whether the safety answer was the last reply in this filing (asked once: it clears)."""
    if draft is None or not draft.data.get(ANSWERED):
        return False
    draft.data = {k: v for k, v in draft.data.items() if k != ANSWERED}
    return True


def _tickets(uow: UnitOfWork, user: LineUser, about: str | None) -> tuple[Ticket | None, list]:
    """The filed complaint a threat is about: the one named or talked of, else the person's
    open one (the newest, with the other open ones to ask about), else their latest."""
    named = tickets.by_reference(uow, about) if about else None
    if named is not None and tickets.is_owner(user, named):
        return named, []
    filed = tickets.owned_by(uow, user)
    still_open = [t for t in filed if t.status in OPEN]
    if still_open:
        return still_open[0], still_open[1:]
    return (filed[0] if filed else None), []


def _tell_chair(
    uow: UnitOfWork, user: LineUser, text: str, draft: Draft | None, about: str | None
) -> tuple[bool, Ticket | None, list[Ticket]]:
    """Whether a chair was (or today already had been) alerted; the filed complaint the threat
    was noted on, and the person's other open ones (when none was named)."""
    day = uow.now().astimezone(uow.settings.tz).date().isoformat()
    told = False
    ticket, others = _tickets(uow, user, about)
    if ticket is not None:
        record_threat(uow, ticket, text)
        say = Say("alert.danger_ticket", {"reference": ticket.reference})
        told = _alert(uow, chairs_for(uow, ticket), say, f"{ticket.reference}:{day}")
    if draft is not None:
        # Always kept in the draft (on the ticket's timeline once it is sent), whether or not
        # a chair's phone rings for it.
        draft.data = {**draft.data, THREATS: [*draft.data.get(THREATS, []), text[:THREAT_LENGTH]]}
        told = _alert_filing(uow, user) or told
    return told, ticket, others


def _alert_filing(uow: UnitOfWork, user: LineUser) -> bool:
    """The chairs told of a threat while filing, within two bounds: once a day per LINE
    account (counted by a keyed digest of its id, which "erase my data" does not reset, so
    starting, threatening and erasing again and again is one person), and per chair at most
    FILING_ALERTS_PER_HOUR such alerts an hour, then one summary, then none until the next
    hour (a flood of new accounts). Whether a chair was (or today had been) told."""
    chairs = chairs_for(uow, None)
    reachable = any(m.line_user_id_enc for m in chairs)
    if throttles.hit(uow, "danger_person", user.user_hash, PERSON_WINDOW) > 1:
        return reachable
    told = False
    for member in chairs:
        count = throttles.hit(uow, "danger_chair", f"member:{member.id}", CHAIR_WINDOW)
        if count > FILING_ALERTS_PER_HOUR + 1:
            told = told or bool(member.line_user_id_enc)
            continue
        say = Say("alert.danger_filing")
        if count > FILING_ALERTS_PER_HOUR:
            say = Say("alert.danger_many", {"count": FILING_ALERTS_PER_HOUR})
        told = alert_member(uow, member, [say], purpose="committee:danger") or told
    return told


def record_threat(uow: UnitOfWork, ticket: Ticket, text: str) -> None:
    """A threat told about a filed complaint, on its internal timeline for the chair: never
    as an answer of the complaint (however it came: typed anywhere, or as the reason for
    withdrawing)."""
    tickets.add_timeline(uow, ticket, "danger", "complainant", text[:THREAT_LENGTH], internal=True)


def threats_on_timeline(uow: UnitOfWork, ticket: Ticket, data: dict) -> None:
    """The threats told while the complaint was being filed, and "safe now" said after them,
    on its internal timeline in the order they were told."""
    after = sorted(
        [
            *((told, "safe_again", text) for told, text in data.get(SAFE, [])),
            *((told, "worry", text) for told, text in data.get(WORRIES, [])),
        ],
        key=lambda said: said[0],
    )  # stable: in the order told after each threat
    for told, text in enumerate(data.get(THREATS, []), 1):
        record_threat(uow, ticket, text)
        while after and after[0][0] <= told:
            _record(uow, ticket, *after.pop(0)[1:])
    for _, kind, text in after:
        _record(uow, ticket, kind, text)


def _record_safe(uow: UnitOfWork, ticket: Ticket, text: str) -> None:
    _record(uow, ticket, "safe_again", text)


def _record(uow: UnitOfWork, ticket: Ticket, kind: str, text: str) -> None:
    """News of a threat ("safe now", a worry) on the ticket's internal timeline."""
    tickets.add_timeline(uow, ticket, kind, "complainant", text[:THREAT_LENGTH], internal=True)


def tell_chairs(uow: UnitOfWork, ticket: Ticket, why: str) -> bool:
    """The ticket's chairs told, once a day, of `why` ("pressed": a withdrawal asked about
    under threat), apart from the threat's own alert; whether any chair can hear it."""
    day = uow.now().astimezone(uow.settings.tz).date().isoformat()
    say = Say(f"alert.danger_{why}", {"reference": ticket.reference})
    return _alert(uow, chairs_for(uow, ticket), say, f"{ticket.reference}:{why}:{day}")


def _alert(uow: UnitOfWork, chairs: list[Member], say: Say, about: str) -> bool:
    """Once a day for each thing threatened, to each chair (pushed right after the commit);
    whether any chair has a LINE account to hear it."""
    reached = [
        alert_member(
            uow, member, [say], purpose="committee:danger", dedupe_key=f"danger:{about}:{member.id}"
        )
        for member in chairs
    ]
    return any(reached)
