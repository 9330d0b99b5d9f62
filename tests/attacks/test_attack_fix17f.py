"""Issue 19 (the brief's #17), what a fourth look left: audit rows put in below the journal's
start, the list's search paged past what the member may read, and `/metrics` open to all.

Each was a test that failed on the code before it (an attack that got through) and holds now.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from storage import record_journal, retention, ticket_queries
from tests.attacks.forging import app_now, sql_text, verify_result
from tests.dashboard_login import sign_in
from tests.factories import NOW, add_many, add_member, add_ticket

# --- Audit rows below the journal's start -----------------------------------------------------


def _row(services, entry_id: int, at, detail: str) -> None:
    sql_text(
        services,
        "INSERT INTO audit_log (id, at, actor, action, detail) VALUES (:id, :at, 'member:1',"
        " 'identity_viewed', :detail)",
        id=entry_id,
        at=at,
        detail=detail,
    )


def _journal_started_over_old_rows(services) -> Path:
    """Two genuine rows (ids 10 and 20) written before the journal's folder was first used;
    then the folder starts, as on a deployment that turned RECORD_ANCHOR_DIR on late."""
    now = app_now(services)
    _row(services, 10, now - timedelta(days=400), "เก่าที่สุด")
    _row(services, 20, now - timedelta(days=300), "เก่า")
    if services.engine.dialect.name == "postgresql":  # as if the application wrote them
        sql_text(services, "SELECT setval('audit_log_id_seq', 20)")
    folder = Path(services.config.record_anchor_dir)
    _never_journalled(services, folder)
    record_journal.note_audit_start(services.uow.session_factory, folder)
    assert record_journal.audit_start(folder) == 20
    return folder


def _never_journalled(services, folder: Path) -> None:
    """The folder and the database as before any journal: no start file, no journal lines
    (the start's own mark among them), no start row in the database."""
    (folder / record_journal.AUDIT_START_FILE).unlink(missing_ok=True)
    for journal in folder.glob("journal-*.log"):
        journal.unlink()
    sql_text(services, "DELETE FROM audit_start")


def _accepted(runner, services) -> None:
    """The operator accepts at the shell the start that adopted the old rows (no chair holds
    a code of it: nothing was ever anchored), the chairs told (fixA32): a chair added first,
    as no start is accepted with no chair to tell (fixA36)."""
    add_member(services, "chair")
    out = runner.invoke(args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output


def test_genuine_rows_from_before_the_journal_pass_verify(app, services, runner):
    """Fail closed first (fixA32): the start adopted the rows and nothing off the database
    witnessed it; accepted at the shell, they pass."""
    _journal_started_over_old_rows(services)
    assert "unwitnessed since" in verify_result(runner).output
    _accepted(runner, services)
    checked = verify_result(runner)
    assert checked.exit_code == 0, checked.output


def test_a_row_put_below_the_start_with_an_old_date_fails_verify(app, services, runner):
    """Got through: an id below `audit-start` and a date before any journal line was
    counted by neither bound of `audit_problems`."""
    _journal_started_over_old_rows(services)
    _row(services, 15, app_now(services) - timedelta(days=350), "member:9 chair")
    checked = verify_result(runner)
    assert "not written by the application" in checked.output, checked.output


def test_a_row_from_before_the_journal_changed_in_sql_fails_verify(app, services, runner):
    """Got through: a row below the start was in no journal line, so its change showed
    nowhere."""
    _journal_started_over_old_rows(services)
    sql_text(services, "UPDATE audit_log SET actor = 'system' WHERE id = 10")
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log" in checked.output, checked.output


def test_a_row_put_below_the_start_before_the_retention_cut_fails_verify(
    app, services, database_url, tmp_path, gateway, clock
):
    """Got through: a row dated before the latest cut was not looked at, whatever its id."""
    from bot import create_app
    from tests.conftest import make_env

    _journal_started_over_old_rows(services)
    with services.uow() as uow:  # the oldest genuine row (400 days) is past the period
        retention.prune_records(uow, retention.RetentionPolicy(audit=timedelta(days=365)))
        uow.commit()
    # The period the job applied is the configured one (a cut newer than it is not taken).
    env = make_env(database_url, tmp_path, RETENTION_AUDIT_DAYS="365")
    runner = create_app(
        {"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": clock}
    ).test_cli_runner()
    _accepted(runner, services)
    assert verify_result(runner).exit_code == 0
    _row(services, 5, app_now(services) - timedelta(days=500), "member:9 chair")
    checked = verify_result(runner)
    assert "not written by the application" in checked.output, checked.output


def test_a_folder_noted_before_starts_covered_their_rows_is_covered_at_its_next_start(
    app, services, runner
):
    """A folder whose `audit-start` holds only `N T` (noted by older code) journals the
    entries up to N at the next start, once; a row put below N after that fails verify."""
    folder = _journal_started_over_old_rows(services)
    start = folder / record_journal.AUDIT_START_FILE
    _never_journalled(services, folder)  # noted by older code: no start line, no row
    start.write_text("20 2026-01-01T00:00:00+00:00\n", encoding="utf-8")
    assert not record_journal.audit_start_covered(folder)
    record_journal.note_audit_start(services.uow.session_factory, folder)
    assert record_journal.audit_start_covered(folder)
    assert start.read_text(encoding="utf-8").split() == ["20", "2026-01-01T00:00:00+00:00", "2"]
    _accepted(runner, services)
    assert verify_result(runner).exit_code == 0
    written = sorted(_journal_lines(folder))
    assert sum(1 for line in written if line.startswith("audit-start:")) == 1
    record_journal.note_audit_start(services.uow.session_factory, folder)  # once: no more lines
    assert sorted(_journal_lines(folder)) == written
    _row(services, 15, app_now(services) - timedelta(days=350), "member:9 chair")
    assert "not written by the application" in verify_result(runner).output


def _journal_lines(folder: Path):
    for journal in folder.glob("journal-*.log"):
        yield from journal.read_text(encoding="utf-8").splitlines()


def test_a_row_put_above_the_start_before_the_retention_cut_fails_verify(app, services, runner):
    _journal_started_over_old_rows(services)
    with services.uow() as uow:
        retention.prune_records(uow, retention.RetentionPolicy(audit=timedelta(days=365)))
        uow.commit()
    _row(services, 900, app_now(services) - timedelta(days=500), "member:9 chair")
    checked = verify_result(runner)
    assert "not written by the application" in checked.output, checked.output


# --- The list's search, paged: no oracle of a masked name --------------------------------------

WITNESS = "สมชาย ใจดีงาม"


def _masked_witness_tickets(services, count: int, **fields) -> None:
    """`count` tickets whose story names the sealed witness (a reviewer reads it masked)."""
    add_many(
        services,
        count,
        witnesses=WITNESS,
        description=f"{WITNESS} เห็นนายกรับเงินค่าใบอนุญาตห้าพันบาท",
        **fields,
    )


def _listed(client, query: str, after: str = "") -> str:
    asked = {"q": query, **({"after": after} if after else {})}
    response = client.get("/committee/tickets", query_string=asked)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_witness_name_searched_past_a_page_of_masked_tickets_tells_nothing(app, services, client):
    """Got through: SQL searched the unmasked words a page (50) at a time and the page then
    dropped what the reviewer reads masked, so a search by the witness's name showed no ticket
    but a "next" link (its cursor the 50th masked ticket's time and id) only when the name was
    in more than a page of tickets."""
    reviewer = add_member(services, "reviewer")
    _masked_witness_tickets(services, ticket_queries.PAGE_SIZE + 1)
    sign_in(client, services, reviewer)
    listed = _listed(client, "ใจดีงาม")
    assert 'rel="next"' not in listed and "after=" not in listed
    assert "ค่าใบอนุญาต" in _listed(client, "ค่าใบอนุญาต")  # the story itself is searched


def test_a_page_holds_only_what_the_reviewer_finds_and_the_next_page_starts_after_it(
    app, services, client, monkeypatch
):
    """The pages of a search walk every ticket the reviewer finds by what they read, once each,
    however many masked ones lie between them."""
    monkeypatch.setattr(ticket_queries, "PAGE_SIZE", 2)
    reviewer = add_member(services, "reviewer")
    found = []
    for hour in range(5):
        _masked_witness_tickets(services, 3, submitted_at=NOW - timedelta(hours=2 * hour))
        story = f"นายสมชายผู้ใหญ่บ้านเก็บเงินค่าน้ำ {hour}"
        found.append(
            add_ticket(
                services, description=story, submitted_at=NOW - timedelta(hours=2 * hour + 1)
            )
        )
    sign_in(client, services, reviewer)
    seen, after = [], ""
    for _ in range(5):
        page = _listed(client, "สมชาย", after)
        seen += [ref for ref in found if ref in page]
        cursor = re.search(r'rel="next" href="[^"]*after=([^"&]+)', page)
        if cursor is None:
            break
        after = cursor.group(1)
    assert seen == found


# --- /metrics without METRICS_TOKEN ------------------------------------------------------------

FROM_AFAR = {"REMOTE_ADDR": "203.0.113.7"}


def test_metrics_without_a_token_answer_no_one_from_afar(app, client):
    """Got through: with no METRICS_TOKEN anyone could poll /metrics, whose webhook counts
    tell when people write to the bot."""
    assert client.get("/metrics", environ_base=FROM_AFAR).status_code == 403


def test_metrics_without_a_token_answer_no_one_through_a_proxy_on_this_host(app, client):
    """A proxy on the same host, not declared in TRUSTED_PROXIES, passes every public request
    from 127.0.0.1: one it forwarded (its X-Forwarded-For) is not a local scraper."""
    forwarded = {"X-Forwarded-For": "203.0.113.7"}
    assert client.get("/metrics", headers=forwarded).status_code == 403
    assert client.get("/metrics", headers={"Forwarded": "for=203.0.113.7"}).status_code == 403


def test_metrics_without_a_token_answer_a_scraper_on_this_host(app, client):
    assert client.get("/metrics").status_code == 200
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "::1"}).status_code == 200


def _app_with(sqlite_url, tmp_path, **env):
    from bot import create_app
    from tests.conftest import make_env

    return create_app({"ENV": make_env(sqlite_url, tmp_path, **env)})


def test_metrics_without_a_token_answer_the_listed_scraper_only(sqlite_url, tmp_path):
    app = _app_with(sqlite_url, tmp_path, METRICS_ALLOW_FROM="10.1.0.0/16, 192.0.2.9")
    try:
        client = app.test_client()
        for listed in ("10.1.2.3", "192.0.2.9", "127.0.0.1"):
            asked = client.get("/metrics", environ_base={"REMOTE_ADDR": listed})
            assert asked.status_code == 200, listed
        for unlisted in ("10.2.0.1", "192.0.2.10", "203.0.113.7"):
            asked = client.get("/metrics", environ_base={"REMOTE_ADDR": unlisted})
            assert asked.status_code == 403, unlisted
    finally:
        app.extensions["sujarit"].engine.dispose()


def test_a_forged_forwarded_for_does_not_make_a_distant_caller_local(sqlite_url, tmp_path):
    """Behind TRUSTED_PROXIES the client's address is read from X-Forwarded-For: one who
    reaches the port itself and writes "127.0.0.1" there is still not on this host."""
    app = _app_with(sqlite_url, tmp_path, TRUSTED_PROXIES="1")
    try:
        client = app.test_client()
        forged = {"X-Forwarded-For": "127.0.0.1"}
        assert client.get("/metrics", headers=forged, environ_base=FROM_AFAR).status_code == 403
    finally:
        app.extensions["sujarit"].engine.dispose()


def test_a_bad_allow_list_stops_the_start(sqlite_url, tmp_path):
    import pytest

    from bot.config import ConfigError

    with pytest.raises(ConfigError, match="METRICS_ALLOW_FROM"):
        _app_with(sqlite_url, tmp_path, METRICS_ALLOW_FROM="10.0.0.0/33")
