"""A dashboard link made at the command line (`members login-link`) reads, never decides:
one person with a shell cannot propose an ending and confirm it as the chair."""

from __future__ import annotations

import pytest

from storage import tickets
from storage.models import AuditEntry, OutboxMessage
from tests.clock import Clock
from tests.dashboard_login import csrf_token, sign_in
from tests.factories import NOW, add_member, add_ticket, waiting


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def post(client, url: str, **form):
    """Submit a dashboard form as the browser would, CSRF token included."""
    return client.post(url, data={**form, "csrf_token": csrf_token(client)})


def shell_signed_in(app, runner, member_id: int):
    """A test client signed in with the link `members login-link --id` prints."""
    result = runner.invoke(args=["members", "login-link", "--id", str(member_id)])
    assert result.exit_code == 0, result.output
    path = "/committee/" + result.output.strip().splitlines()[-1].split("/committee/", 1)[1]
    client = app.test_client()
    assert client.post(path, data={"csrf_token": csrf_token(client, path)}).status_code == 303
    return client


def proposed_rejection(app, services) -> str:
    """A ticket whose rejection a reviewer proposed on the dashboard; its reference."""
    reference = add_ticket(services, status="in_review")
    reviewer = app.test_client()
    sign_in(reviewer, services, add_member(services, "reviewer"))
    post(reviewer, f"/committee/tickets/{reference}/take")
    post(
        reviewer,
        f"/committee/tickets/{reference}/status",
        status="rejected",
        reason="ไม่ใช่เจ้าหน้าที่รัฐ",
        reason_code="outside_scope",
    )
    return reference


def status(services, reference: str) -> str:
    with services.uow() as uow:
        return tickets.by_reference(uow, reference).status


def test_a_shell_link_reads_the_ticket_but_cannot_confirm_or_decline(app, services, runner):
    reference = proposed_rejection(app, services)
    chair = add_member(services, "chair")
    client = shell_signed_in(app, runner, chair)
    base = f"/committee/tickets/{reference}"
    page = client.get(base)
    assert page.status_code == 200
    assert 'id="shell-session"' in page.get_data(as_text=True)  # told it only reads
    assert f'{base}/confirm"' not in page.get_data(as_text=True)  # no confirm form offered
    proposal = waiting(services, reference)
    refused = post(client, f"{base}/confirm", proposal=proposal)
    assert refused.status_code == 403
    assert "เครื่องเซิร์ฟเวอร์" in refused.get_data(as_text=True)
    assert post(client, f"{base}/decline", proposal=proposal, note="ไม่").status_code == 403
    assert post(client, f"{base}/status", status="rejected", reason="x" * 20).status_code == 403
    assert status(services, reference) == "in_review"
    # The chair's own link (asked for in LINE) confirms.
    own = app.test_client()
    sign_in(own, services, chair)
    post(own, f"{base}/confirm", proposal=proposal)
    assert status(services, reference) == "rejected"


def test_a_shell_link_cannot_open_identity_nor_let_admins_open_it(app, services, runner):
    reference = add_ticket(services, name="นางสมศรี ใจดี", phone="0812345678")
    chair = add_member(services, "chair")
    client = shell_signed_in(app, runner, chair)
    reason = "ตรวจสอบตัวตนก่อนส่งต่อ ป.ป.ท."
    response = post(client, f"/committee/tickets/{reference}/identity", reason=reason)
    assert response.status_code == 403
    assert "สมศรี" not in response.get_data(as_text=True)
    export = post(client, "/committee/tickets/export.csv", reason=reason)
    assert export.status_code == 403
    assert post(client, "/committee/audit/policy", admins="yes").status_code == 403
    with services.uow() as uow:
        assert not uow.session.query(AuditEntry).filter_by(action="view_identity").count()
    own = app.test_client()  # the chair's own link opens it
    sign_in(own, services, chair)
    response = post(own, f"/committee/tickets/{reference}/identity", reason=reason)
    assert "สมศรี" in response.get_data(as_text=True)
    assert post(own, "/committee/tickets/export.csv", reason=reason).status_code == 200


def test_a_shell_link_is_told_to_its_member_and_audited_as_the_command_line(app, services, runner):
    chair = add_member(services, "chair")
    shell_signed_in(app, runner, chair)
    with services.uow() as uow:
        entries = uow.session.query(AuditEntry).order_by(AuditEntry.id).all()
        made = [(e.actor, e.detail) for e in entries if e.action == "shell_login_link"]
        logins = [(e.actor, e.detail) for e in entries if e.action == "dashboard_login"]
        told = uow.session.query(OutboxMessage).filter_by(purpose="committee:shell_login").all()
    assert made == [("cli:operator", f"member:{chair}")]
    assert [actor for actor, _ in logins] == ["cli:operator"]
    assert logins[0][1].startswith(f"member:{chair} ")
    assert len(told) == 1


def _ties(services, member_id: int) -> list[str]:
    """The values of a member's ties in force."""
    from storage.models import MemberConflict

    with services.uow() as uow:
        return sorted(
            c.value
            for c in uow.session.query(MemberConflict).filter_by(member_id=member_id)
            if c.removed_at is None
        )


def _agency_records(services) -> list[tuple[int, str, bool, int | None]]:
    """Every agency record: id, name, reviewed, merged into."""
    from storage.insider_models import Agency

    with services.uow() as uow:
        return sorted(
            (a.id, a.name, a.reviewed, a.merged_into_id) for a in uow.session.query(Agency)
        )


def test_a_shell_link_changes_no_tie_and_no_agency_record(app, services, runner):
    """The operator signs in as the chair with `members login-link`: undoing or declaring a
    reviewer's tie, merging or reviewing agency records and naming a ticket's agency are
    refused (403, nothing changed, no button shown); the chair's own link does them."""
    reference = add_ticket(services, agency="อบต.หนองโบสถ์")
    chair = add_member(services, "chair")
    reviewer = add_member(services, "reviewer", conflicts=[("agency", "อบต.สองห้อง")])
    with services.uow() as uow:
        from storage.models import MemberConflict

        tied = uow.session.query(MemberConflict).filter_by(member_id=reviewer).one()
        tie, target = tied.id, tied.agency_id
        source = tickets.by_reference(uow, reference).agency_id
    records = _agency_records(services)
    client = shell_signed_in(app, runner, chair)
    for url, form in [
        ("/committee/conflicts/remove", {"conflict_id": tie}),
        ("/committee/conflicts", {"member_id": reviewer, "kind": "district", "value": "สตึก"}),
        ("/committee/accused-agencies/merge", {"source": source, "target": target}),
        ("/committee/accused-agencies/review", {"agency_id": source}),
        (f"/committee/tickets/{reference}/agency", {"agency": "อบต.สะเดา"}),
    ]:
        refused = post(client, url, **form)
        assert refused.status_code == 403, url
        assert "เครื่องเซิร์ฟเวอร์" in refused.get_data(as_text=True), url
    assert _ties(services, reviewer) == ["องค์การบริหารส่วนตำบลสองห้อง"]
    assert _agency_records(services) == records
    pages = (
        "/committee/conflicts",
        "/committee/accused-agencies",
        f"/committee/tickets/{reference}",
    )
    for page in pages:
        shown = client.get(page).get_data(as_text=True)
        for action in (
            "/conflicts/remove",
            "/conflicts",
            "/accused-agencies/merge",
            "/accused-agencies/review",
            f"/tickets/{reference}/agency",
        ):
            assert f'action="/committee{action}"' not in shown, (page, action)
    own = app.test_client()
    sign_in(own, services, chair)
    post(own, "/committee/conflicts/remove", conflict_id=tie)
    assert _ties(services, reviewer) == []
