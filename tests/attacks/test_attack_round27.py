"""Round 27 attacks (issue "insiders, database holders and floods") on this session's two new
protections, written from their code alone: the masking of complainant and witness names in
the complaint's words (`handlers.masking`, `sensitive.names_hidden_from`, `tickets show`) and
the audit log's start kept outside the audit table (`audit_start`, `record_journal`,
`tickets verify`). A passing test: the protection held; `xfail(strict=True)`: it got through
(the reason says how)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from handlers import masking
from storage.models import Ticket
from tests.attacks.forging import app_now, audited, forge, started, verify_result
from tests.factories import submitted

MARKS = {whose: f"[{whose}]" for whose in masking.WHOSE}
COMPLAINANT = ("สมหญิง รักดี", masking.COMPLAINANT)
WITNESS = ("บุญมา ทองดี", masking.WITNESS)
LATIN_WITNESS = ("Somsri", masking.WITNESS)
PHONE = [("0812345678", masking.PHONE), ("66812345678", masking.PHONE)]
NAMES = [COMPLAINANT, WITNESS, LATIN_WITNESS, *PHONE]


def shown(said: str) -> str:
    """`said` as a member without identity access reads it."""
    return masking.masked(said, NAMES, MARKS)


def through(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


# --- masking: spellings that hold -------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("บุญมา ทองดี เห็นปลัดรับเงิน", "บุญมา"),
        ("ບຸນມາ ທອງດີ ເຫັນປະລັດ", "ທອງດີ"),  # Lao letters
        ("Ｂｏｏｎｍａ Ｔｈｏｎｇｄｅｅ saw it", "ｏｏｎ"),  # full-width Latin
        ("Boonma Thongdee saw it", "Boonma"),
        ("Bunma Thongdi saw", "Bunma"),  # another romanisation
        ("บุ่ญมา ท้องดี เห็น", "ท้องดี"),  # tone marks moved
        ("บุญ.มา เห็นปลัด", "มา เห็น"),  # a name split by a dot
        ("บุญ มา เห็นปลัด", "บุญ"),  # split by a space
        ("บุญมา ทอง\nดี เห็น", "ทอง"),  # split by a newline
        ("สม\nหญิง แจ้ง", "หญิง"),
        ("สม\u200dหญิง รัก\u200dดี แจ้งเรื่อง", "หญิง"),  # ZWJ in the complainant's name
        ("นางสม\u2060หญิง", "หญิง"),  # word joiner
        ("สม\xadหญิงแจ้ง", "หญิง"),  # soft hyphen
        ("S.o.m.s.r.i saw", "S.o"),
        ("S o m s r i saw", "S o"),
        ("Sοmsri saw", "msri"),  # a Greek omicron
        ("Som\u200bsri saw", "sri"),
        ("B00nm4 saw", "B00"),  # digits for letters
        ("Rak-dee", "Rak"),
        ("Sｏｍｙｉｎｇ", "ｙｉｎｇ"),
    ],
)
def test_a_name_respelled_is_still_masked(said, hidden):
    assert hidden not in shown(said)


@pytest.mark.parametrize(
    "said",
    ["โทร 0 8 1 2 3 4 5 6 7 8", "โทร ๐๘๑๒๓๔๕๖๗๘", "โทร ０８１２３４５６７８", "+66 81 234 5678"],
)
def test_the_sealed_phone_however_cut_is_masked(said):
    assert "[phone]" in shown(said) and "5678" not in shown(said).replace(" ", "")


# --- masking: what gets through ---------------------------------------------------------------


@pytest.mark.parametrize(
    "joiner",
    [
        pytest.param("\u200d", id="zwj"),
        pytest.param("\u2060", id="word-joiner"),
        pytest.param("\xad", id="soft-hyphen"),
        pytest.param("\ufeff", id="bom"),
    ],
)
# Held (was through): a witness's first name split by an invisible character other than
# U+200B was read as no person ('คุณบุญ\u200dมา'): masking now reads names through them.
def test_a_witness_first_name_split_by_an_invisible_character(joiner):
    for said in (f"บุญ{joiner}มาเห็นปลัด", f"คุณบุญ{joiner}มา", f"บุญ{joiner}มา ทองดี เห็น"):
        assert "มา" not in shown(said).replace("[witness]", ""), shown(said)


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("ສົມຍິງ ແຈ້ງເລື່ອງ", id="first-name"),
        pytest.param("ຮັກດີ", id="surname"),
        pytest.param("ນາງສົມຍິງ ຮັກດີ", id="titled-whole"),
    ],
)
# Held (was through: "the complainant's name in Lao as Lao writes it (ສົມຍິງ: no ญ, ຍ for หญ;
# ຮັກດີ: ຮ is Thai ร) is compared letter for letter with the Thai (ຍ≠ญ, ຮ→ฮ≠ร) and left whole"):
# fixA29.
def test_the_complainants_name_in_lao_spelling(said):
    assert shown(said) != said


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Вооnma saw", id="cyrillic"),
        pytest.param("𝐁𝐨𝐨𝐧𝐦𝐚 saw", id="math-bold"),
        pytest.param("ⓑⓞⓞⓝⓜⓐ saw", id="circled"),
    ],
)
# Held (was through: "Latin look-alikes outside full-width (Cyrillic В/о, mathematical bold,
# circled letters) are not folded to Latin (no NFKC, no confusables table): 'Вооnma' for Boonma
# stays"): fixA29.
def test_a_latin_name_in_look_alike_letters(said):
    assert shown(said) != said


# Held (was through: "a digit for a letter is read only next to a Latin letter: the second of
# 'd33' has a digit before it, so 'Th0ngd33' (Thongdee) is not the witness's surname"): fixA29.
def test_a_surname_ending_in_two_digits_for_letters():
    assert shown("Th0ngd33 saw") != "Th0ngd33 saw"


# Held (was through: "a romanised Thai name spaced letter by letter ('R a k d e e' for รักดี) is
# read as six one-letter words; the Latin witness 'S o m s r i' is masked, the complainant's is
# not"): fixA29.
def test_a_romanised_surname_spelt_out():
    assert "R a k" not in shown("R a k d e e filed it")


def test_a_huge_story_is_masked_whole():
    """A flood of words: a name at the very end of a story of 20,000 letters is still found."""
    story = "ปลัดเรียกเงินค่าธรรมเนียม " * 800 + "บุญมา ทองดี เห็น"
    assert shown(story).endswith("[witness] เห็น")


# --- the command line: `tickets show` ---------------------------------------------------------


def _story(services, reference: str, description: str, witnesses: str | None = None) -> None:
    """The story (and sealed witnesses) as a citizen typed them, through the application."""
    with services.uow() as uow:
        ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == reference))
        ticket.description = description
        if witnesses is not None:
            ticket.witnesses_enc = uow.vault.encrypt(witnesses)
        uow.commit()


def test_tickets_show_masks_the_witness_as_the_page_does(runner, chat, services):
    reference = submitted(chat, anonymous=False).reference
    _story(services, reference, "ผู้ใหญ่เรียกเงิน บุญมา ทองดี เห็น สมหญิงถ่ายไว้", "บุญมา ทองดี")
    out = runner.invoke(args=["tickets", "show", reference])
    assert out.exit_code == 0, out.output
    for name in ("บุญมา", "ทองดี", "สมหญิง"):
        assert name not in out.output


# Held (was through): `tickets show` printed a witness's first name split by a ZWJ: the
# same `masked` holds.
def test_tickets_show_with_a_joined_witness_name(runner, chat, services):
    reference = submitted(chat, anonymous=False).reference
    _story(services, reference, "คุณบุญ\u200dมา เห็นผู้ใหญ่รับเงิน", "บุญมา ทองดี")
    out = runner.invoke(args=["tickets", "show", reference])
    assert out.exit_code == 0, out.output
    assert "บุญ\u200dมา" not in out.output


# Held (was through: "`tickets show` masks the official field with the same comparison: the
# complainant's name in Lao spelling ('ສົມຍິງ') typed as the official is printed"): fixA29.
def test_tickets_show_official_in_lao(runner, chat, services):
    reference = submitted(chat, anonymous=False).reference
    with services.uow() as uow:
        ticket = uow.session.scalar(select(Ticket).where(Ticket.reference == reference))
        ticket.official = "ສົມຍິງ ເປັນຄົນເຫັນ"
        uow.commit()
    out = runner.invoke(args=["tickets", "show", reference])
    assert "ສົມຍິງ" not in out.output


def test_tickets_show_identity_needs_a_reason(runner, chat, services):
    reference = submitted(chat, anonymous=False).reference
    out = runner.invoke(args=["tickets", "show", reference, "--identity"])
    assert out.exit_code != 0 and "สมหญิง" not in out.output
    blank = runner.invoke(args=["tickets", "show", reference, "--identity", "--reason", "   "])
    assert blank.exit_code != 0 and "สมหญิง" not in blank.output


def test_tickets_list_and_pending_print_no_story(runner, chat, services):
    reference = submitted(chat, anonymous=False).reference
    _story(services, reference, "บุญมา ทองดี เห็น", "บุญมา ทองดี")
    out = "".join(
        runner.invoke(args=a).output for a in (["tickets", "list"], ["tickets", "pending"])
    )
    assert reference in out and "บุญมา" not in out and "สมหญิง" not in out


# --- the audit start: a database writer -------------------------------------------------------


def _audited(services, detail: str) -> None:
    """One audit entry a member's view writes (journalled)."""
    audited(services, 1, actor="member:1", detail=detail)


def _forge(services, n: int = 1) -> None:
    """Audit entries put in by SQL, dated past the last minutes."""
    with services.uow() as uow:
        later = uow.now() + timedelta(minutes=5)
    details = [f"member:{3 + i}" for i in range(n)]
    forge(services, at=later, actor="member:2", action="grant_confirmed", details=details)


def test_a_forged_entry_fails_verify(runner, services):
    _audited(services, "ตรวจสอบ")
    assert verify_result(runner).exit_code == 0
    _forge(services)
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "not written by the application" in checked.output


def test_a_flood_of_forged_entries_is_counted(runner, services):
    _audited(services, "ตรวจสอบ")
    _forge(services, 300)
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "300 audit entr" in checked.output


def test_a_genuine_entry_copied_under_a_new_id_fails_verify(runner, services):
    _audited(services, "ตรวจสอบตัวผู้ร้อง")
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail, ticket_id) "
                "SELECT at, actor, action, detail, ticket_id FROM audit_log"
            )
        )
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log" in checked.output


def test_renumbered_entries_fail_verify(runner, services):
    _audited(services, "หนึ่ง")
    _audited(services, "สอง")
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET id = id + 1000"))
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log" in checked.output


def test_a_forged_entry_dated_now_fails_verify_after_the_wait(runner, services):
    _audited(services, "ตรวจสอบ")
    with services.uow() as uow:
        now = uow.now()
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail) "
                "VALUES (:at, 'member:2', 'grant_confirmed', 'member:3')"
            ),
            {"at": now},
        )
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "not written by the application" in checked.output


def test_a_forged_entry_backdated_before_the_start_fails_verify(runner, services):
    _audited(services, "ตรวจสอบ")
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, actor, action, detail) "
                "VALUES (0, :at, 'member:2', 'grant_confirmed', 'member:3')"
            ),
            {"at": app_now(services) - timedelta(days=900)},
        )
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log" in checked.output


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM audit_start",
        "UPDATE audit_start SET highest = highest + 5",
        "UPDATE audit_start SET covered = covered + 3",
        "UPDATE audit_start SET noted_at = '2020-01-01T00:00:00+00:00'",
    ],
)
def test_the_start_row_deleted_or_changed_fails_verify(runner, services, sql):
    _audited(services, "ตรวจสอบ")
    with services.engine.begin() as conn:
        assert conn.scalar(text("SELECT count(*) FROM audit_start")) == 1
        conn.execute(text(sql))
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log start" in checked.output


def test_a_new_empty_folder_beside_the_database_fails_verify(
    runner, services, database_url, tmp_path, gateway, clock
):
    _audited(services, "ตรวจสอบ")
    _forge(services)
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "audit log" in checked.output


# Held (fixA32; was through): the start noted anew beside the new folder adopted every stored
# entry and nothing off the database witnessed it (storage/start_witness.py).
def test_the_start_row_deleted_then_a_new_folder_adopts_forged_entries(
    runner, services, database_url, tmp_path, gateway, clock
):
    _audited(services, "ตรวจสอบ")
    _forge(services)
    assert verify_result(runner).exit_code == 1
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "audit log" in checked.output, checked.output


def test_the_start_row_deleted_after_an_anchor_shows_beside_a_new_folder(
    runner, services, database_url, tmp_path, gateway, clock
):
    """The same deletion once an anchor witnessed the start (the hourly `witness-anchor` job
    anchors a start not yet witnessed, and its code goes to the chairs in LINE): the new start
    differs from the anchored one, so verify and the chairs' code show it (fixA29)."""
    _audited(services, "ตรวจสอบ")
    assert (
        runner.invoke(args=["tickets", "anchor", "--out", str(tmp_path / "a.json")]).exit_code == 0
    )
    _forge(services)
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "audit log start was deleted or replaced" in checked.output


def _journal_today(services):
    from pathlib import Path

    folder = Path(services.config.record_anchor_dir)
    return sorted(folder.glob("journal-*.log"))[-1]


# Held (was through: "the retention job's `audit-cut:T` line is plain, not keyed: one with the
# folder (no keys) appends `audit-cut:<now>` while a database writer deletes every audit entry
# (identity views too); verify looks for no journalled entry before the cut and, the start
# covered, finds none stored, so nothing is reported; no check that T is older than the
# retention period or that the job wrote it").
def test_a_forged_retention_cut_hides_deleted_identity_views(runner, services):
    from storage.ticket_chain.digests import plain

    _audited(services, "เปิดดูตัวผู้ร้อง เหตุผล: อยากรู้")
    _audited(services, "เปิดดูตัวผู้ร้องอีกครั้ง")
    assert verify_result(runner).exit_code == 0
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    assert verify_result(runner).exit_code == 1  # the deletion alone shows
    cut = plain("at", app_now(services) + timedelta(seconds=1))
    with _journal_today(services).open("a", encoding="utf-8") as journal:
        journal.write(f"audit-cut:{cut}\n")
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log" in checked.output, checked.output


def test_a_cut_line_alone_shows_the_kept_entries_as_put_back(runner, services):
    """The same forged cut without the deletion: the entries still stored show as put back."""
    from storage.ticket_chain.digests import plain

    _audited(services, "เปิดดูตัวผู้ร้อง")
    cut = plain("at", app_now(services) + timedelta(seconds=1))
    with _journal_today(services).open("a", encoding="utf-8") as journal:
        journal.write(f"audit-cut:{cut}\n")
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "let go are back" in checked.output


def test_the_start_line_deleted_from_the_journal_fails_verify(runner, services):
    """One with the folder and no keys deletes the `audit-start:` line and the file."""
    _audited(services, "ตรวจสอบ")
    journal = _journal_today(services)
    kept = [ln for ln in journal.read_text("utf-8").splitlines(True) if "audit-start:" not in ln]
    journal.write_text("".join(kept), "utf-8")
    (journal.parent / "audit-start").unlink()
    checked = verify_result(runner)
    assert checked.exit_code == 1 and "audit log start" in checked.output


# --- the dashboard: export and page, the same comparison in other fields ---------------------


def _reviewer(app, services):
    from tests.dashboard_login import sign_in
    from tests.factories import add_member

    member = add_member(services, "reviewer")
    client = app.test_client()
    assert sign_in(client, services, member).status_code == 303
    return client


def _export(client) -> str:
    response = client.get("/committee/tickets/export.csv")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_export_masks_the_witness_in_the_story_and_official(app, services):
    from tests.factories import add_ticket

    add_ticket(
        services,
        name="สมหญิง รักดี",
        phone="0812345678",
        witnesses="บุญมา ทองดี",
        description="บุญมา ทองดี เห็นปลัดรับเงิน โทร 081 234 5678",
        official="สมหญิง รักดี",
    )
    out = _export(_reviewer(app, services))
    for name in ("บุญมา", "ทองดี", "สมหญิง", "5678"):
        assert name not in out


# Held (was through: "the CSV export (a reviewer, no identity) carries a witness's first name
# split by a ZWJ in the story ('คุณบุญ\\u200dมา เห็น') and the complainant's name in Lao in the
# official field ('ສົມຍິງ'): one comparison behind every field and surface"): fixA29.
def test_the_export_with_a_joined_witness_and_a_lao_complainant(app, services):
    from tests.factories import add_ticket

    add_ticket(
        services,
        name="สมหญิง รักดี",
        witnesses="บุญมา ทองดี",
        description="คุณบุญ\u200dมา เห็นปลัดรับเงิน",
        official="ສົມຍິງ ເປັນຄົນເຫັນ",
    )
    out = _export(_reviewer(app, services))
    assert "บุญ\u200dมา" not in out and "ສົມຍິງ" not in out


# Held (was through: "the ticket page's story masks with the same comparison: the complainant's
# surname written in Lao ('ຮັກດີ' for รักดี) is shown to a reviewer"): fixA29.
def test_the_page_story_with_a_lao_surname(app, services):
    from tests.factories import add_ticket

    reference = add_ticket(services, name="สมหญิง รักดี", description="ปลัดเรียกเงิน ຮັກດີ ແຈ້ງ")
    page = _reviewer(app, services).get(f"/committee/tickets/{reference}")
    assert page.status_code == 200
    assert "ຮັກດີ" not in page.get_data(as_text=True)


def test_a_malformed_audit_row_does_not_crash_verify(runner, services, database_url):
    """A database writer's row no date parses (SQLite stores what it is given): verify reports
    the audit log, it does not stop with a traceback."""
    if not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL refuses a timestamp that is no date")
    _audited(services, "ตรวจสอบ")
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail) "
                "VALUES ('not a date', 'member:2', 'grant_confirmed', 'member:3')"
            )
        )
    checked = verify_result(runner)
    assert checked.exception is None or isinstance(checked.exception, SystemExit), repr(
        checked.exception
    )
    assert checked.exit_code == 1 and "audit log" in checked.output


# --- `tickets show --identity`: the shell made more than it is in SQL -------------------------


def _operator(services) -> None:
    from handlers.directory.members import operator_member

    with services.uow() as uow:
        operator_member(uow)
        uow.commit()


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("UPDATE members SET role = 'chair' WHERE name = 'operator'", id="made-chair"),
        pytest.param(
            "INSERT INTO policy_settings (key, value, set_by, set_at) "
            "VALUES ('admins_see_identity', 'yes', 'member:1', CURRENT_TIMESTAMP)",
            id="policy-written",
        ),
    ],
)
def test_the_shell_made_chair_or_allowed_in_sql_opens_no_identity(runner, chat, services, sql):
    reference = submitted(chat, anonymous=False).reference
    _operator(services)
    with services.engine.begin() as conn:
        conn.execute(text(sql))
    out = runner.invoke(args=["tickets", "show", reference, "--identity", "--reason", "ตรวจสอบ"])
    assert "สมหญิง" not in out.output and "0812345678" not in out.output


@pytest.mark.parametrize(
    "sql",
    [
        # Held (fixA32; was through): the start noted anew adopted the forged rows unwitnessed.
        pytest.param("DELETE FROM audit_start", id="deleted"),
        # Held (was through, the same reason): the renumbered row is found whatever its id.
        pytest.param("UPDATE audit_start SET id = 2", id="renumbered"),
    ],
)
def test_the_start_row_moved_aside_then_a_new_folder(
    runner, services, database_url, tmp_path, gateway, clock, sql
):
    _audited(services, "ตรวจสอบ")
    _forge(services)
    with services.engine.begin() as conn:
        conn.execute(text(sql))
    other = started(database_url, tmp_path / "elsewhere", gateway, clock)
    checked = verify_result(other.test_cli_runner())
    assert checked.exit_code == 1 and "audit log" in checked.output, checked.output


# --- fixA29's own attack on its masking fix (ten minutes, from its code) ------------------------


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("⒝⒪⒪⒩⒨⒜ saw", id="parenthesized"),  # NFKC gives "(b)": the letter kept
        pytest.param("🇧🇴🇴🇳🇲🇦 saw", id="regional-indicators"),  # the flags' letters
    ],
)
# Held (was through when found: NFKC makes three characters of a bracketed letter, and the
# flags' letters have no NFKC or confusable form): fixA29.
def test_a_latin_name_in_bracketed_or_flag_letters(said):
    assert shown(said) != said


# Held (maskA34; was through): spelt out with digits for some letters ('R 4 k d 3 3')
def test_a_surname_spelt_out_with_digits():
    assert "R 4 k" not in shown("R 4 k d 3 3 filed it")


# Held (maskA34; was through): a Latin-typed witness in Lao letters ('ສົມສີ'), the r dropped
def test_a_latin_witness_in_lao_letters():
    assert "ສົມສີ" not in shown("ສົມສີ ເຫັນປະລັດຮັບເງິນ")


# Held (maskA34; was through): Canadian syllabics drawn as Latin letters ('ᗷOOᑎᗰᗩ')
def test_a_latin_name_in_syllabics():
    assert shown("ᗷOOᑎᗰᗩ saw") != "ᗷOOᑎᗰᗩ saw"
