"""Four eyes a shell cannot bypass (#19): commands act as the operator, never as members;
a forwarding and an agency's answer wait for a chair like an ending."""

from __future__ import annotations

from sqlalchemy import select

from handlers.directory import members
from storage.models import AuditEntry
from storage.referral_models import Referral
from tests.dashboard_login import sign_in
from tests.factories import waiting
from tests.integration.handlers.tickets import test_four_eyes as four_eyes
from tests.integration.handlers.tickets.test_four_eyes import WHY, post, status, told

people = four_eyes.people  # the fixture: a citizen's ticket in review, members and browsers


def run(runner, *args):
    """A command's exit code and output."""
    result = runner.invoke(args=list(args))
    return result.exit_code, result.output


def test_one_shell_cannot_propose_and_confirm_as_two_members(services, runner, people):
    ref, ids = people["ref"], people["ids"]
    run(runner, "tickets", "set-status", ref, "rejected", "--note", WHY,
        "--as-member-id", str(ids["reviewer"]))  # fmt: skip
    run(runner, "tickets", "confirm", ref, "--as-member-id", str(ids["chair"]))
    assert status(services, ref) == "in_review"
    # As itself, the command line only proposes, and cannot confirm its own proposal.
    code, out = run(runner, "tickets", "set-status", ref, "rejected", "--note", WHY)
    assert code == 0 and "pending" in out and "dashboard" in out
    assert run(runner, "tickets", "confirm", ref)[0] != 0
    assert status(services, ref) == "in_review"
    with services.uow() as uow:
        actors = set(uow.session.scalars(select(AuditEntry.actor)))
        assert "cli:operator" in actors
        assert f"member:{ids['reviewer']}" not in {
            a.actor for a in uow.session.scalars(select(AuditEntry)) if "reject" in a.action
        }
    post(
        people["web"]["chair"], f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref)
    )
    assert status(services, ref) == "rejected"


def test_forwarding_and_an_agency_answer_wait_for_the_chair(services, gateway, people):
    ref, web = people["ref"], people["web"]
    url = f"/committee/tickets/{ref}"
    post(web["reviewer"], f"{url}/referral/sent", agency="other")
    assert status(services, ref) == "in_review"
    post(web["chair"], f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "forwarded"
    citizen = people["citizen"].user_id
    before = told(services, gateway, citizen)
    post(web["reviewer"], f"{url}/referral/answer", summary="หน่วยงานตรวจแล้วไม่พบความผิด")
    with services.uow() as uow:
        assert uow.session.scalars(select(Referral.answered_at)).one() is None
    assert told(services, gateway, citizen) == before  # the complainant is not told yet
    page = web["chair"].get(url).get_data(as_text=True)
    assert "บันทึกคำตอบของหน่วยงาน" in page and "ไม่พบความผิด" in page
    post(
        web["reviewer"], f"{url}/confirm", proposal=waiting(services, ref)
    )  # not by the one who recorded it
    with services.uow() as uow:
        assert uow.session.scalars(select(Referral.answered_at)).one() is None
    post(web["chair"], f"{url}/confirm", proposal=waiting(services, ref))
    with services.uow() as uow:
        assert uow.session.scalars(select(Referral.answered_at)).one() is not None
    assert "ไม่พบความผิด" in told(services, gateway, citizen)


def test_a_chair_made_at_a_shell_is_announced_and_cannot_confirm_what_came_before(
    app, services, gateway, runner, people
):
    """The shell proposes an ending, then makes a chair of a LINE account it holds: the
    chairs are told in LINE at once, and that chair's confirm changes nothing."""
    ref, web, chats = people["ref"], people["web"], people["chats"]
    url = f"/committee/tickets/{ref}"
    assert run(runner, "tickets", "set-status", ref, "rejected", "--note", WHY)[0] == 0
    code, out = run(runner, "members", "add", "--line-user-id", "U" + "e" * 32,
                    "--name", "ประธานจากเชลล์", "--role", "chair")  # fmt: skip
    assert code == 0
    for role in ("chair", "chair2"):
        assert "ประธานจากเชลล์" in told(services, gateway, chats[role].user_id)
    new_chair = int(out.split()[1])
    browser = app.test_client()
    assert sign_in(browser, services, new_chair).status_code == 303
    post(browser, f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "in_review"
    # A join code is made only at a shell: a chair who joins with one is the same.
    code = run(runner, "members", "invite", "--role", "chair")[1].split()[-1]
    with services.uow() as uow:
        joined = members.join(uow, "U" + "f" * 32, code, "ประธานจากรหัส").id
        uow.commit()
    assert "ประธานจากรหัส" in told(services, gateway, chats["chair"].user_id)
    joiner = app.test_client()
    assert sign_in(joiner, services, joined).status_code == 303
    post(joiner, f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "in_review"
    with services.uow() as uow:
        assert "shell_grant" in set(uow.session.scalars(select(AuditEntry.action)))
    # A proposal made after they became chair is still not theirs to confirm: a role from
    # a shell counts only once another chair vouches for it on the dashboard.
    post(web["reviewer"], f"{url}/status", status="rejected", reason=WHY,
         proposal=waiting(services, ref))  # fmt: skip
    post(browser, f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "in_review"
    assert "ประธานจากเชลล์" in web["chair"].get("/committee/audit").get_data(as_text=True)
    post(joiner, f"/committee/grants/{new_chair}/confirm")  # not by another unvouched one
    post(browser, f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "in_review"
    post(web["chair"], f"/committee/grants/{new_chair}/confirm")
    post(browser, f"{url}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "rejected"
