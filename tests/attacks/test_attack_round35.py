"""Round 35 attacks (issue #17 "insiders") on today's protections, written from their code
alone: the audit log's start (`checked:N` lines, marks bound to their start, the chairs'
notice that must leave before a start is accepted or vouched: `anchor_codes.heard`), the
masking of names for reviewers who may not see identity, the contact consent
`tickets.call_ok` (migration 0052) and the typed withdrawal. A passing test: the protection
held; `xfail(strict=True)`: it got through (the reason says how)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from handlers.masking import COMPLAINANT, PLACEHOLDERS, WITNESS, masked
from storage.journal_lines import AUDIT_PREFIX, CHECKED_PREFIX
from tests.attacks.forging import anchor_folder, audited, sql_rows, started, verify
from tests.factories import add_member, add_ticket, texts


def through(reason: str):
    """An attack that got through: the test asserts the protection, and fails."""
    return pytest.mark.xfail(strict=True, reason=f"through: {reason}")


def _svc(app):
    return app.extensions["sujarit"]


def _journal(folder) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("journal-*.log")))


def _append(folder, lines: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = (sorted(folder.glob("journal-*.log")) or [folder / "journal-2020-01-01.log"])[-1]
    with target.open("a", encoding="utf-8") as out:
        out.writelines(lines)


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


# -- 1. the audit log's start ------------------------------------------------------------


def test_forged_checked_lines_pass_the_erased_log_off_as_new(
    services, app, database_url, tmp_path, gateway, clock
):
    """No ticket or member; the record was checked (`chain_verifications` rows). The writer
    empties the audit log and its start and starts the application beside a folder into which
    they first wrote a `checked:N` line for each check they read in SQL (the lines are plain)."""
    audited(services, 3)
    assert verify(app)[0] == 0  # a check kept (journalled as checked:N in the real folder)
    checks = [r[0] for r in sql_rows(services, "SELECT id FROM chain_verifications")]
    assert checks
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
        conn.execute(text("DELETE FROM audit_start"))
        conn.execute(text("DELETE FROM record_anchors"))
    scratch = tmp_path / "scratch"
    _append(scratch, [f"{CHECKED_PREFIX}{c}\n" for c in checks])
    other = started(database_url, tmp_path / "n", gateway, clock, RECORD_ANCHOR_DIR=str(scratch))
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_the_checked_lines_copied_from_the_real_folder(
    services, app, database_url, tmp_path, gateway, clock
):
    """The same, with the real folder's `checked:` lines copied (a copy of the folder)."""
    audited(services, 2)
    assert verify(app)[0] == 0
    real = _journal(anchor_folder(services))
    lines = [line + "\n" for line in real.splitlines() if line.startswith(CHECKED_PREFIX)]
    assert lines
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
        conn.execute(text("DELETE FROM audit_start"))
        conn.execute(text("DELETE FROM record_anchors"))
    scratch = tmp_path / "copied"
    _append(scratch, lines)
    other = started(database_url, tmp_path / "n", gateway, clock, RECORD_ANCHOR_DIR=str(scratch))
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_another_starts_adopted_lines_replayed(services, database_url, tmp_path, gateway, clock):
    """A start beside scratch folder A adopts the forged entry and writes `audit:` lines for
    it; the writer deletes the start row again, starts beside folder B and copies A's lines in:
    they are bound to A's start, so B still sees an entry added in SQL."""
    add_ticket(services)
    first = _forged_start(services, database_url, tmp_path, gateway, clock, folder="a")
    replayed = [
        line + "\n"
        for line in _journal(tmp_path / "a").splitlines()
        if line.startswith(AUDIT_PREFIX)
    ]
    assert replayed and first is not None
    with services.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_start"))
    second = started(
        database_url, tmp_path / "b", gateway, clock, RECORD_ANCHOR_DIR=str(tmp_path / "b")
    )
    _append(tmp_path / "b", replayed)
    cli = second.test_cli_runner()
    out = cli.invoke(args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"])
    assert out.exit_code != 0, out.output
    assert verify(second)[0] == 1, out.output


def test_an_old_format_start_file_planted_in_a_scratch_folder(
    services, database_url, tmp_path, gateway, clock
):
    """An `audit-start` file in the old format (`N T`, no count) put in a scratch folder, so
    the start reads as one noted by older code, then the application started beside it."""
    add_ticket(services)
    audited(services, 3)
    highest = sql_rows(services, "SELECT max(id) FROM audit_log")[0][0]
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, detail) "
                "VALUES ('2020-01-02 03:04:05', 'member:2', 'grant_confirmed', 'member:3')"
            )
        )
        conn.execute(text("DELETE FROM audit_start"))
    scratch = tmp_path / "old"
    scratch.mkdir()
    (scratch / "audit-start").write_text(f"{highest + 1} 2020-01-01T00:00:00+00:00\n")
    other = started(database_url, tmp_path / "n", gateway, clock, RECORD_ANCHOR_DIR=str(scratch))
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_accept_start_with_the_only_chairs_notice_refused_by_line(
    services, database_url, tmp_path, gateway, clock
):
    """LINE refuses the one push of the step (the chair's notice): the start stays
    unwitnessed, whatever else the step sent."""
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=1)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "x.json")]
    )
    assert out.exit_code == 1, out.output
    assert verify(other)[0] == 1


def test_accept_start_with_one_of_two_chairs_not_told(
    services, database_url, tmp_path, gateway, clock
):
    """Two chairs, LINE refuses one notice: one of two told is not told."""
    add_member(services, "chair")
    add_member(services, "chair", name="second chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 429, times=1)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "x.json")]
    )
    assert out.exit_code == 1, out.output
    assert verify(other)[0] == 1


def test_accept_start_with_the_chair_set_inactive_in_sql(
    services, database_url, tmp_path, gateway, clock
):
    """A writer sets the only chair inactive (and demotes them) in SQL so nobody is counted
    as to be told: the seal still names them, so the notice is still owed."""
    chair = add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    with services.engine.begin() as conn:
        conn.execute(
            text("UPDATE members SET active = :f, role = 'reviewer' WHERE id = :i"),
            {"i": chair, "f": False},
        )
    before = len(gateway.sent)
    out = other.test_cli_runner().invoke(
        args=["tickets", "anchor", "--accept-start", "--out", str(tmp_path / "x.json")]
    )
    told = [s for s in gateway.sent[before:] if s["kind"] == "push"]
    assert out.exit_code != 0 or told, out.output


def test_verify_code_with_the_notice_refused(services, database_url, tmp_path, gateway, clock):
    """A chair's real code given at the shell while LINE refuses the notice of it."""
    from storage import record_anchors

    add_member(services, "chair")
    add_ticket(services)
    audited(services, 2)
    app = started(
        database_url, tmp_path / "m", gateway, clock, RECORD_ANCHOR_DIR=str(anchor_folder(services))
    )
    out = app.test_cli_runner().invoke(args=["tickets", "anchor", "--out", "/dev/null"])
    assert out.exit_code == 0, out.output
    with services.uow() as uow:
        digest = record_anchors.published(uow, 1)[0].digest
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    gateway.fail_next("push", 500, times=5)
    code = f"{digest[:4]}-{digest[4:8]}-{digest[8:12]}-{digest[12:16]}"
    other.test_cli_runner().invoke(args=["tickets", "verify", "--code", code])
    exit_code, said = verify(other)
    assert exit_code == 1, said


def test_two_accept_starts_one_after_the_other_each_tell(
    services, database_url, tmp_path, gateway, clock
):
    """A second `--accept-start` (run again, or racing the first) is told to the chairs too:
    a refused first run leaves nothing the second may ride on silently."""
    add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    cli = other.test_cli_runner()
    gateway.fail_next("push", 500, times=1)
    first = cli.invoke(args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"])
    before = len(gateway.sent)
    second = cli.invoke(args=["tickets", "anchor", "--accept-start", "--out", "/dev/null"])
    assert first.exit_code == 1, first.output
    assert second.exit_code == 0, second.output
    assert [s for s in gateway.sent[before:] if s["kind"] == "push"]
    assert verify(other)[0] == 0


# -- 2. masking names for reviewers -------------------------------------------------------

SOMSRI = [("สมศรี มีสุข", WITNESS)]
JOHN = [("John Smith", WITNESS)]
BOONMA = [("บุญมา ทองดี", COMPLAINANT)]


def _gone(names, said: str, typed: str) -> bool:
    out = masked(said, names, PLACEHOLDERS)
    return "\u27e6" in out and typed not in out


HELD = [
    (SOMSRI, "พยานคือ ส\u200dม\u200dศ\u200dรี มีสุข", "ส\u200dม", "zero-width joiners"),
    (SOMSRI, "พยานคือ ส ม ศ รี มี สุ ข", "ส ม ศ", "spaces inside the name"),
    (JOHN, "witness: Ｊｏｈｎ Ｓｍｉｔｈ", "Ｊｏｈｎ", "fullwidth"),
    (JOHN, "witness: J\u0301ohn Smith", "ohn", "a combining mark"),
    (SOMSRI, "พยานคือ ສົມສີ ມີສຸກ", "ສົມສີ", "Lao"),
    (SOMSRI, "พยานคือ Σομσρι", "Σομσρι", "Greek"),
    (SOMSRI, "พยานคือ ส👍มศรี มีสุข", "มศรี", "an emoji inside"),
    (
        SOMSRI,
        "https://www.facebook.com/%e0%b8%aa%e0%b8%a1%e0%b8%a8%e0%b8%a3%e0%b8%b5",
        "%e0%b8%aa%e0%b8%a1",
        "a URL, percent-encoded in small letters",
    ),
    (SOMSRI, "พยานคือ สม\U000e0041ศรี", "สม\U000e0041", "a tag character"),
]


@pytest.mark.parametrize(
    ("names", "said", "typed"), [h[:3] for h in HELD], ids=[h[3] for h in HELD]
)
def test_masking_reads_the_name(names, said, typed):
    assert _gone(names, said, typed)


def test_a_phinthu_inside_a_thai_name():
    assert _gone(BOONMA, "ผมบ\u0e3aุญมา แจ้งเรื่องนี้", "บ\u0e3aุญมา")


def test_a_phinthu_inside_the_surname():
    assert _gone(BOONMA, "ผู้ร้องชื่อ บุญมา ท\u0e3aองดี", "ท\u0e3aองดี")


def test_a_thai_name_in_hangul():
    assert _gone(SOMSRI, "พยานคือ 솜스리 미숙", "솜스리")


def test_a_greek_iota_for_a_latin_j():
    assert _gone(JOHN, "witness: Ιohn Smith", "Ιohn")


def test_a_latin_name_in_hangul():
    assert _gone(JOHN, "witness: 존 스미스", "존")


def _reviewer(app, services):
    from tests.dashboard_login import sign_in

    member = add_member(services, "reviewer")
    client = app.test_client()
    assert sign_in(client, services, member).status_code == 303
    return client


def _note(services, reference: str, body: str) -> None:
    from storage import tickets

    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        tickets.add_timeline(uow, ticket, "note", "member:1", body=body, internal=True)
        uow.commit()


def test_a_members_note_with_the_complainant_in_zero_width_joiners(app, services):
    reference = add_ticket(services, name="บุญมา ทองดี", description="ปลัดเรียกเงิน")
    _note(services, reference, "โทรหา บุญ\u200dมา ท\u200bองดี แล้ว")
    page = _reviewer(app, services).get(f"/committee/tickets/{reference}")
    assert page.status_code == 200
    out = page.get_data(as_text=True).replace("\u200d", "").replace("\u200b", "")
    assert "บุญมา" not in out and "ทองดี" not in out


def test_a_members_note_with_phinthu_inside_the_name(app, services):
    reference = add_ticket(services, name="บุญมา ทองดี", description="ปลัดเรียกเงิน")
    _note(services, reference, "โทรหา บ\u0e3aุญมา ท\u0e3aองดี แล้ว")
    page = _reviewer(app, services).get(f"/committee/tickets/{reference}")
    assert page.status_code == 200
    out = page.get_data(as_text=True).replace("\u0e3a", "")
    assert "บุญมา" not in out and "ทองดี" not in out


def test_an_evidence_file_named_after_the_witness(app, services, tmp_path):
    from tests.factories import add_evidence

    reference = add_ticket(services, witnesses="สมศรี มีสุข", description="ปลัดเรียกเงิน")
    path = tmp_path / "f.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0")
    add_evidence(services, reference, path, "image/jpeg", name="คลิป_สมศรี_มีสุข.jpg")
    out = _reviewer(app, services).get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "สมศรี" not in out and "มีสุข" not in out


def test_the_name_split_across_two_fields(app, services):
    """The first name in the official field, the surname at the start of the story."""
    reference = add_ticket(
        services,
        witnesses="สมศรี มีสุข",
        official="ปลัด (คนเห็นคือ สมศรี",
        description="มีสุข เห็นปลัดรับเงิน",
    )
    out = _reviewer(app, services).get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "สมศรี" not in out and "มีสุข" not in out


# -- 3. the contact consent (0052) and the withdrawal ----------------------------------------

CALL_WORDS = ("ขอไม่ให้โทรหา", "ให้กรรมการโทรหาได้", "identity-call", "โทรหาผู้ร้อง")


def test_a_reviewer_without_identity_learns_no_call_consent(app, services):
    reference = add_ticket(
        services, name="บุญมา ทองดี", phone="0812345678", call_ok=False, description="ปลัดเรียกเงิน"
    )
    client = _reviewer(app, services)
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    export = client.get("/committee/tickets/export.csv").get_data(as_text=True)
    for said in (page, export):
        assert not any(word in said for word in CALL_WORDS)
        assert "0812345678" not in said and "call_ok" not in said


def test_a_chair_before_opening_the_identity_learns_no_call_consent(app, services):
    from tests.dashboard_login import csrf_token, sign_in

    reference = add_ticket(
        services, name="บุญมา ทองดี", phone="0812345678", call_ok=True, description="ปลัดเรียกเงิน"
    )
    chair = add_member(services, "chair")
    client = app.test_client()
    assert sign_in(client, services, chair).status_code == 303
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    assert "identity-call" not in page and "ให้กรรมการโทรหาได้" not in page
    url = f"/committee/tickets/{reference}"
    opened = client.post(
        f"{url}/identity",
        data={"reason": "ต้องโทรยืนยันข้อเท็จจริง", "csrf_token": csrf_token(client, url)},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "ให้กรรมการโทรหาได้" in opened  # once opened (audited), it is there


def test_tickets_show_prints_no_call_consent(runner, services):
    """`tickets show` prints what a member without identity access reads."""
    reference = add_ticket(services, name="บุญมา ทองดี", phone="0812345678", call_ok=False)
    out = runner.invoke(args=["tickets", "show", reference])
    assert out.exit_code == 0, out.output
    assert not any(word in out.output for word in CALL_WORDS), out.output
    assert "call" not in out.output.lower() and "0812345678" not in out.output


def test_the_call_consent_flipped_in_sql_breaks_the_record(app, services):
    """A writer turns "อย่าโทรมา" into "call them" so a member phones the complainant."""
    reference = add_ticket(services, name="บุญมา ทองดี", phone="0812345678", call_ok=False)
    with services.engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET call_ok = :t WHERE reference = :r"),
            {"t": True, "r": reference},
        )
    assert verify(app)[0] == 1


def test_a_typed_withdrawal_of_another_persons_ticket(chat, services):
    """Someone types a reference they were shown (another person's ticket) to withdraw it,
    then taps the confirmation's postback by hand."""
    reference = add_ticket(services)  # owned by another LINE account
    said = chat.say(f"ขอถอนเรื่อง {reference} ค่ะ")
    chat.say("แจ้งผิด")
    chat.say("ถอนค่ะ")
    chat.tap(f"withdraw_yes={reference}&why=mistake")
    chat.tap(f"withdraw_why={reference}&why=solved")
    with services.uow() as uow:
        from storage import tickets

        assert tickets.by_reference(uow, reference).status == "submitted", texts(said)


def test_a_withdrawal_begun_on_ones_own_then_confirmed_on_anothers(chat, services):
    """The owner of one ticket starts withdrawing it, then confirms with another person's
    reference in the postback (the state names theirs)."""
    from storage import tickets

    mine = add_ticket(services, owner=chat.user_id)
    theirs = add_ticket(services)
    chat.say(f"ขอถอนเรื่อง {mine} ค่ะ")
    chat.tap(f"withdraw_why={theirs}&why=mistake")
    chat.tap(f"withdraw_yes={theirs}&why=mistake")
    chat.say("ถอนค่ะ")
    with services.uow() as uow:
        assert tickets.by_reference(uow, theirs).status == "submitted"


def test_a_confirmation_naming_another_reference_withdraws_neither_silently(chat, services):
    """Asked to confirm the withdrawal of one of their complaints, the person types "ถอน" with
    the reference of their other one: the one named in the state is not withdrawn in its place."""
    from storage import tickets

    first = add_ticket(services, owner=chat.user_id)
    second = add_ticket(services, owner=chat.user_id)
    chat.say(f"ขอถอนเรื่อง {first} ค่ะ")
    chat.say("แจ้งผิดค่ะ")
    said = chat.say(f"ถอนเรื่อง {second} ค่ะ")
    with services.uow() as uow:
        statuses = {r: tickets.by_reference(uow, r).status for r in (first, second)}
    assert statuses[first] == "submitted" or statuses[second] == "withdrawn", (
        statuses,
        texts(said),
    )


def test_asked_why_on_ones_own_the_other_persons_reference_typed(chat, services):
    """Asked why on their own complaint, the person types "ถอนเรื่อง" with another person's
    reference and confirms: that ticket is untouched."""
    from storage import tickets

    mine = add_ticket(services, owner=chat.user_id)
    theirs = add_ticket(services)
    chat.say(f"ขอถอนเรื่อง {mine} ค่ะ")
    chat.say(f"ถอนเรื่อง {theirs} ค่ะ แจ้งผิด")
    chat.say("ถอนค่ะ")
    with services.uow() as uow:
        assert tickets.by_reference(uow, theirs).status == "submitted"


def test_the_audit_of_an_opened_identity_tells_a_reviewer_no_consent(app, services):
    """A chair opens the identity (audited); the reviewer reads every page the audit shows on:
    neither the consent nor the phone is in it."""
    from tests.dashboard_login import csrf_token, sign_in

    reference = add_ticket(services, name="บุญมา ทองดี", phone="0812345678", call_ok=False)
    chair = add_member(services, "chair")
    client = app.test_client()
    assert sign_in(client, services, chair).status_code == 303
    url = f"/committee/tickets/{reference}"
    client.post(
        f"{url}/identity",
        data={"reason": "ต้องโทรยืนยันข้อเท็จจริง", "csrf_token": csrf_token(client, url)},
    )
    details = " ".join(r[0] or "" for r in sql_rows(services, "SELECT detail FROM audit_log"))
    assert "0812345678" not in details and "call" not in details
    reviewer = _reviewer(app, services)
    for page in (url, "/committee/audit", "/committee/tickets/export.csv"):
        said = reviewer.get(page).get_data(as_text=True)
        assert not any(word in said for word in CALL_WORDS) and "0812345678" not in said, page
