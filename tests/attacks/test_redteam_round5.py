"""Red team, round 5 (issue #17): insiders, database holders and floods.

Each test is one attack, written as the attacker would make it: a reviewer with a declared
conflict who spells the agency another way, a database writer with SQL, a copy without the
keys, a shell, a flood. An attack that holds is a plain test; one that gets through is a
strict xfail asserting what should hold.
"""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from sqlalchemy import inspect, select, text

from handlers.directory import members
from storage import tickets
from storage.models import Evidence
from tests.attacks.forging import sql_text, verify_run
from tests.conftest import first_on_both
from tests.factories import (
    add_member,
    add_ticket,
    new_member,
    photo_with_gps,
    shown,
    submit,
    submitted,
    texts,
)

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
CONFLICT = ("agency", "อบต.สองห้อง")


# --- helpers ---------------------------------------------------------------------------


def _csrf(client, url: str = "/committee/signed-out") -> str:
    found = CSRF.search(client.get(url).get_data(as_text=True))
    assert found, f"no CSRF token on {url}"
    return found.group(1)


def _sign_in(client, services, member_id: int, from_shell: bool = False):
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        token = members.issue_login_token(uow, member, from_shell=from_shell)
        uow.commit()
    url = f"/committee/login/{token}"
    return client.post(url, data={"csrf_token": _csrf(client, url)})


def _post(client, url: str, **data):
    """A dashboard form as the browser sends it (with the page's CSRF token)."""
    return client.post(url, data={"csrf_token": _csrf(client, "/committee/tickets"), **data})


def _status(services, reference: str) -> str:
    with services.uow() as uow:
        return tickets.by_reference(uow, reference).status


def _conflicted_reviewer(app, client, services, conflict=CONFLICT) -> int:
    member_id = add_member(services, "reviewer", "ผู้ตรวจที่มีส่วนได้เสีย", conflicts=[conflict])
    assert _sign_in(client, services, member_id).status_code in (302, 303)
    return member_id


def _review_all(uow) -> None:
    """Every agency record reviewed, as a chair with no tie would have done."""
    from storage.insider_models import Agency

    for agency in uow.session.scalars(select(Agency)):
        agency.reviewed = True


def _sees(client, reference: str) -> bool:
    """Whether the signed-in member learns anything of the ticket: its page, the list,
    a search for the agency's place, the CSV export."""
    page = client.get(f"/committee/tickets/{reference}")
    listed = client.get("/committee/tickets").get_data(as_text=True)
    searched = client.get("/committee/tickets?q=สองห้อง").get_data(as_text=True)
    exported = client.get("/committee/tickets/export.csv").get_data(as_text=True)
    return (
        page.status_code == 200
        or reference in listed
        or reference in searched
        or reference in exported
    )


# --- recusal: another spelling, another field, another script ---------------------------


@first_on_both(
    "fields",
    [
        {"agency": "อบต.สอง\u200bห้อง"},  # zero-width space inside the place
        {"agency": "อบต. สองห้อง\u200d"},  # zero-width joiner at the end
        {"agency": "Song Hong SAO"},  # Latin script (RTGS)
        {"agency": "S\u043eng H\u043eng SAO"},  # Cyrillic о for the Latin o
        {"agency": "ＳＡＯ Song Hong"},  # full-width letters
        {"agency": "องค์การบริหารส่วนตำบลสองห้อง"},  # the full name
        {"agency": "ไม่ทราบ", "official": "นายกอบต.สองห้อง"},  # only the official names it
        {
            "agency": "ไม่รู้",
            "description": "เจ้าหน้าที่กองช่างอบต.สองห้องเรียกเงิน ๕,๐๐๐ บาท",
        },  # only the story, glued, Thai digits
        {"agency": "อบต.ส่องห้อง"},  # one tone mark off: close, not confident
    ],
    ids=[
        "zero-width",
        "zwj",
        "latin",
        "cyrillic",
        "fullwidth",
        "full-name",
        "official-only",
        "story-only",
        "near-miss",
    ],
)
def test_a_conflicted_reviewer_learns_nothing_of_the_agency_spelled_another_way(
    app, client, services, fields
):
    reference = add_ticket(services, **fields)
    _conflicted_reviewer(app, client, services)
    assert not _sees(client, reference)


def test_a_related_ticket_kept_from_the_reviewer_is_not_suggested_on_a_visible_one(
    app, client, services
):
    """The same story told about two agencies: the one the reviewer may see must not point
    to the one they are tied to (related tickets, cases)."""
    from handlers.patterns import related

    story = "นายกเรียกรับเงินค่าใบอนุญาตก่อสร้างบ้าน 5,000 บาท หมู่ 7 ถนนลาดยาง ผู้รับเหมาเป็นญาติ"
    hidden = add_ticket(services, agency="Song Hong SAO", description=story)
    shown = add_ticket(services, agency="อบต.ชุมเห็ด", description=story)
    with services.uow() as uow:
        for reference in (hidden, shown):
            related.find(uow, tickets.by_reference(uow, reference))
        _review_all(uow)
        uow.commit()
    free = app.test_client()
    _sign_in(free, services, add_member(services, "reviewer", "ผู้ตรวจอีกคน"))
    assert hidden in free.get(f"/committee/tickets/{shown}").get_data(as_text=True)
    _conflicted_reviewer(app, client, services)
    page = client.get(f"/committee/tickets/{shown}")
    assert page.status_code == 200
    assert hidden not in page.get_data(as_text=True)


def test_a_conflicted_reviewer_gets_no_line_alert_for_a_ticket_filed_in_latin(
    app, client, services, chat, gateway
):
    """The citizen types the agency in Latin script: the new-ticket alert and the queue in
    LINE must not reach the reviewer tied to it."""
    with services.uow() as uow:
        _, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", "อบต.หนองโบสถ์")])
        uow.commit()
    filed = submit(chat, agency="Nong Bot SAO")
    pushed = [m for call in gateway.sent if call.get("to") == uid for m in call["messages"]]
    assert filed.reference not in texts(pushed)
    assert filed.reference not in str(pushed)


# --- floods: /status, login links, throttles keyed per address --------------------------


def _ticket_with_code(services, code: str, **fields) -> str:
    from tests.factories import new_ticket

    with services.uow() as uow:
        ticket = new_ticket(uow, **tickets.tracking_fields(uow, code), **fields)
        uow.commit()
        return ticket.reference


def _status_try(client, reference: str, code: str, address: str, **headers):
    token = CSRF.search(
        client.get("/status", environ_base={"REMOTE_ADDR": address}).get_data(as_text=True)
    )
    return client.post(
        "/status",
        data={"reference": reference, "code": code, "csrf_token": token.group(1)},
        environ_base={"REMOTE_ADDR": address},
        headers=headers,
    )


CODE = "ABCD-EFGH-JKLM"


def test_a_forged_forwarded_for_header_does_not_give_a_flooder_new_sources(client, services):
    """Without TRUSTED_PROXIES, X-Forwarded-For is the client's word: ignored."""
    reference = _ticket_with_code(services, CODE)
    for n in range(5):
        other = add_ticket(services)
        _status_try(
            client, other, "ZZZZ-ZZZZ-ZZZZ", "198.51.100.7", **{"X-Forwarded-For": f"10.0.0.{n}"}
        )
    refused = _status_try(
        client, reference, CODE, "198.51.100.7", **{"X-Forwarded-For": "10.9.9.9"}
    )
    assert refused.status_code == 429


def test_an_ipv6_flooder_rotating_addresses_in_its_64_is_one_source(client, services):
    reference = _ticket_with_code(services, CODE)
    for n in range(5):
        _status_try(client, add_ticket(services), "ZZZZ-ZZZZ-ZZZZ", f"2001:db8:1:2::{n + 1:x}")
    refused = _status_try(client, reference, CODE, "2001:db8:1:2:ffff:ffff:ffff:ffff")
    assert refused.status_code == 429


def test_an_ipv4_flooder_cannot_come_back_as_its_ipv4_mapped_ipv6_address(client, services):
    reference = _ticket_with_code(services, CODE)
    for _ in range(5):
        _status_try(client, add_ticket(services), "ZZZZ-ZZZZ-ZZZZ", "203.0.113.9")
    refused = _status_try(client, reference, CODE, "::ffff:203.0.113.9")
    assert refused.status_code == 429


@first_on_both(
    "spelling",
    [
        lambda r: r.lower(),
        lambda r: " ".join(r),
        lambda r: f"  {r}  ",
    ],
    ids=["lower-case", "spaced", "padded"],
)
def test_another_spelling_of_a_reference_does_not_reset_its_lock_out(client, services, spelling):
    """Five wrong codes from five addresses lock the reference; the same reference typed
    another way is the same counter, so a sixth wrong guess is refused (the right code is
    read first since round 18: others' misses lock no owner out)."""
    reference = _ticket_with_code(services, CODE)
    for n in range(5):
        _status_try(client, reference, "ZZZZ-ZZZZ-ZZZZ", f"192.0.2.{n + 1}")
    again = _status_try(client, spelling(reference), "ZZZZ-ZZZZ-ZZZY", "192.0.2.200")
    assert again.status_code == 429


def test_a_database_copy_holds_no_plain_address_of_someone_checking_a_ticket(client, services):
    reference = _ticket_with_code(services, CODE)
    _status_try(client, reference, "ZZZZ-ZZZZ-ZZZZ", "203.0.113.77")
    _status_try(client, reference, CODE, "203.0.113.77")
    found = []
    with services.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                if any("203.0.113.77" in str(value) for value in row):
                    found.append(table)
    assert found == []


def test_a_login_link_flood_from_many_addresses_leaves_the_chairs_link_working(client, services):
    chair = add_member(services, "chair", "ประธาน")
    for n in range(120):
        client.get(
            f"/committee/login/bogus{n:04d}token",
            environ_base={"REMOTE_ADDR": f"10.1.{n // 5}.{n % 5 + 1}"},
        )
    with services.uow() as uow:
        token = members.issue_login_token(uow, members.get_member(uow, chair))
        uow.commit()
    url = f"/committee/login/{token}"
    page = client.get(url, environ_base={"REMOTE_ADDR": "198.51.100.44"})
    found = CSRF.search(page.get_data(as_text=True))
    assert found
    done = client.post(
        url, data={"csrf_token": found.group(1)}, environ_base={"REMOTE_ADDR": "198.51.100.44"}
    )
    assert done.status_code in (302, 303)
    assert client.get("/committee/tickets").status_code == 200


def test_a_used_login_link_replayed_from_elsewhere_signs_no_one_in(app, services):
    chair = add_member(services, "chair", "ประธาน")
    with services.uow() as uow:
        token = members.issue_login_token(uow, members.get_member(uow, chair))
        uow.commit()
    url = f"/committee/login/{token}"
    first = app.test_client()
    first.post(url, data={"csrf_token": _csrf(first, url)})
    assert first.get("/committee/tickets").status_code == 200
    thief = app.test_client()
    page = thief.get(url, environ_base={"REMOTE_ADDR": "198.51.100.99"})
    found = CSRF.search(page.get_data(as_text=True))
    token_field = found.group(1) if found else _csrf(thief)
    thief.post(url, data={"csrf_token": token_field}, environ_base={"REMOTE_ADDR": "198.51.100.99"})
    assert thief.get("/committee/tickets").status_code != 200


# --- four eyes: one person ending, forwarding or recording an answer alone -------------


def _in_review(services, **fields) -> str:
    reference = add_ticket(services, agency="อบต.ชุมเห็ด", **fields)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.status = "in_review"
        tickets.add_timeline(uow, ticket, "status", "system", "submitted", "in_review")
        uow.commit()
    return reference


def _pending_id(services, reference: str, statuses=None) -> int | None:
    from handlers.tickets import endings

    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        found = endings.pending(uow, ticket, statuses or endings.CONFIRMED_ACTS)
        return shown(services, "proposal", found.id) if found else None  # as the form names it


def test_a_reviewer_posting_resolved_straight_to_the_status_form_only_proposes(client, services):
    reference = _in_review(services)
    _sign_in(client, services, add_member(services, "reviewer", "ผู้ตรวจ"))
    _post(client, f"/committee/tickets/{reference}/status", status="resolved", reason="จบแล้ว")
    proposal = _pending_id(services, reference)
    assert proposal is not None
    _post(client, f"/committee/tickets/{reference}/confirm", proposal=str(proposal))
    assert _status(services, reference) == "in_review"


def test_the_only_chair_cannot_confirm_their_own_rejection_with_a_crafted_post(client, services):
    reference = _in_review(services)
    _sign_in(client, services, add_member(services, "chair", "ประธาน"))
    _post(
        client,
        f"/committee/tickets/{reference}/status",
        status="rejected",
        reason="ไม่อยู่ในอำนาจ",
        reason_code="outside_scope",
    )
    proposal = _pending_id(services, reference)
    assert proposal is not None
    _post(client, f"/committee/tickets/{reference}/confirm", proposal=str(proposal))
    _post(
        client,
        f"/committee/tickets/{reference}/status",
        status="rejected",
        reason="ไม่อยู่ในอำนาจ",
        reason_code="outside_scope",
        proposal=str(proposal),
    )
    assert _status(services, reference) == "in_review"


def test_a_reviewer_alone_cannot_record_an_agencys_answer(client, services):
    from datetime import date

    from handlers.tickets.endings import AGENCY_ANSWER
    from storage.referral_models import Referral

    reference = _in_review(services)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.status = "forwarded"
        tickets.add_timeline(uow, ticket, "status", "system", "in_review", "forwarded")
        uow.session.add(
            Referral(
                ticket_id=ticket.id,
                agency_code="nacc",
                agency_name="สำนักงาน ป.ป.ช. ประจำจังหวัดบุรีรัมย์",
                letter_number="บร 0001/2569",
                letter_date=date(2026, 3, 1),
                created_by="member:1",
                forwarded_at=uow.now(),
            )
        )
        uow.commit()
    _sign_in(client, services, add_member(services, "reviewer", "ผู้ตรวจ"))
    _post(client, f"/committee/tickets/{reference}/referral/answer", summary="หน่วยงานตอบแล้วว่าไม่พบ")
    proposal = _pending_id(services, reference, (AGENCY_ANSWER,))
    assert proposal is not None
    _post(client, f"/committee/tickets/{reference}/confirm", proposal=str(proposal))
    from storage.insider_models import TicketProposal

    with services.uow() as uow:
        states = list(uow.session.scalars(select(TicketProposal.state)))
    assert "confirmed" not in states


def test_the_command_line_cannot_confirm_what_it_proposed(runner, services):
    reference = _in_review(services)
    add_member(services, "chair", "ประธาน")
    runner.invoke(args=["tickets", "set-status", reference, "resolved", "--note", "หน่วยงานแก้ไขแล้ว"])
    confirmed = runner.invoke(args=["tickets", "confirm", reference])
    assert confirmed.exit_code != 0
    assert _status(services, reference) == "in_review"


def test_a_shell_login_link_as_the_chair_cannot_confirm_the_shells_proposal(
    app, client, services, runner
):
    reference = _in_review(services)
    chair = add_member(services, "chair", "ประธาน")
    runner.invoke(args=["tickets", "set-status", reference, "resolved", "--note", "หน่วยงานแก้ไขแล้ว"])
    proposal = _pending_id(services, reference)
    assert proposal is not None
    _sign_in(client, services, chair, from_shell=True)
    refused = _post(client, f"/committee/tickets/{reference}/confirm", proposal=str(proposal))
    assert refused.status_code == 403
    assert _status(services, reference) == "in_review"


def test_an_operator_cannot_end_a_ticket_alone_through_a_chair_it_added_first(
    client, services, runner
):
    from tests.factories import line_id

    reference = _in_review(services)
    add_member(services, "chair", "ประธานตัวจริง")
    own_account = line_id()
    added = runner.invoke(
        args=["members", "add", "--line-user-id", own_account, "--name", "ตัวแทน", "--role", "chair"]
    )
    assert added.exit_code == 0, added.output
    member_id = int(re.search(r"member (\d+)", added.output).group(1))
    runner.invoke(
        args=[
            "tickets",
            "set-status",
            reference,
            "rejected",
            "--note",
            "ไม่มีมูล",
            "--reason-code",
            "outside_scope",
        ]
    )
    proposal = _pending_id(services, reference)
    assert proposal is not None
    # The operator asks for a link in LINE from the account it gave the new chair.
    _sign_in(client, services, member_id)
    _post(client, f"/committee/tickets/{reference}/confirm", proposal=str(proposal))
    assert _status(services, reference) == "in_review"


# --- the tamper-evident record: a database writer without the keys ----------------------


def _row(services, table: str, ticket_id: int) -> dict:
    key = "id" if table == "tickets" else "ticket_id"
    with services.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {table} WHERE {key} = :i"), {"i": ticket_id})
        return [dict(r._mapping) for r in rows]


def _ticket_id(services, reference: str) -> int:
    with services.uow() as uow:
        return tickets.by_reference(uow, reference).id


def test_a_writer_softening_a_story_in_sql_is_reported_by_verify(runner, services):
    reference = add_ticket(services)
    assert verify_run(runner)[0] == 0
    sql_text(
        services,
        "UPDATE tickets SET description = :d WHERE reference = :r",
        d="ขอใบอนุญาตล่าช้า",
        r=reference,
    )
    code, output = verify_run(runner)
    assert code == 1 and reference in output


def test_a_writer_dropping_the_last_timeline_entry_and_its_head_is_reported(runner, services):
    """The writer deletes the newest entry and points the ticket's head at the one before
    (entry hashes are plain SHA-256: anyone can compute them)."""
    reference = _in_review(services)
    ticket_id = _ticket_id(services, reference)
    entries = sorted(_row(services, "ticket_events", ticket_id), key=lambda e: e["id"])
    last, before = entries[-1], entries[-2]
    sql_text(services, "DELETE FROM ticket_events WHERE id = :i", i=last["id"])
    sql_text(
        services,
        "UPDATE tickets SET chain_head = :h, status = 'submitted' WHERE id = :i",
        h=before["entry_hash"],
        i=ticket_id,
    )
    code, output = verify_run(runner)
    assert code == 1 and reference in output


def test_a_writer_rolling_a_ticket_back_to_a_state_the_application_sealed_is_reported(
    runner, services
):
    """Copy the ticket's row as sealed earlier back over it and delete the entries written
    since: every value and seal is one the application made."""
    reference = add_ticket(services)
    ticket_id = _ticket_id(services, reference)
    (old,) = _row(services, "tickets", ticket_id)
    kept = max(e["id"] for e in _row(services, "ticket_events", ticket_id))
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        ticket.status = "in_review"
        tickets.add_timeline(uow, ticket, "status", "system", "submitted", "in_review")
        uow.commit()
    assert verify_run(runner)[0] == 0
    sql_text(
        services, "DELETE FROM ticket_events WHERE ticket_id = :t AND id > :k", t=ticket_id, k=kept
    )
    columns = [c for c in old if c != "id"]
    assignments = ", ".join(f"{c} = :{c}" for c in columns)
    sql_text(services, f"UPDATE tickets SET {assignments} WHERE id = :id", **old)
    code, output = verify_run(runner)
    assert code == 1 and reference in output


def test_a_writer_deleting_an_agency_mention_to_free_a_ticket_is_reported(
    app, client, services, runner
):
    reference = add_ticket(services, agency="ไม่ทราบ", official="นายกอบต.สองห้อง")
    ticket_id = _ticket_id(services, reference)
    assert _row(services, "ticket_agencies", ticket_id)
    sql_text(services, "DELETE FROM ticket_agencies WHERE ticket_id = :t", t=ticket_id)
    code, output = verify_run(runner)
    assert code == 1 and reference in output


def test_a_writer_moving_a_timeline_entry_to_another_ticket_is_reported(runner, services):
    """An internal note of one ticket (its entry hash is whole) moved to the end of another's
    chain, with that ticket's head pointed at it."""
    first, second = add_ticket(services), add_ticket(services)
    a, b = _ticket_id(services, first), _ticket_id(services, second)
    (entry,) = _row(services, "ticket_events", a)
    sql_text(services, "UPDATE ticket_events SET ticket_id = :b WHERE id = :i", b=b, i=entry["id"])
    code, output = verify_run(runner)
    assert code == 1 and first in output and second in output


def test_rotating_the_keys_does_not_launder_a_ticket_changed_in_sql(runner, services):
    reference = add_ticket(services)
    sql_text(services, "UPDATE tickets SET district = 'ประโคนชัย' WHERE reference = :r", r=reference)
    rotated = runner.invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    code, output = verify_run(runner)
    assert code == 1 and reference in output


def test_the_application_touching_a_ticket_changed_in_sql_does_not_reseal_it(
    client, services, runner
):
    """The writer changes the status, then a reviewer innocently takes the ticket: the
    application's own write must not seal the writer's change."""
    reference = add_ticket(services, agency="อบต.ชุมเห็ด")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    sql_text(services, "UPDATE tickets SET kind = 'other' WHERE reference = :r", r=reference)
    _sign_in(client, services, add_member(services, "reviewer", "ผู้ตรวจ"))
    _post(client, f"/committee/tickets/{reference}/take")
    _post(client, f"/committee/tickets/{reference}/note", note="ดูแล้ว")
    assert _status(services, reference) == "in_review"
    code, output = verify_run(runner)
    assert code == 1 and reference in output


# --- evidence: clean copies only, for everyone but the chair ----------------------------


def _photo_evidence(services, reference: str) -> int:
    store = services.fetcher.store
    original = photo_with_gps()
    clean = io.BytesIO()
    Image.open(io.BytesIO(original)).convert("RGB").save(clean, format="JPEG")
    orig_key, size, mark = store.write([original])
    clean_key, _, _ = store.write([clean.getvalue()])
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, reference)
        item = Evidence(
            ticket_id=ticket.id,
            line_message_id="m" + reference,
            media_kind="image",
            content_type="image/jpeg",
            size_bytes=size,
            sha256=mark,
            storage_path=orig_key,
            clean_path=clean_key,
            status="stored",
        )
        uow.session.add(item)
        uow.commit()
        return item.id


def _carries_gps(data: bytes) -> bool:
    exif = Image.open(io.BytesIO(data)).getexif()
    return bool(exif.get_ifd(0x8825)) or exif.get(0x0110) == "SM-A155F"


def _reviewer_on_photo(client, services) -> tuple[str, int]:
    reference = add_ticket(services, agency="อบต.ชุมเห็ด")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    evidence_id = _photo_evidence(services, reference)
    _sign_in(client, services, add_member(services, "reviewer", "ผู้ตรวจ"))
    return reference, evidence_id


def test_a_reviewer_asking_for_the_original_photo_gets_no_gps(client, services):
    reference, evidence_id = _reviewer_on_photo(client, services)
    url = f"/committee/tickets/{reference}/evidence/{shown(services, 'evidence', evidence_id)}"
    clean = client.get(url)
    assert clean.status_code == 200 and not _carries_gps(clean.data)
    for query in ("?original=1", "?original=1&original=0", "?original=true&original=1"):
        got = client.get(url + query)
        assert got.status_code == 403 or not _carries_gps(got.data)


def test_a_writer_cannot_hand_a_reviewer_the_original_as_the_clean_copy(client, services):
    reference, evidence_id = _reviewer_on_photo(client, services)
    sql_text(services, "UPDATE evidence SET clean_path = storage_path WHERE id = :i", i=evidence_id)
    link = shown(services, "evidence", evidence_id)  # as the page links it
    got = client.get(f"/committee/tickets/{reference}/evidence/{link}")
    assert got.status_code != 200 or not _carries_gps(got.data)


# --- unlinkability from a database copy -------------------------------------------------


def test_a_ticket_filed_in_english_does_not_pair_with_its_line_account(
    app, client, gateway, services
):
    from tests.factories import Chat, line_id

    english = Chat(client, gateway, line_id(), "test-channel-secret")
    english.follow()
    english.say("English")
    filed = submit(english)
    thai = Chat(client, gateway, line_id(), "test-channel-secret")
    submit(thai)
    with services.engine.connect() as conn:
        language = conn.execute(
            text("SELECT language FROM tickets WHERE reference = :r"), {"r": filed.reference}
        ).scalar_one()
        accounts = conn.execute(
            text("SELECT count(*) FROM line_users WHERE language = :l"), {"l": language}
        ).scalar_one()
        others = conn.execute(
            text("SELECT count(*) FROM tickets WHERE language = :l"), {"l": language}
        ).scalar_one()
    # Whatever the language column says, it must not single out one account of two.
    assert not (accounts == 1 and others == 1)


def test_a_writer_undoing_the_chairs_naming_of_the_agency_is_reported(
    app, client, services, runner
):
    """The citizen named the wrong agency; the chair names the right one (which a reviewer
    is tied to). A writer copies the ticket's row, sealed by the application before the
    chair's act, back over it."""
    reference = add_ticket(services, agency="อบต.ชุมเห็ด", official="นายก", description="เรียกเงิน")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    ticket_id = _ticket_id(services, reference)
    (before,) = _row(services, "tickets", ticket_id)
    chair = app.test_client()
    _sign_in(chair, services, add_member(services, "chair", "ประธาน"))
    _post(chair, f"/committee/tickets/{reference}/agency", agency="อบต.สองห้อง")
    (after,) = _row(services, "tickets", ticket_id)
    assert after["agency_id"] != before["agency_id"]
    _conflicted_reviewer(app, client, services)
    assert not _sees(client, reference)
    columns = [c for c in before if c != "id"]
    assignments = ", ".join(f"{c} = :{c}" for c in columns)
    sql_text(services, f"UPDATE tickets SET {assignments} WHERE id = :id", **before)
    code, output = verify_run(runner)
    assert code == 1 and reference in output


# --- counts: a tied member's pages say the same whether the ticket exists or not --------

COUNTED_PAGES = (
    "/committee/",
    "/committee/tickets",
    "/committee/tickets?status=submitted",
    "/committee/figures",
    "/committee/figures/named.csv",
    "/committee/audit",
    "/committee/accused-agencies",
)
# What changes with every request or any write, and counts nothing: tokens, clock times, the
# record's published digests.
VOLATILE = re.compile(
    r'name="csrf_token" value="[^"]+"|\d{1,2}:\d{2}(:\d{2})?|nonce="[^"]+"|\b[0-9a-f]{64}\b'
)


def _numbers(client, url: str) -> list[str]:
    page = client.get(url, follow_redirects=True).get_data(as_text=True)
    return re.findall(r"\d+", VOLATILE.sub("", page))


@pytest.mark.parametrize("url", COUNTED_PAGES)
def test_a_tied_chairs_pages_count_the_same_with_or_without_the_ticket(app, client, services, url):
    """Three tickets the chair may see; then one about the agency they are tied to, spelled
    in Latin, which a second chair names (audited). Every number on the page stays as it
    was (lists, counts, figures, audit, agency records)."""
    add_ticket(services, agency="อบต.ชุมเห็ด", district="เมืองบุรีรัมย์")
    add_ticket(services, agency="อบต.ชุมเห็ด", district="เมืองบุรีรัมย์", kind="procurement")
    add_ticket(services, agency="อบต.ชุมเห็ด", district="นางรอง")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    chair_id = add_member(services, "chair", "ประธานที่มีส่วนได้เสีย", conflicts=[CONFLICT])
    _sign_in(client, services, chair_id)
    other = app.test_client()
    _sign_in(other, services, add_member(services, "chair", "ประธานร่วม"))
    before = _numbers(client, url)
    hidden = add_ticket(services, agency="Song Hong SAO", district="เมืองบุรีรัมย์")
    # The other chair, free of the tie, works on it: an audited act naming the ticket.
    named = _post(other, f"/committee/tickets/{hidden}/agency", agency="อบต.สองห้อง")
    assert named.status_code == 303
    assert _numbers(client, url) == before


def _line_member(services, client, gateway, role="reviewer", conflicts=(CONFLICT,)):
    from tests.factories import Chat

    with services.uow() as uow:
        _, uid = new_member(uow, "ผู้ตรวจ", role, conflicts=list(conflicts))
        uow.commit()
    return Chat(client, gateway, uid, "test-channel-secret")


def test_a_tied_member_in_line_cannot_tell_a_hidden_reference_from_a_made_up_one(
    app, client, gateway, services
):
    """In LINE the member types the queue command and taps take/open with references
    guessed in sequence: a ticket kept from them answers as one that does not exist."""
    shown = add_ticket(services, agency="อบต.ชุมเห็ด")
    hidden = add_ticket(services, agency="S\u043eng H\u043eng SAO")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    member = _line_member(services, client, gateway)
    queue = texts(member.say("เรื่องใหม่")) + str(member.say("new tickets"))
    assert hidden not in queue
    made_up = "BRM-2569-09999"
    for verb in ("take", "open"):
        real = texts(member.tap(f"{verb}={hidden}")).replace(hidden, "REF")
        fake = texts(member.tap(f"{verb}={made_up}")).replace(made_up, "REF")
        assert real == fake
    member.tap(f"take={shown}")  # the same taps work on a ticket the member may see
    with services.uow() as uow:
        assert tickets.by_reference(uow, hidden).assignee_id is None
        assert tickets.by_reference(uow, shown).assignee_id is not None


def test_a_tied_member_cannot_tell_a_hidden_ticket_page_from_a_missing_one(app, client, services):
    hidden = add_ticket(services, agency="Song Hong SAO")
    _conflicted_reviewer(app, client, services)
    made_up = "BRM-2569-09999"
    real = client.get(f"/committee/tickets/{hidden}")
    fake = client.get(f"/committee/tickets/{made_up}")
    assert real.status_code == fake.status_code
    body = VOLATILE.sub("", real.get_data(as_text=True)).replace(hidden, "REF")
    assert body == VOLATILE.sub("", fake.get_data(as_text=True)).replace(made_up, "REF")


# Still marked (issue 17, branch copy): numbers are now a keyed permutation, so the gap
# between two visible references counts nothing, but this assertion asks for consecutive
# numbers among what one reviewer sees, which no numbering shared by all readers can give.
@pytest.mark.xfail(
    strict=True,
    reason="the references a tied reviewer sees are not consecutive: since the keyed "
    "permutation their gap counts nothing, but no numbering shared by all readers makes them "
    "consecutive for each reader, as this asks",
)
def test_the_references_a_tied_reviewer_sees_do_not_count_the_hidden_ones(app, client, services):
    add_ticket(services, agency="อบต.ชุมเห็ด")
    add_ticket(services, agency="Song Hong SAO")
    add_ticket(services, agency="อบต.ชุมเห็ด")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    _conflicted_reviewer(app, client, services)
    listed = client.get("/committee/tickets").get_data(as_text=True)
    numbers = sorted({int(n) for n in re.findall(r"BRM-\d{4}-(\d{5})", listed)})
    assert len(numbers) == 2
    assert numbers[1] - numbers[0] == 1


def test_two_receipts_do_not_tell_how_many_complaints_came_in_between(client, gateway, services):
    from tests.factories import Chat, line_id

    first = submit(Chat(client, gateway, line_id(), "test-channel-secret"))
    for _ in range(2):
        add_ticket(services)  # two villagers in between
    second = submit(Chat(client, gateway, line_id(), "test-channel-secret"))
    between = int(second.reference[-5:]) - int(first.reference[-5:]) - 1
    assert between != 2


# --- public figures: nothing live tells one complaint ----------------------------------

LIVE = ("at", "time", "digest", "day", "seal", "date", "generated", "checked_on")


def _without_times(node):
    if isinstance(node, dict):
        return {
            k: _without_times(v) for k, v in node.items() if not any(w in k.lower() for w in LIVE)
        }
    if isinstance(node, list):
        return [_without_times(v) for v in node]
    return node


def test_one_complaint_and_a_record_check_change_no_public_number(database_url, tmp_path, gateway):
    """A watcher fetches the open data, a villager files, the daily check runs, the watcher
    fetches again (no cache): within a release period nothing counted may move."""
    from bot import create_app
    from tests.conftest import make_env

    env = make_env(database_url, tmp_path, TRANSPARENCY_CACHE_SECONDS="0")
    application = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
    services = application.extensions["sujarit"]
    try:
        for _ in range(7):
            add_ticket(services)
        web, cli = application.test_client(), application.test_cli_runner()
        cli.invoke(args=["tickets", "verify"])
        before = web.get("/transparency/data.json").get_json()
        page_before = _numbers(web, "/transparency")
        add_ticket(services)
        cli.invoke(args=["tickets", "verify"])
        cli.invoke(args=["tickets", "anchor"])
        after = web.get("/transparency/data.json").get_json()
        assert _without_times(after) == _without_times(before)
        assert _numbers(web, "/transparency") == page_before
    finally:
        services.engine.dispose()


# --- webhook floods and replays ---------------------------------------------------------


def _replies(gateway, before: int) -> int:
    return sum(1 for call in gateway.sent[before:] if call["kind"] == "reply")


def test_a_captured_webhook_replayed_many_times_is_handled_once(client, gateway, services):
    """Someone who captured one signed body (a log, a proxy) posts it again and again, also
    with the events shuffled into a new body under a new signature they cannot make."""
    from tests.factories import line_id, post_signed, text_event, webhook_body

    event = text_event("สวัสดีค่ะ", line_id())
    body = webhook_body(event).decode()
    before = len(gateway.sent)
    for _ in range(5):
        assert post_signed(client, body).status_code == 200
    assert _replies(gateway, before) == 1
    forged = client.post(
        "/callback",
        data=webhook_body(event, event),
        content_type="application/json",
        headers={"X-Line-Signature": "bm90LWEtc2lnbmF0dXJl"},
    )
    assert forged.status_code in (400, 401, 403)
    assert _replies(gateway, before) == 1


def test_a_signed_webhook_older_than_the_event_retention_is_not_handled(client, gateway, services):
    """Its id may already be pruned from processed events: an old body is told by its age,
    also when its time is written as a string or a float."""
    from tests.factories import line_id, post_signed, text_event, webhook_body

    old = 1000 * (services.config.retention_event_days + 1) * 86400
    before = len(gateway.sent)
    for stamp in ("old", "float", "string"):
        event = text_event("สวัสดีค่ะ", line_id())
        value = event["timestamp"] - old
        event["timestamp"] = {"old": value, "float": value + 0.5, "string": str(value)}[stamp]
        post_signed(client, webhook_body(event).decode())
    assert _replies(gateway, before) == 0


@first_on_both(
    "district",
    ["Nang Rong", "อ.นาง\u200bรอง", "อำเภอ นางรอง", "นางรอง district"],
    ids=["latin", "zero-width", "spelled-out", "latin-thai"],
)
def test_a_district_tie_hides_a_ticket_whose_district_is_typed_another_way(
    app, client, gateway, services, chat, district
):
    """The citizen does not know the agency and types the district their own way: the
    member tied to นางรอง (declared as "อ.นางรอง") learns nothing of it."""
    filed = submitted(chat, agency="ไม่ทราบ", district=district, subdistrict="หนองโบสถ์")
    _conflicted_reviewer(app, client, services, conflict=("district", "อ.นางรอง"))
    assert not _sees(client, filed.reference)


def test_a_tied_chairs_identity_export_leaves_the_hidden_named_ticket_out(app, client, services):
    hidden = add_ticket(services, agency="Song Hong SAO", name="สมหญิง รักดี", phone="0812345678")
    shown = add_ticket(services, agency="อบต.ชุมเห็ด", name="สมศรี ใจงาม", phone="0899999999")
    with services.uow() as uow:
        _review_all(uow)
        uow.commit()
    chair_id = add_member(services, "chair", "ประธานที่มีส่วนได้เสีย", conflicts=[CONFLICT])
    _sign_in(client, services, chair_id)
    for url in ("/committee/tickets/export.csv", "/committee/tickets/export.xlsx"):
        got = _post(client, url, reason="ส่งต่อให้ ป.ป.ช. ตามหนังสือที่ 12/2569")
        assert got.status_code == 200
        data = got.data
        if url.endswith(".xlsx"):
            from openpyxl import load_workbook

            sheet = load_workbook(io.BytesIO(data)).active
            data = "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row)
        else:
            data = data.decode("utf-8-sig")
        assert shown in data
        assert hidden not in data and "สมหญิง" not in data and "0812345678" not in data


def test_declaring_a_tie_does_not_tell_a_tied_member_which_new_agencies_citizens_named(
    app, client, services
):
    """A member with a tie may not see tickets about new, unreviewed agencies. Declaring a
    tie on a school is refused unless a record of it exists, and such a record is made by a
    citizen's ticket: the answer must not differ for a school a hidden ticket named."""
    from storage.models import MemberConflict

    add_ticket(services, agency="โรงเรียนบ้านหนองกก", official="ผู้อำนวยการ")
    member_id = _conflicted_reviewer(app, client, services)

    def declared(value: str) -> bool:
        with services.uow() as uow:
            count = len(list(uow.session.scalars(select(MemberConflict.id))))
        _post(client, "/committee/conflicts", kind="agency", value=value, reason="ญาติทำงาน")
        with services.uow() as uow:
            return len(list(uow.session.scalars(select(MemberConflict.id)))) > count

    assert member_id
    assert declared("โรงเรียนบ้านหนองกก") == declared("โรงเรียนบ้านโคกไม้แดง")
