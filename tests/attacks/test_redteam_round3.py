"""Red-team round 3: attacks on the protections, run for real (PostgreSQL, the app's own
paths, the command line, direct SQL as a database writer).

An attack that still works is an `xfail(strict=True)` test: the suite stays green, and the
fix turns it into a pass (and strict makes the xfail fail, so the marker must go).
Attacks that held are plain tests.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text

from handlers.thai.agencies import NEAR, mentions, parse, similarity
from tests.attacks.forging import sql_rows, sql_text, verify_result

PG = os.environ.get("TEST_DATABASE_URL", "")
CONFLICT = parse("อบต.บ้านเป้า")


def _named(text_: str) -> float:
    """How close the closest agency named anywhere in `text_` is to อบต.บ้านเป้า."""
    found = [parse(text_), *mentions(text_)]
    return max(similarity(CONFLICT, m) for m in found)


# --- recusal through look-alike letters (handlers/thai/normalise.clean, agencies) ---------

HELD_SPELLINGS = {
    "cyrillic": "Ban Pao ЅАО",
    "greek": "Ban Pαο SAO",
    "full-width": "ＳＡＯ Ｂａｎ Ｐａｏ",
    "mathematical bold": "𝐒𝐀𝐎 𝐁𝐚𝐧 𝐏𝐚𝐨",
    "circled": "ⓈⒶⓄ Ⓑⓐⓝ Ⓟⓐⓞ",
    "zero-width": "อบต.บ้าน\u200bเป้า\u200d",
    "soft hyphen": "อบต.บ้าน\u00adเป้า",
    "left-to-right mark": "อบต.บ้าน\u200eเป้า",
    "variation selectors": "อบต.บ\ufe0f้าน\ufe0fเป้\ufe0fา",
    "tone before vowel": "อบต.บา้นเปา้",
    "Latin among Thai": "อบต.Ban Pao",
    "in an English sentence": "the mayor of Ban Pao SAO took money",
}


@pytest.mark.parametrize("spelling", list(HELD_SPELLINGS.values()), ids=list(HELD_SPELLINGS))
def test_look_alike_spellings_still_name_the_conflicted_agency(spelling):
    assert _named(spelling) >= NEAR


OTHER_SCRIPTS = {
    # Lao letters are drawn like Thai ones (ບ/บ, ປ/ป, ນ/น, ເ/เ, າ/า, ້/้).
    "Lao letters for the place": "นายกอบต.ບ້ານເປ້າ เรียกเงิน",
    "Lao letters throughout": "ນາຍົກ ອບຕ.ບ້ານເປ້າ เรียกเงิน",
    # Latin look-alikes from IPA, small capitals, Cherokee, Armenian.
    "Latin alpha": "the mayor of Bɑn Pɑo SɑO took money",
    "small capitals": "the mayor of ʙan ᴘao sᴀo took money",
    "Cherokee capitals": "Ᏼan Pao ᏚᎪO",
    "Armenian o": "the mayor of Ban Paօ SAO took money",
}


@pytest.mark.parametrize("spelling", list(OTHER_SCRIPTS.values()), ids=list(OTHER_SCRIPTS))
def test_other_scripts_look_alikes_still_name_the_conflicted_agency(spelling):
    assert _named(spelling) >= NEAR


# --- a deployment on PostgreSQL: the app's own paths, its CLI, and SQL as a writer ----------

needs_pg = pytest.mark.skipif(not PG, reason="TEST_DATABASE_URL (PostgreSQL) not set")


class Clock:
    """The app's clock, moved by the attacker's script (days pass between anchors)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def _keys() -> dict:
    return {
        "DATA_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "DATA_LOOKUP_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "RECORD_SEAL_KEY": base64.urlsafe_b64encode(os.urandom(33)).decode(),
    }


@pytest.fixture
def deployment(tmp_path):
    """A production-like app on its own PostgreSQL database `redteam_r3_*`, at the head
    revision (a copy of this process's first climb, `tests/migrated.py`, then `db upgrade`);
    yields (app, services, clock, env)."""
    from bot import create_app
    from tests.conftest import drop_pg_database
    from tests.migrated import upgrade

    name = f"redteam_r3_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG.rsplit("/", 1)[0] + "/" + name
    env = {
        "LINE_CHANNEL_SECRET": "redteam-channel-secret",
        "LINE_CHANNEL_ACCESS_TOKEN": "redteam-token",
        "LINE_API_BASE_URL": "http://127.0.0.1:9",
        "LINE_DATA_API_BASE_URL": "http://127.0.0.1:9",
        "LINE_SENDER_THREADS": "0",
        "SECRET_KEY": "redteam-secret-key-" + uuid.uuid4().hex,
        "DATABASE_URL": url,
        "RECORD_ANCHOR_DIR": str(tmp_path / "anchors"),
        "EVIDENCE_DIR": str(tmp_path / "evidence"),
        "TRANSPARENCY_MIN_COUNT": "5",
        "TRANSPARENCY_CACHE_SECONDS": "0",
        **_keys(),
    }
    clock = Clock(datetime(2026, 11, 3, 3, 0, tzinfo=UTC))
    # Every migration from empty once per process (about a second of the server's CPU each
    # time), then copied; the command still runs, as a release does.
    upgrade(url)
    app = create_app({"ENV": env, "CLOCK": clock, "TESTING": True})
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade"]).exit_code == 0
    services = app.extensions["sujarit"]
    try:
        yield app, services, clock, env
    finally:
        services_engine = services.uow.session_factory.kw.get("bind")
        if services_engine is not None:
            services_engine.dispose()
        admin.dispose()
        drop_pg_database(name)  # soon, in a process of its own (a drop waits for a checkpoint)


def _file(services, line_id: str, anonymous: bool = True, district: str = "3101") -> str:
    """A complaint sent the way the chat sends it (`submit_draft`); returns its reference."""
    from handlers.complaint.submission import submit_draft
    from storage.models import Draft
    from storage.users import user_for_line_id

    with services.uow() as uow:
        user = user_for_line_id(uow, line_id)
        data = {
            "kind": "bribery",
            "agency": "โรงเรียนบ้านกรวด",
            "official": "ครูใหญ่",
            "district": district,
            "description": "เรียกเงินค่าแป๊ะเจี๊ยะห้าพันบาท " * 3,
            "anonymous": anonymous,
        }
        draft = Draft(user_id=user.id, step="confirm", data=data)
        uow.session.add(draft)
        uow.session.flush()
        out = submit_draft(uow, user, draft, 0)
        uow.commit()
    return out[0].params["reference"]


def _fernet_time(token: str) -> int:
    """The second a Fernet token was made: bytes 1-8 of every token, in the clear."""
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    return struct.unpack(">Q", raw[1:9])[0]


@needs_pg
def test_a_database_copy_cannot_pair_an_anonymous_ticket_with_its_author(deployment):
    import time

    _, services, clock, env = deployment
    filed = {}
    for person in ("Ua" + "1" * 31, "Ub" + "2" * 31, "Uc" + "3" * 31):
        with services.uow() as uow:  # each person talks to the bot first (a row of their own)
            from storage.users import user_for_line_id

            user_for_line_id(uow, person)
            uow.commit()
    for person in ("Ub" + "2" * 31, "Uc" + "3" * 31, "Ua" + "1" * 31):
        clock.at = datetime.now(UTC)  # production: the app's clock is the wall clock
        filed[_file(services, person, anonymous=True)] = person
        time.sleep(1.2)
    # The attacker: a copy of the database, no keys.
    tickets = sql_rows(services, "SELECT reference, submitted_at FROM tickets")
    users = sql_rows(services, "SELECT id, ticket_ids FROM line_users")
    paired = {}
    for reference, submitted in tickets:
        second = submitted.timestamp()
        gap, uid = min((abs(_fernet_time(sealed) - second), uid) for uid, sealed in users)
        if gap <= 1:
            paired[reference] = uid
    with services.uow() as uow:
        from storage.users import user_by_line_id

        truth = {ref: user_by_line_id(uow, person).id for ref, person in filed.items()}
    right = {ref for ref, uid in paired.items() if truth[ref] == uid}
    assert not right, f"{len(right)} of {len(filed)} anonymous tickets paired with their author"


def _run_job(app, name: str):
    result = app.test_cli_runner().invoke(args=["jobs", "run", name])
    assert result.exit_code == 0, result.output
    return result


@needs_pg
def test_public_data_cannot_tell_that_one_complaint_came_in_today(deployment):
    app, services, clock, env = deployment
    for n in range(7):
        _file(services, f"U{n:032d}")
    client = app.test_client()
    before = client.get("/transparency/data.json").get_json()  # the month's release
    _run_job(app, "verify-records")
    clock.at += timedelta(days=1)
    _file(services, "U" + "9" * 32)  # one villager files today
    _run_job(app, "verify-records")
    after = client.get("/transparency/data.json").get_json()
    assert after["received"] == before["received"]  # the release holds for the month...
    # ...and the anchors, published beside it, must not differ by one complaint (they are
    # published by day and digest: a count, if any were there, would be differenced).
    counts = [a["tickets"] for a in after["anchors"] if "tickets" in a]
    assert after["anchors"] and "checked" not in (after["record"] or {})
    differences = {a - b for a, b in zip(counts, counts[1:], strict=False)}
    assert not any(0 < d < 5 for d in differences), f"anchors publish {counts}"


@needs_pg
def test_a_database_writer_cannot_poison_the_published_figures_unseen(deployment):
    app, services, clock, env = deployment
    for n in range(6):
        _file(services, f"U{n:032d}")
    client = app.test_client()
    honest = client.get("/transparency/data.json").get_json()
    assert honest["received"] == {"count": 5, "up_to": 9}  # six, in its band of five
    (figures,) = sql_rows(services, "SELECT figures FROM transparency_releases")[0]
    poisoned = json.loads(figures)
    poisoned["received"] = {"count": 0, "withheld": "small"}
    poisoned["status"] = {k: {"count": 0, "withheld": "small"} for k in poisoned["status"]}
    sql_text(services, "UPDATE transparency_releases SET figures = :f", f=json.dumps(poisoned))
    shown = client.get("/transparency/data.json").get_json()
    verify = verify_result(app.test_cli_runner())
    assert shown["received"] == honest["received"] or verify.exit_code == 1, verify.output


@needs_pg
def test_a_release_cannot_be_made_again_within_its_period(deployment):
    app, services, clock, env = deployment
    for n in range(6):
        _file(services, f"U{n:032d}")
    client = app.test_client()
    first = client.get("/transparency/data.json").get_json()
    _file(services, "U" + "9" * 32)  # the complaint the attacker wants to see
    sql_text(services, "DELETE FROM transparency_releases")
    again = client.get("/transparency/data.json").get_json()
    verify = verify_result(app.test_cli_runner())
    assert again["received"] == first["received"] or verify.exit_code == 1, verify.output


def _written_on_after_a_copy(services) -> tuple[str, dict]:
    """A ticket, a copy of its row as a writer keeps it (an earlier, validly sealed state), and
    then an entry the committee writes on its record through the application (sealed)."""
    from storage import tickets as ticket_store

    reference = _file(services, "U" + "5" * 32)
    (snapshot,) = sql_rows(services, "SELECT * FROM tickets WHERE reference = :r", r=reference)
    with services.uow() as uow:
        ticket = ticket_store.by_reference(uow, reference)
        ticket_store.add_timeline(uow, ticket, "note", "cli:operator", "ส่งเรื่องต่อ ป.ป.ช.")
        uow.commit()
    return reference, dict(snapshot._mapping)


def _roll_back_to(services, snapshot: dict) -> None:
    """The writer puts the ticket back to its copy: later entries deleted, the row restored."""
    row = dict(snapshot)
    tid = row.pop("id")
    sql_text(
        services,
        "DELETE FROM ticket_events WHERE ticket_id = :t AND id <> "
        "(SELECT min(id) FROM ticket_events WHERE ticket_id = :t)",
        t=tid,
    )
    sets = ", ".join(f"{c} = :{c}" for c in row)
    sql_text(services, f"UPDATE tickets SET {sets} WHERE id = :id", id=tid, **row)


@needs_pg
def test_a_rollback_hidden_by_a_forged_anchor_row_stays_reported(deployment):
    import hashlib

    app, services, clock, env = deployment
    reference, snapshot = _written_on_after_a_copy(services)
    _run_job(app, "verify-records")  # day 1: anchored with two entries, file written
    assert verify_result(app.test_cli_runner()).exit_code == 0
    # The writer rolls the ticket back to the copy: the later entry goes, the row returns.
    _roll_back_to(services, snapshot)
    # ...and publishes a newer anchors row agreeing with the rolled-back chains (no key needed).
    heads = [
        [r, c, h]
        for r, c, h in sql_rows(
            services,
            "SELECT t.reference, count(e.id), t.chain_head FROM tickets t LEFT JOIN "
            "ticket_events e ON e.ticket_id = t.id GROUP BY t.id ORDER BY t.reference",
        )
    ]
    digest = hashlib.sha256("".join(f"{r} {c} {h}\n" for r, c, h in heads).encode()).hexdigest()
    sql_text(
        services,
        "INSERT INTO record_anchors (day, made_at, tickets, digest, heads) "
        "VALUES (:d, :m, :n, :g, :h)",
        d=clock.at.date(),
        m=clock.at + timedelta(hours=1),
        n=len(heads),
        g=digest,
        h=json.dumps(heads, separators=(",", ":")),
    )
    clock.at += timedelta(days=1)
    first = verify_result(app.test_cli_runner())
    assert first.exit_code == 1 and reference in first.output  # seen once, from the file
    _run_job(app, "verify-records")  # day 2's job anchors what it finds
    clock.at += timedelta(days=1)
    later = verify_result(app.test_cli_runner())
    assert later.exit_code == 1 and reference in later.output, later.output


def _csrf(html: str) -> str:
    import re

    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _cli(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


@needs_pg
def test_one_operator_cannot_end_a_ticket_alone_from_the_shell(deployment):
    import re

    app, services, clock, env = deployment
    added = _cli(
        app,
        "members",
        "add",
        "--line-user-id",
        "U" + "c" * 32,
        "--name",
        "ประธาน",
        "--role",
        "chair",
    )
    assert added.exit_code == 0, added.output
    chair_id = int(re.search(r"member (\d+)", added.output).group(1))
    clock.at += timedelta(days=30)  # the chair has served a month
    reference = _file(services, "U" + "7" * 32)
    # One operator, one shell: a proposal...
    proposed = _cli(
        app,
        "tickets",
        "set-status",
        reference,
        "rejected",
        "--reason-code",
        "not_enough_detail",
        "--note",
        "ข้อมูลไม่พอ",
    )
    assert proposed.exit_code == 0, proposed.output
    # ...then a link that signs in as the chair.
    link = _cli(app, "members", "login-link", "--id", str(chair_id))
    assert link.exit_code == 0, link.output
    path = link.output.strip().splitlines()[-1].split("localhost:8000", 1)[-1]
    client = app.test_client()
    page = client.get(path)
    client.post(path, data={"csrf_token": _csrf(page.get_data(as_text=True))})
    ticket_page = client.get(f"/committee/tickets/{reference}").get_data(as_text=True)
    proposal = re.search(r'name="proposal" value="(\d+)"', ticket_page)
    if proposal is not None:
        client.post(
            f"/committee/tickets/{reference}/confirm",
            data={"csrf_token": _csrf(ticket_page), "proposal": proposal.group(1)},
        )
    with services.uow() as uow:
        from storage import tickets as ticket_store

        assert ticket_store.by_reference(uow, reference).status != "rejected"


@needs_pg
def test_a_database_copy_cannot_find_the_tickets_holding_a_known_photo(deployment):
    import hashlib

    from storage.models import Evidence

    app, services, clock, env = deployment
    named = _file(services, "U" + "a" * 32, anonymous=False)
    anonymous = _file(services, "U" + "a" * 32, anonymous=True)
    photo = b"\xff\xd8\xff\xe0" + os.urandom(4000)  # the photo shared in the village group
    with services.uow() as uow:  # stored as the evidence fetcher stores a download
        from storage import tickets as ticket_store

        for n, reference in enumerate((named, anonymous)):
            key, size, digest = services.fetcher.store.write([photo])
            uow.session.add(
                Evidence(
                    ticket_id=ticket_store.by_reference(uow, reference).id,
                    line_message_id=f"5{n:017d}",
                    media_kind="image",
                    content_type="image/jpeg",
                    size_bytes=size,
                    sha256=digest,
                    storage_path=key,
                    status="stored",
                )
            )
        uow.commit()
    found = sql_rows(
        services,
        "SELECT t.reference FROM evidence e JOIN tickets t ON t.id = e.ticket_id "
        "WHERE e.sha256 = :h",
        h=hashlib.sha256(photo).hexdigest(),
    )
    assert not found, f"the photo's hash finds {[r for (r,) in found]}"


# --- what held -----------------------------------------------------------------------------


@needs_pg
def test_the_command_line_cannot_confirm_a_proposal(deployment):
    app, services, clock, env = deployment
    reference = _file(services, "U" + "8" * 32)
    assert (
        _cli(
            app,
            "tickets",
            "set-status",
            reference,
            "rejected",
            "--reason-code",
            "duplicate",
            "--note",
            "ซ้ำ",
        ).exit_code
        == 0
    )
    for verb in ("confirm", "decline"):
        refused = _cli(app, "tickets", verb, reference)
        assert refused.exit_code != 0 and "four eyes" in refused.output
    with services.uow() as uow:
        from storage import tickets as ticket_store

        assert ticket_store.by_reference(uow, reference).status == "submitted"


@needs_pg
def test_a_database_writer_editing_a_ticket_and_copying_another_seal_is_seen(deployment):
    app, services, clock, env = deployment
    first = _file(services, "U" + "1" * 32)
    second = _file(services, "U" + "2" * 32)
    sql_text(
        services,
        "UPDATE tickets SET description = 'ไม่มีอะไร', chain_seal = "
        "(SELECT chain_seal FROM tickets WHERE reference = :b) WHERE reference = :a",
        a=first,
        b=second,
    )
    verify = verify_result(app.test_cli_runner())
    assert verify.exit_code == 1 and first in verify.output


@needs_pg
def test_the_release_stays_put_while_a_complaint_is_filed(deployment):
    app, services, clock, env = deployment
    for n in range(6):
        _file(services, f"U{n:032d}")
    client = app.test_client()
    before = client.get("/transparency/data.json").get_json()
    _file(services, "U" + "9" * 32)
    after = client.get("/transparency/data.json").get_json()
    for table in ("received", "status", "districts", "kinds", "months", "months_total"):
        assert after[table] == before[table]


@needs_pg
def test_a_rollback_without_a_forged_anchor_row_stays_reported(deployment):

    app, services, clock, env = deployment
    reference, snapshot = _written_on_after_a_copy(services)
    _run_job(app, "verify-records")
    _roll_back_to(services, snapshot)
    for _ in range(2):
        clock.at += timedelta(days=1)
        _run_job(app, "verify-records")
        verify = verify_result(app.test_cli_runner())
        assert verify.exit_code == 1 and reference in verify.output


def _conflicted_reviewer(app, services):
    """A reviewer tied to อบต.สวายจีก (declared from the shell), the school and the อบต.
    already records the chair reviewed; returns the member's id."""
    import re

    for name in ("โรงเรียนบ้านกรวด", "อบต.สวายจีก"):
        from tests.factories import agency_added

        made = agency_added(app.test_cli_runner(), services, name)
        assert made.exit_code == 0, made.output
    added = _cli(
        app,
        "members",
        "add",
        "--line-user-id",
        "U" + "r" * 32,
        "--name",
        "ผู้ตรวจ",
        "--role",
        "reviewer",
    )
    member_id = int(re.search(r"member (\d+)", added.output).group(1))
    declared = _cli(
        app,
        "members",
        "conflicts",
        "add",
        "--id",
        str(member_id),
        "--kind",
        "agency",
        "--value",
        "อบต.สวายจีก",
    )
    assert declared.exit_code == 0, declared.output
    return member_id


def _hidden_from(services, member_id: int, story: str) -> bool:
    from handlers.directory.access import hidden_from
    from storage import tickets as ticket_store
    from storage.models import Member

    reference = _file_story(services, story)
    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        return hidden_from(uow, member).hides(ticket_store.by_reference(uow, reference))


def _file_story(services, story: str) -> str:
    from handlers.complaint.submission import submit_draft
    from storage.models import Draft
    from storage.users import user_for_line_id

    with services.uow() as uow:
        user = user_for_line_id(uow, "U" + uuid.uuid4().hex)
        data = {
            "kind": "bribery",
            "agency": "โรงเรียนบ้านกรวด",
            "official": "ครูใหญ่",
            "district": "3101",
            "description": story,
            "anonymous": True,
        }
        draft = Draft(user_id=user.id, step="confirm", data=data)
        uow.session.add(draft)
        uow.session.flush()
        out = submit_draft(uow, user, draft, 0)
        uow.commit()
    return out[0].params["reference"]


@needs_pg
def test_a_story_naming_the_conflicted_agency_keeps_the_ticket_away(deployment):
    app, services, clock, env = deployment
    member_id = _conflicted_reviewer(app, services)
    assert _hidden_from(services, member_id, "นายกอบต.สวายจีกสั่งให้จ่ายเงินผ่านครูใหญ่")
    assert _hidden_from(services, member_id, "นายกอบต.สวาย\u200bจีก สั่งให้จ่ายเงิน")


@needs_pg
def test_a_story_naming_the_conflicted_agency_in_lao_letters_keeps_the_ticket_away(deployment):
    app, services, clock, env = deployment
    member_id = _conflicted_reviewer(app, services)
    assert _hidden_from(services, member_id, "นายกอบต.ສວາຍຈີກสั่งให้จ่ายเงินผ่านครูใหญ่")
