"""Four eyes on every ending: a reviewer trying every way to close a ticket alone
(dashboard, crafted POSTs, CLI, LINE) only proposes; the chair confirms; only the
complainant withdraws; a rejection can be contested."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from handlers.directory import members
from storage.insider_models import TicketProposal
from storage.models import Ticket
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import Chat, add_member, file_complaint, quick_data, texts, waiting

WHY = "ไม่ใช่การกระทำของเจ้าหน้าที่รัฐ"


#: A test that drives only some members' dashboard browsers names them (`@BROWSERS(...)`):
#: only theirs are signed in, as the fixture is set up (a sign-in is a few requests and a
#: token written: most tests here use two of the five). Without the mark, all five are.
BROWSERS = pytest.mark.browsers


@pytest.fixture
def people(app, services, client, gateway, request):
    """A citizen who filed a complaint (in review, taken by the reviewer), a reviewer, two
    chairs and an admin, each with LINE and a dashboard browser (those the test's `BROWSERS`
    mark names, when it has one)."""
    chats, ids = {}, {}
    with services.uow() as uow:
        for role, name in (
            ("reviewer", "ผู้พิจารณา"),
            ("reviewer2", "ผู้พิจารณาอีกคน"),
            ("chair", "ประธาน"),
            ("chair2", "รองประธาน"),
            ("admin", "ผู้ดูแล"),
        ):
            chats[role] = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
            ids[role] = members.add_member(uow, chats[role].user_id, name, role.rstrip("2")).id
        uow.commit()
    citizen = Chat(client, gateway, "U" + uuid.uuid4().hex, "test-channel-secret")
    file_complaint(citizen)
    citizen.tap("a=summary:confirm")
    with services.uow() as uow:
        reference = uow.session.scalars(select(Ticket.reference)).one()
    chats["reviewer"].tap(f"take={reference}")
    marked = request.node.get_closest_marker("browsers")
    signed = set(marked.args) if marked is not None else set(ids)
    browsers = {}
    for role, member_id in ((r, i) for r, i in ids.items() if r in signed):
        browsers[role] = app.test_client()
        assert sign_in(browsers[role], services, member_id).status_code == 303
    return {"chats": chats, "ids": ids, "citizen": citizen, "ref": reference, "web": browsers}


def post(browser, url, **form):
    return browser.post(url, data={**form, "csrf_token": csrf_token(browser)})


def status(services, reference) -> str:
    with services.uow() as uow:
        return uow.session.scalars(select(Ticket.status).where(Ticket.reference == reference)).one()


def told(services, gateway, user_id) -> str:
    services.sender.send_due()
    return texts([m for c in gateway.sent if c.get("to") == user_id for m in c["messages"]])


@pytest.mark.parametrize("ending", ["rejected", "resolved"])
def test_a_reviewers_ending_is_only_a_proposal_until_a_chair_confirms(
    services, gateway, people, ending
):
    ref, web = people["ref"], people["web"]
    if ending == "resolved":  # forwarded first, which a chair confirms too
        post(web["reviewer"], f"/committee/tickets/{ref}/referral/sent", agency="pacc")
        post(web["chair2"], f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref))
        assert status(services, ref) == "forwarded"
    url = f"/committee/tickets/{ref}"
    before = status(services, ref)
    post(web["reviewer"], f"{url}/status", status=ending, reason=WHY, reason_code="outside_scope")
    assert status(services, ref) == before
    # The reviewer tries to confirm their own proposal, and another reviewer tries too.
    for role in ("reviewer", "reviewer2"):
        post(web[role], f"{url}/confirm", proposal=waiting(services, ref))
        assert status(services, ref) == before
    # The admin may not confirm while a chair who may see it exists.
    post(web["admin"], f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == before
    assert "รอประธานยืนยัน" in web["chair"].get(url).get_data(as_text=True)
    post(web["chair"], f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == ending
    with services.uow() as uow:
        proposal = uow.session.scalars(
            select(TicketProposal).where(TicketProposal.to_status == ending)
        ).one()
        assert (
            proposal.state == "confirmed"
            and proposal.decided_by == f"member:{people['ids']['chair']}"
        )


@BROWSERS("reviewer", "chair")
def test_the_complainant_hears_the_reason_in_plain_thai_and_can_contest(
    services, gateway, people, runner
):
    ref, web, citizen = people["ref"], people["web"], people["citizen"]
    url = f"/committee/tickets/{ref}"
    post(
        web["reviewer"],
        f"{url}/status",
        status="rejected",
        reason="ซ้ำกับเรื่องเดิม",
        reason_code="duplicate",
    )
    assert "ไม่สามารถรับเรื่อง" not in told(services, gateway, citizen.user_id)
    post(web["chair"], f"{url}/confirm", proposal=waiting(services, ref))
    notice = told(services, gateway, citizen.user_id)
    assert "เป็นเรื่องเดียวกับที่มีผู้แจ้งไว้แล้ว" in notice and "ซ้ำกับเรื่องเดิม" in notice
    # Someone else taps the complainant's contest button: nothing happens.
    assert "ไม่พบ" in texts(people["chats"]["reviewer"].tap(f"contest={ref}"))
    assert status(services, ref) == "rejected"
    contested = citizen.tap(f"contest={ref}")
    assert "ประธาน" in texts(contested)
    assert status(services, ref) == "in_review"
    with services.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.contested_count == 1 and ticket.assignee_id is None
    assert "ขอให้พิจารณา" in told(services, gateway, people["chats"]["chair"].user_id)
    figures = web["chair"].get("/committee/figures").get_data(as_text=True)
    assert (
        'id="contested"' in figures
        and "<strong>1</strong>" in figures.split('id="contested"')[1][:200]
    )


@BROWSERS("chair", "chair2")
def test_a_chairs_own_proposal_needs_another_chair_or_an_admin_when_none(services, people):
    ref, web = people["ref"], people["web"]
    url = f"/committee/tickets/{ref}"
    post(web["chair"], f"{url}/status", status="rejected", reason=WHY)
    post(web["chair"], f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "in_review"
    post(web["chair2"], f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "rejected"


@BROWSERS("chair", "chair2", "admin")
def test_an_admin_confirms_when_every_other_chair_is_conflicted(services, people, runner):
    ref, web, ids = people["ref"], people["web"], people["ids"]
    runner.invoke(
        args=[
            "members",
            "conflicts",
            "add",
            "--id",
            str(ids["chair2"]),
            "--kind",
            "agency",
            "--value",
            "อบต.หนองโบสถ์",
        ]
    )
    url = f"/committee/tickets/{ref}"
    post(web["chair"], f"{url}/status", status="rejected", reason=WHY)
    assert (
        post(web["chair2"], f"{url}/confirm", proposal=waiting(services, ref)).status_code == 404
    )  # conflicted: not even seen
    post(web["admin"], f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "rejected"


@BROWSERS("chair")
def test_a_withdrawal_by_staff_is_only_a_request_the_complainant_confirms(
    services, gateway, people
):
    ref, web, citizen, chats = people["ref"], people["web"], people["citizen"], people["chats"]
    url = f"/committee/tickets/{ref}"
    post(web["chair"], f"{url}/status", status="withdrawn", reason="ผู้ร้องโทรมาขอถอน")
    assert status(services, ref) == "in_review"
    services.sender.send_due()
    pushed = [m for c in gateway.sent if c.get("to") == citizen.user_id for m in c["messages"]]
    assert quick_data(pushed)["ไม่ได้ขอถอน"] == f"withdraw_no={ref}"
    # A reviewer taps the complainant's confirm button from their own LINE: not theirs.
    chats["reviewer"].tap(f"withdraw_yes={ref}")
    assert status(services, ref) == "in_review"
    # The complainant did not ask: the request is dropped and the chair is told.
    citizen.tap(f"withdraw_no={ref}")
    assert status(services, ref) == "in_review"
    assert "ไม่ได้ขอถอน" in told(services, gateway, chats["chair"].user_id)
    post(web["chair"], f"{url}/status", status="withdrawn", reason="ผู้ร้องมาขอที่สำนักงาน")
    citizen.tap(f"withdraw_yes={ref}")
    assert status(services, ref) == "withdrawn"


@BROWSERS("reviewer", "chair")
def test_crafted_posts_and_other_roles_cannot_end_a_ticket(services, app, people):
    ref, web, ids = people["ref"], people["web"], people["ids"]
    url = f"/committee/tickets/{ref}"
    organizer = add_member(services, "organizer")
    browser = app.test_client()
    sign_in(browser, services, organizer)
    for form in (
        {"status": "rejected", "reason": WHY},
        {"status": "resolved", "reason": WHY},
        {"status": "withdrawn", "reason": WHY},
    ):
        assert post(browser, f"{url}/status", **form).status_code == 403
    assert post(browser, f"{url}/confirm").status_code == 403
    # Without a CSRF token (a cross-site form), nothing happens.
    assert web["chair"].post(f"{url}/status", data={"status": "rejected"}).status_code == 400
    assert web["chair"].post(f"{url}/confirm").status_code == 400
    # A forged status value, and "confirm" with nothing pending.
    post(web["reviewer"], f"{url}/status", status="closed", reason=WHY)
    post(web["chair"], f"{url}/confirm", proposal=1)
    assert status(services, ref) == "in_review"
    with services.uow() as uow:
        assert uow.session.scalars(select(TicketProposal)).all() == []
    # Members' LINE accounts have no ending at all: crafted postbacks are not theirs.
    for data in (f"withdraw_yes={ref}", f"feedback={ref}:no", f"contest={ref}"):
        people["chats"]["reviewer"].tap(data)
    assert status(services, ref) == "in_review" and ids


@BROWSERS("chair")
def test_the_cli_follows_the_same_rule_and_says_what_is_pending(services, runner, people):
    ref = people["ref"]
    out = runner.invoke(args=["tickets", "set-status", ref, "rejected", "--note", WHY]).output
    assert "pending" in out and "still in_review" in out
    assert status(services, ref) == "in_review"
    assert f"{ref}  in_review  -> rejected" in runner.invoke(args=["tickets", "pending"]).output
    assert "[pending: rejected]" in runner.invoke(args=["tickets", "list"]).output
    for command in ("confirm", "decline"):  # never from a shell, whoever it claims to be
        refused = runner.invoke(args=["tickets", command, ref])
        assert refused.exit_code != 0 and "dashboard" in refused.output
    withdrawn = runner.invoke(args=["tickets", "set-status", ref, "withdrawn", "--note", "โทรมา"])
    assert "complainant confirms in LINE" in withdrawn.output
    post(
        people["web"]["chair"], f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref)
    )
    assert status(services, ref) == "rejected"
    assert "0 pending" in runner.invoke(args=["tickets", "pending"]).output


@BROWSERS("reviewer", "chair")
def test_a_confirmation_is_for_the_proposal_the_chair_saw(services, people):
    """The reviewer proposes forwarding, the chair opens the page, the reviewer swaps it for a
    rejection: the chair's confirm (and decline, and marking it sent) refuse, kindly, and show
    the proposal now waiting."""
    ref, web = people["ref"], people["web"]
    url = f"/committee/tickets/{ref}"
    post(web["reviewer"], f"{url}/referral/sent", agency="pacc")
    page = web["chair"].get(url).get_data(as_text=True)
    seen = waiting(services, ref)
    assert f'name="proposal" value="{seen}"' in page
    post(web["reviewer"], f"{url}/status", status="rejected", reason=WHY, proposal=seen)
    swapped = waiting(services, ref)
    assert swapped != seen
    for action, form in (
        ("confirm", {}),
        ("decline", {"note": "ไม่"}),
        ("referral/sent", {"agency": "pacc"}),
    ):
        answer = post(web["chair"], f"{url}/{action}", proposal=seen, **form)
        shown = web["chair"].get(answer.headers["Location"]).get_data(as_text=True)
        assert "มีการเปลี่ยนข้อเสนอ" in shown and WHY in shown
        assert status(services, ref) == "in_review" and waiting(services, ref) == swapped
    # Without the proposal's id (an old page, a crafted form) nothing is confirmed either.
    post(web["chair"], f"{url}/confirm")
    assert status(services, ref) == "in_review"
    post(web["chair"], f"{url}/confirm", proposal=swapped)
    assert status(services, ref) == "rejected"


@BROWSERS("reviewer", "chair")
def test_the_confirm_form_names_the_proposal_by_a_handle_not_its_number(services, people):
    """The chair's page carries no proposal number a tied chair could count by; the number
    itself, typed into a crafted form, confirms nothing, and the page's value does."""
    import re

    ref, web = people["ref"], people["web"]
    url = f"/committee/tickets/{ref}"
    post(web["reviewer"], f"{url}/status", status="rejected", reason=WHY)
    with services.uow() as uow:
        number = uow.session.scalars(select(TicketProposal.id)).one()
    page = web["chair"].get(url).get_data(as_text=True)
    shown = re.search(r'name="proposal" value="(\d+)"', page)[1]
    assert shown != str(number) and len(shown) == 16
    post(web["chair"], f"{url}/confirm", proposal=number)
    assert status(services, ref) == "in_review"
    post(web["chair"], f"{url}/confirm", proposal=shown)
    assert status(services, ref) == "rejected"
