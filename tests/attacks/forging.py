"""What the attack tests on the audit record share: writing audit entries as the application
does, forging them as a database writer would (SQL straight on the table, nothing journalled),
running `tickets verify`, and starting the application again on the same database.

One home for these helpers, so every attack round forges and verifies the same way
(tests/attacks/test_attack_fix17f.py, test_attack_round20.py to round24, round27, audit27,
test_redteam_round3.py to round5, round8, round9, test_journal_ticket_names.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, text

from bot import create_app
from storage import audit
from storage.models import AuditEntry
from tests.conftest import make_env

#: When a forged entry says it was written: long before any test's own entries.
OLD = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)

VERIFY = ["tickets", "verify"]


def verify_result(runner):
    """`tickets verify` run with a Flask CLI runner; click's result."""
    return runner.invoke(args=VERIFY)


def verify_fails(runner) -> bool:
    """Whether `tickets verify` run with a Flask CLI runner reports a break (exit 1)."""
    return verify_result(runner).exit_code == 1


def verify_run(runner) -> tuple[int, str]:
    """`tickets verify` run with a Flask CLI runner: its exit code and what it printed."""
    result = verify_result(runner)
    return result.exit_code, result.output


def verify(app) -> tuple[int, str]:
    """`tickets verify` run on `app`: its exit code and what it printed."""
    return verify_run(app.test_cli_runner())


def app_now(services) -> datetime:
    """The application's clock, read as a unit of work reads it."""
    with services.uow() as uow:
        return uow.now()


def audited(
    services,
    n: int = 3,
    *,
    actor: str = "system",
    action: str = "view_identity",
    detail: str | None = None,
) -> list[int]:
    """`n` audit entries the application writes (journalled); their ids. Each entry's detail is
    `detail`, or "seen <i>" without it."""
    with services.uow() as uow:
        entries = [
            audit.record(uow, actor, action, f"seen {i}" if detail is None else detail)
            for i in range(n)
        ]
        uow.session.flush()
        ids = [entry.id for entry in entries]
        uow.commit()
    return ids


def sql(services, stmt, params: dict | Sequence[dict] | None = None) -> None:
    """A statement run straight on the database (no session: nothing journalled), with its
    `params`; a list of them runs it once for each, in one transaction."""
    with services.engine.begin() as conn:
        if params is None:
            conn.execute(stmt)
        else:
            conn.execute(stmt, params)


def sql_text(services, statement: str, **params) -> None:
    """SQL written out (`:name` for each of `params`) run straight on the database: nothing
    journalled."""
    sql(services, text(statement), params)


def sql_rows(services, statement: str, **params) -> list:
    """SQL written out run straight on the database (nothing journalled); the rows it returns
    (none for a statement that returns none)."""
    with services.engine.begin() as conn:
        result = conn.execute(text(statement), params)
        return list(result) if result.returns_rows else []


def forge(
    services,
    entry_id: int | None = None,
    at: datetime = OLD,
    *,
    actor: str = "member:1",
    action: str = "vouch",
    details: Sequence[str] = ("forged",),
) -> None:
    """Audit entries put in by SQL as a database writer would, one for each of `details`, dated
    `at` (with the id `entry_id` when one is given)."""
    rows = []
    for detail in details:
        values = {"at": at, "actor": actor, "action": action, "detail": detail}
        if entry_id is not None:
            values["id"] = entry_id
        rows.append(values)
    sql(services, insert(AuditEntry.__table__), rows)


def anchor_folder(services) -> Path:
    """The journal folder (RECORD_ANCHOR_DIR) the application keeps the audit start in."""
    return Path(services.config.record_anchor_dir)


def started(database_url, tmp_path, gateway, clock, **extra):
    """The application started (again) on `database_url`, its folders under `tmp_path`; `extra`
    sets more of its environment (RECORD_ANCHOR_DIR to start it beside another folder)."""
    env = make_env(database_url, tmp_path, **extra)
    return create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": clock})
