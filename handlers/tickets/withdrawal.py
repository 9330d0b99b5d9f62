"""Withdrawing a complaint: asked why, kept on record; pressure or threats reach the chair
at once and the person gets the protection contacts."""

from __future__ import annotations

import re

from handlers import danger
from handlers.conversations.reopen import REOPEN_WITHIN
from handlers.conversations.withdraw import (
    CHOSEN,
    CHOSEN_FEARED,
    CHOSEN_THREAT,
    CHOSEN_WORDS,
    FEARED,
    PRESSED,
    PROPOSED,
    REFERENCE,
    SAFETY_GIVEN,
    SAID,
)
from handlers.conversations.withdraw import STATE as WITHDRAW
from handlers.directory.alerts import alert_member, chairs_for
from handlers.menu import main_menu
from handlers.protection import protection_contacts
from handlers.replies import Out, Quick, Say, T
from handlers.thai.normalise import compact, strip_particles
from handlers.tickets.endings import pending, settle_withdrawal_request
from handlers.tickets.lifecycle import (
    WITHDRAWAL_REASONS,
    WITHDRAWAL_TAKEN_BACK_NOTE,
    WITHDRAWN_NOTE,
    can_withdraw,
    check_taken_back,
    check_transition,
)
from handlers.tickets.tracking import may_act_on
from handlers.understanding import (
    ANSWER,
    CANCEL,
    CHANGE_MIND,
    DANGER,
    NO,
    NONE,
    YES,
    Understanding,
    says_fear,
    takes_back_withdrawal,
    without_who_reports,
)
from handlers.understanding import WITHDRAW as WITHDRAW_INTENT
from storage import tickets
from storage.models import LineUser, Ticket
from storage.types import as_utc
from storage.uow import UnitOfWork

REASONS = WITHDRAWAL_REASONS
# The button's words, typed: how the two reasons the understanding does not tell are said.
REASON_WORDS = {
    "solved": ("แก้ได้แล้ว", "จบแล้ว", "เรียบร้อยแล้ว", "ได้คืนแล้ว", "solved", "sorted"),
    "mistake": ("แจ้งผิด", "ผิดเรื่อง", "เข้าใจผิด", "mistake", "wrong"),
    "pressured": ("ถูกกดดัน/ข่มขู่", "pressured"),
    "other": ("อื่นๆ", "อื่น", "other"),
}
#: Fixed said in one's own words ("เขาแก้แล้ว", "ผอ.ให้เด็กกินดีขึ้นแล้ว", "ได้เงินคืนแล้ว", "it's
#: been fixed"), or the official giving in ("ประธานยอมเปิดบัญชีแล้ว"; not "ยอมแพ้", giving up),
#: not its denial ("ยังไม่แก้", "บ่ดีขึ้น", "ไม่ยอมคืน").
SOLVED_SAID = re.compile(
    r"(?<!ไม่)(?<!บ่)(?<!ยัง)(?:แก้(?:ไข)?(?:ให้)?(?:ได้)?|ดีขึ้น|เรียบร้อย|ได้(?:เงิน)?คืน|คืนเงิน(?:ให้)?"
    r"|ยอม(?!แพ้)\S{0,16})\S{0,8}?แล้ว"
    r"|\b(?:fixed|resolved|sorted out|better now|paid (?:it |us |me )?back)\b",
    re.I,
)
KEEP_INTENTS = (NO, CANCEL, CHANGE_MIND)
# The word the question itself offers to keep it, found anywhere ("ไม่ถอนแล้ว เก็บไว้ก่อน").
_KEEP = tuple(compact(w) for w in ("ไม่ถอน", "บ่ถอน", "keep it", "don't withdraw"))
MIN_REASON = 4  # characters: shorter is not a reason of one's own ("อ้าว", "?")
#: What a reason in one's own words may be read as: "กลัวเฉยๆครับ ยังบ่มีไผมาขู่ดอก" (a "no one
#: threatened" in it reads as none); never a remark ("รอแป๊บนะคะ" withdraws nothing).
OWN_WORDS = (WITHDRAW_INTENT, ANSWER, NONE)
#: The timeline entry keeping the reason in the person's own words (internal: for the committee).
WORDS_KIND = "withdrawn_words"
MAX_WORDS = 500
MAX_CHOICES = 10  # tickets offered as buttons when the person did not say which
#: Carried by the "which complaint" buttons when the withdrawal was asked beside a threat.
_PRESSED = "&pressed=1"
_REASON_KEYS = {compact(w): reason for reason, words in REASON_WORDS.items() for w in words}
#: The reason said back, confirmed in words ("ถอนครับ", "ยืนยัน", "ok"); a yes or the wish to
#: withdraw said again confirms too.
_CONFIRM = tuple(compact(w) for w in ("ถอน", "ถอนเลย", "ยืนยัน", "confirm", "ok", "โอเค"))
#: The timeline entry of a withdrawal taken back (audited; the chair told).
TAKEN_BACK_KIND = "withdrawal_undone"
#: A reason's number typed with words after it ("1 - she got her papers, but she is scared"):
#: the number is the reason picked, the words are kept with it.
_NUMBER_AND_WORDS = re.compile(r"^\s*([1-9])\s*(?:[-–—.:)/,]\s*|\s+)(\S.*)$", re.S)


def _refusal(uow: UnitOfWork, user: LineUser, reference: str) -> tuple[Ticket | None, list]:
    ticket = tickets.by_reference(uow, reference)
    if ticket is None or not may_act_on(uow, user, ticket):
        return None, [Say("lookup.not_found")]
    if not can_withdraw(ticket.status):
        params = {"reference": ticket.reference, "status": T(f"status.{ticket.status}")}
        return None, [Say("withdraw.not_possible", params)]
    return ticket, []


def ask_withdraw(
    uow: UnitOfWork, user: LineUser, reference: str, pressed: bool = False, said: str = ""
) -> list[Out]:
    """Ask why the person wants to withdraw (the answer is the confirmation); `pressed`: asked
    beside a threat told, so pressure is the reason unless another is picked; `said`: the
    words the withdrawal was asked with, whose reason ("…ดีขึ้นแล้ว": fixed) is proposed."""
    ticket, refused = _refusal(uow, user, reference)
    if ticket is None:
        return refused
    feared = says_fear(said)
    # fear told with the wish ("ขอถอนเรื่อง… กลัวโดนเลิกจ้าง"): the safety answer first, the
    # chair told, then pressure proposed as the reason, as beside a threat
    safety = [] if pressed or not feared else [_safety_first(uow, ticket)]
    pressed = pressed or feared
    proposed = "solved" if not pressed and SOLVED_SAID.search(said) else ""
    kept = without_who_reports(said)[:MAX_WORDS]
    WITHDRAW.begin(
        user,
        **{
            REFERENCE: ticket.reference,
            PRESSED: pressed,
            PROPOSED: proposed,
            SAID: kept,
            FEARED: feared,
        },
    )
    if proposed:
        order = sorted(REASONS, key=lambda r: r != proposed)
        quick = _reason_chips(ticket.reference, order, proposed)
        return [Say("withdraw.ask_solved", {"reference": ticket.reference}, quick=quick)]
    order = sorted(REASONS, key=lambda r: r != "pressured") if pressed else REASONS
    quick = _reason_chips(ticket.reference, order, "pressured" if pressed else None)
    # with a threat told beside it, pressure is the reason her words gave: proposed, not
    # asked again as four choices
    key = "withdraw.ask_pressed" if pressed else "withdraw.ask_why"
    return [*safety, Say(key, {"reference": ticket.reference}, quick=quick)]


def _reason_chips(reference: str, order, proposed: str | None) -> tuple[Quick, ...]:
    """The reasons as buttons: the one proposed ("…เพราะแก้ได้แล้ว ใช่ไหมคะ": that question is the
    confirmation) withdraws, any other is said back to be confirmed first."""
    return tuple(
        Quick(
            f"withdraw.why.{r}",
            "postback",
            f"withdraw_{'yes' if r == proposed else 'why'}={reference}&why={r}",
        )
        for r in order
    ) + (Quick("choice.keep", "postback", "menu=track"),)


def choose(uow: UnitOfWork, user: LineUser, reference: str, reason: str) -> list[Out]:
    """A reason's button tapped: said back to be confirmed (what will happen), nothing
    withdrawn yet."""
    ticket, refused = _refusal(uow, user, reference)
    if ticket is None:
        return refused
    reason = reason if reason in REASONS else "other"
    same = WITHDRAW.is_current(user) and WITHDRAW.get(user, REFERENCE) == ticket.reference
    if not same:
        WITHDRAW.end(user)
        WITHDRAW.begin(user, **{REFERENCE: ticket.reference})
    if reason == "other" and WITHDRAW.get(user, PRESSED):
        reason = "pressured"  # a threat or fear was told with the wish
    said = WITHDRAW.get(user, SAID) or None
    return _confirm(
        uow, user, ticket.reference, reason, None, said, bool(WITHDRAW.get(user, FEARED))
    )


def _confirm(
    uow: UnitOfWork,
    user: LineUser,
    reference: str,
    reason: str,
    threat: str | None,
    words: str | None,
    feared: bool,
) -> list[Out]:
    """The reason said back in one short bubble before anything is withdrawn; pressure or
    fear told gets the safety answer at once (the chair told), unless already given."""
    WITHDRAW.begin(
        user,
        **{
            CHOSEN: reason,
            CHOSEN_WORDS: words or "",
            CHOSEN_THREAT: threat or "",
            CHOSEN_FEARED: feared,
        },
    )
    safety = []
    ticket = tickets.by_reference(uow, reference)
    if threat and ticket is not None:  # kept at once, whatever is answered next
        danger.record_threat(uow, ticket, threat)
        WITHDRAW.begin(user, **{CHOSEN_THREAT: ""})
    given = WITHDRAW.get(user, PRESSED) or WITHDRAW.get(user, SAFETY_GIVEN)
    if (reason == "pressured" or feared) and not given and ticket is not None:
        safety = [_safety_first(uow, ticket)]
        WITHDRAW.begin(user, **{SAFETY_GIVEN: True})
    quick = (
        Quick("withdraw.confirm_yes", "postback", f"withdraw_yes={reference}&why={reason}"),
        Quick("choice.keep", "postback", "menu=track"),
    )
    params = {"reference": reference, "reason": T(f"withdraw.why.{reason}")}
    return [*safety, Say("withdraw.confirm", params, quick=quick)]


def _confirmation(uow: UnitOfWork, user: LineUser, heard: Understanding) -> list[Out] | None:
    """The answer to the reason said back: yes withdraws, no keeps; None when it is neither
    (another reason, read as ever)."""
    key = compact(strip_particles(heard.text))
    if keeps_it(heard) or (heard.intent in KEEP_INTENTS and key not in _CONFIRM):
        return keep(user)
    if heard.intent in (YES, WITHDRAW_INTENT) or key in _CONFIRM:
        reference = WITHDRAW.get(user, REFERENCE, "")
        return withdraw(uow, user, reference, WITHDRAW.get(user, CHOSEN))
    return None


def _safety_first(uow: UnitOfWork, ticket: Ticket) -> Out:
    """Fear told with the wish to withdraw: the chair hears at once (before any reason is
    picked) and the person gets the protection contacts."""
    return protection_contacts(chair_told=_alert_chair(uow, ticket, "alert.withdraw_feared"))


def start_typed(
    uow: UnitOfWork, user: LineUser, heard: Understanding, pressed: bool = False
) -> list[Out]:
    """ "ถอนเรื่อง", with or without the reference: ask why, or first which complaint.
    `pressed`: asked beside a threat told ("บ่เอาแล้วเรื่องที่แจ้ง ย่านเพิ่นเฮ็ดฮ้าย…"), so the
    reason is pressure unless the person picks another (`withdraw`)."""
    reference = heard.value("reference")
    said = heard.text or ""
    if reference:
        return ask_withdraw(uow, user, str(reference), pressed, said)
    open_ones = [
        t for t in tickets.owned_by(uow, user, limit=MAX_CHOICES) if can_withdraw(t.status)
    ]
    if len(open_ones) == 1:
        return ask_withdraw(uow, user, open_ones[0].reference, pressed, said)
    if not open_ones:
        return [Say("withdraw.none", quick=main_menu())]
    quick = tuple(
        Quick(f"={t.reference}", "postback", f"withdraw={t.reference}{_PRESSED if pressed else ''}")
        for t in open_ones
    )
    return [Say("withdraw.which", {"count": len(open_ones)}, quick=quick)]


def answer_withdraw(uow: UnitOfWork, user: LineUser, heard: Understanding) -> list[Out]:
    """The typed reason ("1", "แจ้งผิด", "เขามาขู่ ไม่อยากมีเรื่อง") is said back, and the
    withdrawal made once confirmed ("ถอน", "ใช่"); "ไม่ถอน" keeps the complaint; pressure or a
    threat is the reason that alerts the chair."""
    reference = WITHDRAW.get(user, REFERENCE, "")
    typed = str(heard.value("reference") or "")
    if typed and typed.upper() != reference.upper():
        # another complaint named ("ถอนเรื่อง BRM-… ค่ะ" at the confirmation): asked about that
        # one from the start, never the one being asked about withdrawn in its place
        pressed = bool(WITHDRAW.get(user, PRESSED))
        return ask_withdraw(uow, user, typed, pressed, heard.text or "")
    confirming = bool(WITHDRAW.get(user, CHOSEN))
    if confirming:
        confirmed = _confirmation(uow, user, heard)
        if confirmed is not None:
            return confirmed
    key = compact(heard.text)
    reason = _REASON_KEYS.get(key)
    words = None
    if key.isdigit() and 1 <= int(key) <= len(REASONS):
        reason = REASONS[int(key) - 1]
    numbered = _NUMBER_AND_WORDS.match(heard.text or "")
    if reason is None and numbered and 1 <= int(numbered[1]) <= len(REASONS):
        reason = REASONS[int(numbered[1]) - 1]  # "1 - she got her papers, but…": 1, and why
        words = without_who_reports(numbered[2])[:MAX_WORDS] or None
    if reason is None and keeps_it(heard):
        return keep(user)
    if reason is None and heard.intent == YES and WITHDRAW.get(user, PRESSED):
        reason = "pressured"  # "ใช่ค่ะ" to the pressure proposed
    if reason is None and heard.intent == YES and WITHDRAW.get(user, PROPOSED):
        reason = WITHDRAW.get(user, PROPOSED)  # "ใช่ครับ" to the reason proposed
    if reason is None and (heard.intent == DANGER or heard.value("reason") == "pressure"):
        reason = "pressured"
    if reason is None and says_fear(heard.text):
        reason = "pressured"  # "ก็บอกแล้วว่ากลัวค่ะ": fear, the reason in her words
        words = without_who_reports(heard.text or "")[:MAX_WORDS] or None
    if reason is None and heard.intent != DANGER and SOLVED_SAID.search(heard.text or ""):
        reason = "solved"  # "ก็บอกแล้วไงครับ เขาแก้แล้ว": the fixed said in words
    if reason is None and heard.intent in KEEP_INTENTS:
        return keep(user)
    if reason is None and heard.intent in OWN_WORDS and len(key) >= MIN_REASON:
        reason = "other"  # a reason of their own, in their words: kept as they said it
        words = without_who_reports(heard.text or "")[:MAX_WORDS] or None
    if reason is None and confirming:
        chosen = WITHDRAW.get(user, CHOSEN)
        params = {"reference": reference, "reason": T(f"withdraw.why.{chosen}")}
        return [Say("withdraw.confirm", params)]
    if reason is None:
        return [Say("withdraw.reask", {"reference": reference})]
    threat = heard.text if heard.intent == DANGER else None
    feared = says_fear(heard.text) or bool(WITHDRAW.get(user, FEARED))
    if reason == "other" and (feared or WITHDRAW.get(user, PRESSED)):
        reason = "pressured"  # "4 กลัวมีปัญหาครับ": fear is the reason their words give
    first = WITHDRAW.get(user, SAID) or ""
    if first and first != (words or ""):
        words = f"{first}\n{words}" if words else first  # the reason first typed, kept too
    proposed = WITHDRAW.get(user, PROPOSED) or ("pressured" if WITHDRAW.get(user, PRESSED) else "")
    if reason == proposed and not confirming:
        # "ใช่ค่ะ" to "…เพราะแก้ได้แล้ว ใช่ไหมคะ": that question was the confirmation
        return withdraw(uow, user, reference, reason, threat=threat, words=words, feared=feared)
    return _confirm(uow, user, reference, reason, threat, words, feared)


def keeps_it(heard: Understanding) -> bool:
    """Asked why, the person says to keep the complaint ("ไม่ถอนครับ แต่เขาขู่จะฆ่าผม"),
    whatever else they say beside: a threat told with it is danger, never the reason."""
    key = compact(heard.text)
    return any(w in key for w in _KEEP)


def keep(user: LineUser) -> list[Out]:
    """The complaint goes on: the withdrawal asked about is dropped."""
    reference = WITHDRAW.get(user, REFERENCE, "")
    WITHDRAW.end(user)
    return [Say("withdraw.kept", {"reference": reference}, quick=main_menu())]


def being_asked(user: LineUser) -> str | None:
    """The reference of the complaint the person is being asked why they withdraw, if any."""
    return WITHDRAW.get(user, REFERENCE) if WITHDRAW.is_current(user) else None


def withdraw(
    uow: UnitOfWork,
    user: LineUser,
    reference: str,
    reason: str = "other",
    threat: str | None = None,
    words: str | None = None,
    feared: bool = False,
) -> list[Out]:
    """Withdraw a ticket (kept on record, with the reason on its timeline); a `threat` given
    as the reason is kept on its internal timeline as every other threat is, and a reason in
    the person's own `words` beside the reason's code; fear told in them (`feared`) has the
    chair told and the safety answer first, whatever reason was picked."""
    reason = reason if reason in REASONS else "other"
    if reason == "other" and WITHDRAW.get(user, PRESSED):
        reason = "pressured"  # a threat was told with the wish to withdraw: the chair hears
    safety_given = False
    if WITHDRAW.is_current(user) and WITHDRAW.get(user, REFERENCE) == reference:
        # a button tapped after the reason was typed with the wish ("…she is afraid"), or the
        # reason said back confirmed: what was told with it is kept
        feared = feared or bool(WITHDRAW.get(user, FEARED) or WITHDRAW.get(user, CHOSEN_FEARED))
        words = words or WITHDRAW.get(user, CHOSEN_WORDS) or WITHDRAW.get(user, SAID) or None
        threat = threat or WITHDRAW.get(user, CHOSEN_THREAT) or None
        safety_given = bool(WITHDRAW.get(user, SAFETY_GIVEN))
    WITHDRAW.end(user)
    ticket = tickets.by_reference(uow, reference)
    if ticket is not None and ticket.status == "withdrawn" and may_act_on(uow, user, ticket):
        return [_done(ticket.reference, quick=())]
    ticket, refused = _refusal(uow, user, reference)
    if ticket is None:
        return refused
    note = WITHDRAWN_NOTE + reason
    check_transition(ticket.status, "withdrawn", note, by="complainant")
    tickets.set_status(uow, ticket, "withdrawn", "complainant", note)
    ticket.closed_at = uow.now()
    settle_withdrawal_request(uow, ticket, confirmed=True)
    if threat:
        danger.record_threat(uow, ticket, threat)
    if words:
        tickets.add_timeline(uow, ticket, WORDS_KIND, "complainant", body=words, internal=True)
    done = _done(ticket.reference)
    if reason != "pressured" and not feared:
        return [done]
    if safety_given:  # the numbers given and the chair told with the reason, a moment ago
        return [done]
    told = _alert_chair(uow, ticket)
    return [protection_contacts(chair_told=told), done]


def _done(reference: str, quick: tuple | None = None) -> Say:
    """Withdrawn, and how to take it back (`take_back`) while it can be."""
    params = {"reference": reference, "days": REOPEN_WITHIN.days}
    return Say("withdraw.done", params, quick=main_menu() if quick is None else quick)


def take_back(uow: UnitOfWork, user: LineUser, text: str | None) -> list[Out] | None:
    """ "ไม่ถอนแล้ว", "ขอเปิดเรื่องนี้อีกครั้ง": the person's complaint withdrawn last (within
    REOPEN_WITHIN) goes back to where it was, on its timeline and the chair told; never a new
    story. None when no such wish, or nothing withdrawn lately to take back."""
    if not takes_back_withdrawal(text):
        return None
    since = uow.now() - REOPEN_WITHIN
    recent = [
        t
        for t in tickets.owned_by(uow, user, limit=MAX_CHOICES)
        if t.status == "withdrawn" and t.closed_at is not None and as_utc(t.closed_at) >= since
    ]
    if not recent:
        return None
    ticket = max(recent, key=lambda t: as_utc(t.closed_at))
    ended = [e for e in ticket.timeline if e.to_status == "withdrawn"]
    before = max(ended, key=lambda e: (as_utc(e.at), e.id)).from_status if ended else None
    if not before or not check_taken_back(before):
        return None
    note = WITHDRAWAL_TAKEN_BACK_NOTE
    tickets.set_status(uow, ticket, before, "complainant", note, kind=TAKEN_BACK_KIND)
    ticket.closed_at = None
    ticket.reopened_count = (ticket.reopened_count or 0) + 1
    for chair in chairs_for(uow, ticket):
        say = Say("alert.withdrawal_taken_back", {"reference": ticket.reference})
        alert_member(uow, chair, [say], purpose="committee:withdrawal")
    return [Say("withdraw.taken_back", {"reference": ticket.reference}, quick=main_menu())]


#: Each alert's message → its dedupe key's head (one of each per chair and complaint).
_ALERT_KEYS = {"alert.withdrawn_pressured": "pressure", "alert.withdraw_feared": "feared"}


def _alert_chair(uow: UnitOfWork, ticket: Ticket, key: str = "alert.withdrawn_pressured") -> bool:
    """The chair hears at once that a complainant withdrew under pressure (or, `key`, asks to
    out of fear); whether any chair was reached (none yet: "we told the chair" is not said)."""
    told = False
    for member in chairs_for(uow, ticket):
        told = (
            alert_member(
                uow,
                member,
                [Say(key, {"reference": ticket.reference})],
                purpose="committee:pressure",
                dedupe_key=f"{_ALERT_KEYS[key]}:{ticket.reference}:{member.id}",
            )
            or told
        )
    return told


def refuse_withdrawal(uow: UnitOfWork, user: LineUser, reference: str) -> list[Out]:
    """The complainant did not ask to withdraw: the recorded request is dropped, the chair
    is told."""
    ticket = tickets.by_reference(uow, reference)
    if ticket is None or not may_act_on(uow, user, ticket):
        return [Say("lookup.not_found")]
    if pending(uow, ticket, ("withdrawn",)) is None:
        return [Say("withdraw.kept", {"reference": ticket.reference}, quick=main_menu())]
    settle_withdrawal_request(uow, ticket, confirmed=False)
    tickets.add_timeline(uow, ticket, "withdrawal_refused", "complainant")
    for chair in chairs_for(uow, ticket):
        say = Say("committee.withdrawal_refused", {"reference": ticket.reference})
        alert_member(uow, chair, [say], purpose="committee:withdrawal")
    return [Say("withdraw.kept", {"reference": ticket.reference}, quick=main_menu())]
