"""The daily anchor's code, sent out of the machine to the chairs, and checked back.

A writer who can put back both the database and RECORD_ANCHOR_DIR (an older copy, an
emptied journal, the anchor files deleted) leaves nothing on the machine to compare with. A
message already delivered in LINE is beyond their reach: so each new anchor's short code
goes to the chairs (`alerts.chairs_for`: by their seals), and a chair who holds one checks
the record against it on the dashboard (`/committee/record-check`). A code no anchor here
has means the record was put back to before that anchor, or its anchors were rewritten.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from handlers import throttles
from handlers.directory import alerts, grants
from handlers.directory.access import can_review, check_records
from handlers.replies import Say
from handlers.thai.dates import format_date
from storage import audit, journal_lines, member_seals, outbox, record_anchors, start_witness
from storage.models import Member, Ticket
from storage.uow import UnitOfWork


def check_url(uow: UnitOfWork, digest: str) -> str:
    """The dashboard page that checks the record against an anchor's code."""
    base = uow.settings.public_base_url.rstrip("/")
    code = record_anchors.code_of(digest)
    return f"{base}/committee/record-check?code={code}"


def publish(uow: UnitOfWork) -> dict:
    """Today's anchor, published, and its code queued to the chairs (the caller commits):
    the daily job and `tickets anchor` both anchor through here."""
    anchor = record_anchors.make_today(uow)
    tell_chairs(uow, anchor)
    return anchor


def tell_chairs(
    uow: UnitOfWork,
    anchor: dict,
    message: str = "records.anchor_code",
    told_as="anchor",
    kind: str = outbox.MESSAGE,
    **extra,
) -> int:
    """Queue the anchor's code to each chair (admins when there is none), once per anchor's
    digest: an unchanged record makes the same digest and sends nothing again. Returns how
    many chairs it was for."""
    day = date.fromisoformat(anchor["day"])
    told = 0
    for member in alerts.chairs_for(uow, None):
        params = {
            "day": format_date(day, alerts.member_language(uow, member)),
            "code": record_anchors.code_of(anchor["digest"]),
            "url": check_url(uow, anchor["digest"]),
            **extra,
        }
        key = f"{told_as}:{member.id}:{anchor['digest']}"
        told += alerts.alert_member(
            uow, member, [Say(message, params)], "committee:anchor", dedupe_key=key, kind=kind
        )
    return told


def _fresh(told_as: str) -> str:
    """A notice's dedupe name of its own for each attempt: a notice of an attempt refused
    (not delivered) never stops the next attempt's from being queued and sent."""
    return f"{told_as}-{secrets.token_hex(8)}"


@dataclass(frozen=True)
class Told:
    """The chairs' notice of a start accepted or vouched at the shell: how many it was queued
    for, the anchor it names and its attempt's own dedupe name (`_fresh`), by which what did
    not leave is withdrawn when the act is refused (`refused`)."""

    count: int
    anchor: dict
    told_as: str
    members: tuple[int, ...] = ()


def reachable_chairs(uow: UnitOfWork) -> list[Member]:
    """The chairs (by their seals, `alerts.chairs_for`) who can be told in LINE and whose role
    another chair's word stands behind (`grants.grant_vouched`: joined with a chair's code, or
    vouched for on the dashboard; never a chair the shell made alone, the founding one too): a
    start is accepted or vouched at the shell only when at least one is, so taking away the
    people who would be told (no chair, none with a LINE account, fixA36) or putting the shell
    holder's own account in their place (`members add --role chair`, fixA37) does not pass."""
    return [
        m
        for m in alerts.chairs_for(uow, None)
        if m.line_user_id_enc
        and member_seals.sealed_as(uow, m, "chair")
        and grants.grant_vouched(uow, m)
    ]


def heard(uow: UnitOfWork, told: Told) -> bool:
    """Whether the notices to the chairs this unit of work queued left in its own
    after-commit step (the sender's count from the gateway, not a row a database writer may
    delete or mark sent), at least one of them: only then may a start be accepted or vouched
    (fixA34, fixA36)."""
    return told.count > 0 and uow.delivery.get("sent", 0) >= told.count


def refused(uow: UnitOfWork, told: Told, why: str) -> int:
    """A start accepted or vouched at the shell was refused (`heard` said no): this attempt's
    notices that did not leave are withdrawn, so none tells a chair later, from the outbox,
    that the start was accepted; each chair is told instead that it was tried and refused
    (who tries to take a start on trust is worth knowing), and the refusal is audited. The
    caller commits. Returns how many chairs the refusal was queued for."""
    keys = [f"{told.told_as}:{m}:{told.anchor['digest']}" for m in told.members]
    withdrawn = outbox.cancel_unsent(uow, keys)
    audit.record(uow, audit.COMMAND_LINE, "audit_start_refused", f"{why} withdrawn {withdrawn}")
    fresh = _fresh("refused")
    # Journalled (fixA38b): a database writer who deletes these notices from the outbox
    # before they leave has them queued again at the next outbox run (`retell_refused`).
    day, digest = told.anchor["day"], told.anchor["digest"]
    journal_lines.note(uow.session, journal_lines.refusal_line(uow.vault, fresh, day, digest))
    return _tell_refused(uow, told.anchor, fresh)


def _tell_refused(uow: UnitOfWork, anchor: dict, name: str) -> int:
    return tell_chairs(uow, anchor, REFUSED_MESSAGE, name, kind=outbox.REFUSAL_NOTICE)


REFUSED_MESSAGE = "records.start_refused"


def retell_refused(uow: UnitOfWork) -> int:
    """Queue again the chairs' notices of every start refused the journal holds that no notice
    of left (no `start-refused-sent:` line): each chair's notice the outbox holds no row of
    (deleted by a database writer before it left); and when none is waiting either (each
    marked sent, given up or changed in SQL), all of them again under the next name (`I.1`,
    `I.2` …), until LINE takes one or the sender gave up more than REFUSAL_RETRIES of them (the
    journal's count: a row a writer marks spends none, fixA40b). Each outbox run does this
    first, so the chairs learn of a start tried at the shell whatever the outbox lost. The
    caller commits. Returns how many were queued."""
    journal = journal_lines.of_session(uow.session)
    told = journal_lines.refusals_told(uow.vault, journal)
    again = 0
    for told_as, day, digest in journal_lines.refusals(uow.vault, journal):
        if told_as in told:
            continue
        anchor = {"day": day, "digest": digest}
        queued = _queued(uow, anchor, told_as)
        rows = outbox.notices_named(uow, outbox.REFUSAL_NOTICE, told_as)
        spent = journal_lines.refusal_given_up(uow.vault, journal, told_as)
        if queued or any(s in outbox.WAITING for _, s in rows):
            again += queued
        elif spent <= journal_lines.REFUSAL_RETRIES:
            name = journal_lines.next_refusal_name(told_as, [n for n, _ in rows])
            again += _queued(uow, anchor, name)
    return again


def _queued(uow: UnitOfWork, anchor: dict, name: str) -> int:
    """How many chairs' notices of a refusal `tell_chairs` queued under `name` (one whose
    row is there already: none)."""
    before = uow.enqueued_count()
    _tell_refused(uow, anchor, name)
    return uow.enqueued_count() - before


def is_refusal_notice(uow: UnitOfWork, name: str, items: list) -> bool:
    """Whether a row of `name` whose messages are `items` is a chair's notice of the refusal
    the journal holds under that name: the sealed message itself (which no database writer can
    make) says a start was refused and gives that refusal's anchor code, so a row relabelled in
    SQL (another notice given the kind and the name) journals nothing (fixA40b)."""
    told_as = name.split(".", 1)[0]
    journal = journal_lines.of_session(uow.session)
    codes = {
        record_anchors.code_of(digest)
        for i, _day, digest in journal_lines.refusals(uow.vault, journal)
        if i == told_as
    }
    return bool(items and codes) and all(
        isinstance(item, Say) and item.key == REFUSED_MESSAGE and item.params.get("code") in codes
        for item in items
    )


def _tell_start(uow: UnitOfWork, anchor: dict, message: str, told_as: str, count: int) -> Told:
    fresh = _fresh(told_as)
    members = tuple(m.id for m in alerts.chairs_for(uow, None))
    told = tell_chairs(uow, anchor, message, fresh, count=count)
    return Told(told, anchor, fresh, members)


def accept_start(uow: UnitOfWork) -> tuple[dict, Told]:
    """Today's anchor made at the shell over an audit log start no code witnessed
    (`tickets anchor --accept-start`: a journal folder turned on over stored entries with no
    anchor ever made, or no chair's code to give): audited, and its code sent to the chairs
    with the words that the start was accepted at the shell, not by a code, and how many
    entries it adopted, so whoever did it is seen (the caller commits and, once the chairs
    were told (`heard`), journals the start as witnessed: `start_witness.vouch`; else
    `refused`). Returns the anchor and its notice (`Told`)."""
    row = start_witness.current(uow)
    covered = row.covered if row is not None else 0
    anchor = record_anchors.make_today(uow)
    audit.record(uow, audit.COMMAND_LINE, "audit_start_accepted", f"covered {covered}")
    return anchor, _tell_start(uow, anchor, "records.start_accepted", "accept", covered)


def vouched_by_code(uow: UnitOfWork, anchor) -> Told:
    """A chair's code given at the shell witnessed the audit log's start (`tickets verify
    --code`): an act like `accept_start`, audited and told to the chairs with the code used,
    so a code given by whoever holds the command line is seen (the caller commits, then
    journals the start as witnessed once they were told: `heard`; else `refused`). Returns
    its notice (`Told`)."""
    row = start_witness.current(uow)
    covered = row.covered if row is not None else 0
    audit.record(uow, audit.COMMAND_LINE, "audit_start_vouched", f"covered {covered}")
    made = {"day": anchor.day.isoformat(), "digest": anchor.digest}
    return _tell_start(uow, made, "records.start_vouched", "vouch", covered)


@dataclass
class Checked:
    """A code held against the record, as a member may read it: `state` as
    record_anchors.CodeCheck's, or `throttled` (too many codes checked this hour);
    `shown`, the tickets changed since that this member may see; `others`, how many more
    (kept from them, or no longer there); `put_back`, how many
    members' rows, policy settings and ended sessions were put back since."""

    state: str
    day: date | None = None
    shown: list[str] = field(default_factory=list)
    others: int = 0
    put_back: int = 0


# Whose checks a read-only session spends: a shell's link (or a row that does not fit)
# is not the member, so it must not use up the member's own checks. All read-only
# sessions share one count: the operator can make as many as they like.
READ_ONLY = "read-only"


def check(
    uow: UnitOfWork,
    member: Member,
    prefix: str,
    folder: str | None = None,
    read_only: bool = False,
) -> Checked:
    """Check the record against the anchor of a code (record_anchors.typed_code; its file in
    `folder`, RECORD_ANCHOR_DIR, when the database lost its list), naming only the tickets
    the member may see; audited (the outcome and a count, no ticket named). Every check,
    right code or not, is counted (each walks the whole record): the member's own, or
    those of all `read_only` sessions together."""
    who = READ_ONLY if read_only else f"member:{member.id}"
    if not throttles.allowed(uow, "record_code", who):
        return Checked("throttled")  # flooding or guessing: not checked, not audited again
    throttles.spend(uow, "record_code", who)
    found = record_anchors.check_code(uow, prefix, folder)
    stmt = select(Ticket).where(Ticket.reference.in_(sorted(found.broken)))
    stored = list(uow.session.scalars(stmt)) if found.broken else []
    check_records(uow, member, stored)
    shown = sorted(t.reference for t in stored if can_review(uow, member, t))
    others = len(found.broken) - len(shown)
    result = Checked(found.state, found.day, shown, others, len(found.put_back))
    count = len(found.broken) + len(found.put_back)
    detail = f"{found.state} {count}" if count else found.state
    audit.record(uow, member, "record_code_check", detail)
    return result
