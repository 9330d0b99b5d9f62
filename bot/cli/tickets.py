"""`flask --app bot tickets …`: list, show, move and verify tickets, as an operator.

Operators act through the same rules as the dashboard (handlers.tickets.actions):
lifecycle, timeline, and the complainant's notice. A command acts as itself — the
operator, named as the command line in the audit — never as a member: an ending or a
forwarding typed here is a proposal a chair confirms on the dashboard (the chairs are told
in LINE).
`tickets show` prints what a member without identity access reads (the names in the
complaint's words masked, `sensitive.names_hidden_from`); the complainant's identity only with
`--identity --reason`, by the dashboard's rule (`actions.reveal_identity`: the command line is
an admin, so only where the chair's policy lets admins open identity), audited.
"""

from __future__ import annotations

from datetime import timedelta

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from bot.i18n import catalogue
from handlers import masking
from handlers.directory import members
from handlers.directory.access import NotAllowed
from handlers.thai.dates import format_datetime, format_occurred
from handlers.tickets import endings, sensitive
from handlers.tickets.actions import change_status, reveal_identity
from handlers.tickets.lifecycle import REJECTION_REASONS, TransitionError
from handlers.tickets.transitions import AGENCIES
from storage import tickets
from storage.models import Member, Ticket
from storage.ticket_status import STATUSES
from storage.uow import UnitOfWork

tickets_cli = AppGroup("tickets", help="Complaint tickets: list, show, change status.")


def _services():
    return current_app.extensions["sujarit"]


def _ticket(uow: UnitOfWork, reference: str) -> Ticket:
    ticket = tickets.by_reference(uow, reference)
    if ticket is None:
        raise click.ClickException(f"no ticket {reference}")
    return ticket


def _local(uow: UnitOfWork, when) -> str:
    return format_datetime(when, uow.settings.tz) if when else "-"


@tickets_cli.command("list")
@click.option("--status", type=click.Choice(STATUSES), default=None)
@click.option("--limit", type=int, default=50, show_default=True)
def list_(status: str | None, limit: int) -> None:
    """Newest tickets first: reference, status, kind, district, assignee."""
    with _services().uow() as uow:
        stmt = select(Ticket).order_by(Ticket.submitted_at.desc(), Ticket.id.desc()).limit(limit)
        if status:
            stmt = stmt.where(Ticket.status == status)
        found = list(uow.session.scalars(stmt))
        waiting = {p.ticket_id: p for p, _ in endings.all_pending(uow)}
        for t in found:
            who = uow.session.get(Member, t.assignee_id).name if t.assignee_id else "-"
            mark = f"  [pending: {waiting[t.id].to_status}]" if t.id in waiting else ""
            click.echo(
                f"{t.reference}  {t.status:10}  {t.kind:14}  {t.district or '-':14}  "
                f"{_local(uow, t.submitted_at)}  {who}{mark}"
            )
        click.echo(f"{len(found)} ticket(s)")


@tickets_cli.command("show")
@click.argument("reference")
@click.option("--identity", is_flag=True, help="Open the complainant's identity (audited).")
@click.option("--reason", default=None, help="Why the identity is opened (with --identity).")
def show(reference: str, identity: bool, reason: str | None) -> None:
    """One ticket and its timeline as a member without identity access reads it (the names in
    the complaint's words masked); with --identity and --reason, the identity and the words as
    typed, where the dashboard's rule lets the command line open it (audited)."""
    with _services().uow() as uow:
        t = _ticket(uow, reference)
        operator = members.operator_member(uow)
        opened = _opened(uow, operator, t, reason) if identity else None
        hidden = sensitive.names_hidden_from(uow, operator, t, opened=opened is not None)
        said = masking.typed_words(t, hidden, _MARKS)
        assignee = uow.session.get(Member, t.assignee_id).name if t.assignee_id else "-"
        rows = [
            ("reference", t.reference),
            ("status", t.status),
            ("kind", t.kind),
            ("agency", said["agency"]),
            ("official", said["official"]),
            ("place", " / ".join(p for p in (t.subdistrict, t.district) if p)),
            ("when", format_occurred(t.occurred_on, said["occurred_text"]) or "-"),
            ("what", said["description"]),
            ("witnesses", "(sealed)" if t.witnesses_enc or t.witnesses else "-"),
            (
                "reported",
                f"{said['reported_to'] or '-'} {said['reported_reference'] or ''}".strip(),
            ),
            ("complainant", _complainant(t, opened)),
            ("completeness", f"{t.completeness}%"),
            ("evidence", str(len(t.evidence))),
            ("assignee", assignee),
            ("submitted", _local(uow, t.submitted_at)),
            ("reopened", str(t.reopened_count)),
        ]
        for name, value in rows:
            click.echo(f"{name:13} {value}")
        click.echo("timeline:")
        for e in t.timeline:
            move = f"{e.from_status or ''}->{e.to_status}" if e.to_status else ""
            mark = " (internal)" if e.internal else ""
            body = masking.masked(e.body, hidden, _MARKS) if e.body else ""
            click.echo(f"  {_local(uow, e.at)}  {e.kind}{mark}  {e.actor}  {move}  {body}")


# The marks as the catalogue writes them in English ("[witness's name]").
_MARKS = {whose: catalogue.text("en", masking.MARK_KEY.format(whose)) for whose in masking.WHOSE}


def _opened(uow: UnitOfWork, operator: Member, t: Ticket, reason: str | None) -> dict[str, str]:
    """The identity opened as the command line by the dashboard's rule, audited and committed;
    refused (exit 1) without a reason or where the rule does not allow it."""
    if not (reason or "").strip():
        raise click.ClickException("--identity needs --reason (why the identity is opened)")
    try:
        opened = reveal_identity(uow, operator, t, reason or "")
    except NotAllowed as exc:
        raise click.ClickException(f"{exc}; the command line opens it as an admin") from exc
    except ValueError as exc:
        raise click.ClickException(f"--identity needs --reason: {exc}") from exc
    uow.commit()
    return opened


def _complainant(t: Ticket, opened: dict[str, str] | None) -> str:
    """Anonymous, named (identity kept back), or the identity opened."""
    if t.anonymous:
        return "anonymous"
    if opened is None:
        return "named (identity: chair/admin only, `--identity --reason`)"
    said = f"{opened['name']} {opened['phone']}".strip()
    if opened["behalf"]:
        said += f" (for {opened['behalf']}: {opened['affected_name'] or '-'})"
    return said


OUTCOMES = {
    "done": "{ref}: {old} -> {status} by the command line; complainant notified",
    "proposed": "{ref}: {status} proposed by the command line; pending until a chair "
    "confirms it on the dashboard; still {old}",
    "requested": "{ref}: withdrawal request recorded by the command line; pending until the "
    "complainant confirms in LINE; still {old}",
}
CHAIRS_DECIDE = (
    "{ref}: the command line never confirms or declines (four eyes): a chair does it on the "
    "dashboard ({url})"
)


@tickets_cli.command("set-status")
@click.argument("reference")
@click.argument("status", type=click.Choice(STATUSES))
@click.option("--note", default=None, help="The reason, told to the complainant.")
@click.option("--reason-code", type=click.Choice(REJECTION_REASONS), default=None)
@click.option("--agency", type=click.Choice(AGENCIES), default=None, help="For 'forwarded'.")
@click.option("--agency-ref", default=None, help="The agency's own reference, if any.")
def set_status(
    reference: str,
    status: str,
    note: str | None,
    reason_code: str | None,
    agency: str | None,
    agency_ref: str | None,
) -> None:
    """Move ticket REFERENCE to STATUS as the command line, by the dashboard's rules:
    rejected, resolved and forwarded are proposals a chair confirms on the dashboard;
    withdrawn is a request the complainant confirms."""
    with _services().uow() as uow:
        t = _ticket(uow, reference)
        actor = members.operator_member(uow)
        old = t.status
        try:
            outcome = change_status(uow, actor, t, status, note, agency, agency_ref, reason_code)
        except (TransitionError, NotAllowed, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        uow.commit()
        click.echo(OUTCOMES[outcome].format(ref=t.reference, old=old, status=status))


@tickets_cli.command("pending")
def pending() -> None:
    """Endings waiting for a chair's confirmation, oldest first."""
    with _services().uow() as uow:
        found = endings.all_pending(uow)
        for proposal, ticket in found:
            who = uow.session.get(Member, proposal.proposed_by_id)
            click.echo(
                f"{ticket.reference}  {ticket.status:10} -> {proposal.to_status:9}  "
                f"by {who.name if who else '?'}  {_local(uow, proposal.proposed_at)}  "
                f"{proposal.reason or ''}"
            )
        click.echo(f"{len(found)} pending")


@tickets_cli.command("confirm")
@click.argument("reference")
def confirm(reference: str) -> None:
    """Refused: a chair confirms a proposal on the dashboard, never a shell."""
    _chairs_decide(reference)


@tickets_cli.command("decline")
@click.argument("reference")
def decline(reference: str) -> None:
    """Refused: a chair declines a proposal on the dashboard, never a shell."""
    _chairs_decide(reference)


def _chairs_decide(reference: str) -> None:
    with _services().uow() as uow:
        found = _ticket(uow, reference).reference
    url = f"{_services().config.public_base_url}/committee/tickets/{found}"
    raise click.ClickException(CHAIRS_DECIDE.format(ref=found, url=url))


RESEAL_REFUSED = (
    "Refused: tickets sealed before RECORD_SEAL_KEY were sealed with it, once, by "
    "`flask --app bot db upgrade` (migration 0019). A seal made without the key now could be "
    "anyone's: `tickets verify` keeps reporting such a ticket."
)


@tickets_cli.command("reseal-legacy")
def reseal_legacy() -> None:
    """Refused: `db upgrade` seals the tickets sealed before the key, once; a keyless seal
    found later could be anyone's and is never taken."""
    click.echo(RESEAL_REFUSED)
    click.get_current_context().exit(1)


def _echo_broken(broken: dict[str, list[str]]) -> None:
    for ref, found in sorted(broken.items()):
        for problem in found:
            click.echo(f"BROKEN {ref}: {problem}")


def _only_unwitnessed(broken: dict[str, list[str]]) -> bool:
    """Whether the audit log's start unwitnessed is all that is broken (besides what never
    stops an anchor: a release's figures, the kept counts)."""
    from storage import start_witness
    from storage.record_checks import CheckResult

    start = broken.get(start_witness.NAME, [])
    rest = {k: v for k, v in broken.items() if k != start_witness.NAME}
    return (
        bool(start)
        and all(line.startswith(start_witness.UNWITNESSED) for line in start)
        and not CheckResult(broken=rest).record_broken()
    )


def _held_by_code(uow, prefix: str, folder: str | None):
    """Hold the record against a chair's code, saying how it held (`tickets verify
    --code`); the CodeHeld (its `problems` empty: the code's anchor holds)."""
    from storage import record_anchors
    from storage.record_checks import held_by_code

    held = held_by_code(uow, prefix, folder)
    day = held.check.day.isoformat() if held.check.day else "?"
    state = "intact" if not held.problems else held.check.state
    click.echo(f"code {record_anchors.code_of(prefix)} (anchor of {day}): {state}")
    return held


NOT_TOLD = (
    "Refused: the chairs' notice did not leave now ({sent} of {told} sent; deleted or held"
    " back in the outbox, or LINE refused it): the audit log's start is not accepted. Run"
    " the command again."
)


NO_CHAIR = (
    "Refused: no chair whose role another chair's word stands behind can be told in LINE (no"
    " chair, none with a LINE account, or only chairs the shell made that nobody vouched for):"
    " the audit log's start is not accepted, since that chair's notice is what guards it. A"
    " chair added here (`members add`) does not count: have a chair whose role counts give the"
    " new chair a join code on the dashboard (/committee/audit), or vouch there for the role"
    " the shell gave, then run the command again."
)


def _refused(uow, anchor_codes, told) -> str:
    """A start's notice that did not leave: withdrawn, the chairs told it was refused; the
    words the command says."""
    sent = uow.delivery.get("sent", 0)
    anchor_codes.refused(uow, told, f"sent {sent} of {told.count}")
    uow.commit()
    return NOT_TOLD.format(sent=sent, told=told.count)


def _vouched_once_told(uow, anchor_codes, held, folder: str | None) -> str | None:
    """`--code`: tell the chairs the code vouched for the start, and journal it as
    witnessed only once the notice left in this step; what was refused (None: vouched)."""
    from storage import start_witness

    if not anchor_codes.reachable_chairs(uow):
        return NO_CHAIR
    told = anchor_codes.vouched_by_code(uow, held.check.anchor)
    uow.commit()
    if not anchor_codes.heard(uow, told):
        return _refused(uow, anchor_codes, told)
    start_witness.vouch(uow, folder)
    click.echo(
        "the audit log's start is witnessed by this code: noted in the journal; the chairs are told"
    )
    return None


@tickets_cli.command("anchor")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--accept-start",
    "accept_start",
    is_flag=True,
    help="Anchor while the only break is the audit log's start unwitnessed (no chair holds a"
    " code of it); the chairs are told it was accepted at the shell.",
)
def anchor(out: str, accept_start: bool) -> None:
    """Publish an anchor of every ticket's chain head now and write it to FILE (keep it
    elsewhere; `tickets verify --anchor FILE` checks the record against it later) and to
    RECORD_ANCHOR_DIR (where `tickets verify` expects every published anchor); its code goes
    to the chairs in LINE. Refused
    while the record is broken: anchoring it would make a rollback look like the truth."""
    from handlers.tickets import anchor_codes
    from storage import record_anchors, start_witness
    from storage.record_checks import check_and_record

    with _services().uow() as uow:
        config = _services().config
        retention = timedelta(days=config.retention_audit_days)
        result = check_and_record(uow, None, "cli", config.record_anchor_dir, retention)
        accepted = accept_start and _only_unwitnessed(result.broken)
        if accepted and not anchor_codes.reachable_chairs(uow):
            uow.commit()  # the check is kept, as every check
            click.echo(NO_CHAIR)
            click.get_current_context().exit(1)
        told = None
        if accepted:
            made, told = anchor_codes.accept_start(uow)
        else:
            made = None if result.record_broken() else anchor_codes.publish(uow)
        uow.commit()
        if accepted and not anchor_codes.heard(uow, told):
            # The anchor is published (kept in the folder, as each one); the start stays
            # unwitnessed.
            record_anchors.keep_in(made, config.record_anchor_dir)
            click.echo(_refused(uow, anchor_codes, told))
            click.get_current_context().exit(1)
        if accepted:
            start_witness.vouch(uow, config.record_anchor_dir)
            click.echo("the audit log's start accepted at the shell: the chairs are told")
    if made is None:
        _echo_broken(result.broken)
        click.echo(
            "Refused: the record is broken, and an anchor made now would vouch for it. "
            "Find out what changed (`tickets verify`) before anchoring again."
        )
        click.get_current_context().exit(1)
    record_anchors.keep_in(made, _services().config.record_anchor_dir)
    record_anchors.write(made, out)
    click.echo(f"anchor {made['day']}: {len(made['tickets'])} ticket(s), digest {made['digest']}")


@tickets_cli.command("verify")
@click.argument("reference", required=False)
@click.option(
    "--anchor",
    "anchor_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="An anchor file kept elsewhere: anchored heads must still be in their chains.",
)
@click.option(
    "--code",
    "code",
    default=None,
    help="The latest anchor code a chair received in LINE (XXXX-XXXX-XXXX-XXXX): the record"
    " must still hold what it anchored; it also witnesses the audit log's start.",
)
def verify(reference: str | None, anchor_file: str | None, code: str | None) -> None:
    """Check the hash chain of ticket REFERENCE, or of every ticket; exit 1 on a break."""
    from handlers.tickets import anchor_codes
    from storage import record_anchors
    from storage.record_checks import check_and_record

    prefix = record_anchors.typed_code(code) if code is not None else None
    if code is not None and prefix is None:
        raise click.BadParameter("not an anchor code (16 hex digits)", param_hint="--code")
    with _services().uow() as uow:
        if reference is not None:
            reference = _ticket(uow, reference).reference
        config = _services().config
        held = _held_by_code(uow, prefix, config.record_anchor_dir) if prefix else None
        refused = None
        if held is not None and held.vouches:  # before the check: the chairs told first
            refused = _vouched_once_told(uow, anchor_codes, held, config.record_anchor_dir)
        retention = timedelta(days=config.retention_audit_days)
        result = check_and_record(uow, reference, "cli", config.record_anchor_dir, retention)
        uow.commit()
        if anchor_file is not None:
            for ref, found in record_anchors.check(uow, record_anchors.read(anchor_file)).items():
                result.broken.setdefault(ref or "anchor", []).extend(found)
    if held is not None and (held.problems or refused):
        found = result.broken.setdefault(f"code {record_anchors.code_of(prefix)}", [])
        found.extend(held.problems or [refused])
    _echo_broken(result.broken)
    click.echo(
        f"{result.checked} ticket(s) checked, {len(result.broken)} broken; "
        f"store digest {result.store_digest}"
    )
    if result.broken:
        click.get_current_context().exit(1)
