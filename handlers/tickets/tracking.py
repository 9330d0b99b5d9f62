"""Following complaints: my tickets, look-up by reference and code, withdrawal."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from handlers import throttles
from handlers.conversations.lookup import REFERENCE, STEP, VERIFIED
from handlers.conversations.lookup import STATE as LOOKUP
from handlers.menu import main_menu
from handlers.replies import Card, Out, Quick, Say, shortened
from handlers.thai.normalise import compact, strip_particles
from handlers.tickets import corrected_fields, evidence_words
from handlers.tickets.additions import KIND as ADDED
from handlers.tickets.lifecycle import can_withdraw
from handlers.understanding import CANCEL, TRACK, Understanding
from storage import lookup_throttles, tickets
from storage import patterns as cases_store
from storage.models import LineUser, Ticket
from storage.record_checks import head_of
from storage.uow import UnitOfWork

MAX_CODE_TRIES = 5
LOCKOUT = timedelta(minutes=30)
LOCKED = Say("lookup.locked")


STORY_CHARS = 300


#: Entries that help the committee read what was filed (words said of a file, fields corrected
#: after the story): nothing the complaint has done, no line of the complainant's timeline.
_FOR_THE_COMMITTEE = frozenset({evidence_words.KIND, corrected_fields.KIND})


def _shown_body(kind: str, to_status: str | None) -> bool:
    """Whether the person sees an entry's text: a status change's or question's reason, and
    what they added themselves."""
    return kind == ADDED or (kind in ("status", "question") and bool(to_status))


def ticket_view(uow: UnitOfWork, ticket: Ticket, details: bool = False, case: bool = False) -> dict:
    """What the complainant may see of their ticket (no internal notes); with `details`,
    also the agency, place, their story and the next step; with `case`, the number of the
    case it is in, which they were told it joined (random: it says nothing of the others).
    Dates stay ISO here: the card shows them as Thai dates."""
    tz = uow.settings.tz
    events = [
        {
            "at": e.at.astimezone(tz).isoformat(timespec="minutes"),
            "status": e.to_status,
            "kind": e.kind,
            "body": e.body if _shown_body(e.kind, e.to_status) else None,
            "added": e.kind == ADDED,  # what they added after filing: their words shown back
        }
        for e in ticket.timeline
        if not e.internal and e.kind not in _FOR_THE_COMMITTEE
    ]
    view = {
        "reference": ticket.reference,
        "status": ticket.status,
        "kind": ticket.kind,
        "submitted": ticket.submitted_at.astimezone(tz).date().isoformat(),
        "events": events[-8:],
        "can_withdraw": can_withdraw(ticket.status),
    }
    number = cases_store.case_number_of(uow, ticket.id) if case else None
    if number is not None:
        view["case"] = number  # as stored: the card shows it as said ("347-892")
    if details:
        story = " ".join((ticket.description or "").split())
        view["details"] = {
            "agency": ticket.agency,
            "place": " / ".join(p for p in (ticket.subdistrict, ticket.district) if p),
            "story": shortened(story, STORY_CHARS),
            "next": f"next.{ticket.status}",
        }
        view["events"] = events[-12:]
    return view


def record_head(uow: UnitOfWork, ticket: Ticket, quick: tuple = ()) -> Say:
    """The record's entry count, for the complainant to compare later; its check code (the
    latest hash) is on the web status page, not in a chat bubble."""
    _, entries = head_of(uow, ticket.id)
    status_url = f"{uow.settings.public_base_url}/status"
    values = {"reference": ticket.reference, "entries": entries, "status_url": status_url}
    values["n"] = entries  # the plural form ("1 entry")
    return Say("track.record", values, quick=quick)


def my_tickets(uow: UnitOfWork, user: LineUser) -> list[Out]:
    """The user's tickets with their status, newest first."""
    found = tickets.owned_by(uow, user, limit=10)
    lookup = Quick("menu.lookup", "postback", "menu=lookup")
    if not found:
        return [
            Say("track.none", quick=(Quick("menu.complain", "postback", "menu=complain"), lookup))
        ]
    return [
        Card(
            "ticket_list",
            {"tickets": [ticket_view(uow, t, case=True) for t in found]},
            quick=(lookup,) + main_menu(),
        )
    ]


def start_lookup(user: LineUser) -> list[Out]:
    """Ask for a reference number, to find a ticket filed from any account."""
    LOOKUP.begin(user, **{STEP: "reference"})
    return [Say("lookup.ask_reference")]


class CodeTries(Protocol):
    """Where wrong tracking codes are counted: a LINE user's state, or a reference on the web."""

    tries: int
    locked_until: datetime | None


def locked_out(tries: CodeTries, now: datetime) -> bool:
    """Whether look-ups are locked out now."""
    return tries.locked_until is not None and now < tries.locked_until


def matching_ticket(
    uow: UnitOfWork, counters: Sequence[CodeTries], reference: str, code: str, subject: str
) -> Ticket | None:
    """The ticket when reference and tracking code match; a miss counts against `counters`.

    The one rule for LINE and the web: MAX_CODE_TRIES wrong codes on one counter (the
    reference, and in LINE also the account) lock look-ups out for LOCKOUT; every miss also
    counts against the source `subject` (handlers.throttles "tracking"). A missing reference
    is checked with the same work as a wrong code, so neither answer nor time tells whether
    it exists. The caller checks `locked_out()` and `throttles.allowed()` first.
    """
    ticket = tickets.by_reference(uow, reference)
    if not tickets.code_matches(uow, ticket, code):
        throttles.spend(uow, "tracking", subject)
        for tries in counters:
            tries.tries = (tries.tries or 0) + 1
            if tries.tries >= MAX_CODE_TRIES:
                tries.tries, tries.locked_until = 0, uow.now() + LOCKOUT
        return None
    for tries in counters:
        tries.tries = 0
    return ticket


class StateTries:
    """Wrong codes counted in a LINE user's conversation state."""

    def __init__(self, state: dict) -> None:
        self.state = state

    @property
    def tries(self) -> int:
        """Wrong codes since the last lock-out."""
        return self.state.get("tries", 0)

    @tries.setter
    def tries(self, value: int) -> None:
        self.state["tries"] = value

    @property
    def locked_until(self) -> datetime | None:
        """The end of the lock-out, if any."""
        until = self.state.get("locked_until")
        return datetime.fromtimestamp(until, UTC) if until else None

    @locked_until.setter
    def locked_until(self, value: datetime | None) -> None:
        self.state["locked_until"] = value.timestamp() if value else None


def typed_look_up(heard: Understanding | None) -> tuple[str, str] | None:
    """The reference and the tracking code of a message that gives both ("ติดตามเรื่อง
    BRM-2569-00042 รหัส K7QM-4TXP-H3WA"), or None."""
    reference = heard.values.get("reference") if heard is not None else None
    if reference is None:
        return None
    code = heard.value("code")
    return (str(reference.value), str(code)) if code else None


def reference_typed(heard: Understanding | None) -> str | None:
    """The reference of a message that is only a reference ("BRM-2569-48194", "brm 2569 71057
    ค่ะ") or asks how one is going ("เรื่อง BRM-… ไปถึงไหนแล้ว"), or None."""
    found = heard.values.get("reference") if heard is not None else None
    if found is None or heard.value("code"):
        return None
    span = str(found.span or "")
    rest = re.sub(re.escape(span), " ", heard.text or "", flags=re.I) if span else ""
    # what is left with a mark before it, as the particles go only after a word ("… ค่ะ")
    alone = bool(span) and compact(strip_particles(f"ref {rest}")) == "ref"
    return str(found.value) if alone or heard.intent == TRACK else None


def show_typed(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """A reference typed: the person's own complaint's status at once; any other (filed from
    another account, or none) asks for its tracking code, as the look-up does, without telling
    whether it exists."""
    ticket = tickets.by_reference(uow, reference)
    if ticket is not None and may_act_on(uow, user, ticket):
        return show_ticket(uow, user, ticket.reference)
    LOOKUP.begin(user, **{STEP: "code", REFERENCE: reference})
    return [Say("lookup.code_for", {"reference": reference})]


def continue_lookup(
    uow: UnitOfWork,
    user: LineUser,
    text: str | None,
    intent: str | None = None,
    heard: Understanding | None = None,
) -> list[Out]:
    """Take the reference, then the tracking code (or both from one message, `heard`: the
    text's understanding); show the ticket when both match."""
    step = LOOKUP.get(user, STEP) or "reference"
    if text is None:
        return [Say("problem.want_text"), Say(f"lookup.ask_{step}")]
    if intent == CANCEL:
        LOOKUP.end(user)
        return [Say("flow.cancelled", quick=main_menu())]
    both = typed_look_up(heard)
    if both is None and locked_out(StateTries(dict(user.state)), uow.now()):
        return [LOCKED]
    if both is None and step == "reference":
        # Whether the reference exists is not told before the code matches.
        LOOKUP.begin(user, **{STEP: "code", REFERENCE: text.strip().upper().replace(" ", "")})
        return [Say("lookup.ask_code")]
    typed = reference_typed(heard) if both is None and step == "code" else None
    if typed is not None:  # another reference where its code was asked: taken as typed alone
        return show_typed(uow, user, typed)
    reference, code = both or (LOOKUP.get(user, REFERENCE, ""), text)
    ticket, said = look_up(uow, user, reference, code)
    if ticket is not None:
        LOOKUP.end(user)
    elif said != [LOCKED]:
        LOOKUP.begin(user, **{STEP: "reference"})
        said.append(Say("lookup.ask_reference"))
    return said


def look_up(
    uow: UnitOfWork, user: LineUser, reference: str, code: str
) -> tuple[Ticket | None, list[Out]]:
    """The ticket when the reference and the code match, under the lock-outs of
    `matching_ticket`, and what to answer: the ticket, "not found" or "locked out"."""
    state = dict(user.state)
    tries = StateTries(state)
    target = lookup_throttles.for_reference(uow, reference)
    if any(locked_out(t, uow.now()) for t in (tries, target)) or not throttles.allowed(
        uow, "tracking", user.user_hash
    ):
        return None, [LOCKED]  # too many wrong codes for this reference or account
    ticket = matching_ticket(uow, (tries, target), reference, code, user.user_hash)
    user.state = state  # the tries counted
    if ticket is None:
        return None, [Say("lookup.not_found")]
    user.state = {**state, VERIFIED: sorted(set(state.get(VERIFIED, [])) | {ticket.reference})}
    card = Card("ticket", ticket_view(uow, ticket, case=True))
    return ticket, [card, record_head(uow, ticket, quick=main_menu())]


def may_act_on(uow: UnitOfWork, user: LineUser, ticket: Ticket) -> bool:
    """The owner's account, or an account that proved the tracking code."""
    return tickets.is_owner(user, ticket) or ticket.reference in user.state.get(VERIFIED, [])


def show_ticket(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """One ticket's status and public timeline."""
    ticket = tickets.by_reference(uow, reference)
    if ticket is None or not may_act_on(uow, user, ticket):
        return [Say("lookup.not_found")]
    view = ticket_view(uow, ticket, details=True, case=True)
    return [Card("ticket", view), record_head(uow, ticket)]
