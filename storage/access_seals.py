"""Keyed seals of what decides access on its own: the chair's policy settings and dashboard
sessions.

Each is an HMAC under RECORD_SEAL_KEY, a key the database does not hold (as the other row
seals, storage/row_seals.py). A policy row written, or copied back from before the chair
changed it, in the database alone reads as the safe default (`policy_value`, logged naming
the setting); a session ended, stretched or moved to another member in the database alone
is no session (`session_fits`). The application seals both on every flush that writes them
(`seal_on_flush`); `keys rotate` seals again with the newest key (`reseal`).
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from storage import journal_lines
from storage.crypto import Vault
from storage.insider_models import DashboardSession, PolicySetting
from storage.row_seals import row_payload
from storage.ticket_chain.digests import plain
from storage.types import session_vault
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

POLICY_FIELDS = ("key", "value", "set_by", "set_at")
SESSION_FIELDS = (
    "token_hash",
    "member_id",
    "created_at",
    "expires_at",
    "ended_at",
    "ended_reason",
    "from_shell",
)


def policy_seal(vault: Vault, setting) -> str:
    """The seal of a policy setting as it stands, under the newest key."""
    return vault.seals(row_payload("policy_setting", setting, POLICY_FIELDS))[0]


def policy_holds(vault: Vault, setting, journal: journal_lines.JournalLines | None = None) -> bool:
    """Whether a stored setting is the one the application last wrote: it fits its seal,
    and (with the record `journal`) is not an older one the chair has since changed."""
    superseded = journal_lines.policy_superseded
    if journal is not None and superseded(vault, setting.key, setting.seal, journal):
        return False
    return vault.seal_fits(setting.seal, row_payload("policy_setting", setting, POLICY_FIELDS))


def policy_value(uow: UnitOfWork, key: str, default: str) -> str:
    """A policy setting's value as the chair set it; `default` when there is none, or when
    the stored row does not hold (written or put back outside the application: logged)."""
    setting = uow.session.get(PolicySetting, key)
    if setting is None:
        return default
    if not policy_holds(uow.vault, setting, journal_lines.of_session(uow.session)):
        log.warning("policy setting %s changed outside the application: read as %s", key, default)
        return default
    return setting.value


def session_seal(vault: Vault, row) -> str:
    """The seal of a dashboard session's row as it stands, under the newest key."""
    return vault.seals(row_payload("dashboard_session", row, SESSION_FIELDS))[0]


def session_fits(vault: Vault, row, journal: journal_lines.JournalLines | None = None) -> bool:
    """Whether a session's row is as the application wrote it (any configured key), and
    (with the record `journal`) not one the application ended and a writer put back."""
    if journal is not None and row.token_hash in journal.ended:
        return False
    return vault.seal_fits(row.seal, row_payload("dashboard_session", row, SESSION_FIELDS))


def seal_on_flush(session: Session, _context, _instances) -> None:
    """Seal every policy setting this flush writes (journalled when it commits), and every
    session it starts or ends. Ending seals whatever the row was: an ended session lets no
    one in, so sealing one a writer forged only keeps it ended."""
    vault = None
    for obj in (*session.new, *session.dirty):
        if obj in session.deleted:
            continue
        if isinstance(obj, PolicySetting):
            vault = vault or session_vault(session)
            obj.seal = policy_seal(vault, obj)
            at = plain("set_at", obj.set_at)
            journal_lines.note(session, journal_lines.policy_line(vault, obj.key, obj.seal, at))
        elif isinstance(obj, DashboardSession) and (obj in session.new or obj.ended_at):
            vault = vault or session_vault(session)
            obj.seal = session_seal(vault, obj)
            if obj.ended_at and inspect(obj).attrs.ended_at.history.added:
                journal_lines.note(session, f"{journal_lines.ENDED_PREFIX}{obj.token_hash}")


def policy_problems(uow: UnitOfWork) -> dict[str, list[str]]:
    """Each policy setting changed outside the application, and each whose journal lines
    were edited (a line moved after a later one, or one whose mark does not fit: a time
    changed, a line forged), for `tickets verify`; the journal read afresh, as it stands."""
    folder = uow.session.info.get(journal_lines.FOLDER)
    journal = journal_lines.fresh(folder) if folder else journal_lines.JournalLines()
    found: dict[str, list[str]] = {}
    for setting in uow.session.scalars(select(PolicySetting).order_by(PolicySetting.key)):
        if not policy_holds(uow.vault, setting, journal):
            found.setdefault(f"policy {setting.key}", []).append(
                f"policy setting {setting.key} was written or put back outside the application:"
                " it reads as the default until the chair sets it again on /committee/audit"
            )
    for key in sorted(journal.policy_writes):
        order = journal_lines.policy_order(uow.vault, key, journal)
        found.setdefault(f"policy {key}", []).extend(
            [
                f"record journal: a line of policy {key} does not fit its mark: {b}"
                for b in order.broken
            ]
            + [
                f"record journal: a line of policy {key} was moved after a later one"
                for _ in order.moved
            ]
        )
    return {name: lines for name, lines in found.items() if lines}


def reseal(uow: UnitOfWork) -> int:
    """Seal with the newest key every policy setting and live session that holds (`keys
    rotate`); one that does not is left as it is. Returns how many were sealed again."""
    vault, journal, done = uow.vault, journal_lines.of_session(uow.session), 0
    for setting in uow.session.scalars(select(PolicySetting)):
        if setting.seal != policy_seal(vault, setting) and policy_holds(vault, setting, journal):
            setting.seal, done = policy_seal(vault, setting), done + 1
    live = select(DashboardSession).where(DashboardSession.ended_at.is_(None))
    for row in uow.session.scalars(live):
        if row.seal != session_seal(vault, row) and session_fits(vault, row):
            row.seal, done = session_seal(vault, row), done + 1
    return done


def seal_stored(conn, vault: Vault) -> int:
    """Seal every policy setting and session as stored (migration 0046: what the database
    holds at the upgrade is taken as the application's). Returns how many."""
    from storage import bulk_rewrite

    done = 0
    for table, make in (
        (PolicySetting.__table__, policy_seal),
        (DashboardSession.__table__, session_seal),
    ):
        key = table.primary_key.columns.values()[0].name
        rows = conn.execute(select(table)).all()
        sealed = [{key: getattr(row, key), "seal": make(vault, row)} for row in rows]
        bulk_rewrite.update_many(conn, table, sealed, key=key)
        done += len(sealed)
    return done


def time_old_policy_lines(factory, folder) -> int:
    """At each start: each policy setting whose journal lines are all of the form written
    before fixA38b (`policy:K S`, no time), and whose row holds, gets its line with a time
    and a mark now (`policy:K S T M`, T its `set_at`), so from then on its latest is decided
    by the times, not by where lines stand (a line of the old form moved after this one is
    older). Returns how many lines were written."""
    from storage import record_journal  # imported here: record_journal is the bigger module

    try:
        with factory() as session:
            if not inspect(session.get_bind()).has_table(PolicySetting.__tablename__):
                return 0
            vault, journal = session_vault(session), journal_lines.read(folder)
            lines = [
                journal_lines.policy_line(vault, s.key, s.seal, plain("set_at", s.set_at))
                for s in session.scalars(select(PolicySetting))
                if s.key in journal.policies
                and not journal.policy_writes.get(s.key)
                and policy_holds(vault, s, journal)
            ]
    except Exception as exc:  # noqa: BLE001 - no database yet: done at the next start
        log.warning("record journal: policy lines not timed: %s", exc)
        return 0
    if lines:
        try:
            record_journal.append_now(folder, lines)
        except record_journal.JournalUnavailable as exc:
            log.error("record journal: policy lines not timed: %s", exc)
            return 0
    return len(lines)
