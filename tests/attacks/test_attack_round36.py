"""Round 36 attacks (issue #17 "insiders, database holders and floods") on fixA36's
protections, written from their code and docs alone: names masked as other scripts hear them
(`masking`, `by_sound`), a refused `--accept-start` and the rule "no chair reachable, no
start" (`anchor_codes.reachable_chairs`), and a policy seal seen once never the latest again
(`journal_lines.Marks.add_new`). A passing test: the protection held; `xfail(strict=True)`:
it got through (the reason says how)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text, update

from handlers import masking
from handlers.directory import access
from storage.insider_models import PolicySetting
from storage.models import Member
from tests.attacks.forging import audited, started, verify
from tests.factories import add_member, add_ticket

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
NAMES = [
    ("สมหญิง รักดี", masking.COMPLAINANT),
    ("บุญมา ทองดี", masking.WITNESS),
    ("วุฒิชัย ศรีสุข", masking.WITNESS),
    ("John Smith", masking.WITNESS),
]


def through(reason: str):
    """An attack that got through: the test asserts the protection, and fails."""
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


def shown(said: str) -> str:
    """`said` as a member without identity access reads it."""
    return masking.masked(said, NAMES, MARKS)


# -- 1. names in other scripts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("Ｓｏｍｙｉｎｇ Ｒａｋｄｅｅ saw", "Ｓｏｍ"),  # full-width Latin
        ("Som\u200bying saw", "ying"),  # a zero-width space inside
        ("Som\u00adying saw", "ying"),  # a soft hyphen inside
        ("Som-\nying saw", "ying"),  # split by a line break
        ("Somying\nRakdee saw", "Rakdee"),  # first name and surname on two lines
        ("Ѕomying saw", "omying"),  # a Cyrillic Ѕ for S
        ("Sоmуing saw", "ing"),  # Cyrillic о and у inside a Latin name
        ("Ⓢⓞⓜⓨⓘⓝⓖ saw", "ⓜⓨ"),  # circled letters
        ("🅂🄾🄼🅈🄸🄽🄶 saw", "🄼"),  # squared letters
        ("𝐉𝐨𝐡𝐧 𝐒𝐦𝐢𝐭𝐡 saw", "𝐒𝐦"),  # mathematical bold
        ("ᴊᴏʜɴ ꜱᴍɪᴛʜ saw", "ꜱᴍ"),  # small capitals
        ("J0hn Sm1th saw", "Sm1th"),  # digits for letters
        ("Сомъинг Ракди видела", "Ракди"),  # Cyrillic with a hard sign
        ("Тхонгди видел", "Тхонгди"),  # Russian тх for ท
        ("ウッティチャイ 見た", "ティ"),  # katakana Wutthichai
        ("웃티차이 봤어", "티차이"),  # Hangul with the final ㅅ
        ("ส ม ห ญิ ง เห็น", "ญิ"),  # Thai letters spaced out
        ("สม\u200bหญิง เห็น", "หญิง"),  # Thai with a zero-width space
        ("Τζον Σμιθ είδε", "Σμιθ"),  # Greek
        ("존 스미스 봤어", "스미스"),  # Hangul John Smith
    ],
)
def test_a_name_in_a_spelling_that_held(said, hidden):
    assert hidden not in shown(said), shown(said)


def test_a_latin_name_in_katakana():
    out = shown("証人 ジョン・スミス 見た")
    assert "スミス" not in out and "ジョン" not in out, out


def test_a_latin_surname_alone_in_katakana():
    assert "スミス" not in shown("スミス 見た")


def test_a_latin_surname_in_thai_letters_with_tho_thahan():
    out = shown("จอห์น สมิท เห็น")
    assert "สมิท" not in out, out


def test_a_latin_first_name_in_cyrillic():
    assert "Джон" not in shown("Джон Смит видел")


def test_a_cyrillic_name_with_a_stress_mark():
    assert "Сми" not in shown("Сми\u0301т видел")


def test_a_thai_name_spelt_with_v_for_wo_waen():
    assert "Vuttichai" not in shown("Vuttichai saw")


def test_a_cyrillic_name_with_one_latin_letter():
    assert "Бунм" not in shown("Бунмa видел")


def test_a_cyrillic_surname_with_one_latin_letter():
    assert "Ра" not in shown("Раkди видела")


def test_a_latin_name_with_a_greek_eta():
    assert "Tho" not in shown("Thoηgdee saw")


def test_a_latin_name_with_greek_letters_inside():
    out = shown("Sομying Rakdee saw")
    assert "Sομ" not in out, out


def _reviewer(app, services):
    from tests.dashboard_login import sign_in

    member = add_member(services, "reviewer")
    client = app.test_client()
    assert sign_in(client, services, member).status_code == 303
    return client


def test_a_katakana_witness_name_in_the_place_on_the_dashboard(app, services):
    reference = add_ticket(
        services, witnesses="John Smith", place_text="スミスの家の前", description="ปลัดเรียกเงิน"
    )
    out = _reviewer(app, services).get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "スミス" not in out


def test_a_full_width_complainant_name_in_the_story_on_the_dashboard(app, services):
    reference = add_ticket(
        services, name="สมหญิง รักดี", description="ปลัดเรียกเงิน Ｓｏｍｙｉｎｇ เห็นเอง"
    )
    out = _reviewer(app, services).get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "Ｓｏｍｙｉｎｇ" not in out and "Somying" not in out


def _exported(app, services) -> str:
    with _reviewer(app, services).get("/committee/tickets/export.csv") as got:
        assert got.status_code == 200
        return got.get_data(as_text=True)


def test_a_hangul_witness_name_in_the_story_in_the_csv_export(app, services):
    add_ticket(services, witnesses="บุญมา ทองดี", description="ปลัดเรียกเงิน 분마 통디 봤어요")
    out = _exported(app, services)
    assert "통디" not in out and "분마" not in out


def test_a_mixed_script_witness_name_in_the_csv_export(app, services):
    add_ticket(services, witnesses="บุญมา ทองดี", description="ปลัดเรียกเงิน Бунмa видел")
    assert "Бунм" not in _exported(app, services)


def test_a_v_spelling_of_the_witness_in_the_official_field_in_the_export(app, services):
    add_ticket(
        services,
        witnesses="วุฒิชัย ศรีสุข",
        official="ปลัด (Vuttichai saw him)",
        description="ปลัดเรียกเงิน",
    )
    assert "Vuttichai" not in _exported(app, services)


@pytest.fixture
def served(app):
    """The app under a real HTTP server (werkzeug, a thread of its own): its base URL."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


def _signed_in_over_http(base: str, services):
    import requests

    from tests.dashboard_login import CSRF, login_token

    member = add_member(services, "reviewer")
    http = requests.Session()
    url = f"{base}/committee/login/{login_token(services, member)}"
    token = CSRF.search(http.get(url, timeout=30).text).group(1)
    assert http.post(url, data={"csrf_token": token}, timeout=30).ok
    return http


def test_a_cyrillic_first_name_on_the_ticket_page_over_http(served, services):
    reference = add_ticket(
        services, witnesses="John Smith", description="ปลัดเรียกเงิน Джон Смит видел"
    )
    page = _signed_in_over_http(served, services).get(
        f"{served}/committee/tickets/{reference}", timeout=30
    )
    assert page.status_code == 200
    assert "Смит" not in page.text and "Джон" not in page.text


def test_a_hangul_name_on_the_ticket_page_over_http(served, services):
    reference = add_ticket(
        services, witnesses="บุญมา ทองดี", description="ปลัดเรียกเงิน 분마 통디 봤어요"
    )
    page = _signed_in_over_http(served, services).get(
        f"{served}/committee/tickets/{reference}", timeout=30
    )
    assert page.status_code == 200 and "ปลัดเรียกเงิน" in page.text
    assert "통디" not in page.text and "분마" not in page.text


# -- 2. a start accepted at the shell: no chair reachable, no start ------------------------


def _forged_start(services, database_url, tmp_path, gateway, clock, folder="elsewhere"):
    """Entries written, a forged entry put in by SQL, the start row deleted, the application
    started beside a new empty folder (its start adopts the forged entry, unwitnessed)."""
    audited(services, 3)
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
        database_url, tmp_path / folder, gateway, clock, RECORD_ANCHOR_DIR=str(tmp_path / folder)
    )
    code, said = verify(other)
    assert code == 1 and "unwitnessed" in said, said
    return other


def _accept(app):
    return app.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"]
    )


ACCEPTED = "ผู้ดูแลระบบยืนยันจุดเริ่ม"
REFUSED = "แต่ระบบปฏิเสธ"


def _retried(app, gateway) -> str:
    """LINE back, every waiting message made due and sent: what the chairs then read."""
    gateway._failures.clear()
    svc = app.extensions["sujarit"]
    with svc.engine.begin() as conn:
        conn.execute(text("UPDATE outbox SET next_attempt_at = '2000-01-01 00:00:00'"))
    before = len(gateway.sent)
    svc.sender.send_due()
    return repr([s["messages"] for s in gateway.sent[before:]])


def test_no_chair_sealed_no_start(services, database_url, tmp_path, gateway, clock):
    """The writer breaks the only chair's seal (a column changed in SQL): nobody is reachable,
    so the start is refused."""
    chair = add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE members SET user_hash = 'x' WHERE id = :i"), {"i": chair})
    out = _accept(other)
    assert out.exit_code == 1, out.output
    assert verify(other)[0] == 1


def test_a_chair_made_in_sql_with_a_throwaway_line_id_does_not_count(
    services, database_url, tmp_path, gateway, clock
):
    """The writer turns a reviewer they control into a chair in SQL: the seal says reviewer,
    so the start is still told to the real chair only, or refused."""
    chair = add_member(services, "chair")
    mine = add_member(services, "reviewer", name="throwaway")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE members SET role = 'chair' WHERE id = :i"), {"i": mine})
        conn.execute(text("UPDATE members SET user_hash = 'x' WHERE id = :i"), {"i": chair})
    out = _accept(other)
    assert out.exit_code == 1, out.output
    assert verify(other)[0] == 1


def test_a_chair_whose_seal_the_writer_broke_leaves_the_start_refused(
    services, database_url, tmp_path, gateway, clock
):
    """The shell holder breaks the real chair's seal in SQL, then `members add --role chair`
    a LINE account they hold: the broken member row is itself broken in the check, so the
    start is not "only unwitnessed" and is refused."""
    from tests.factories import line_id

    chair = add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE members SET user_hash = 'x' WHERE id = :i"), {"i": chair})
    cli = other.test_cli_runner()
    added = cli.invoke(
        args=["members", "add", "--line-user-id", line_id(), "--name", "ผู้ช่วย", "--role", "chair"]
    )
    assert added.exit_code == 0, added.output
    out = _accept(other)
    assert out.exit_code == 1, out.output
    assert verify(other)[0] == 1


def test_a_throwaway_chair_added_at_the_shell_passes_no_chair_no_start(
    services, database_url, tmp_path, gateway, clock
):
    from tests.factories import line_id

    chair = add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    cli = other.test_cli_runner()
    removed = cli.invoke(args=["members", "remove", "--id", str(chair)])
    assert removed.exit_code == 0, removed.output
    mine = line_id()
    added = cli.invoke(
        args=["members", "add", "--line-user-id", mine, "--name", "ผู้ช่วย", "--role", "chair"]
    )
    assert added.exit_code == 0, added.output
    before = len(gateway.sent)
    out = _accept(other)
    told = {s["to"] for s in gateway.sent[before:] if s["kind"] == "push"}
    assert out.exit_code == 1 or told - {mine}, out.output


def test_a_throwaway_chair_beside_a_real_one_whose_notice_is_refused(
    services, database_url, tmp_path, gateway, clock
):
    """The shell holder adds a chair they hold beside the real one, and LINE refuses the real
    chair's notice (the first push): one of two told is not told, refused."""
    from tests.factories import line_id

    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    cli = other.test_cli_runner()
    cli.invoke(
        args=["members", "add", "--line-user-id", line_id(), "--name", "ผู้ช่วย", "--role", "chair"]
    )
    gateway.fail_next("push", 500, times=1)
    out = _accept(other)
    assert out.exit_code == 1, out.output
    assert verify(other)[0] == 1


def test_the_refused_notice_deleted_from_the_outbox(
    services, database_url, tmp_path, gateway, clock
):
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=10)
    out = _accept(other)
    assert out.exit_code == 1, out.output
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM outbox WHERE status NOT IN ('sent', 'cancelled')"))
    said = _retried(other, gateway)
    assert REFUSED in said, "no chair learnt of the refused start"


def test_the_refused_notice_waits_and_leaves_once_line_is_back(
    services, database_url, tmp_path, gateway, clock
):
    """The case above with the outbox left alone: the retry tells the chair it was refused."""
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=10)
    assert _accept(other).exit_code == 1
    said = _retried(other, gateway)
    assert REFUSED in said and ACCEPTED not in said, said


def test_an_accepted_notice_withdrawn_when_refused_is_not_sent_later(
    services, database_url, tmp_path, gateway, clock
):
    """LINE down for the step: the 'accepted' notice must not leave later from the outbox
    (only the 'refused' one may)."""
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=10)
    assert _accept(other).exit_code == 1
    assert ACCEPTED not in _retried(other, gateway)
    assert verify(other)[0] == 1


# -- 3. a policy seal seen once never the latest again ------------------------------------


def _policy_yes_then_no(services) -> tuple[int, dict]:
    """The chair allowed admins identity, then withdrew it; the "yes" row as it was."""
    chair = add_member(services, "chair")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), True)
        unit.commit()
    with services.uow() as unit:
        old = unit.session.get(PolicySetting, access.ADMINS_SEE_IDENTITY)
        before = {"value": old.value, "set_by": old.set_by, "set_at": old.set_at, "seal": old.seal}
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), False)
        unit.commit()
    return chair, before


def _put_back(services, before: dict) -> None:
    with services.uow() as unit:
        stmt = update(PolicySetting).where(PolicySetting.key == access.ADMINS_SEE_IDENTITY)
        unit.session.execute(stmt.values(**before))
        unit.commit()


def _journal_file(services) -> Path:
    return sorted(Path(services.config.record_anchor_dir).glob("journal-*.log"))[-1]


def _reads_yes(services) -> bool:
    with services.uow() as unit:
        return access.admins_see_identity(unit)


def test_the_old_seal_appended_in_a_later_dated_journal_file(services):
    """The old "yes" seal appended in a new file dated later (read last): still a copy."""
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    later = _journal_file(services).with_name("journal-2099-12-31.log")
    later.write_text(f"policy:{access.ADMINS_SEE_IDENTITY} {before['seal']}\n")
    assert not _reads_yes(services)


@pytest.mark.parametrize("dressed", ["{seal} ", " {seal}", "{seal}\r", "{seal}\t"])
def test_the_old_seal_appended_with_blanks_around_it(services, dressed):
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    with _journal_file(services).open("a", encoding="utf-8", newline="") as handle:
        handle.write(f"policy:{access.ADMINS_SEE_IDENTITY} {dressed.format(seal=before['seal'])}\n")
    assert not _reads_yes(services)


def test_the_old_row_given_a_new_time_without_its_seal(services):
    """A re-dated copy: the writer gives the old "yes" row a time after the "no" but cannot
    seal it anew (no key): it reads no."""
    from datetime import timedelta

    _, before = _policy_yes_then_no(services)
    _put_back(services, {**before, "set_at": before["set_at"] + timedelta(days=1)})
    assert not _reads_yes(services)


def test_the_old_seals_line_moved_after_the_later_one(services):
    _, before = _policy_yes_then_no(services)
    _put_back(services, before)
    journal = _journal_file(services)
    kept = journal.read_text(encoding="utf-8")
    # the line of the old seal, with its time and mark since fixA38b
    line = next(
        x
        for x in kept.splitlines(True)
        if x.startswith(f"policy:{access.ADMINS_SEE_IDENTITY} {before['seal']}")
    )
    journal.write_text(kept.replace(line, "", 1) + line, encoding="utf-8")
    assert not _reads_yes(services)


def test_an_empty_later_dated_journal_file_hides_todays_lines(services):
    chair = add_member(services, "chair")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), True)
        unit.commit()
    with services.uow() as unit:
        assert access.admins_see_identity(unit)  # today's file read once, the "yes" in it
        old = unit.session.get(PolicySetting, access.ADMINS_SEE_IDENTITY)
        before = {"value": old.value, "set_by": old.set_by, "set_at": old.set_at, "seal": old.seal}
    _journal_file(services).with_name("journal-2099-12-31.log").write_text("")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), False)
        unit.commit()
    _put_back(services, before)
    assert not _reads_yes(services)
