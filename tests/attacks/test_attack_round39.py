"""Attack round 39 (issue #17): a hostile insider against recusal, four eyes, copies without
keys and the records, written from docs/insider.md and the code alone. A passing test is a
protection that held; a strict xfail names what got through and how."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from handlers.directory import access, members
from storage.models import Member, Ticket
from tests.clock import Clock
from tests.factories import NOW, add_member, add_ticket, agency_added

TIE = "อบต.กลันทา"
OTHER = "อบต.บ้านบัว"  # a reviewed record the tickets are about


@pytest.fixture
def clock():
    return Clock(NOW)


def cli(runner, *args):
    result = runner.invoke(args=list(args))
    return result.exit_code, result.output


def tied(services, runner, value=TIE, kind="agency", role="reviewer") -> int:
    """A member tied (at the command line, as an admin would declare it)."""
    member = add_member(services, role, "ญาติปลัด")
    code, out = cli(
        runner, "members", "conflicts", "add", "--id", str(member), "--kind", kind, "--value", value
    )
    assert code == 0, out
    return member


def reviewed(services, runner, name=OTHER) -> None:
    """A record the committee made: proposed at the shell, reviewed by a chair."""
    result = agency_added(runner, services, name)
    assert result.exit_code == 0, result.output


def kept(services, member_id: int, reference: str) -> bool:
    """Whether recusal keeps the ticket from the member (the one rule every page reads)."""
    with services.uow() as uow:
        member = uow.session.get(Member, member_id)
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        return access.conflict_with(uow, member, ticket) is not None


def through(why: str):
    return pytest.mark.xfail(strict=True, reason=f"through: {why}")


# --- 1. the tie's agency named in the story in another spelling --------------------------

SPELLINGS = [
    "ปลัด อ.บ.ต.กลันทา เรียกเงิน",
    "ปลัดอบตกลันทาเรียกเงิน",
    "ปลัด อบต.ก\u200bลัน\u200bทา เรียกเงิน",  # zero-width spaces
    "ปลัด อบต.กลันทา๓ เรียกเงิน",  # a Thai digit glued
    "The SAO chief in Klantha took money",
    "Kalantha SAO officials took money",
    "กองช่างอบต.กลันทา เรียกเงิน",  # a unit glued in front
    "ปลัด เอสเอโอ กลันทา เรียกเงิน",
    "ปลัด โอบีที กลันทา เรียกเงิน",
    "ปลัด อ๊บต.กลันทา เรียกเงิน",  # a tone mark typed on the อ
    "ปลัด อบค.กลันทา เรียกเงิน",  # a neighbouring key for ต
    "ปลัดเทศบ่าลกลันทาเรียกเงิน",
    "คนที่ office of Klantha เรียกเงิน",
    "คนที่ตำบลกลันทาเรียกเงิน",
    "เจ้าหน้าที่ที่กลันทาเรียกเงิน",
]


@pytest.mark.parametrize("story", SPELLINGS)
def test_story_spellings(app, services, runner, story):
    member = tied(services, runner)
    reviewed(services, runner)
    reference = add_ticket(services, agency=OTHER, description=story)
    assert kept(services, member, reference)


# --- 2. another field ----------------------------------------------------------------------

FIELDS = ["official", "place_text", "occurred_text", "reported_to", "subdistrict"]


@pytest.mark.parametrize("field", FIELDS)
def test_the_tie_named_in_another_field(app, services, runner, field):
    member = tied(services, runner)
    reviewed(services, runner)
    value = "กลันทา" if field == "subdistrict" else "ปลัด อบต.กลันทา"
    reference = add_ticket(services, agency=OTHER, **{field: value})
    assert kept(services, member, reference)


def test_a_district_tie_against_the_district_named_in_latin(app, services, runner):
    member = tied(services, runner, "อ.นางรอง", "district")
    reviewed(services, runner)
    reference = add_ticket(
        services, agency=OTHER, district="เมืองบุรีรัมย์", description="the Nang Rong office"
    )
    assert kept(services, member, reference)


# --- 3. the command line -------------------------------------------------------------------


def test_a_command_line_ending_is_only_a_proposal(app, services, runner):
    reference = add_ticket(services, agency=OTHER)
    code, out = cli(
        runner,
        "tickets",
        "set-status",
        reference,
        "rejected",
        "--note",
        "จบ",
        "--reason-code",
        "not_enough_detail",
    )
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.status == "submitted"
    from tests.factories import waiting

    assert waiting(services, reference)  # a proposal waits for a chair


@pytest.mark.parametrize("verb", ["confirm", "decline"])
def test_the_command_line_never_decides(app, services, runner, verb):
    reference = add_ticket(services, agency=OTHER)
    cli(
        runner,
        "tickets",
        "set-status",
        reference,
        "rejected",
        "--note",
        "ไม่มีมูล",
        "--reason-code",
        "not_enough_detail",
    )
    code, out = cli(runner, "tickets", verb, reference)
    assert code != 0
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.status == "submitted"


@pytest.mark.parametrize("verb", ["remove", "accept"])
def test_the_command_line_cannot_free_a_tie(app, services, runner, verb):
    member = tied(services, runner)
    reference = add_ticket(services, agency=TIE)
    with services.uow() as uow:
        conflict_id = uow.session.scalars(text("select id from member_conflicts")).first()
    cli(runner, "members", "conflicts", verb, "--id", str(conflict_id))
    cli(runner, "members", "conflicts", verb, "--id", str(member))
    assert kept(services, member, reference)


def test_no_command_acts_as_a_member(app, services, runner):
    chair = add_member(services, "chair", "ประธาน")
    reference = add_ticket(services, agency=OTHER)
    code, _ = cli(
        runner,
        "tickets",
        "set-status",
        reference,
        "rejected",
        "--note",
        "x",
        "--reason-code",
        "not_enough_detail",
        "--as-member-id",
        str(chair),
    )
    assert code != 0


def test_the_shell_merges_an_unreviewed_record_away(app, services, runner):
    member = tied(services, runner)
    reviewed(services, runner)
    reference = add_ticket(services, agency="เอสเอโอ กลันทา")
    assert kept(services, member, reference)  # unreviewed: fails closed, as documented
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        source = ticket.agency_id
        target = uow.session.scalars(
            text("select id from agencies where reviewed and id != :s order by id desc"),
            {"s": source},
        ).first()
    cli(runner, "accused-agencies", "merge", "--from", str(source), "--into", str(target))
    assert kept(services, member, reference)


def test_the_shell_adds_a_reviewed_record_under_a_hostile_spelling(app, services, runner):
    member = tied(services, runner)
    cli(runner, "accused-agencies", "add", "เอสเอโอ กลันทา")
    reference = add_ticket(services, agency="เอสเอโอ กลันทา")
    assert kept(services, member, reference)


# --- 4. a database writer ------------------------------------------------------------------


def sql(services, statement: str, **params) -> None:
    with services.engine.begin() as connection:
        connection.execute(text(statement), params)


def ticket_id(services, reference: str) -> int:
    with services.uow() as uow:
        return uow.session.scalars(select(Ticket.id).where(Ticket.reference == reference)).one()


def test_a_tie_marked_removed_in_sql_still_holds(app, services, runner):
    member = tied(services, runner)
    reference = add_ticket(services, agency=TIE)
    sql(services, "update member_conflicts set removed_at = :at", at=NOW)
    assert kept(services, member, reference)


def test_a_tie_deleted_in_sql_keeps_everything(app, services, runner):
    member = tied(services, runner)
    reference = add_ticket(services, agency=TIE)
    sql(services, "delete from member_conflicts")
    assert kept(services, member, reference)


def test_a_record_marked_reviewed_in_sql_stays_kept(app, services, runner):
    member = tied(services, runner)
    reference = add_ticket(services, agency="เอสเอโอ กลันทา")
    sql(services, "update agencies set reviewed = :t", t=True)
    assert kept(services, member, reference)


def test_a_ticket_repointed_in_sql_stays_kept(app, services, runner):
    member = tied(services, runner)
    reviewed(services, runner)
    reference = add_ticket(services, agency=TIE, description="เรียกเงิน")
    with services.uow() as uow:
        other = uow.session.scalars(
            text("select id from agencies where name = :n"), {"n": OTHER}
        ).first()
    tid = ticket_id(services, reference)
    sql(
        services,
        "update tickets set agency_id = :a, agency = :n where id = :t",
        a=other,
        n=OTHER,
        t=tid,
    )
    sql(services, "delete from ticket_agencies where ticket_id = :t", t=tid)
    assert kept(services, member, reference)


def test_a_mention_row_deleted_in_sql_stays_kept(app, services, runner):
    member = tied(services, runner)
    reviewed(services, runner)
    reference = add_ticket(services, agency=OTHER, description="ปลัด อบต.กลันทา เรียกเงิน")
    sql(
        services,
        "delete from ticket_agencies where ticket_id = :t",
        t=ticket_id(services, reference),
    )
    assert kept(services, member, reference)


def test_a_mention_row_repointed_in_sql_stays_kept(app, services, runner):
    member = tied(services, runner)
    reviewed(services, runner)
    reference = add_ticket(services, agency=OTHER, description="ปลัด อบต.กลันทา เรียกเงิน")
    with services.uow() as uow:
        other = uow.session.scalars(
            text("select id from agencies where name = :n"), {"n": OTHER}
        ).first()
    sql(
        services,
        "update ticket_agencies set agency_id = :a where ticket_id = :t",
        a=other,
        t=ticket_id(services, reference),
    )
    assert kept(services, member, reference)


def test_a_status_written_in_sql_is_reported(app, services, runner):
    reference = add_ticket(services, agency=OTHER)
    sql(services, "update tickets set status = 'resolved' where reference = :r", r=reference)
    code, out = cli(runner, "tickets", "verify")
    assert reference in out


def test_a_reviewer_made_chair_in_sql_cannot_open_identity(app, services, runner):
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services, agency=OTHER, name="นายผู้ร้อง", phone="0812345678")
    sql(services, "update members set role = 'chair' where id = :m", m=reviewer)
    with services.uow() as uow:
        member = uow.session.get(Member, reviewer)
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert not access.can_see_identity(uow, member, ticket)


def test_a_proposal_confirmed_in_sql_ends_nothing(app, services, runner):
    reference = add_ticket(services, agency=OTHER)
    cli(
        runner,
        "tickets",
        "set-status",
        reference,
        "rejected",
        "--note",
        "จบ",
        "--reason-code",
        "not_enough_detail",
    )
    # the row as a chair's confirmation leaves it (state, by whom, when), written in SQL
    sql(
        services,
        "update ticket_proposals set state = 'confirmed', decided_by = 'member:1',"
        " decided_at = :at",
        at=NOW,
    )
    with services.uow() as uow:
        assert uow.session.scalar(text("select state from ticket_proposals")) == "confirmed"
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.status == "submitted"


# --- 5. four eyes on the dashboard ---------------------------------------------------------


def browser(app, services, member_id, from_shell=False):
    from tests.dashboard_login import sign_in

    client = app.test_client()
    assert sign_in(client, services, member_id, from_shell).status_code == 303
    return client


def post(client, reference, action, **form):
    from tests.dashboard_login import csrf_token

    page = f"/committee/tickets/{reference}"
    data = {"csrf_token": csrf_token(client, page), **form}
    return client.post(f"{page}/{action}", data=data)


def status_of(services, reference) -> str:
    with services.uow() as uow:
        return uow.session.scalars(select(Ticket.status).where(Ticket.reference == reference)).one()


def test_a_chair_cannot_confirm_their_own_proposal(app, services, runner):
    from tests.factories import waiting

    chair = add_member(services, "chair", "ประธาน")
    reference = add_ticket(services, agency=OTHER)
    client = browser(app, services, chair)
    post(
        client,
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="แก้ไขแล้ว",
    )
    post(client, reference, "confirm", proposal=waiting(services, reference))
    assert status_of(services, reference) == "submitted"


def test_a_chairs_second_status_post_does_not_confirm_their_first(app, services, runner):
    chair = add_member(services, "chair", "ประธาน")
    reference = add_ticket(services, agency=OTHER)
    client = browser(app, services, chair)
    post(
        client,
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="แก้ไขแล้ว",
    )
    post(
        client,
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="แก้ไขแล้วจริง",
    )
    assert status_of(services, reference) == "submitted"


def test_a_reviewer_cannot_confirm_a_chairs_proposal(app, services, runner):
    from tests.factories import waiting

    chair = add_member(services, "chair", "ประธาน")
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services, agency=OTHER)
    post(
        browser(app, services, chair),
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="จบ",
    )
    post(
        browser(app, services, reviewer),
        reference,
        "confirm",
        proposal=waiting(services, reference),
    )
    assert status_of(services, reference) == "submitted"


def test_a_shell_link_cannot_confirm(app, services, runner):
    from tests.factories import waiting

    chair = add_member(services, "chair", "ประธาน")
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services, agency=OTHER)
    post(
        browser(app, services, reviewer),
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="จบ",
    )
    client = browser(app, services, chair, from_shell=True)
    post(client, reference, "confirm", proposal=waiting(services, reference))
    assert status_of(services, reference) == "submitted"


def test_a_chair_the_shell_made_cannot_confirm(app, services, runner):
    from tests.factories import line_id, waiting

    add_member(services, "chair", "ประธานคนแรก")
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    code, out = cli(
        runner,
        "members",
        "add",
        "--line-user-id",
        line_id(),
        "--name",
        "ประธานเงา",
        "--role",
        "chair",
    )
    assert code == 0, out
    shadow = int(out.split()[1])
    reference = add_ticket(services, agency=OTHER)
    post(
        browser(app, services, reviewer),
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="จบ",
    )
    post(
        browser(app, services, shadow), reference, "confirm", proposal=waiting(services, reference)
    )
    assert status_of(services, reference) == "submitted"


def test_an_old_confirm_button_after_the_proposal_changed_does_nothing(app, services, runner):
    from tests.factories import waiting

    chair = add_member(services, "chair", "ประธาน")
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services, agency=OTHER)
    proposer = browser(app, services, reviewer)
    post(
        proposer,
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="จบ",
    )
    old = waiting(services, reference)
    post(
        proposer,
        reference,
        "status",
        status="rejected",
        reason="ไม่มีมูล",
        reason_code="not_enough_detail",
    )
    post(browser(app, services, chair), reference, "confirm", proposal=old)
    assert status_of(services, reference) == "submitted"


def test_a_tied_chair_cannot_confirm_through_a_crafted_post(app, services, runner):
    from tests.factories import waiting

    chair = tied(services, runner, role="chair")
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services, agency=TIE)
    with services.uow() as uow:  # proposed as the reviewer would, outside the chair's sight
        from handlers.tickets import actions as ticket_actions

        member = uow.session.get(Member, reviewer)
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        ticket_actions.change_status(
            uow, member, ticket, "rejected", "ไม่มีมูล", reason_code="not_enough_detail"
        )
        uow.commit()
    post(browser(app, services, chair), reference, "confirm", proposal=waiting(services, reference))
    assert status_of(services, reference) == "submitted"


# --- 6. the chat: floods and old buttons ---------------------------------------------------


def test_a_replayed_webhook_files_one_ticket(app, services, client, gateway):
    from tests.factories import Chat, postback_event

    chat = Chat(client, gateway, "U" + "a" * 32, "test-channel-secret")
    file_complaint_anonymously(chat)
    data = chat.shown.get("a=summary:confirm")
    event = postback_event(data, chat.user_id)
    for _ in range(5):
        chat.post(event)
    chat.tap("a=summary:confirm")  # the old button, again
    with services.uow() as uow:
        assert len(uow.session.scalars(select(Ticket.id)).all()) == 1


def file_complaint_anonymously(chat):
    from tests.factories import file_complaint

    file_complaint(chat, agency="อบต.บ้านบัว", district="เมืองบุรีรัมย์", subdistrict="บ้านบัว")


def test_a_webhook_flood_with_bad_signatures_is_refused(app, services, client):
    from tests.factories import text_event, webhook_body

    body = webhook_body(text_event("ร้องเรียน"))
    codes = {
        client.post(
            "/callback",
            data=body,
            content_type="application/json",
            headers={"X-Line-Signature": "AAAA"},
        ).status_code
        for _ in range(50)
    }
    assert codes and all(c >= 400 for c in codes)
    with services.uow() as uow:
        assert uow.session.scalar(text("select count(*) from processed_events")) == 0


def test_a_login_link_flood_is_throttled(app, services, client, gateway):
    from tests.factories import Chat

    uid = "U" + "b" * 32
    with services.uow() as uow:
        members.add_member(uow, uid, "ผู้ตรวจ", "reviewer")
        uow.commit()
    chat = Chat(client, gateway, uid, "test-channel-secret")
    links = sum("/committee/login/" in str(chat.say("login")) for _ in range(30))
    assert links < 30


# --- 7. a copy without the keys ------------------------------------------------------------


def dump(services) -> str:
    from storage.models import Base

    out = []
    with services.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(table.select()):
                out.append(f"{table.name}: {tuple(row)!r}")
    return "\n".join(out)


def test_a_copy_names_no_line_account_nor_the_tracking_code(app, services, client, gateway):
    from tests.factories import Chat, texts

    uid = "U" + "c" * 32
    chat = Chat(client, gateway, uid, "test-channel-secret")
    file_complaint_anonymously(chat)
    said = texts(chat.tap("a=summary:confirm"))
    services.sender.send_due()
    copy = dump(services)
    assert uid not in copy and uid.lower() not in copy
    import re

    codes = [c for c in re.findall(r"\b[A-Z0-9]{4}(?:-[A-Z0-9]{4}){2,}\b", said)]
    assert all(code not in copy for code in codes)


def test_a_copy_pairs_no_outbox_row_with_the_ticket(app, services, client, gateway):
    from tests.factories import Chat

    chat = Chat(client, gateway, "U" + "d" * 32, "test-channel-secret")
    file_complaint_anonymously(chat)
    chat.tap("a=summary:confirm")
    services.sender.send_due()
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    with services.engine.connect() as connection:
        rows = connection.execute(text("select * from outbox")).all()
    assert all(reference not in repr(tuple(r)) for r in rows)


# --- 8. other kinds of body, their nicknames and old abbreviations -------------------------

KINDS = [
    ("โรงเรียนบ้านบัว", "ครูที่ ร.ร.บ้านบัว เรียกเงิน"),
    ("โรงเรียนบ้านบัว", "Ban Bua School headmaster took money"),
    ("โรงเรียนบ้านบัว", "ผอ.รร.บ.บัว เรียกเงิน"),
    ("รพ.สต.กลันทา", "โรงพยาบาลส่งเสริมสุขภาพตำบลกลันทา เรียกเงิน"),
    ("รพ.สต.กลันทา", "หมออนามัยกลันทาเรียกเงิน"),
    ("สภ.เมืองบุรีรัมย์", "Mueang Buriram police station took money"),
    ("สภ.เมืองบุรีรัมย์", "ตำรวจ ส.ภ.อ.เมืองบุรีรัมย์ เรียกเงิน"),
    ("อบจ.บุรีรัมย์", "นายกใหญ่เรียกเงินค่าถนน"),
    ("อบจ.บุรีรัมย์", "Buriram PAO took money"),
]


@pytest.mark.parametrize(("tie", "story"), KINDS)
def test_other_bodies_named_in_the_story(app, services, runner, tie, story):
    agency_added(runner, services, tie)  # schools and the like: a record first
    member = tied(services, runner, tie)
    reviewed(services, runner)
    reference = add_ticket(services, agency=OTHER, description=story)
    assert kept(services, member, reference)


# --- 9. the ticket's district typed otherwise, against a district tie -----------------------


@pytest.mark.parametrize("district", ["นางรอง", "Nang Rong", "นางร้อง", "อ.นางรอง"])
def test_a_district_tie_against_the_district_typed_otherwise(
    app, services, runner, client, gateway, district
):
    """Typed in the chat at the district step, as a citizen would (the flow reads it)."""
    from tests.factories import Chat, file_complaint

    member = tied(services, runner, "อ.นางรอง", "district")
    cli(runner, "accused-agencies", "add", "สำนักงานที่ดินจังหวัดบุรีรัมย์")
    chat = Chat(client, gateway, "U" + "e" * 32, "test-channel-secret")
    file_complaint(chat, agency="สำนักงานที่ดินจังหวัดบุรีรัมย์", district=district, subdistrict="ถนนหัก")
    chat.tap("a=summary:confirm")
    with services.uow() as uow:
        reference, stored = uow.session.execute(select(Ticket.reference, Ticket.district)).one()
    assert kept(services, member, reference), stored


# --- 10. a chair reviews, in good faith, a record made under a hostile spelling -------------


def test_a_hostile_spelling_reviewed_in_good_faith(app, services, runner):
    from handlers.directory import agencies

    member = tied(services, runner)
    chair = add_member(services, "chair", "ประธาน")
    reference = add_ticket(services, agency="เอสเอโอ กลันทา", description="เรียกเงิน")
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        from storage.insider_models import Agency

        agencies.review(
            uow, uow.session.get(Agency, ticket.agency_id), by=uow.session.get(Member, chair)
        )
        uow.commit()
    assert kept(services, member, reference)


def test_a_second_chair_does_confirm(app, services, runner):
    """The control: the harness above can end a ticket when the rule allows it."""
    from tests.factories import waiting

    chair = add_member(services, "chair", "ประธาน")
    reviewer = add_member(services, "reviewer", "ผู้ตรวจ")
    reference = add_ticket(services, agency=OTHER)
    post(
        browser(app, services, reviewer),
        reference,
        "status",
        status="rejected",
        reason_code="not_enough_detail",
        reason="ไม่มีมูล",
    )
    post(browser(app, services, chair), reference, "confirm", proposal=waiting(services, reference))
    assert status_of(services, reference) == "rejected"


# --- 11. the dashboard served for real over HTTP --------------------------------------------


def test_over_http_a_tied_member_gets_neither_page_nor_export(database_url, tmp_path, runner):
    import requests

    from tests.conftest import make_env
    from tests.dashboard_login import CSRF, login_token
    from tests.e2e.conftest import served

    with served(make_env(database_url, tmp_path)) as (url, services):
        with services.uow() as uow:
            member, _ = __import__("tests.factories", fromlist=["new_member"]).new_member(
                uow, "ญาติปลัด", "reviewer", conflicts=[("agency", TIE)]
            )
            member_id = member.id
            uow.commit()
        reference = add_ticket(services, agency=TIE, description="ปลัดเรียกเงิน")
        browser = requests.Session()
        page = f"{url}/committee/login/{login_token(services, member_id)}"
        token = CSRF.search(browser.get(page, timeout=10).text).group(1)
        assert browser.post(page, data={"csrf_token": token}, timeout=10).ok
        assert browser.get(f"{url}/committee/tickets", timeout=10).status_code == 200
        responses = [
            browser.get(f"{url}/committee/tickets/{reference}", timeout=10),
            browser.get(f"{url}/committee/tickets/{reference.lower()}", timeout=10),
            browser.get(f"{url}/committee/tickets/{reference.replace('-', ' ')}", timeout=10),
        ]
        assert all(r.status_code in (403, 404) for r in responses)
        exported = browser.get(f"{url}/committee/tickets/export.csv", timeout=10).text
        listed = browser.get(f"{url}/committee/tickets?q={reference}", timeout=10).text
        assert reference not in exported
        assert f'/committee/tickets/{reference}"' not in listed
        # a crafted POST without the page's CSRF token, and one with it: neither acts
        took = browser.post(f"{url}/committee/tickets/{reference}/take", timeout=10)
        took_csrf = browser.post(
            f"{url}/committee/tickets/{reference}/take", data={"csrf_token": token}, timeout=10
        )
        assert took.status_code >= 400 and took_csrf.status_code >= 400
        with services.uow() as uow:
            assert (
                uow.session.scalars(
                    select(Ticket.assignee_id).where(Ticket.reference == reference)
                ).one()
                is None
            )


# --- 12. what the fixes above must not keep: a member still sees what is not about their tie --

NOT_THEIRS = [
    (TIE, "ปลัด อบต.บ้านบัว เรียกเงิน"),
    (TIE, "ปลัด เอสเอโอ บ้านบัว เรียกเงิน"),
    (TIE, "เจ้าหน้าที่ที่บ้านบัวเรียกเงิน"),
    ("รพ.สต.กลันทา", "ครูซื้อผ้าอนามัยด้วยเงินโรงเรียนบ้านบัว"),
    ("อบจ.บุรีรัมย์", "นายกเล็กบ้านบัวเรียกเงิน"),
    ("สภ.เมืองบุรีรัมย์", "ปลัดเทศบ่าลบ้านบัวเรียกเงิน"),
]


@pytest.mark.parametrize(("tie", "story"), NOT_THEIRS)
def test_a_story_about_another_body_is_still_shown(app, services, runner, tie, story):
    agency_added(runner, services, tie)
    member = tied(services, runner, tie)
    reviewed(services, runner)
    reference = add_ticket(services, agency=OTHER, description=story)
    assert not kept(services, member, reference)


# --- 13. the command line proposes; a chair decides ------------------------------------------


def test_a_record_added_at_the_shell_is_new_until_a_chair_reviews_it(app, services, runner):
    member = tied(services, runner)
    code, out = cli(runner, "accused-agencies", "add", "อบต.บ้านบัว")
    assert code == 0 and "[new]" in out, out
    reference = add_ticket(services, agency=OTHER, description="เรียกเงิน")
    assert kept(services, member, reference)  # no chair saw the record: fails closed
    code, out = cli(runner, "accused-agencies", "list", "--new")
    assert "บ้านบัว" in out
    chair = add_member(services, "chair", "ประธาน")
    with services.uow() as uow:
        agency_id = uow.session.scalars(
            text("select id from agencies where name like :n"), {"n": "%บ้านบัว"}
        ).one()
    post_form(
        browser(app, services, chair), "/committee/accused-agencies", "review", agency_id=agency_id
    )
    assert not kept(services, member, reference)


def test_a_merge_at_the_shell_waits_for_a_chair_on_the_dashboard(app, services, runner):
    member = tied(services, runner)
    reviewed(services, runner)
    reference = add_ticket(services, agency="อบต.กลันทาา", description="เรียกเงิน")
    with services.uow() as uow:
        source = ticket_agency(uow, reference)
        target = uow.session.scalars(
            text("select id from agencies where name like :n"), {"n": "%บ้านบัว"}
        ).one()
    code, out = cli(
        runner, "accused-agencies", "merge", "--from", str(source), "--into", str(target)
    )
    assert code == 0 and "proposed" in out, out
    with services.uow() as uow:
        assert ticket_agency(uow, reference) == source  # nothing moved
    assert kept(services, member, reference)
    chair = browser(app, services, add_member(services, "chair", "ประธาน"))
    page = chair.get("/committee/accused-agencies").get_data(as_text=True)
    assert 'id="merge-proposals"' in page and f'name="source" value="{source}"' in page
    post_form(chair, "/committee/accused-agencies", "merge", source=source, target=target)
    with services.uow() as uow:
        assert ticket_agency(uow, reference) == target  # the chair merged it
    page = chair.get("/committee/accused-agencies").get_data(as_text=True)
    assert 'id="merge-proposals"' not in page
    assert kept(services, member, reference)  # the misspelling moved with it: still near


def ticket_agency(uow, reference: str) -> int:
    return uow.session.scalars(select(Ticket.agency_id).where(Ticket.reference == reference)).one()


def post_form(client, page: str, action: str, **form):
    from tests.dashboard_login import csrf_token

    data = {"csrf_token": csrf_token(client, page), **form}
    return client.post(f"{page}/{action}", data=data)
