"""Round 33 attacks (issue #17 "insiders") on this session's protections, written from their
code alone: the audit log's start failing closed when nothing off the database witnessed it
(`storage.start_witness`, `tickets verify --code`, `tickets anchor --accept-start`) and the
ticket's province outside this one (`tickets.outside_province`, migration 0051's reseal). A
passing test: the protection held; `xfail(strict=True)`: it got through (the reason says how)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from storage import anchor_witness, record_anchors, ticket_chain
from storage.journal_lines import ANCHORED_START_PREFIX
from storage.transparency_models import RecordAnchor
from tests.attacks.forging import anchor_folder, audited, started, verify
from tests.factories import add_member, add_ticket


def through(reason: str):
    """An attack that got through: the test asserts the protection, and fails."""
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


def _forged_start(runner, services, database_url, tmp_path, gateway, clock, anchored: bool = True):
    """The attack fixA32 closes: entries written, (an anchor), a forged entry in SQL, the start
    row deleted, the application started beside a new empty folder (its start adopts the
    forged entry). Returns the application on the new folder."""
    audited(services, 3)
    if anchored:
        out = runner.invoke(args=["tickets", "anchor", "--out", "/dev/null"])
        assert out.exit_code == 0, out.output
    with services.uow() as uow:
        at = uow.now()
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail) "
                "VALUES (:at, 'member:2', 'grant_confirmed', 'member:3')"
            ),
            {"at": at},
        )
        conn.execute(text("DELETE FROM audit_start"))
    other = started(
        database_url,
        tmp_path / "new",
        gateway,
        clock,
        RECORD_ANCHOR_DIR=str(tmp_path / "elsewhere"),
    )
    code, said = verify(other)
    assert code == 1 and "unwitnessed" in said, said  # fixA32 holds so far
    return other


def _svc(app):
    return app.extensions["sujarit"]


# -- 1. the audit log's start ------------------------------------------------------------


def test_a_forged_latest_anchor_without_the_start_vouches(
    runner, services, database_url, tmp_path, gateway, clock
):
    add_ticket(services)
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    theirs = _svc(other)
    with services.engine.begin() as conn:  # the anchors a chair's code was of, gone
        conn.execute(text("DELETE FROM record_anchors"))
    with theirs.uow() as uow:
        heads = record_anchors.current_heads(uow)
        witness = [r for r in anchor_witness.rows(uow) if r[:1] != ["audit-start"]]
        witness = json.loads(json.dumps(witness, ensure_ascii=False, default=str))
        digest = record_anchors._digest(heads, witness)
        day = uow.now().astimezone(uow.settings.tz).date()
        anchor = RecordAnchor(day=day, digest=digest, made_at=uow.now())
        anchor.heads = json.dumps(heads, ensure_ascii=False, separators=(",", ":"))
        anchor.witness = json.dumps(witness, ensure_ascii=False, separators=(",", ":"))
        uow.session.add(anchor)
        uow.commit()
    document = {
        "format": record_anchors.WITNESSED,
        "day": day.isoformat(),
        "digest": digest,
        "tickets": heads,
        "witness": witness,
    }
    record_anchors.keep_in(document, tmp_path / "elsewhere")
    code = f"{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}".upper()
    other.test_cli_runner().invoke(args=["tickets", "verify", "--code", code])
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_a_forged_anchor_holding_the_forged_start_vouches(
    runner, services, database_url, tmp_path, gateway, clock
):
    add_ticket(services)
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM record_anchors"))
    with _svc(other).uow() as uow:
        heads = record_anchors.current_heads(uow)
        witness = json.loads(json.dumps(anchor_witness.rows(uow), ensure_ascii=False, default=str))
        digest = record_anchors._digest(heads, witness)
        day = uow.now().astimezone(uow.settings.tz).date()
        anchor = RecordAnchor(day=day, digest=digest, made_at=uow.now())
        anchor.heads = json.dumps(heads, ensure_ascii=False, separators=(",", ":"))
        anchor.witness = json.dumps(witness, ensure_ascii=False, separators=(",", ":"))
        uow.session.add(anchor)
        uow.commit()
    document = {
        "format": record_anchors.WITNESSED,
        "day": day.isoformat(),
        "digest": digest,
        "tickets": heads,
        "witness": witness,
    }
    record_anchors.keep_in(document, tmp_path / "elsewhere")
    code = f"{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}"
    other.test_cli_runner().invoke(args=["tickets", "verify", "--code", code])
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_the_whole_audit_log_erased_reads_as_a_new_installation(
    runner, services, database_url, tmp_path, gateway, clock
):
    add_ticket(services)
    add_member(services, "chair")
    audited(services, 3)
    out = runner.invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
        conn.execute(text("DELETE FROM audit_start"))
        conn.execute(text("DELETE FROM record_anchors"))
    other = started(
        database_url, tmp_path / "new", gateway, clock, RECORD_ANCHOR_DIR=str(tmp_path / "wiped")
    )
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_an_old_keyed_line_copied_into_the_new_folder(
    runner, services, database_url, tmp_path, gateway, clock
):
    """A writer of the folder copies every `anchored-start:` line of the old journal (a start
    witnessed before) into the new folder: the line is keyed over the old start's text."""
    add_ticket(services)
    old = anchor_folder(services)
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    lines = [
        line
        for path in sorted(old.glob("journal-*.log"))
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.startswith(ANCHORED_START_PREFIX)
    ]
    new = tmp_path / "elsewhere"
    target = sorted(new.glob("journal-*.log"))[-1]
    with target.open("a", encoding="utf-8") as out:
        out.writelines(lines)
    exit_code, said = verify(other)
    assert exit_code == 1 and "unwitnessed" in said, said


def test_the_start_row_set_to_adopt_nothing(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The new start row rewritten in SQL to `0 T 0` (a new installation's): its seal is
    keyed over the text it had."""
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE audit_start SET highest = 0, covered = 0"))
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_an_old_chairs_code_does_not_vouch_for_the_new_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The code of the anchor made before the start was noted anew (a chair's real one)."""
    audited(services, 2)
    out = runner.invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    with services.uow() as uow:
        digest = record_anchors.published(uow, 1)[0].digest
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock, anchored=False)
    code = f"{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}"
    other.test_cli_runner().invoke(args=["tickets", "verify", "--code", code])
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_accept_start_refused_with_a_forged_entry_after_the_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """`--accept-start` with another break besides the start (an entry added after it)."""
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail) "
                "VALUES ('2020-01-02 03:04:05', 'member:2', 'vouch', 'x')"
            )
        )
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "x.json")]
    )
    assert out.exit_code != 0 or "accepted" not in out.output, out.output
    assert verify(other)[0] == 1


def test_accept_start_tells_the_chairs(runner, services, database_url, tmp_path, gateway, clock):
    """`--accept-start` is not quiet: it is audited and the chair's LINE gets a message."""
    add_member(services, "chair")
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock, anchored=False)
    before = len(gateway.sent)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "x.json")]
    )
    assert out.exit_code == 0, out.output
    with _svc(other).uow() as uow:
        accepted = uow.session.execute(
            text("SELECT count(*) FROM audit_log WHERE action = 'audit_start_accepted'")
        ).scalar()
        waiting = uow.session.execute(
            text("SELECT count(*) FROM outbox WHERE purpose = 'committee:anchor'")
        ).scalar()
    assert accepted == 1
    assert len(gateway.sent) > before or waiting >= 1


def test_a_flood_of_wrong_codes_vouches_for_nothing(
    runner, services, database_url, tmp_path, gateway, clock
):
    """Codes tried one after another (wrong ones, a malformed one, the blank one of SHA-256
    of nothing) leave the forged start unwitnessed."""
    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    cli = other.test_cli_runner()
    for code in ("0000-0000-0000-0000", "E3B0-C442-98FC-1C14", "ffff", "e3b0c44298fc1c14", "%"):
        cli.invoke(args=["tickets", "verify", "--code", code])
    exit_code, said = verify(other)
    assert exit_code == 1 and "unwitnessed" in said, said


# -- honest operators are not stuck ------------------------------------------------------


def test_a_new_installation_verifies_and_anchors(app, services):
    """A new installation (empty audit log at its first start): entries, then verify and the
    anchor pass, with no code asked for."""
    add_ticket(services)
    audited(services, 3)
    assert verify(app)[0] == 0
    out = app.test_cli_runner().invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    audited(services, 1)
    exit_code, said = verify(app)
    assert exit_code == 0 and "unwitnessed" not in said, said


def test_the_journal_folder_moved_whole_stays_witnessed(
    services, app, database_url, tmp_path, gateway, clock
):
    """An operator moves RECORD_ANCHOR_DIR to a new disk (copied whole): still witnessed."""
    import shutil

    add_ticket(services)
    audited(services, 2)
    out = app.test_cli_runner().invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    moved = tmp_path / "moved"
    shutil.copytree(anchor_folder(services), moved)
    other = started(database_url, tmp_path / "n", gateway, clock, RECORD_ANCHOR_DIR=str(moved))
    exit_code, said = verify(other)
    assert exit_code == 0, said


def test_the_journal_turned_on_over_stored_entries_goes_on_after_acceptance(
    services, database_url, tmp_path, gateway, clock
):
    """An honest start over stored entries (the folder lost before any anchor): accepted at
    the shell once, then verify passes and the next anchor is made."""
    add_member(services, "chair")
    add_ticket(services)
    audited(services, 2)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    other = started(
        database_url, tmp_path / "n", gateway, clock, RECORD_ANCHOR_DIR=str(tmp_path / "fresh")
    )
    assert verify(other)[0] == 1
    cli = other.test_cli_runner()
    out = cli.invoke(args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    exit_code, said = verify(other)
    assert exit_code == 0, said
    audited(_svc(other), 1)
    out = cli.invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output


def test_the_daily_and_hourly_jobs_make_no_anchor_over_the_forged_start(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The scheduled jobs run over the forged start: no anchor is made for it."""
    import threading

    from bot.jobs import records

    other = _forged_start(runner, services, database_url, tmp_path, gateway, clock)
    theirs = _svc(other)
    assert records.verify_records(theirs, threading.Event())["anchor"] is None
    assert records.witness_anchor(theirs, threading.Event())["anchor"] is None
    assert verify(other)[0] == 1


def test_an_upgraded_deployment_goes_on_with_its_chairs_latest_code(
    services, database_url, tmp_path, gateway, clock
):
    """An honest deployment whose start adopted stored entries and whose anchors were made
    before `anchored-start:` lines existed (the lines taken out to stand for it): verify fails
    closed, and the latest code a chair holds puts it right."""
    add_member(services, "chair")
    add_ticket(services)
    audited(services, 2)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    folder = tmp_path / "upgraded"
    other = started(database_url, tmp_path / "n", gateway, clock, RECORD_ANCHOR_DIR=str(folder))
    cli = other.test_cli_runner()
    out = cli.invoke(args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    for path in folder.glob("journal-*.log"):
        kept = [
            line
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith(ANCHORED_START_PREFIX)
        ]
        path.write_text("".join(kept), encoding="utf-8")
    assert verify(other)[0] == 1
    with _svc(other).uow() as uow:
        digest = record_anchors.published(uow, 1)[0].digest
    code = f"{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}"
    out = cli.invoke(args=["tickets", "verify", "--code", code])
    exit_code, said = verify(other)
    assert exit_code == 0, out.output + said


# -- 2. tickets outside Buriram -------------------------------------------------------------


def test_a_buriram_ticket_marked_outside_in_sql(services, app):
    """A writer sets `outside_province` on a Buriram ticket so the committee passes it by: the
    column is sealed."""
    reference = add_ticket(services)
    with services.engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET outside_province = 'สุรินทร์' WHERE reference = :r"),
            {"r": reference},
        )
    assert verify(app)[0] == 1


def test_an_outside_ticket_made_ours_in_sql(services, app):
    """The reverse: the mark cleared on a ticket filed outside."""
    reference = add_ticket(services, outside_province="สุรินทร์")
    with services.engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET outside_province = NULL WHERE reference = :r"),
            {"r": reference},
        )
    assert verify(app)[0] == 1


def test_the_migrations_reseal_launders_no_tampered_row(services, app):
    """A writer changes a ticket's status and appends the old outside mark to its place, then
    the operator runs 0051's reseal (`reseal_around`): the record was broken before, so it
    stays broken."""
    reference = add_ticket(services)
    marked = "place_text LIKE '%(นอกจังหวัด%: จ.%)%'"
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE tickets SET status = 'closed', place_text = coalesce(place_text, '')"
                " || ' (นอกจังหวัดบุรีรัมย์: จ.สุรินทร์)' WHERE reference = :r"
            ),
            {"r": reference},
        )
    with services.uow() as uow:
        vault = uow.vault
    with services.engine.begin() as conn:
        from storage.types import attach_vault

        attach_vault(conn, vault)

        def fill():
            conn.execute(text(f"UPDATE tickets SET outside_province = 'สุรินทร์' WHERE {marked}"))

        ticket_chain.reseal_around(conn, vault, text(marked), fill)
    assert verify(app)[0] == 1


def _ctx(geo, **data):
    return SimpleNamespace(data=data, geography=geo)


def test_a_police_station_named_after_one_of_our_tambons():
    from handlers.complaint import place_steps
    from handlers.thai.places import for_province

    geo = for_province("31")
    ctx = _ctx(geo, agency="สภ.ปราสาท", subdistrict="ปราสาท")
    assert place_steps._agency_outside(ctx) is None


def test_a_villager_at_our_prasat_is_told_it_is_surin(chat):
    from tests.factories import quick_data, texts

    said = chat.say("ตำรวจ สภ.ปราสาท เรียกเงินค่าใบขับขี่ 2000 บาท ที่ตำบลปราสาทค่ะ")
    for _ in range(3):  # the offer to file, the consent, then the place question
        buttons = quick_data(said)
        if not buttons or "สุรินทร์" in texts(said):
            break
        said = chat.tap(next(iter(buttons.values())))
    assert "สุรินทร์" not in texts(said), texts(said)


def test_recusal_still_hides_a_ticket_marked_outside(services, app):
    """A member who declared the district of a ticket (อ.นางรอง) with the outside mark set on it:
    the badge changes no recusal (the district is still read)."""
    from handlers.directory import access

    reference = add_ticket(services, district="นางรอง", outside_province="สุรินทร์")
    member_id = add_member(services, "reviewer", conflicts=[("district", "นางรอง")])
    with services.uow() as uow:
        from storage import tickets as ticket_store
        from storage.models import Member

        member = uow.session.get(Member, member_id)
        ticket = ticket_store.by_reference(uow, reference)
        assert not access.can_review(uow, member, ticket)
