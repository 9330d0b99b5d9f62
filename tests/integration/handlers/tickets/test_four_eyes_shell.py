"""Four eyes a shell cannot bypass (#19): commands act as the operator, never as members;
a forwarding and an agency's answer wait for a chair like an ending."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select, text

from handlers.directory import members
from storage.models import AuditEntry
from storage.referral_models import Referral
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import add_ticket, waiting
from tests.integration.handlers.tickets import test_four_eyes as four_eyes
from tests.integration.handlers.tickets.test_four_eyes import WHY, post, status, told

people = four_eyes.people  # the fixture: a citizen's ticket in review, members and browsers


def run(runner, *args):
    """A command's exit code and output."""
    result = runner.invoke(args=list(args))
    return result.exit_code, result.output


@four_eyes.BROWSERS("chair")
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


@four_eyes.BROWSERS("reviewer", "chair")
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


@four_eyes.BROWSERS("reviewer", "chair")
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


def _added(runner, role: str, name: str) -> int:
    code, out = run(runner, "members", "add", "--line-user-id", "U" + uuid.uuid4().hex,
                    "--name", name, "--role", role)  # fmt: skip
    assert code == 0, out
    return int(out.split()[1])


def _signed_in(app, services, member_id: int):
    browser = app.test_client()
    assert sign_in(browser, services, member_id).status_code == 303
    return browser


def test_the_founding_chair_counts_but_never_seconds_the_shell_alone(app, services, runner):
    """A new committee's first chair can only be made at a shell: it confirms a reviewer's
    proposal, never the shell's own; its vouch for a second chair the shell made is not
    enough, but a chair it invites on the dashboard (joining from their own LINE) may."""
    founder = _signed_in(app, services, _added(runner, "chair", "ประธานคนแรก"))
    reviewer_id = _added(runner, "reviewer", "ผู้พิจารณา")
    first, second = add_ticket(services), add_ticket(services)
    post(_signed_in(app, services, reviewer_id), f"/committee/tickets/{first}/status",
         status="rejected", reason=WHY)  # fmt: skip
    post(founder, f"/committee/tickets/{first}/confirm", proposal=waiting(services, first))
    assert status(services, first) == "rejected"
    with services.uow() as uow:
        grants = uow.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "shell_grant")
        ).all()
    assert grants[0].endswith("founding") and len(grants) == 1
    second_chair = _added(runner, "chair", "ประธานคนที่สอง")
    assert run(runner, "tickets", "set-status", second, "rejected", "--note", WHY)[0] == 0
    post(founder, f"/committee/tickets/{second}/confirm", proposal=waiting(services, second))
    assert status(services, second) == "submitted"  # the shell's proposal: not the founder's
    browser = _signed_in(app, services, second_chair)
    post(browser, f"/committee/tickets/{second}/confirm", proposal=waiting(services, second))
    assert status(services, second) == "submitted"  # not vouched for yet
    assert post(browser, f"/committee/grants/{second_chair}/confirm").status_code == 403
    post(founder, f"/committee/grants/{second_chair}/confirm")
    post(browser, f"/committee/tickets/{second}/confirm", proposal=waiting(services, second))
    assert status(services, second) == "submitted"  # the shell vouching for the shell
    assert "ประธานคนที่สอง" in founder.get("/committee/audit").get_data(as_text=True)
    post(founder, "/committee/invites", role="chair")
    page = founder.get("/committee/audit").get_data(as_text=True)
    code = re.search(r"เข้าร่วม ([A-Z0-9]{4}-[A-Z0-9]{4})", page)
    with services.uow() as uow:
        invited = members.join(uow, "U" + uuid.uuid4().hex, code[1], "ประธานที่เชิญ").id
        uow.commit()
    post(_signed_in(app, services, invited), f"/committee/tickets/{second}/confirm",
         proposal=waiting(services, second))  # fmt: skip
    assert status(services, second) == "rejected"


def test_removing_every_chair_makes_no_new_founding_one(services, runner):
    first = _added(runner, "chair", "ประธานคนแรก")
    assert run(runner, "members", "remove", "--id", str(first))[0] == 0
    again = _added(runner, "chair", "ประธานใหม่จากเชลล์")
    with services.uow() as uow:
        assert not members.grant_counts(uow, members.get_member(uow, again))
        assert members.unvouched_grants(uow) == [members.get_member(uow, again)]


@four_eyes.BROWSERS("reviewer", "chair")
def test_a_shell_session_unmarked_in_the_database_still_cannot_decide(
    app, services, runner, people
):
    """The session's `from_shell` flipped by a database writer: the session's row no longer
    fits its seal, so it is no session at all (signed out), deciding nothing."""
    ref, ids = people["ref"], people["ids"]
    post(people["web"]["reviewer"], f"/committee/tickets/{ref}/status", status="rejected",
         reason=WHY)  # fmt: skip
    link = run(runner, "members", "login-link", "--id", str(ids["chair"]))[1].split()[-1]
    browser = app.test_client()
    path = link[link.index("/committee/login/") :]
    browser.post(path, data={"csrf_token": csrf_token(browser, path)})
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE dashboard_sessions SET from_shell = false"))
    refused = post(browser, f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref))
    assert refused.status_code == 302 and "/committee/signed-out" in refused.headers["Location"]
    assert status(services, ref) == "in_review"
    # A sign-in the chair asked for themselves still decides: the mark is theirs.
    post(people["web"]["chair"], f"/committee/tickets/{ref}/confirm",
         proposal=waiting(services, ref))  # fmt: skip
    assert status(services, ref) == "rejected"


def test_a_code_from_a_chair_removed_since_gives_a_role_to_vouch_for(app, services, runner):
    """The founding chair invites a second chair, makes another chair's code, and is then
    removed at the shell: whoever joins with that code confirms nothing until the second
    chair vouches for them on the dashboard (where they are listed)."""
    founder_id = _added(runner, "chair", "ประธานคนแรก")
    founder = _signed_in(app, services, founder_id)
    codes = []
    for _ in range(2):
        post(founder, "/committee/invites", role="chair")
        page = founder.get("/committee/audit").get_data(as_text=True)
        codes.append(re.findall(r"เข้าร่วม ([A-Z0-9]{4}-[A-Z0-9]{4})", page)[-1])
    with services.uow() as uow:
        second = members.join(uow, "U" + uuid.uuid4().hex, codes[0], "ประธานคนที่สอง").id
        uow.commit()
    assert run(runner, "members", "remove", "--id", str(founder_id))[0] == 0
    with services.uow() as uow:
        late = members.join(uow, "U" + uuid.uuid4().hex, codes[1], "ประธานที่มาทีหลัง").id
        uow.commit()
    ref = add_ticket(services)
    reviewer = _signed_in(app, services, _added(runner, "reviewer", "ผู้พิจารณา"))
    post(reviewer, f"/committee/tickets/{ref}/status", status="rejected", reason=WHY)
    joiner = _signed_in(app, services, late)
    post(joiner, f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "submitted"
    vouching = _signed_in(app, services, second)
    assert f"/committee/grants/{late}/confirm" in vouching.get("/committee/audit").get_data(
        as_text=True
    )
    post(vouching, f"/committee/grants/{late}/confirm")
    post(joiner, f"/committee/tickets/{ref}/confirm", proposal=waiting(services, ref))
    assert status(services, ref) == "rejected"
