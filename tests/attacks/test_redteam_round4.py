"""Red-team round 4 (insiders, database holders and floods, second look): attacks on the
protections, run for real (SQLite and PostgreSQL, the app's own paths, its command line,
direct SQL as a database writer, a copy of the database without keys).

An attack that still works is an `xfail(strict=True)` test asserting what should hold: the
suite stays green, and the fix turns it into a pass (strict makes the xfail fail, so the
marker must go). Attacks that held are plain tests.
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.attacks.forging import sql_rows, sql_text, verify_result
from tests.conftest import ONE_DATABASE, first_on_both
from tests.factories import Chat, add_member, add_ticket, agency_added, shown, texts

LOGIN_PATH = re.compile(r"/committee/login/[A-Za-z0-9_-]+")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PROPOSAL = re.compile(r'name="proposal" value="(\d+)"')


class Clock:
    """The app's clock, moved by the attacker's script (a month passes between releases),
    or standing still (no throttle window turns over mid-test)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


# For the floods: the app's clock stands still, so no fixed window ends between the tries.
FROZEN = pytest.mark.parametrize(
    "clock", [Clock(datetime(2026, 11, 3, 3, 7, tzinfo=UTC))], ids=["frozen"]
)


def _cli(runner, *args):
    return runner.invoke(args=list(args))


def _status(services, reference: str) -> str:
    from storage import tickets as ticket_store

    with services.uow() as uow:
        return ticket_store.by_reference(uow, reference).status


def _event(line_user_id: str, kind: str, **fields) -> dict:
    """A fresh LINE event from this account, stamped now."""
    return {
        "type": kind,
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": line_user_id},
        "webhookEventId": uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": False},
        "replyToken": uuid.uuid4().hex,
        **fields,
    }


def _sent(client, gateway, line_user_id: str, event: dict) -> str:
    """Deliver the event signed as LINE would; the text of what comes back (to anyone)."""
    before = len(gateway.sent)
    Chat(client, gateway, line_user_id, "test-channel-secret").post(event)
    return texts([m for call in gateway.sent[before:] for m in call["messages"]])


def _say(client, gateway, line_user_id: str, words: str) -> str:
    """Type `words` to the bot from this LINE account; the text of what comes back."""
    message = {"type": "text", "id": _message_id(), "text": words, "quoteToken": "q"}
    return _sent(client, gateway, line_user_id, _event(line_user_id, "message", message=message))


def _tap(client, gateway, line_user_id: str, data: str) -> str:
    """Tap a postback button from this LINE account; the text of what comes back."""
    event = _event(line_user_id, "postback", postback={"data": data})
    return _sent(client, gateway, line_user_id, event)


def _message_id() -> str:
    return str(uuid.uuid4().int)[:18]


def _sign_in_from_line(client, gateway, line_user_id: str):
    """The member types "login" in their own LINE and opens the link pushed back: a session
    of their own asking (not a shell's)."""
    path = LOGIN_PATH.search(_say(client, gateway, line_user_id, "login")).group(0)
    page = client.get(path)
    client.post(path, data={"csrf_token": CSRF.search(page.get_data(as_text=True)).group(1)})
    return client


def _confirm_what_is_shown(client, reference: str) -> None:
    """Press "confirm" on the ticket's page, with the proposal id the page shows."""
    page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    shown = PROPOSAL.search(page)
    if shown is not None:
        client.post(
            f"/committee/tickets/{reference}/confirm",
            data={"csrf_token": CSRF.search(page).group(1), "proposal": shown.group(1)},
        )


# --- four eyes: one person with a shell and a LINE account -----------------------------------


def test_one_operator_cannot_end_a_ticket_by_making_themself_chair_first(
    app, client, runner, gateway, services
):
    add_member(services, "chair", "ประธานตัวจริง")  # an honest chair exists and is told
    operator_line = "U" + uuid.uuid4().hex
    made = _cli(
        runner, "members", "add", "--line-user-id", operator_line, "--name", "ผู้ดูแลระบบ",
        "--role", "chair",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    reference = add_ticket(services)
    # After the grant, the same operator proposes from the shell (a proposal by cli:operator)...
    proposed = _cli(
        runner, "tickets", "set-status", reference, "rejected", "--reason-code", "duplicate",
        "--note", "ซ้ำกับเรื่องอื่น",
    )  # fmt: skip
    assert proposed.exit_code == 0, proposed.output
    # ...and confirms it as "another person": the chair they made of themselves, signed in
    # from their own LINE (not a shell link, so the page lets them decide).
    _confirm_what_is_shown(_sign_in_from_line(client, gateway, operator_line), reference)
    assert _status(services, reference) != "rejected"


def test_one_operator_cannot_end_a_ticket_by_joining_as_chair_with_an_invite(
    app, client, runner, gateway, services
):
    add_member(services, "chair", "ประธานตัวจริง")
    invited = _cli(runner, "members", "invite", "--role", "chair")
    assert invited.exit_code == 0, invited.output
    operator_line = "U" + uuid.uuid4().hex
    code = invited.output.strip().splitlines()[-1]
    _say(client, gateway, operator_line, f"เข้าร่วม {code} สมศักดิ์")
    reference = add_ticket(services)
    proposed = _cli(
        runner, "tickets", "set-status", reference, "rejected", "--reason-code", "duplicate",
        "--note", "ซ้ำกับเรื่องอื่น",
    )  # fmt: skip
    assert proposed.exit_code == 0, proposed.output
    _confirm_what_is_shown(_sign_in_from_line(client, gateway, operator_line), reference)
    assert _status(services, reference) != "rejected"


# --- the tamper-evident record: what a database writer (no keys) changes beside the ticket ---


def _chair(services, name: str = "ประธาน") -> str:
    """A chair with a LINE account of their own; their LINE id."""
    from tests.factories import new_member

    with services.uow() as uow:
        _, uid = new_member(uow, name, "chair")
        uow.commit()
    return uid


def test_a_database_writer_cannot_record_an_agency_answer_unseen(app, runner, services):
    reference = add_ticket(services)
    assert verify_result(runner).exit_code == 0
    (ticket_id,) = sql_rows(services, "SELECT id FROM tickets WHERE reference = :r", r=reference)[0]
    sql_text(
        services,
        "INSERT INTO referrals (ticket_id, agency_code, agency_name, letter_number, letter_date,"
        " identity_included, created_at, created_by, forwarded_at, answer_due_at, answered_at,"
        " answer_summary) VALUES (:t, 'nacc', 'สำนักงาน ป.ป.ช. ประจำจังหวัดบุรีรัมย์',"
        " 'บร 0001/9999', '2026-03-11', false, '2026-03-11 03:00:00', 'member:1',"
        " '2026-03-11 03:00:00', '2026-04-10 03:00:00', '2026-03-12 03:00:00',"
        " 'ตรวจสอบแล้ว ไม่พบการกระทำผิด')",
        t=ticket_id,
    )
    verify = verify_result(runner)
    assert verify.exit_code == 1 and reference in verify.output, verify.output


def test_a_database_writer_cannot_take_a_photo_off_a_ticket_unseen(app, runner, services):
    from storage import tickets as ticket_store
    from storage.models import Evidence

    reference = add_ticket(services)
    with services.uow() as uow:  # stored as the evidence fetcher stores a download
        key, size, mark = services.fetcher.store.write([b"\xff\xd8\xff\xe0" + b"x" * 2000])
        uow.session.add(
            Evidence(
                ticket_id=ticket_store.by_reference(uow, reference).id,
                line_message_id="5" + "0" * 17,
                media_kind="image",
                content_type="image/jpeg",
                size_bytes=size,
                sha256=mark,
                storage_path=key,
                status="stored",
            )
        )
        uow.commit()
    assert verify_result(runner).exit_code == 0
    sql_text(services, "DELETE FROM evidence")
    verify = verify_result(runner)
    assert verify.exit_code == 1 and reference in verify.output, verify.output


def test_a_proposal_forged_in_the_database_is_not_confirmed_unseen(
    app, client, runner, gateway, services
):
    chair_line = _chair(services)
    reviewer_id = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services)
    (ticket_id,) = sql_rows(services, "SELECT id FROM tickets WHERE reference = :r", r=reference)[0]
    sql_text(
        services,
        "INSERT INTO ticket_proposals (ticket_id, to_status, reason, reason_code,"
        " proposed_by_id, proposed_at, state) VALUES (:t, 'rejected', 'ซ้ำกับเรื่องอื่น',"
        " 'duplicate', :m, CURRENT_TIMESTAMP, 'pending')",
        t=ticket_id,
        m=reviewer_id,
    )
    _confirm_what_is_shown(_sign_in_from_line(client, gateway, chair_line), reference)
    verify = verify_result(runner)
    assert _status(services, reference) != "rejected" or verify.exit_code == 1, verify.output


# --- recusal against a database writer ------------------------------------------------------


def test_a_conflict_undone_in_the_database_does_not_open_the_tickets_unseen(app, runner, services):
    from handlers.directory.access import hidden_from
    from storage import tickets as ticket_store
    from storage.models import Member

    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("agency", "อบต.สองห้อง")])
    reference = add_ticket(services)  # about อบต.สองห้อง

    def hidden() -> bool:
        with services.uow() as uow:
            member = uow.session.get(Member, member_id)
            return hidden_from(uow, member).hides(ticket_store.by_reference(uow, reference))

    assert hidden()
    sql_text(
        services,
        "UPDATE member_conflicts SET removed_at = CURRENT_TIMESTAMP, removed_by = 'member:999'",
    )
    sql_text(services, "UPDATE agencies SET reviewed = true")
    verify = verify_result(runner)
    assert hidden() or verify.exit_code == 1, verify.output


# --- floods: /status from one client dressed as many, spellings, replays --------------------


def _status_miss(client, reference: str, code: str = "AAAA-BBBB-CCCC", **environ):
    """One /status look-up from the browser's own form (its CSRF token); the response code."""
    headers = environ.pop("headers", {})
    page = client.get("/status", environ_base=environ, headers=headers)
    token = CSRF.search(page.get_data(as_text=True)).group(1)
    return client.post(
        "/status",
        data={"csrf_token": token, "reference": reference, "code": code},
        environ_base=environ,
        headers=headers,
    ).status_code


@FROZEN
def test_a_forged_forwarded_for_header_does_not_make_a_new_source(app, client, services):
    client_address = {"REMOTE_ADDR": "203.0.113.7"}
    for n in range(5):  # five misses, each on another reference (no reference is locked)
        assert _status_miss(client, f"BRM-2569-{n + 1:05d}", **client_address) == 404
    for n in range(5):
        spoofed = {"X-Forwarded-For": f"198.51.100.{n}", "X-Real-IP": f"198.51.100.{n}"}
        code = _status_miss(client, f"BRM-2569-{n + 50:05d}", headers=spoofed, **client_address)
        assert code == 429  # still the same source: no proxy is trusted


def test_behind_a_trusted_proxy_a_prepended_address_is_not_believed(
    database_url, tmp_path, gateway
):
    from bot import create_app
    from tests.conftest import make_env

    env = make_env(database_url, tmp_path, TRUSTED_PROXIES="1")
    frozen = Clock(datetime(2026, 11, 3, 3, 7, tzinfo=UTC))
    proxied = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": frozen})
    try:
        client = proxied.test_client()
        proxy = {"REMOTE_ADDR": "10.0.0.1"}
        for n in range(5):  # the proxy appends the client's real address last
            real = {"X-Forwarded-For": "203.0.113.7"}
            assert _status_miss(client, f"BRM-2569-{n + 1:05d}", headers=real, **proxy) == 404
        for n in range(5):  # the client writes addresses of its own before it
            forged = {"X-Forwarded-For": f"198.51.100.{n}, 203.0.113.7"}
            assert _status_miss(client, f"BRM-2569-{n + 50:05d}", headers=forged, **proxy) == 429
        # ...and another villager behind the same proxy is still heard.
        other = {"X-Forwarded-For": "203.0.113.99"}
        assert _status_miss(client, "BRM-2569-00099", headers=other, **proxy) == 404
    finally:
        proxied.extensions["sujarit"].engine.dispose()


@FROZEN
def test_spellings_of_one_reference_share_its_lock_out(app, client, services):
    reference = add_ticket(services)
    year, number = reference.split("-")[1:]
    spellings = [
        reference,
        reference.lower(),
        f"brm - {year} - {number}",
        f" Brm-{year}-{number} ",
        f"B R M-{year}-{number}",
    ]
    for n, spelling in enumerate(spellings):  # five sources, one miss each
        assert _status_miss(client, spelling, REMOTE_ADDR=f"203.0.113.{n + 1}") == 404
    for n, spelling in enumerate([*spellings, f"bRm-{year}-{number}"]):
        assert _status_miss(client, spelling, REMOTE_ADDR=f"198.51.100.{n + 1}") == 429


def test_a_captured_webhook_body_replayed_after_the_retention_is_refused(
    app, client, gateway, services
):
    person = "U" + uuid.uuid4().hex
    event = _event(person, "postback", postback={"data": "menu=complain"})
    event["timestamp"] -= 8 * 24 * 3600 * 1000  # RETENTION_EVENT_DAYS is 7
    before = len(gateway.sent)
    assert Chat(client, gateway, person, "test-channel-secret").post(event).status_code == 200
    assert gateway.sent[before:] == []
    assert sql_rows(services, "SELECT count(*) FROM drafts")[0][0] == 0
    # The same tap sent now is answered (the body itself was fine).
    assert _tap(client, gateway, person, "menu=complain")


# --- a database copy without keys -------------------------------------------------------------


def test_a_database_copy_cannot_test_a_guessed_webhook_event(app, client, gateway, services):
    """The attacker guesses what someone tapped (the event's id and time are in the copy)
    and hashes the event as the code does: the copy must not say whether it was that."""
    import hashlib
    import json

    person = "U" + uuid.uuid4().hex
    event = _event(person, "postback", postback={"data": "menu=complain"})
    Chat(client, gateway, person, "test-channel-secret").post(event)
    body = {k: v for k, v in event.items() if k not in ("deliveryContext", "replyToken")}
    guess = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    plain = hashlib.sha256(guess.encode("utf-8")).hexdigest()
    (kept,) = sql_rows(
        services,
        "SELECT fingerprint FROM processed_events WHERE webhook_event_id = :i",
        i=event["webhookEventId"],
    )
    assert kept[0] != plain
    # ...and the redelivery is still known for the same event (keyed the same way).
    event["deliveryContext"] = {"isRedelivery": True}
    before = len(gateway.sent)
    assert Chat(client, gateway, person, "test-channel-secret").post(event).status_code == 200
    assert gateway.sent[before:] == []


@FROZEN
def test_a_database_copy_does_not_hold_the_addresses_of_status_look_ups(app, client, services):
    reference = add_ticket(services)
    assert _status_miss(client, reference, REMOTE_ADDR="203.0.113.7") == 404
    subjects = [s for (s,) in sql_rows(services, "SELECT subject FROM throttle_counts")]
    assert not any("203.0.113" in s for s in subjects), subjects


# --- public figures: differencing one release's tables, and two releases -------------------


@pytest.fixture
def published(database_url, tmp_path, gateway):
    """The app with k = 5, monthly releases and a clock of its own; (app, services, clock)."""
    from bot import create_app
    from tests.conftest import make_env
    from tests.shared_engines import release

    clock = Clock(datetime(2026, 11, 3, 3, 0, tzinfo=UTC))
    env = make_env(
        database_url, tmp_path, TRANSPARENCY_MIN_COUNT="5", TRANSPARENCY_CACHE_SECONDS="0"
    )
    application = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True, "CLOCK": clock})
    yield application, application.extensions["sujarit"], clock
    release(application.extensions["sujarit"].engine)


def _shown(cell: dict) -> int | None:
    return cell.get("count")


@ONE_DATABASE  # the withholding rules are Python over the kept counts
def test_the_grand_total_does_not_pin_the_withheld_months(published):
    app, services, clock = published
    for day in range(6):  # six complaints in October, one on 2 November
        add_ticket(services, submitted_at=datetime(2026, 10, 10 + day, 3, tzinfo=UTC))
    add_ticket(services, submitted_at=datetime(2026, 11, 2, 3, tzinfo=UTC))
    data = app.test_client().get("/transparency/data.json").get_json()
    received = _shown(data["received"])
    months = [_shown(m) for m in data["months"]]
    assert None in months and _shown(data["months_total"]) is None  # some month is withheld
    # Every ticket falls within the months listed (the service is younger than the period).
    assert received is not None, "nothing to subtract from"
    in_withheld_months = received - sum(m for m in months if m is not None)
    k = data["min_count"]
    assert not 0 < in_withheld_months < k, f"the withheld months hold {in_withheld_months}"


@ONE_DATABASE  # the withholding rules are Python over the kept counts
def test_two_successive_releases_do_not_tell_one_complaint_came_in(published):
    app, services, clock = published
    for day in range(6):
        add_ticket(services, submitted_at=datetime(2026, 10, 10 + day, 3, tzinfo=UTC))
    client = app.test_client()
    november = client.get("/transparency/data.json").get_json()
    add_ticket(services, submitted_at=datetime(2026, 11, 20, 3, tzinfo=UTC))  # one villager
    clock.at = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    december = client.get("/transparency/data.json").get_json()
    before, after = _shown(november["received"]), _shown(december["received"])
    k = december["min_count"]
    assert before is None or after is None or not 0 < after - before < k, (before, after)


# --- recusal: what a tied chair still reads --------------------------------------------------


def _tied_chair(runner, services) -> tuple[int, str]:
    """A chair tied to อบต.บ้านเป้า (a record the committee made), beside an untied chair;
    the tied chair's id and LINE id."""
    from tests.factories import new_member

    made = agency_added(runner, services, "อบต.บ้านเป้า")
    assert made.exit_code == 0, made.output
    with services.uow() as uow:
        tied, uid = new_member(uow, "ประธานที่มีส่วนได้เสีย", "chair", [("agency", "อบต.บ้านเป้า")])
        new_member(uow, "ประธานอีกคน", "chair")
        uow.commit()
        return tied.id, uid


def _hidden_from(services, member_id: int, reference: str) -> bool:
    from handlers.directory.access import hidden_from
    from storage import tickets as ticket_store
    from storage.models import Member

    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        return hidden_from(uow, member).hides(ticket_store.by_reference(uow, reference))


def test_a_tied_chair_does_not_read_a_new_spelling_of_their_agency(
    app, client, runner, gateway, services
):
    tied_id, tied_line = _tied_chair(runner, services)
    reference = add_ticket(services, agency="อบต.บานเปา", official="นายก อบต.")
    assert _hidden_from(services, tied_id, reference)  # the ticket itself is kept from them
    signed_in = _sign_in_from_line(client, gateway, tied_line)
    page = signed_in.get("/committee/accused-agencies").get_data(as_text=True)
    assert "บานเปา" not in page


# --- evidence originals: the re-encoded copy is what a row says it is ------------------------


def test_a_reviewer_never_receives_the_original_photo_even_after_a_database_write(
    app, client, gateway, services
):
    import io

    from PIL import Image

    from storage import tickets as ticket_store
    from storage.models import Evidence
    from tests.factories import new_member, photo_with_gps

    with services.uow() as uow:
        _, reviewer_line = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
    reference = add_ticket(services)
    original = photo_with_gps()
    redrawn = io.BytesIO()
    Image.open(io.BytesIO(original)).convert("RGB").save(redrawn, format="JPEG")
    store = services.fetcher.store
    key, size, mark = store.write([original])
    clean_key, _, _ = store.write([redrawn.getvalue()], kind="jpg")
    with services.uow() as uow:
        item = Evidence(
            ticket_id=ticket_store.by_reference(uow, reference).id,
            line_message_id="6" + "0" * 17,
            media_kind="image",
            content_type="image/jpeg",
            size_bytes=size,
            sha256=mark,
            storage_path=key,
            clean_path=clean_key,
            status="stored",
        )
        uow.session.add(item)
        uow.commit()
        evidence_id = item.id
    reviewer = _sign_in_from_line(client, gateway, reviewer_line)
    url = f"/committee/tickets/{reference}/evidence/{shown(services, 'evidence', evidence_id)}"
    assert b"Samsung" not in reviewer.get(url).get_data()  # the copy the app re-drew
    sql_text(services, "UPDATE evidence SET clean_path = storage_path")
    got = reviewer.get(url).get_data()
    assert b"Samsung" not in got and got != original


# --- recusal: the tied agency named in the story in other English and Thai spellings --------

STORIES = [
    pytest.param("Ban Pao TAO chief asked for 5,000 baht", id="TAO"),
    pytest.param("นายก Or Bor Tor Ban Pao เรียกเงิน", id="Or Bor Tor before"),
    pytest.param("the mayor of Bann Pao SAO took money", id="Bann"),
    pytest.param("นายก อ บ ต บ้าน\u2060เป้า เรียกเงิน", id="spaced kind, word joiner"),
    pytest.param("นายกอบต.บ้าน\u3164เป้า เรียกเงิน", id="Hangul filler"),
    pytest.param("ปลัดองค์การบริหารส่วนต\u0e4d\u0e32บลบ้านเป้า เรียกเงิน", id="sara am in two"),
    pytest.param(
        "the Ban Pao Subdistrict Administration Organization mayor took money",
        id="Administration",
    ),
    pytest.param("Ban Pao Sub-District Admin Org asked for money", id="Admin Org"),
    pytest.param("the SAO in Ban Pao took money", id="SAO in"),
    pytest.param("the Or Bor Tor of Ban Pao took money", id="Or Bor Tor of"),
]


@first_on_both("story", STORIES)
def test_a_story_naming_the_tied_agency_keeps_the_ticket_from_the_tied_member(
    app, runner, services, story
):
    for name in ("โรงเรียนบ้านกรวด", "อบต.บ้านเป้า"):
        made = agency_added(runner, services, name)
        assert made.exit_code == 0, made.output
    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("agency", "อบต.บ้านเป้า")])
    plain = add_ticket(services, agency="โรงเรียนบ้านกรวด", official="ครูใหญ่")
    assert not _hidden_from(services, member_id, plain)  # the school alone: shown
    reference = add_ticket(services, agency="โรงเรียนบ้านกรวด", official="ครูใหญ่", description=story)
    assert _hidden_from(services, member_id, reference)


def test_a_tied_chair_does_not_read_a_new_spelling_of_their_agency_in_the_audit(
    app, client, runner, gateway, services
):
    from sqlalchemy import select

    from handlers.directory import agencies
    from storage.insider_models import Agency
    from storage.models import Member

    tied_id, tied_line = _tied_chair(runner, services)
    reference = add_ticket(services, agency="อบต.บานเปา", official="นายก อบต.")
    with services.uow() as uow:  # the other chair looks at the new record and reviews it
        other = uow.session.scalars(select(Member).where(Member.name == "ประธานอีกคน")).one()
        record = uow.session.scalars(select(Agency).where(Agency.name.contains("บานเปา"))).one()
        agencies.review(uow, record, other)
        uow.commit()
    assert _hidden_from(services, tied_id, reference)  # still kept from the tied chair
    page = _sign_in_from_line(client, gateway, tied_line).get("/committee/audit")
    assert "บานเปา" not in page.get_data(as_text=True)


def test_a_shell_login_link_unmarked_in_the_database_cannot_confirm(app, client, runner, services):
    from tests.factories import new_member

    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair_id = chair.id
    reference = add_ticket(services)
    proposed = _cli(
        runner, "tickets", "set-status", reference, "rejected", "--reason-code", "duplicate",
        "--note", "ซ้ำกับเรื่องอื่น",
    )  # fmt: skip
    assert proposed.exit_code == 0, proposed.output
    link = _cli(runner, "members", "login-link", "--id", str(chair_id))
    assert link.exit_code == 0, link.output
    sql_text(services, "UPDATE login_tokens SET from_shell = false")  # one UPDATE, no key needed
    path = LOGIN_PATH.search(link.output).group(0)
    page = client.get(path)
    client.post(path, data={"csrf_token": CSRF.search(page.get_data(as_text=True)).group(1)})
    _confirm_what_is_shown(client, reference)
    verify = verify_result(runner)
    assert _status(services, reference) != "rejected" or verify.exit_code == 1, verify.output


def test_the_public_total_does_not_count_the_tickets_kept_from_a_tied_member(published, gateway):
    from handlers.directory.access import hidden_from
    from storage.models import Member, Ticket

    app, services, clock = published
    runner = app.test_cli_runner()
    for name in ("อบต.สองห้อง", "อบต.บ้านเป้า"):
        assert agency_added(runner, services, name).exit_code == 0
    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("agency", "อบต.บ้านเป้า")])
    for day in range(6):
        add_ticket(services, submitted_at=datetime(2026, 10, 10 + day, 3, tzinfo=UTC))
    add_ticket(
        services,
        agency="อบต.บ้านเป้า",
        submitted_at=datetime(2026, 10, 20, 3, tzinfo=UTC),
    )
    received = _shown(app.test_client().get("/transparency/data.json").get_json()["received"])
    with services.uow() as uow:
        hidden = hidden_from(uow, uow.session.get(Member, member_id))
        every = list(uow.session.query(Ticket))
        shown = sum(not hidden.hides(t) for t in every)
        kept = len(every) - shown
    assert kept == 1  # one complaint about their agency, kept from them
    assert received is None or received - shown != kept, (received, shown)


# --- the record between two anchors -------------------------------------------------------


def test_an_entry_written_since_the_last_anchor_cannot_be_rolled_back_unseen(app, runner, services):
    from storage import tickets as ticket_store

    reference = add_ticket(services)
    anchored = _cli(runner, "jobs", "run", "verify-records")
    assert anchored.exit_code == 0, anchored.output
    (snapshot,) = sql_rows(services, "SELECT * FROM tickets WHERE reference = :r", r=reference)
    with services.uow() as uow:  # the chair writes on the record: sealed by the application
        ticket = ticket_store.by_reference(uow, reference)
        ticket_store.add_timeline(uow, ticket, "note", "member:1", "ส่งเรื่องต่อ ป.ป.ช. แล้ว")
        uow.commit()
    row = dict(snapshot._mapping)
    tid = row.pop("id")
    sql_text(
        services,
        "DELETE FROM ticket_events WHERE ticket_id = :t AND id <> "
        "(SELECT min(id) FROM ticket_events WHERE ticket_id = :t)",
        t=tid,
    )
    sets = ", ".join(f"{c} = :{c}" for c in row)
    sql_text(services, f"UPDATE tickets SET {sets} WHERE id = :id", id=tid, **row)
    verify = verify_result(runner)
    assert verify.exit_code == 1 and reference in verify.output, verify.output


# --- floods against the committee's door, and the work /status does ----------------------


@FROZEN
def test_made_up_login_links_from_a_shared_address_leave_the_chairs_link_working(
    app, client, gateway, services
):
    chair_line = _chair(services)
    office = {"REMOTE_ADDR": "203.0.113.40"}  # one NAT for the whole office
    for _ in range(20):
        bogus = f"/committee/login/{uuid.uuid4().hex}"
        page = client.get(bogus, environ_base=office)
        token = CSRF.search(page.get_data(as_text=True)).group(1)
        client.post(bogus, data={"csrf_token": token}, environ_base=office)
    path = LOGIN_PATH.search(_say(client, gateway, chair_line, "login")).group(0)
    page = client.get(path, environ_base=office)
    token = CSRF.search(page.get_data(as_text=True)).group(1)
    signed_in = client.post(path, data={"csrf_token": token}, environ_base=office)
    assert signed_in.status_code == 303


@FROZEN
def test_status_does_the_same_slow_work_for_a_made_up_reference(
    app, client, chat, services, monkeypatch
):
    import hashlib

    from tests.factories import submitted

    reference = submitted(chat).reference  # filed in LINE: a salted tracking code

    real = hashlib.scrypt
    calls: list[int] = []

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    work = {}
    for name, asked in (("real", reference), ("made up", "BRM-2569-09999")):
        calls.clear()
        assert _status_miss(client, asked, REMOTE_ADDR=f"203.0.113.{len(work) + 1}") == 404
        work[name] = len(calls)
    assert work["real"] == work["made up"] > 0, work


# --- recusal by district: the district named only in the text ------------------------------


def _filed_in_chat(services, line_id: str | None = None, **fields) -> str:
    """A complaint sent the way the chat sends it (`submit_draft`), from this LINE account
    (a new one by default); its reference."""
    from handlers.complaint.submission import submit_draft
    from storage.models import Draft
    from storage.users import user_for_line_id

    data = {
        "kind": "bribery",
        "agency": "โรงเรียนบ้านกรวด",
        "official": "ครูใหญ่",
        "district": "เมืองบุรีรัมย์",
        "description": "ครูใหญ่เรียกเงินค่าแป๊ะเจี๊ยะห้าพันบาทจากผู้ปกครองทุกคน",
        "anonymous": True,
        **fields,
    }
    with services.uow() as uow:
        user = user_for_line_id(uow, line_id or "U" + uuid.uuid4().hex)
        draft = Draft(user_id=user.id, step="confirm", data=data)
        uow.session.add(draft)
        uow.session.flush()
        out = submit_draft(uow, user, draft, 0)
        uow.commit()
    return out[0].params["reference"]


DISTRICT_TEXTS = [
    pytest.param({"official": "นายก อบต.ถนนหัก"}, id="an อบต. of the district"),
    pytest.param({"description": "ปลัดอบต.ถนนหักเรียกเงินผ่านครูใหญ่"}, id="in the story"),
    pytest.param({"official": "นายอำเภอนางรอง"}, id="the district chief"),
    pytest.param(
        {"description": "ที่ว่าการอำเภอนางรองสั่งให้ครูใหญ่เก็บเงินจากผู้ปกครอง"},
        id="the district office in the story",
    ),
    pytest.param(
        {"description": "the Nang Rong district chief told the headmaster to collect money"},
        id="in English",
    ),
]


@first_on_both("fields", DISTRICT_TEXTS)
def test_a_ticket_naming_the_tied_district_is_kept_from_the_tied_member(
    app, runner, services, fields
):
    for name in ("โรงเรียนบ้านกรวด", "อบต.ถนนหัก"):  # a school in Mueang, an อบต. in Nang Rong
        made = agency_added(runner, services, name)
        assert made.exit_code == 0, made.output
    member_id = add_member(services, "reviewer", "ผู้ตรวจ", conflicts=[("district", "นางรอง")])
    assert not _hidden_from(services, member_id, _filed_in_chat(services))  # the school: shown
    assert _hidden_from(services, member_id, _filed_in_chat(services, **fields))


# --- unlinkability: an erasure leaves one person's tickets side by side --------------------


# The erasures a moment apart: the app's clock moved on 1.2 s between them, not the wall
# clock slept through (each entry's time is the app's clock's, `storage/privacy.py`).
ERASED_AT = datetime(2026, 11, 3, 3, 7, tzinfo=UTC)


@pytest.mark.parametrize("clock", [Clock(ERASED_AT)], ids=["moved"])
def test_a_database_copy_cannot_tie_an_erased_persons_tickets_together(app, services, clock):
    from storage.privacy import erase_person
    from storage.users import user_by_line_id

    clock.at = ERASED_AT  # the same start on each database
    person, other = "U" + uuid.uuid4().hex, "U" + uuid.uuid4().hex
    _filed_in_chat(services, person)
    _filed_in_chat(services, other)  # someone else's, filed in between
    _filed_in_chat(services, person, anonymous=False)
    _filed_in_chat(services, other)
    for who in (person, other):  # both ask to be forgotten, a moment apart
        with services.uow() as uow:
            erase_person(uow, user_by_line_id(uow, who))
            uow.commit()
        clock.at += timedelta(seconds=1.2)
    # The attacker: plain SQL on a copy, no keys; entries less than a second apart are one act.
    rows = sql_rows(
        services,
        "SELECT e.at, t.reference FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
        "WHERE e.kind = 'privacy' ORDER BY e.at",
    )
    moments = [(datetime.fromisoformat(str(at)), reference) for at, reference in rows]
    groups: list[set[str]] = []
    for n, (at, reference) in enumerate(moments):
        if n and (at - moments[n - 1][0]).total_seconds() < 1:
            groups[-1].add(reference)
        else:
            groups.append({reference})
    paired = [g for g in groups if len(g) > 1]
    assert not paired, f"tickets of one person, side by side: {paired}"


# --- recusal on the dashboard's own pages (held) -------------------------------------------


def _page_as(response, reference: str) -> str:
    """A page with its reference and its CSRF token (timed, so it changes) blanked."""
    return CSRF.sub("csrf", response.get_data(as_text=True).replace(reference, "X"))


def test_a_tied_reviewer_finds_nothing_of_the_agency_on_the_dashboard(
    app, client, runner, gateway, services
):
    from tests.factories import new_member

    for name in ("อบต.สองห้อง", "อบต.บ้านเป้า"):
        assert agency_added(runner, services, name).exit_code == 0
    with services.uow() as uow:
        _, tied_line = new_member(uow, "ผู้ตรวจ", "reviewer", [("agency", "อบต.บ้านเป้า")])
        uow.commit()
    shown = add_ticket(services)
    kept = [
        add_ticket(services, agency="อบต.บ้านเป้า", description="นายกเรียกเงินค่าถมดินสามหมื่น")
        for _ in range(5)
    ]
    kept.append(add_ticket(services, description="Ban Pao SAO mayor took a bribe, ถมดินสามหมื่น"))
    reviewer = _sign_in_from_line(client, gateway, tied_line)
    missing = reviewer.get("/committee/tickets/BRM-2569-09999")
    for reference in kept:
        page = reviewer.get(f"/committee/tickets/{reference}")
        assert page.status_code == missing.status_code == 404
        assert _page_as(page, reference) == _page_as(missing, "BRM-2569-09999")
    for url, searched in (
        ("/committee/tickets", ""),
        ("/committee/tickets?q=ถมดิน", "ถมดิน"),
        ("/committee/tickets?q=Ban Pao", "Ban Pao"),
        ("/committee/tickets/export.csv", ""),
        ("/committee/figures", ""),
    ):
        body = reviewer.get(url).get_data(as_text=True)
        assert not any(reference in body for reference in kept), url
        assert "ถมดิน" not in body.replace(searched, "") and "took a bribe" not in body, url
    assert shown in reviewer.get("/committee/tickets").get_data(as_text=True)


@ONE_DATABASE  # the withholding rules are Python over the kept counts
def test_a_medians_ticket_count_does_not_pin_a_small_count(published):
    app, services, clock = published
    for day in range(6):
        filed = datetime(2026, 10, 10 + day, 3, tzinfo=UTC)
        add_ticket(services, submitted_at=filed, taken_at=filed.replace(hour=9))
    add_ticket(services, submitted_at=datetime(2026, 10, 30, 3, tzinfo=UTC))  # not taken yet
    data = app.test_client().get("/transparency/data.json").get_json()
    received = _shown(data["received"])
    taken = _shown(data["medians_hours"]["take"]["tickets"])
    waiting = None if received is None or taken is None else received - taken
    assert waiting is None or not 0 < waiting < data["min_count"], (received, taken)


def test_a_tied_reviewer_in_line_cannot_tell_a_kept_ticket_from_a_made_up_one(
    app, client, runner, gateway, services
):
    from tests.factories import new_member

    assert agency_added(runner, services, "อบต.บ้านเป้า").exit_code == 0
    with services.uow() as uow:
        _, tied_line = new_member(uow, "ผู้ตรวจ", "reviewer", [("agency", "อบต.บ้านเป้า")])
        uow.commit()
    kept = add_ticket(services, agency="อบต.บ้านเป้า")
    for verb in ("take", "open", "ask"):
        said = _tap(client, gateway, tied_line, f"{verb}={kept}").replace(kept, "X")
        made_up = _tap(client, gateway, tied_line, f"{verb}=BRM-2569-09999")
        assert said == made_up.replace("BRM-2569-09999", "X"), verb
    for words in ("เรื่องใหม่", "new tickets", "เรื่องของฉัน"):
        assert kept not in _say(client, gateway, tied_line, words)
    with services.uow() as uow:
        from storage import tickets as ticket_store

        assert ticket_store.by_reference(uow, kept).assignee_id is None


def test_a_reviewer_is_refused_the_original_of_a_photo(app, client, gateway, services):
    from storage import tickets as ticket_store
    from storage.models import Evidence
    from tests.factories import new_member, photo_with_gps

    with services.uow() as uow:
        _, reviewer_line = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
    reference = add_ticket(services)
    store = services.fetcher.store
    ids = []
    for content, kind in (
        (photo_with_gps(), "image/jpeg"),
        (b"%PDF-1.4 Author: x", "application/pdf"),
    ):
        key, size, mark = store.write([content])
        with services.uow() as uow:
            item = Evidence(
                ticket_id=ticket_store.by_reference(uow, reference).id,
                line_message_id=_message_id(),
                media_kind="image" if kind.startswith("image/") else "file",
                content_type=kind,
                size_bytes=size,
                sha256=mark,
                storage_path=key,
                status="stored",
            )
            uow.session.add(item)
            uow.commit()
            ids.append(item.id)
    ids = [shown(services, "evidence", i) for i in ids]  # as the page links them
    reviewer = _sign_in_from_line(client, gateway, reviewer_line)
    for evidence_id in ids:
        for query in ("", "?original=1", "?original=true", "?original=1&original=0"):
            got = reviewer.get(f"/committee/tickets/{reference}/evidence/{evidence_id}{query}")
            assert got.status_code == 403, (evidence_id, query)
            assert b"Samsung" not in got.get_data() and b"%PDF" not in got.get_data()


def _seconds_after(at, start: datetime) -> float:
    return (datetime.fromisoformat(str(at)).replace(tzinfo=None) - start).total_seconds()


def test_a_database_copy_cannot_pair_a_ticket_with_its_author_by_language(app, runner, services):
    from storage.users import user_for_line_id

    english = "U" + uuid.uuid4().hex
    with services.uow() as uow:  # a villager who chose English
        user_for_line_id(uow, english).language = "en"
        uow.commit()
    for _ in range(3):
        _filed_in_chat(services)
    reference = _filed_in_chat(services, english)
    moved = _cli(runner, "tickets", "set-status", reference, "in_review")
    assert moved.exit_code == 0, moved.output
    # The attacker: plain SQL on a copy, no keys.
    notices = sql_rows(
        services,
        "SELECT purpose, language, created_at FROM outbox "
        "WHERE purpose LIKE 'status:%' AND status = 'sent'",
    )
    paired = {}
    for purpose, language, hour in notices:
        start = datetime.fromisoformat(str(hour)).replace(tzinfo=None)
        changed = {
            ref
            for ref, at in sql_rows(
                services,
                "SELECT t.reference, e.at FROM ticket_events e JOIN tickets t "
                "ON t.id = e.ticket_id WHERE e.to_status = :s AND e.internal = false",
                s=purpose.split(":", 1)[1],
            )
            # that hour, or the one before (should the delivery have crossed into the next)
            if -3600 <= _seconds_after(at, start) < 3600
        }
        speakers = [
            u
            for (u,) in sql_rows(
                services, "SELECT id FROM line_users WHERE language = :l", l=language
            )
        ]
        if len(changed) == 1 and len(speakers) == 1:
            paired[changed.pop()] = speakers[0]
    with services.uow() as uow:
        author = user_for_line_id(uow, english).id
    assert paired.get(reference) != author, paired


def test_an_answer_is_not_relayed_to_an_asker_who_declared_a_tie_since(
    app, client, runner, gateway, services
):
    from tests.factories import new_member

    assert agency_added(runner, services, "อบต.บ้านเป้า").exit_code == 0
    with services.uow() as uow:
        asker, asker_line = new_member(uow, "ผู้ตรวจ", "reviewer")
        new_member(uow, "ประธาน", "chair")
        uow.commit()
        asker_id = asker.id
    complainant = "U" + uuid.uuid4().hex
    reference = _filed_in_chat(services, complainant, agency="อบต.บ้านเป้า", official="นายก อบต.")
    _tap(client, gateway, asker_line, f"take={reference}")
    _tap(client, gateway, asker_line, f"ask={reference}")
    asked = _say(client, gateway, asker_line, "ขอทราบว่าจ่ายเงินที่ไหนคะ")
    assert reference in asked
    declared = _cli(
        runner, "members", "conflicts", "add", "--id", str(asker_id), "--kind", "agency",
        "--value", "อบต.บ้านเป้า", "--reason", "ญาติเป็นปลัด",
    )  # fmt: skip
    assert declared.exit_code == 0, declared.output
    before = len(gateway.sent)
    _tap(client, gateway, complainant, f"answer={reference}")
    _say(client, gateway, complainant, "จ่ายที่ร้านกาแฟหน้าตลาดค่ะ")
    _say(client, gateway, complainant, "เสร็จแล้ว")
    to_asker = [c for c in gateway.sent[before:] if c.get("to") == asker_line]
    assert "ร้านกาแฟ" not in texts([m for c in to_asker for m in c["messages"]])
    assert sql_rows(services, "SELECT count(*) FROM ticket_events WHERE body LIKE '%ร้านกาแฟ%'")[0][
        0
    ]


@FROZEN
def test_new_addresses_in_one_ipv6_network_are_one_source(app, client, services):
    for n in range(5):  # five misses, each from another address of one household's /64
        code = _status_miss(client, f"BRM-2569-{n + 1:05d}", REMOTE_ADDR=f"2001:db8:1:2::{n + 1}")
        assert code == 404
    for address in ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::abcd"):
        assert _status_miss(client, "BRM-2569-00077", REMOTE_ADDR=address) == 429
    # An IPv4 client seen through an IPv6 socket is the same client as over IPv4.
    for n in range(5):
        assert _status_miss(client, f"BRM-2569-{n + 20:05d}", REMOTE_ADDR="203.0.113.9") == 404
    assert _status_miss(client, "BRM-2569-00078", REMOTE_ADDR="::ffff:203.0.113.9") == 429
    # The next /64 is another household.
    assert _status_miss(client, "BRM-2569-00079", REMOTE_ADDR="2001:db8:1:3::1") == 404


def test_a_tied_reviewer_does_not_read_a_new_spelling_of_their_agency_on_the_conflicts_page(
    app, client, runner, gateway, services
):
    from tests.factories import new_member

    assert agency_added(runner, services, "อบต.บ้านเป้า").exit_code == 0
    with services.uow() as uow:
        tied, tied_line = new_member(uow, "ผู้ตรวจ", "reviewer", [("agency", "อบต.บ้านเป้า")])
        uow.commit()
        tied_id = tied.id
    reference = add_ticket(services, agency="อบต.บานเปา", official="นายก อบต.")
    assert _hidden_from(services, tied_id, reference)
    page = _sign_in_from_line(client, gateway, tied_line).get("/committee/conflicts")
    assert page.status_code == 200
    assert "บานเปา" not in page.get_data(as_text=True)
