"""Recusal where it used to leak (#19): answers relayed to a member now tied to the
ticket, the audit page, and conflicts an admin declares for someone else."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from handlers.directory import members
from storage.models import AuditEntry, MemberConflict
from tests.dashboard_login import csrf_token
from tests.factories import Chat, add_member, add_ticket, texts
from tests.integration.handlers.committee.test_committee_line import (
    make_member,
    pushes,
    submit,
)
from tests.integration.handlers.directory.test_recusal import (
    cli,
    clock,  # noqa: F401  (fixture)
    dashboard,
    declare,
)

WHY = "ต้องโทรหาผู้ร้องเรื่องหลักฐานเพิ่มเติม"


@pytest.fixture
def new_chat(client, gateway):
    """More people chatting with the bot on the same app."""
    return lambda: Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")


def test_an_answer_is_not_relayed_to_an_asker_now_tied_to_the_ticket(
    chat, new_chat, services, gateway, runner
):
    reviewer = new_chat()
    reviewer_id = make_member(services, reviewer)
    reference = submit(chat, services)
    reviewer.tap(f"ask={reference}")
    reviewer.say("ผู้รับเหมาชื่อบริษัทอะไรคะ")
    # Declared afterwards (by an admin): the asker may no longer see the ticket.
    assert declare(runner, reviewer_id, "district", "นางรอง")[0] == 0
    chat.tap(f"answer={reference}")
    chat.say("บริษัท รุ่งเรืองก่อสร้าง จำกัด")
    assert "รุ่งเรืองก่อสร้าง" not in texts(pushes(services, gateway, reviewer.user_id))


def test_the_audit_page_hides_what_the_viewer_may_not_see(app, services, runner):
    free_chair = add_member(services, "chair", "ประธานอิสระ")
    tied_chair = add_member(services, "chair", "ประธานผูกพัน")
    admin = add_member(services, "admin", "ผู้ดูแล")
    assert declare(runner, tied_chair, "district", "นางรอง")[0] == 0
    hidden = add_ticket(services, district="นางรอง", name="นางมาลี", phone="0810000000")
    web = dashboard(app, services, free_chair)
    url = f"/committee/tickets/{hidden}/identity"
    assert "นางมาลี" in web.post(url, data={"reason": WHY, "csrf_token": csrf_token(web)}).text
    page = dashboard(app, services, tied_chair).get("/committee/audit").get_data(as_text=True)
    assert hidden not in page and WHY not in page
    # An admin (the chair's policy says no identity) sees that someone looked, not why.
    page = dashboard(app, services, admin).get("/committee/audit").get_data(as_text=True)
    assert hidden in page and WHY not in page
    page = dashboard(app, services, free_chair).get("/committee/audit").get_data(as_text=True)
    assert hidden in page and WHY in page


def test_a_conflict_declared_for_someone_else_is_told_and_can_be_undone(
    app, services, runner, client, gateway
):
    chats = {r: Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret") for r in "mc"}
    with services.uow() as uow:
        member = members.add_member(uow, chats["m"].user_id, "กรรมการถูกแจ้ง", "reviewer").id
        members.add_member(uow, chats["c"].user_id, "ประธาน", "chair")
        uow.commit()
    admin = add_member(services, "admin", "ผู้ดูแลระบบ")
    web = dashboard(app, services, admin)
    form = {"member_id": member, "kind": "district", "value": "อ.นางรอง", "reason": "ญาติ"}
    web.post("/committee/conflicts", data={**form, "csrf_token": csrf_token(web)})
    for who in "mc":
        told = texts(pushes(services, gateway, chats[who].user_id))
        assert "นางรอง" in told and "ผู้ดูแลระบบ" in told
    own = dashboard(app, services, member).get("/committee/conflicts").get_data(as_text=True)
    assert "นางรอง" in own and "ผู้ดูแลระบบ" in own
    with services.uow() as uow:
        conflict_id = uow.session.scalars(select(MemberConflict.id)).one()
    removal = {"conflict_id": conflict_id, "csrf_token": csrf_token(web)}
    assert web.post("/committee/conflicts/remove", data=removal).status_code == 303
    with services.uow() as uow:
        assert members.get_member(uow, member).conflicts == []
        kept = uow.session.get(MemberConflict, conflict_id)  # nothing is deleted
        assert kept is not None and kept.removed_at is not None
        actions = set(uow.session.scalars(select(AuditEntry.action)))
        assert {"declare_conflict", "remove_conflict"} <= actions
    assert "ยกเลิก" in texts(pushes(services, gateway, chats["m"].user_id))
    # The operator's command may not (no chair's word); a member cannot undo their own.
    assert declare(runner, member, "district", "นางรอง")[0] == 0
    code, output = cli(
        runner,
        "members",
        "conflicts",
        "remove",
        "--id",
        str(member),
        "--kind",
        "district",
        "--value",
        "นางรอง",
    )
    assert code != 0 and "/committee/conflicts" in output and "ประธาน" in output
    with services.uow() as uow:
        assert [c.value for c in members.get_member(uow, member).conflicts] != []
    own_web = dashboard(app, services, member)
    assert declare(runner, member, "district", "นางรอง")[0] == 0
    removal = {"conflict_id": conflict_id, "csrf_token": csrf_token(own_web)}
    assert own_web.post("/committee/conflicts/remove", data=removal).status_code == 403
