"""Red team, round 8: the protections built for issue 17 (listed as 19) attacked again by
insiders, database holders and floods: permuted references and random entry ids, hidden
outbox keys and sealed languages, members' seals and the ties they cover, the public counts
kept in tables, and floods of events and look-ups.

Attackers: a database writer without the environment's keys (plain SQL), a holder of a copy
of the database, a shell user with the command line, an insider member, a flood. A test that
passes is an attack the product holds; an xfail (strict) is one that gets through, asserting
what should hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, insert, select, text, update

from bot import create_app
from handlers.directory import agencies, members
from handlers.directory.access import can_review
from storage import reference_numbers, tickets, users
from storage.insider_models import Agency, AgencyAlias
from storage.models import AuditEntry, Member, MemberConflict, Ticket, TicketEvent
from storage.public_tally import DEFAULT_ZONE
from storage.ticket_figures import public_counts
from storage.transparency_models import PublicCount, PublicDuration
from tests.attacks.forging import verify_fails
from tests.conftest import first_on_both, make_env
from tests.dashboard_login import csrf_token
from tests.factories import (
    NOW,
    Chat,
    follow_event,
    line_id,
    new_member,
    new_ticket,
    submit,
    text_event,
)
from tests.shared_engines import release

AGENCY = "อบต.สองห้อง"  # the agency of `new_ticket`'s tickets


# -- helpers (as round 7's) -------------------------------------------------------------------
def _write(services, *statements) -> None:
    """Statements run straight on the database, as a writer without the app's keys would."""
    with services.engine.begin() as conn:
        for stmt in statements:
            conn.execute(stmt)


def _may_review(services, ticket_id: int, member_id: int) -> bool:
    with services.uow() as uow:
        return can_review(
            uow, members.get_member(uow, member_id), uow.session.get(Ticket, ticket_id)
        )


def _counts(services, member_id: int) -> bool:
    with services.uow() as uow:
        return members.grant_counts(uow, members.get_member(uow, member_id))


def _fits(services, member_id: int) -> bool:
    with services.uow() as uow:
        return members.record_fits(uow, members.get_member(uow, member_id))


def _review_every_record(services) -> None:
    """A chair has looked at every agency record citizens made (as on the dashboard)."""
    with services.uow() as uow:
        for record in uow.session.scalars(select(Agency)):
            agencies.review(uow, record)
        uow.commit()


# -- references: a keyed permutation -------------------------------------------------------------
def test_rotated_lookup_key_never_gives_a_reference_twice(services, database_url, tmp_path):
    """After `DATA_LOOKUP_KEY` rotates, the year goes on under another permutation: it meets
    numbers the old one gave (400 × 400 in 99,999 meet about twice) and passes over each."""

    def give(uow, count: int) -> list[str]:
        refs = []
        for _ in range(count):
            ref = tickets.next_reference(uow, "BRM", 2569)
            row = dict(
                reference=ref,
                status="submitted",
                kind="bribery",
                agency=AGENCY,
                official="-",
                description="-",
                anonymous=True,
                owner_line_id_enc="x",
                tracking_code_hash=ref,
                confirmed_true=True,
                completeness=0,
                submitted_at=NOW,
                updated_at=NOW,
            )
            uow.session.execute(insert(Ticket.__table__).values(**row))
            refs.append(ref)
        return refs

    with services.uow() as uow:
        before = give(uow, 400)
        uow.commit()
    old = make_env(database_url, tmp_path)["DATA_LOOKUP_KEY"]
    env = make_env(
        database_url, tmp_path, DATA_LOOKUP_KEY=f"rotated-lookup-key-9876543210zyx,{old}"
    )
    rotated = create_app({"ENV": env, "TESTING": True})
    try:
        with rotated.extensions["sujarit"].uow() as uow:
            after = give(uow, 400)
            uow.commit()
    finally:
        release(rotated.extensions["sujarit"].engine)
    assert len(set(before) | set(after)) == 800
    assert all(len(r.rsplit("-", 1)[1]) == 5 for r in before + after)


def test_reference_blocks_never_meet():
    """Past the year's 99,999th number six digits follow: no five-digit number comes again
    and no six-digit one reads as a five-digit one with a leading zero."""
    key = b"k" * 32
    numbers = [reference_numbers.number_for(key, n) for n in range(99_990, 100_010)]
    assert len(set(numbers)) == len(numbers)
    shown = [reference_numbers.formatted(n) for n in numbers]
    assert all(len(s) == 5 for s in shown[:10]) and all(len(s) == 6 for s in shown[10:])
    assert not any(s.startswith("0") for s in shown[10:])


# -- timeline entry ids: place + random ---------------------------------------------------------
def test_entry_ids_tell_no_order_across_tickets(services):
    """One act writes an entry on twenty tickets one after another: sorted by id, those
    entries do not come back in the order they were written."""
    with services.uow() as uow:
        ids = [new_ticket(uow).id for _ in range(20)]
        uow.commit()
    with services.uow() as uow:
        for ticket_id in ids:
            ticket = uow.session.get(Ticket, ticket_id)
            tickets.add_timeline(uow, ticket, "note", "member:1", None, None, "ดูแล้ว")
        uow.commit()
    query = select(TicketEvent.id, TicketEvent.ticket_id).where(TicketEvent.kind == "note")
    with services.engine.connect() as conn:
        by_id = [r.ticket_id for r in sorted(conn.execute(query).all())]
    assert sorted(by_id) == sorted(ids)
    assert by_id != ids and by_id != ids[::-1]


# -- what a copy tells of the language -------------------------------------------------------
_RANDOM_PER_ROW = {
    "id",
    "reference",
    "tracking_code_hash",
    "tracking_code_salt",
    "owner_line_id_enc",
    "chain_head",
    "chain_seal",
    "chain_parts",
    "submitted_at",
    "updated_at",
    "language",
    "agency_id",
}


def test_copy_tells_no_language_of_a_complaint_filed_in_english(client, gateway, services):
    """Two villagers give the very same answers, one in the English menus: a copy of the
    database finds nothing the bot stored differently about their two tickets (the sealed
    language of one size, the same stored fields, the same timelines)."""
    english = Chat(client, gateway, line_id(), "test-channel-secret")
    english.follow()
    english.say("English")
    filed = {"en": submit(english).reference}
    thai = Chat(client, gateway, line_id(), "test-channel-secret")
    filed["th"] = submit(thai).reference
    table = Ticket.__table__
    with services.engine.connect() as conn:
        rows = {
            lang: conn.execute(select(table).where(table.c.reference == ref)).one()._mapping
            for lang, ref in filed.items()
        }
        timelines = {
            lang: [
                tuple(e)
                for e in conn.execute(
                    text(
                        "SELECT kind, actor, from_status, to_status, body FROM ticket_events"
                        " WHERE ticket_id = :t ORDER BY id"
                    ),
                    {"t": rows[lang]["id"]},
                )
            ]
            for lang in rows
        }
    plain = {
        lang: {c: v for c, v in row.items() if c not in _RANDOM_PER_ROW and not c.endswith("_enc")}
        for lang, row in rows.items()
    }
    assert plain["en"] == plain["th"]
    assert len(rows["en"]["language"]) == len(rows["th"]["language"])
    assert timelines["en"] == timelines["th"]
    # Their accounts: every sealed column of one size, every plain one alike.
    accounts = {}
    with services.uow() as uow:
        for lang, chat in (("en", english), ("th", thai)):
            accounts[lang] = users.user_for_line_id(uow, chat.user_id).id
    users_table = text("SELECT * FROM line_users WHERE id = :i")
    with services.engine.connect() as conn:
        stored = {
            lang: dict(conn.execute(users_table, {"i": i}).one()._mapping)
            for lang, i in accounts.items()
        }
    shapes = {
        lang: {
            c: (len(v) if c in ("language", "state", "ticket_ids", "held") and v else v)
            for c, v in row.items()
            if c not in ("id", "user_hash", "line_user_id_enc", "created_at", "updated_at")
        }
        for lang, row in stored.items()
    }
    assert shapes["en"] == shapes["th"]


def test_writer_plants_a_plain_language_on_a_ticket(services, runner):
    """A plain "en" is read as a value from before the sealing: a writer who plants it (to
    have the complainant's messages in a language they do not read) is reported."""
    with services.uow() as uow:
        ticket_id = new_ticket(uow).id
        uow.commit()
    _write(services, update(Ticket).where(Ticket.id == ticket_id).values(language="en"))
    assert verify_fails(runner)


# -- ties: another field, another script ------------------------------------------------
def test_writer_unlinks_the_ties_record_and_renames_it(services):
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, reviewer_id, agency_id = ticket.id, reviewer.id, ticket.agency_id
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)
    _write(
        services,
        update(MemberConflict).values(agency_id=None),
        delete(AgencyAlias).where(AgencyAlias.agency_id == agency_id),
        update(Agency).where(Agency.id == agency_id).values(name="อบต.ไกลโพ้น", key="sao:ไกลโพ้น"),
    )
    assert _fits(services, reviewer_id)  # nothing sealed was touched
    assert not _may_review(services, ticket_id, reviewer_id)


def test_writer_steers_the_tied_spelling_to_another_record(services):
    """A writer gives another (reviewed) record the tied agency's key as an alias, so the
    next complaint spelled that way is filed under it: the tie still keeps that ticket."""
    with services.uow() as uow:
        tied = new_ticket(uow)
        other = new_ticket(uow, agency="อบต.หนองโบสถ์")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        tied_agency, other_agency, reviewer_id = tied.agency_id, other.agency_id, reviewer.id
    _review_every_record(services)
    with services.engine.connect() as conn:
        key = conn.scalar(select(Agency.key).where(Agency.id == tied_agency))
    _write(
        services,
        delete(AgencyAlias).where(AgencyAlias.key == key),
        update(Agency).where(Agency.id == tied_agency).values(key="sao:ไกลโพ้น"),
        insert(AgencyAlias).values(key=key, agency_id=other_agency, sample=AGENCY),
    )
    with services.uow() as uow:
        fresh = new_ticket(uow)
        uow.commit()
        fresh_id, steered = fresh.id, fresh.agency_id == other_agency
    assert not _may_review(services, fresh_id, reviewer_id), steered


def test_writer_moves_the_agency_record_out_of_the_tied_district(services):
    with services.uow() as uow:
        ticket = new_ticket(uow, agency="อบต.หนองโบสถ์", district="ลำปลายมาศ")
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("district", "นางรอง")])
        uow.commit()
        ticket_id, reviewer_id, agency_id = ticket.id, reviewer.id, ticket.agency_id
    _review_every_record(services)
    assert not _may_review(services, ticket_id, reviewer_id)
    _write(services, update(Agency).where(Agency.id == agency_id).values(district="ลำปลายมาศ"))
    assert not _may_review(services, ticket_id, reviewer_id)


@first_on_both("spelling", ["๓๑๐๔", "อำเภอนางรอง จ.บุรีรัมย์", "Nang Rong District"])
def test_district_tie_in_thai_digits_or_words(services, spelling):
    with services.uow() as uow:
        ticket = new_ticket(uow, district="นางรอง", agency="อบต.หนองโบสถ์")
        member, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        try:
            members.declare_conflict(uow, member, "district", spelling, "บ้านเกิด")
        except ValueError:
            return  # refused: the member is told to spell it otherwise, nothing looks declared
        uow.commit()
        assert not can_review(uow, member, ticket)


@first_on_both("spelling", ["อบต．สองห้อง", "ອບຕ.ສອງຫ້ອງ", "Song Hong SAO", "อบต.สอง ห้อง"])
def test_agency_tie_in_another_script(services, spelling):
    """The member declares their tie in look-alike letters or Latin; the tickets spell it in
    Thai, and the chair has reviewed every record."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        member, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        ticket_id, member_id = ticket.id, member.id
    _review_every_record(services)
    with services.uow() as uow:
        try:
            members.declare_conflict(
                uow, members.get_member(uow, member_id), "agency", spelling, "ญาติ"
            )
        except ValueError:
            return
        uow.commit()
    assert not _may_review(services, ticket_id, member_id)


def test_removed_tied_member_added_again_at_the_shell_keeps_the_tie(services, runner):
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _review_every_record(services)
    runner.invoke(args=["members", "remove", "--id", str(reviewer_id)])
    got = runner.invoke(
        args=["members", "add", "--line-user-id", uid, "--name", "ผู้ตรวจ", "--role", "reviewer"]
    )
    assert got.exit_code == 0, got.output
    with services.uow() as uow:
        back = members.member_for_line_id(uow, uid)
        assert back is not None
        assert not can_review(uow, back, uow.session.get(Ticket, ticket_id))


def test_tied_member_joins_again_with_a_code(services):
    """Removed, the tied reviewer joins again with a reviewer's code a chair made: the same
    account is the same member, ties and all."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        members.remove_member(uow, reviewer.id, actor="cli:operator")
        code = members.invite(uow, "reviewer", by=chair)
        uow.commit()
        ticket_id = ticket.id
    _review_every_record(services)
    with services.uow() as uow:
        back = members.join(uow, uid, code, "ผู้ตรวจ")
        uow.commit()
        assert back is not None
        assert not can_review(uow, back, uow.session.get(Ticket, ticket_id))


# -- chairs: removed, re-added, made founding -------------------------------------------------
def test_writer_wipes_the_chairs_so_the_shell_makes_a_founding_one(services, runner):
    with services.uow() as uow:
        first = members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        uow.commit()
        first_id = first.id
    _write(
        services,
        update(Member.__table__).values(role="reviewer", grant_state=None),
        delete(AuditEntry).where(AuditEntry.action == members.SHELL_GRANT),
    )
    assert not _fits(services, first_id)
    uid = line_id()
    got = runner.invoke(
        args=["members", "add", "--line-user-id", uid, "--name", "ประธานใหม่", "--role", "chair"]
    )
    assert got.exit_code == 0, got.output
    with services.uow() as uow:
        newcomer = members.member_for_line_id(uow, uid)
        assert not members.grant_counts(uow, newcomer)


def test_removed_vouched_chair_added_again_must_be_vouched_again(services, runner):
    with services.uow() as uow:
        first, _ = new_member(uow, "ประธาน ก", "chair")
        second, uid = new_member(uow, "ประธาน ข", "reviewer")
        members.add_from_shell(uow, uid, "ประธาน ข", "chair")
        members.confirm_grant(uow, first, second)
        uow.commit()
        second_id = second.id
    assert _counts(services, second_id)
    runner.invoke(args=["members", "remove", "--id", str(second_id)])
    runner.invoke(
        args=["members", "add", "--line-user-id", uid, "--name", "ประธาน ข", "--role", "chair"]
    )
    assert not _counts(services, second_id)


def test_removed_chair_joins_again_with_a_shell_code(services):
    """A removed (vouched) chair joining with a command-line chair code is the shell's word."""
    with services.uow() as uow:
        first, _ = new_member(uow, "ประธาน ก", "chair")
        second, uid = new_member(uow, "ประธาน ข", "reviewer")
        members.add_from_shell(uow, uid, "ประธาน ข", "chair")
        members.confirm_grant(uow, first, second)
        members.remove_member(uow, second.id, actor="cli:operator")
        code = members.invite(uow, "chair")
        uow.commit()
        second_id = second.id
    with services.uow() as uow:
        members.join(uow, uid, code, "ประธาน ข")
        uow.commit()
    assert not _counts(services, second_id)


@pytest.mark.parametrize("gone", ["removed", "demoted"])
def test_code_of_a_chair_since_removed_or_demoted(services, runner, gone):
    """A chair makes a chair's join code on the dashboard and is then removed (or made a
    reviewer) at the command line: whoever joins with the code later has no chair's word."""
    with services.uow() as uow:
        maker, uid = new_member(uow, "ประธาน ก", "chair")
        new_member(uow, "ประธาน ข", "chair")
        code = members.invite(uow, "chair", by=maker)
        uow.commit()
        maker_id = maker.id
    if gone == "removed":
        runner.invoke(args=["members", "remove", "--id", str(maker_id)])
    else:
        runner.invoke(
            args=[
                "members",
                "add",
                "--line-user-id",
                uid,
                "--name",
                "ประธาน ก",
                "--role",
                "reviewer",
            ]
        )
    with services.uow() as uow:
        gone_member = members.get_member(uow, maker_id)
        assert not (gone_member.active and gone_member.role == "chair")
        joined = members.join(uow, line_id(), code, "ผู้มาใหม่")
        uow.commit()
        assert joined is None or not members.grant_counts(uow, joined)


def test_removed_member_asks_for_a_login_link_in_line(client, gateway, services, runner):
    with services.uow() as uow:
        chair, uid = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair_id = chair.id
    runner.invoke(args=["members", "remove", "--id", str(chair_id)])
    chat = Chat(client, gateway, uid, "test-channel-secret")
    chat.say("เข้าสู่ระบบ")
    chat.say("login")
    from storage.committee_models import LoginToken

    with services.engine.connect() as conn:
        assert conn.scalar(select(text("count(*)")).select_from(LoginToken.__table__)) == 0


@pytest.mark.parametrize("meanwhile", ["removed", "tied"])
def test_question_half_typed_when_removed_or_tied(client, gateway, services, runner, meanwhile):
    """A reviewer taps "ask" on a ticket in LINE; before they send the question they are
    removed (or a chair declares their tie to the ticket's agency): the typed question
    reaches no complainant."""
    owner = line_id()
    with services.uow() as uow:
        ticket = new_ticket(uow, owner, agency="อบต.หนองโบสถ์")
        reviewer, uid = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        reference, reviewer_id = ticket.reference, reviewer.id
    _review_every_record(services)
    chat = Chat(client, gateway, uid, "test-channel-secret")
    chat.tap(f"ask={reference}")
    if meanwhile == "removed":
        runner.invoke(args=["members", "remove", "--id", str(reviewer_id)])
    else:
        got = runner.invoke(
            args=["members", "conflicts", "add", "--id", str(reviewer_id), "--kind", "agency"]
            + ["--value", "อบต.หนองโบสถ์", "--reason", "ญาติเป็นปลัด"]
        )
        assert got.exit_code == 0, got.output
    before = len(gateway.sent)
    chat.say("ผู้ร้องช่วยบอกชื่อผู้รับเหมาได้ไหมคะ")
    assert not [c for c in gateway.sent[before:] if c.get("to") == owner]
    with services.engine.connect() as conn:
        asked = conn.scalar(
            text("SELECT count(*) FROM ticket_events WHERE kind IN ('question', 'message')")
        )
    assert asked == 0


def test_link_asked_before_removal_signs_in_no_one_after(client, services, runner):
    with services.uow() as uow:
        chair, _ = new_member(uow, "ประธาน", "chair")
        token = members.issue_login_token(uow, chair)
        uow.commit()
        chair_id = chair.id
    runner.invoke(args=["members", "remove", "--id", str(chair_id)])
    url = f"/committee/login/{token}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    assert client.get("/committee/conflicts").status_code in (302, 303, 401, 403)


def test_removed_chairs_open_page_confirms_nothing(app, client, services, runner):
    """The chair opens the page of a proposal, is removed at the command line, and posts the
    confirm form the page showed."""
    from tests.dashboard_login import sign_in
    from tests.factories import waiting

    with services.uow() as uow:
        ticket = new_ticket(uow, status="in_review")
        chair, _ = new_member(uow, "ประธาน", "chair")
        uow.commit()
        reference, chair_id = ticket.reference, chair.id
    proposed = runner.invoke(
        args=[
            "tickets",
            "set-status",
            reference,
            "rejected",
            "--reason-code",
            "duplicate",
            "--note",
            "ซ้ำกับเรื่องเดิม",
        ]
    )
    assert proposed.exit_code == 0, proposed.output
    proposal = waiting(services, reference)
    sign_in(client, services, chair_id)
    page = f"/committee/tickets/{reference}"
    token = csrf_token(client, page)
    runner.invoke(args=["members", "remove", "--id", str(chair_id)])
    client.post(f"{page}/confirm", data={"csrf_token": token, "proposal": str(proposal)})
    with services.uow() as uow:
        assert tickets.by_reference(uow, reference).status == "in_review"


def test_shell_link_chair_cannot_accept_a_forged_record(client, services):
    """A chair signed in with a link made at the shell may read `/committee/conflicts` but
    not take a member whose tie a writer deleted as they now are."""
    with services.uow() as uow:
        ticket = new_ticket(uow)
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer", conflicts=[("agency", AGENCY)])
        chair, _ = new_member(uow, "ประธาน", "chair")
        token = members.issue_login_token(uow, chair, from_shell=True)
        uow.commit()
        ticket_id, reviewer_id = ticket.id, reviewer.id
    _write(services, delete(MemberConflict).where(MemberConflict.member_id == reviewer_id))
    url = f"/committee/login/{token}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    form = csrf_token(client, "/committee/conflicts")
    client.post(f"/committee/members/{reviewer_id}/accept", data={"csrf_token": form})
    assert not _fits(services, reviewer_id)
    assert not _may_review(services, ticket_id, reviewer_id)


# -- what a tied chair counts from the ids a page shows -------------------------------------
def test_tied_chair_counts_hidden_proposals_from_form_ids(client, services):
    import re

    from handlers.tickets import endings
    from tests.dashboard_login import sign_in

    with services.uow() as uow:
        first = new_ticket(uow, agency="อบต.หนองโบสถ์", status="in_review")
        hidden = new_ticket(uow, status="in_review")
        second = new_ticket(uow, agency="อบต.หนองกี่", status="in_review")
        chair, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        reviewer, _ = new_member(uow, "ผู้ตรวจ", "reviewer")
        uow.commit()
        refs = [first.reference, second.reference]
        ids = [first.id, hidden.id, second.id]
        chair_id, reviewer_id = chair.id, reviewer.id
    _review_every_record(services)
    with services.uow() as uow:
        proposer = members.get_member(uow, reviewer_id)
        for ticket_id in ids:
            endings.propose(
                uow, proposer, uow.session.get(Ticket, ticket_id), "resolved", "แก้ไขแล้ว"
            )
        uow.commit()
    assert not _may_review(services, ids[1], chair_id)
    sign_in(client, services, chair_id)
    shown = []
    for ref in refs:
        page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
        found = re.search(r'name="proposal" value="(\d+)"', page)
        assert found, "the chair is shown the confirm form"
        shown.append(int(found.group(1)))
    assert shown[1] - shown[0] != 2


def test_tied_chair_counts_hidden_evidence_from_link_ids(client, services, tmp_path):
    import re

    from tests.dashboard_login import sign_in
    from tests.factories import add_evidence

    with services.uow() as uow:
        first = new_ticket(uow, agency="อบต.หนองโบสถ์")
        hidden = new_ticket(uow)
        second = new_ticket(uow, agency="อบต.หนองกี่")
        reviewer, _ = new_member(uow, "ประธาน", "chair", conflicts=[("agency", AGENCY)])
        uow.commit()
        refs = (first.reference, hidden.reference, second.reference)
        hidden_id, reviewer_id = hidden.id, reviewer.id
    _review_every_record(services)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xd9")
    for ref, files in zip(refs, (1, 3, 1), strict=True):
        for _ in range(files):
            add_evidence(services, ref, photo, "image/jpeg")
    assert not _may_review(services, hidden_id, reviewer_id)
    sign_in(client, services, reviewer_id)
    shown = []
    for ref in (refs[0], refs[2]):
        page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
        found = re.findall(rf"/committee/tickets/{ref}/evidence/(\d+)", page)
        assert found, "the chair is shown the evidence link"
        shown.append(int(found[0]))
    assert shown[1] - shown[0] != 4


# -- the public counts kept in tables -----------------------------------------------------------
def _published(services):
    with services.uow() as uow:
        return public_counts(uow, DEFAULT_ZONE, datetime.now(UTC))


def _shift(services, column: str, source: str, target: str):
    """Move every kept count of one group to another with the same other fields: the totals,
    and every count's sign, stay as the tickets say."""
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(PublicCount.__table__).where(PublicCount.__table__.c[column] == source)
        ).all()
    stmts = []
    for row in rows:
        found = dict(row._mapping)
        keys = {k: v for k, v in found.items() if k != "tickets"}
        stmts.append(delete(PublicCount).filter_by(**keys))
        moved = {**found, column: target}
        stmts.append(insert(PublicCount).values(**moved))
    _write(services, *stmts)


def test_writer_moves_counts_between_districts(services, runner):
    with services.uow() as uow:
        for _ in range(6):
            new_ticket(uow, district="นางรอง")
        for _ in range(2):
            new_ticket(uow, district="ลำปลายมาศ")
        uow.commit()
    truth = {k: n for k, n in _published(services).by_district_status.items() if n}
    _shift(services, "district", "นางรอง", "ประโคนชัย")
    shown = {k: n for k, n in _published(services).by_district_status.items() if n}
    assert shown == truth or verify_fails(runner)


def test_writer_turns_waiting_counts_into_resolved_ones(services, runner):
    with services.uow() as uow:
        for _ in range(7):
            new_ticket(uow, district="นางรอง")
        uow.commit()
    truth = {k: n for k, n in _published(services).by_district_status.items() if n}
    _shift(services, "status", "submitted", "resolved")
    shown = {k: n for k, n in _published(services).by_district_status.items() if n}
    assert shown == truth or verify_fails(runner)


def test_writer_shortens_the_published_median(services, runner):
    with services.uow() as uow:
        for hours in (10, 20, 30, 40, 50):
            new_ticket(uow, status="in_review", taken_at=NOW + timedelta(hours=hours))
        uow.commit()
    truth = _published(services).take
    table = PublicDuration.__table__
    with services.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.measure == "take")).all()
    stmts = [delete(PublicDuration).where(PublicDuration.measure == "take")]
    for n, row in enumerate(rows):  # the same count, each ticket taken within the hour
        stmts.append(insert(PublicDuration).values(measure="take", slot=2 * n, tickets=row.tickets))
    _write(services, *stmts)
    assert truth[1] == 5
    assert _published(services).take == truth or verify_fails(runner)


def test_writer_moves_counts_into_a_month_outside_the_period(services):
    """Counts moved to a month before the published period no longer add up to the total
    filed in it: counted again from the tickets."""
    with services.uow() as uow:
        for _ in range(5):
            new_ticket(uow, submitted_at=datetime.now(UTC) - timedelta(days=2))
        uow.commit()
    truth = sum(_published(services).by_kind.values())
    _shift(services, "month", (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m"), "2001-01")
    assert sum(_published(services).by_kind.values()) == truth


# -- floods ------------------------------------------------------------------------------------
def test_a_burst_of_events_from_thirty_people_answers_each(client, gateway, services):
    """One webhook carrying thirty people's first words: none is dropped or answered twice."""
    users = [line_id() for _ in range(30)]
    chat = Chat(client, gateway, users[0], "test-channel-secret")
    before = len(gateway.sent)
    response = chat.post(*(text_event("สวัสดี", uid) for uid in users))
    assert response.status_code == 200
    replies = [c for c in gateway.sent[before:] if c["kind"] == "reply"]
    assert len(replies) == 30
    with services.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM line_users")) == 30


def test_a_burst_of_one_persons_answers_keeps_their_order(client, gateway, services):
    """A villager's phone sends three answers in one webhook (LINE batches them): the
    complaint goes on step by step, none lost."""
    chat = Chat(client, gateway, line_id(), "test-channel-secret")
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    chat.post(
        text_event("อบต.หนองโบสถ์", chat.user_id),
        text_event("นายก อบต.", chat.user_id),
        text_event("นางรอง", chat.user_id),
    )
    from storage.models import Draft

    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).where(Draft.status == "open")).one()
        data = draft.data
    joined = " ".join(str(v) for v in data.values())
    assert "หนองโบสถ์" in joined and "นายก" in joined and "นางรอง" in joined


def test_one_event_twice_in_one_burst_is_handled_once(client, gateway, services):
    """LINE (or a replaying attacker) puts the same event twice in one signed body: the
    answer is taken once, not again as the next question's answer."""
    chat = Chat(client, gateway, line_id(), "test-channel-secret")
    chat.follow()
    chat.tap("menu=complain")
    chat.tap("a=consent:yes")
    chat.tap("a=kind:procurement")
    event = text_event("อบต.หนองโบสถ์", chat.user_id)
    before = len(gateway.sent)
    chat.post(event, event)
    replies = [c for c in gateway.sent[before:] if c["kind"] == "reply"]
    assert len(replies) == 1
    from storage.models import Draft

    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).where(Draft.status == "open")).one()
        assert "หนองโบสถ์" not in str(draft.data.get("official", ""))


def test_follow_unfollow_flood_leaves_one_account(client, gateway, services):
    """Forty follow/unfollow pairs from one account: one row, following at the end, and one
    welcome per follow (none queued to be pushed later)."""
    uid = line_id()
    chat = Chat(client, gateway, uid, "test-channel-secret")
    from tests.factories import _base

    for _ in range(40):
        chat.post(follow_event(uid))
        chat.post(_base("unfollow", uid))
    chat.post(follow_event(uid))
    with services.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM line_users")) == 1
        assert conn.scalar(text("SELECT following FROM line_users")) in (True, 1)
        assert conn.scalar(text("SELECT count(*) FROM outbox")) == 0


def test_five_misses_split_between_line_and_web_lock_the_reference(client, gateway, services):
    """Three wrong codes on `/status` and two in LINE: the reference is locked for both, and
    a wrong code given next (from a fresh address) is refused (round 18: the right code is
    read first and shown, so others' misses lock no owner out)."""
    with services.uow() as uow:
        code = "ABCD-EFGH-JKMN"
        ticket = new_ticket(uow, **tickets.tracking_fields(uow, code))
        uow.commit()
        reference = ticket.reference
    for n in range(3):
        url = "/status"
        client.post(
            url,
            data={"csrf_token": csrf_token(client, url), "reference": reference, "code": "ZZZZ"},
            environ_base={"REMOTE_ADDR": f"198.51.100.{n + 1}"},
        )
    for n in range(2):
        chat = Chat(client, gateway, line_id(), "test-channel-secret")
        chat.tap("menu=lookup")
        chat.say(reference.lower())
        chat.say(f"WRNG-{n:04d}")

    def status(guess: str):
        form = {"csrf_token": csrf_token(client, "/status"), "reference": reference, "code": guess}
        return client.post("/status", data=form, environ_base={"REMOTE_ADDR": "203.0.113.9"})

    assert status("ZZZZ-ZZZZ-ZZZY").status_code == 429
    assert status(code).status_code == 200
