"""Recusal that holds whatever the spelling: a member tied to an agency or a district never
gets, lists, opens, takes, exports or counts such a ticket (hostile spellings included)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from bot.jobs import catalogue as jobs
from handlers.directory import agencies, members
from storage.insider_models import Agency
from storage.models import Ticket
from tests.clock import Clock
from tests.conftest import first_on_both
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import (
    NOW,
    Chat,
    add_member,
    add_ticket,
    agency_added,
    file_complaint,
    new_member,
    new_ticket,
    texts,
)
from tests.scheduling import bkk, pushes

CONFLICTED = "สมชาย ญาตินายก"


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def cli(runner, *args):
    """Run a command; its output."""
    result = runner.invoke(args=list(args))
    return result.exit_code, result.output


def declare(runner, member_id, kind, value):
    """Declare a conflict through the operators' command, as an admin would."""
    return cli(
        runner,
        "members",
        "conflicts",
        "add",
        "--id",
        str(member_id),
        "--kind",
        kind,
        "--value",
        value,
    )


def dashboard(app, services, member_id):
    """A browser signed in as the member."""
    client = app.test_client()
    assert sign_in(client, services, member_id).status_code == 303
    return client


def visible(app, services, member_id, reference) -> dict[str, bool]:
    """Whether the member finds the ticket in each place it could show up."""
    client = dashboard(app, services, member_id)
    row = f'/committee/tickets/{reference}"'
    listed = row in client.get("/committee/tickets").get_data(as_text=True)
    searched = row in client.get(f"/committee/tickets?q={reference}").get_data(as_text=True)
    page = client.get(f"/committee/tickets/{reference}").status_code == 200
    exported = reference in client.get("/committee/tickets/export.csv").get_data(as_text=True)
    return {"list": listed, "search": searched, "page": page, "export": exported}


HIDDEN = {"list": False, "search": False, "page": False, "export": False}
SHOWN = {"list": True, "search": True, "page": True, "export": True}


@first_on_both(
    "typed",
    [
        "องค์การบริหารส่วนตำบลบ้านเป้า",
        "อบต บ้านเป้า",
        "อ.บ.ต.บ้านเป้า",
        "อบต.บ้าน เป้า",
        "อบต.ตำบลบ้านเป้า",
        "นายก อบต.บ้านเป้า",
        "อบต.บ้านเปา",  # misspelt
        "อบต.บ้านเป้",  # misspelt
        "ทต.บ้านเป้า",  # the อบต. became a เทศบาลตำบล
        "เทศบาลตำบล บ้านเป้า",
        "บ้านเป้า",  # no kind at all
        "อบต.บ้าน\u200bเป้า",  # a zero-width space pasted in
        "อบต.บ้านเป้าใหญ่",  # close but not confident: kept from the member (fail closed)
        "อบต.บ้านเป้า อ.พุทไธสง จ.บุรีรัมย์",
    ],
)
def test_an_agency_conflict_holds_whatever_the_spelling(app, services, runner, typed):
    reviewer = add_member(services, "reviewer", CONFLICTED)
    assert declare(runner, reviewer, "agency", "อบต.บ้านเป้า")[0] == 0
    assert agency_added(runner, services, "อบต.บ้านบัว").exit_code == 0  # a reviewed record
    other = add_ticket(services, agency="อบต.บ้านบัว", district="เมืองบุรีรัมย์")
    reference = add_ticket(services, agency=typed, district="พุทไธสง")
    assert visible(app, services, reviewer, reference) == HIDDEN
    assert visible(app, services, reviewer, other) == SHOWN
    with services.uow() as uow:  # the typed text is kept beside the record it resolved to
        ticket = uow.session.scalars(select(Ticket).where(Ticket.reference == reference)).one()
        assert ticket.agency == typed and ticket.agency_id is not None


def test_the_line_alert_and_lists_leave_the_conflicted_reviewer_out(
    app, services, runner, client, gateway
):
    """The issue's own case: declared "อบต.บ้านเป้า", the citizen wrote the full name."""
    tied_chat = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    free_chat = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    with services.uow() as uow:
        tied = members.add_member(uow, tied_chat.user_id, CONFLICTED, "reviewer").id
        members.add_member(uow, free_chat.user_id, "กรรมการอิสระ", "reviewer")
        uow.commit()
    assert declare(runner, tied, "agency", "อบต.บ้านเป้า")[0] == 0
    services.sender.send_due()  # the member is told of the conflict declared for them
    earlier = len(gateway.sent)
    citizen = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    file_complaint(
        citizen, agency="องค์การบริหารส่วนตำบลบ้านเป้า", district="พุทไธสง", subdistrict="บ้านเป้า"
    )
    citizen.tap("a=summary:confirm")
    services.sender.send_due()
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    to = {c["to"] for c in gateway.sent[earlier:] if c["kind"] == "push"}
    assert free_chat.user_id in to and tied_chat.user_id not in to
    assert reference not in texts(tied_chat.say("เรื่องใหม่"))
    assert reference in texts(free_chat.say("เรื่องใหม่"))
    refused = texts(tied_chat.tap(f"take={reference}"))
    assert "ไม่" in refused
    with services.uow() as uow:
        assert uow.session.scalars(select(Ticket)).one().assignee_id is None
    assert "ไม่" in texts(tied_chat.tap(f"ask={reference}"))


def test_a_district_conflict_declared_as_amphoe_abbreviation(app, services, runner):
    reviewer = add_member(services, "reviewer", CONFLICTED)
    code, output = declare(runner, reviewer, "district", "อ.นางรอง")
    assert code == 0 and "นางรอง (3104)" in output
    in_district = add_ticket(services, agency="อบต.ถนนหัก", district="นางรอง")
    # No district given by the citizen, but the agency's ตำบล is in นางรอง: kept out too.
    by_agency = add_ticket(services, agency="อบต.หนองโบสถ์", district=None)
    elsewhere = add_ticket(services, agency="อบต.สองห้อง", district="เมืองบุรีรัมย์")
    assert visible(app, services, reviewer, in_district) == HIDDEN
    assert visible(app, services, reviewer, by_agency) == HIDDEN
    assert visible(app, services, reviewer, elsewhere) == SHOWN
    figures = dashboard(app, services, reviewer).get("/committee/figures").get_data(as_text=True)
    assert "นางรอง" not in figures.split("<main>")[1]


@pytest.mark.parametrize(
    ("kind", "value", "suggested"),
    [
        ("district", "นางรอก", "นางรอง"),
        ("district", "3199", ""),
        ("agency", "โรงเรียนบ้านโคกใหญ่", ""),
        ("agency", "อบต.ไม่มีจริง", ""),
    ],
)
def test_an_unknown_value_is_refused_with_suggestions(services, runner, kind, value, suggested):
    reviewer = add_member(services, "reviewer")
    code, output = declare(runner, reviewer, kind, value)
    assert code != 0 and "unknown" in output and suggested in output
    assert "[-]" in cli(runner, "members", "list")[1]


def test_an_agency_close_to_a_known_one_is_suggested(services, runner):
    add_ticket(services, agency="โรงเรียนบ้านหนองกงวิทยา")
    reviewer = add_member(services, "reviewer")
    code, output = declare(runner, reviewer, "agency", "โรงเรียนหนองกง")
    assert code != 0 and "โรงเรียนบ้านหนองกงวิทยา" in output


def test_the_dashboard_suggests_validates_and_saves_conflicts(app, services):
    add_ticket(services, agency="อบต.บ้านเป้า", district="พุทไธสง")
    reviewer = add_member(services, "reviewer", CONFLICTED)
    client = dashboard(app, services, reviewer)
    page = client.get("/committee/conflicts").get_data(as_text=True)
    assert "องค์การบริหารส่วนตำบลบ้านเป้า" in page  # offered as a suggestion
    form = {"kind": "district", "value": "นางรอก", "csrf_token": csrf_token(client)}
    refused = client.post("/committee/conflicts", data=form)
    assert "นางรอง" in client.get(refused.location).get_data(as_text=True)
    form = {"kind": "agency", "value": "อบต บ้านเป้า", "csrf_token": csrf_token(client)}
    saved = client.post("/committee/conflicts", data=form)
    assert "องค์การบริหารส่วนตำบลบ้านเป้า" in client.get(saved.location).get_data(as_text=True)
    # A reviewer cannot declare (or undo) for someone else.
    other = add_member(services, "reviewer")
    form = {"member_id": other, "kind": "agency", "value": "อบต.บ้านเป้า"}
    forged = client.post("/committee/conflicts", data={**form, "csrf_token": csrf_token(client)})
    assert forged.status_code == 403


def test_a_school_no_record_knows_declared_on_the_dashboard_is_kept_and_holds(app, services):
    """The dashboard does not refuse an agency it has no record of (a refusal would tell
    which records citizens' tickets made): the tie is kept and a later ticket is hidden."""
    reviewer = add_member(services, "reviewer", CONFLICTED)
    client = dashboard(app, services, reviewer)
    form = {"kind": "agency", "value": "โรงเรียนบ้านโคกไม้แดง", "csrf_token": csrf_token(client)}
    saved = client.post("/committee/conflicts", data=form)
    assert "โรงเรียนบ้านโคกไม้แดง" in client.get(saved.location).get_data(as_text=True)
    later = add_ticket(services, agency="ร.ร.บ้านโคกไม้แดง")
    assert visible(app, services, reviewer, later) == HIDDEN


def test_a_new_agency_becomes_a_record_a_chair_can_merge(app, services, runner):
    reviewer = add_member(services, "reviewer", CONFLICTED)
    school = add_ticket(services, agency="โรงเรียนบ้านสวาย")
    assert declare(runner, reviewer, "agency", "โรงเรียนบ้านสวาย")[0] == 0
    nickname = add_ticket(services, agency="ร.ร.ภูมิพิทยาคาร")
    assert visible(app, services, reviewer, school) == HIDDEN
    # New and unreviewed: kept from every member with an agency conflict (fail closed).
    assert visible(app, services, reviewer, nickname) == HIDDEN
    with services.uow() as uow:
        found = {a.name: a.id for a in agencies.listing(uow, unreviewed_only=True)}
    assert "โรงเรียนภูมิพิทยาคาร" in found
    code, output = cli(runner, "accused-agencies", "list", "--new")
    assert "โรงเรียนภูมิพิทยาคาร [new]" in output
    # The same school under another name: the chair merges it from the dashboard.
    chair = add_member(services, "chair")
    client = dashboard(app, services, chair)
    with services.uow() as uow:
        target = uow.session.scalars(select(Agency.id).where(Agency.name == "โรงเรียนบ้านสวาย")).one()
    form = {"source": found["โรงเรียนภูมิพิทยาคาร"], "target": target}
    client.post(
        "/committee/accused-agencies/merge", data={**form, "csrf_token": csrf_token(client)}
    )
    assert visible(app, services, reviewer, nickname) == HIDDEN
    with services.uow() as uow:  # kept, pointing to where it went
        merged = uow.session.get(Agency, found["โรงเรียนภูมิพิทยาคาร"])
        assert merged.merged_into_id == target
    # A later ticket with the merged spelling goes to the same record.
    later = add_ticket(services, agency="ร.ร. ภูมิพิทยาคาร")
    assert visible(app, services, reviewer, later) == HIDDEN


def test_a_conflicted_chair_sees_nothing_and_the_other_chair_sees_who_was_excluded(
    app, services, runner, client, gateway
):
    chair_chat = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    with services.uow() as uow:
        tied_chair = members.add_member(uow, chair_chat.user_id, "ประธานผูกพัน", "chair").id
        uow.commit()
    assert declare(runner, tied_chair, "agency", "อบต.หนองโบสถ์")[0] == 0
    other_chair = add_member(services, "chair", "ประธานร่วม")
    reference = add_ticket(
        services, agency="องค์การบริหารส่วนตำบล หนองโบสถ์", name="นางมาลี", phone="0810000000"
    )
    assert visible(app, services, tied_chair, reference) == HIDDEN
    tied = dashboard(app, services, tied_chair)
    why = "ต้องการติดต่อผู้ร้องเรื่องหลักฐาน"
    url = f"/committee/tickets/{reference}/identity"
    assert tied.post(url, data={"reason": why, "csrf_token": csrf_token(tied)}).status_code == 404
    # The other chair sees who was excluded, and why.
    page = dashboard(app, services, other_chair).get(f"/committee/tickets/{reference}")
    assert "ประธานผูกพัน" in page.get_data(as_text=True)


def test_a_conflicted_admin_cannot_open_identity_even_where_admins_may(app, services, runner):
    chair = add_member(services, "chair")
    admin = add_member(services, "admin", "ผู้ดูแลผูกพัน")
    free_admin = add_member(services, "admin", "ผู้ดูแลอิสระ")
    assert declare(runner, admin, "district", "3104")[0] == 0
    reference = add_ticket(services, district="นางรอง", name="นายสมหมาย", phone="0899999999")
    chair_client = dashboard(app, services, chair)
    chair_client.post(
        "/committee/audit/policy", data={"admins": "yes", "csrf_token": csrf_token(chair_client)}
    )
    why = "ตรวจสอบตัวตนตามคำขอของ ป.ป.ท."
    url = f"/committee/tickets/{reference}/identity"
    tied = dashboard(app, services, admin)
    assert tied.post(url, data={"reason": why, "csrf_token": csrf_token(tied)}).status_code == 404
    form = {"reason": why, "csrf_token": csrf_token(tied)}
    rows = tied.post("/committee/tickets/export.csv", data=form).get_data(as_text=True)
    assert reference not in rows and "นายสมหมาย" not in rows
    free = dashboard(app, services, free_admin)
    shown = free.post(url, data={"reason": why, "csrf_token": csrf_token(free)})
    assert "นายสมหมาย" in shown.get_data(as_text=True)


def test_digests_and_reminders_leave_out_a_conflict_spelt_another_way(services, gateway):
    submitted = bkk(2026, 3, 1, 9, 0)
    with services.uow() as uow:
        tied, tied_line = new_member(uow, "กรรมการผูกพัน")
        _, free_line = new_member(uow, "กรรมการอิสระ")
        chair, chair_line = new_member(uow, "ประธานผูกพัน", role="chair")
        members.declare_conflict(uow, tied, "agency", "อบต.หนองโบสถ์", None)
        members.declare_conflict(uow, chair, "district", "อำเภอ นางรอง", None)
        new_ticket(uow, submitted_at=submitted, agency="องค์การบริหารส่วนตำบล หนองโบสถ์", district=None)
        uow.commit()
    for moment in (submitted + timedelta(hours=80), bkk(2026, 3, 5, 8, 0)):
        with time_machine.travel(moment, tick=False):
            jobs.run_job(services, "sla-reminders")
            jobs.run_job(services, "committee-digest")
            services.sender.send_due()
    assert pushes(gateway, free_line) and not pushes(gateway, tied_line)
    assert not pushes(gateway, chair_line)
