"""What decides access is keyed (migration 0046): a dashboard session ended, stretched or
moved in SQL is no session; a member whose row does not fit reads only; a login link pointed
at another member in SQL is told to them; the chair's identity policy put back in SQL reads
as no."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select, text, update

from handlers.directory import access, sessions
from storage.committee_models import LoginToken
from storage.insider_models import DashboardSession, PolicySetting
from storage.models import Member
from tests.dashboard_login import csrf_token, login_token, sign_in
from tests.factories import add_member, add_ticket, new_member


def _started(services, member_id: int) -> str:
    with services.uow() as uow:
        token = sessions.start(uow, uow.session.get(Member, member_id))
        uow.commit()
    return token


def _live(services, token: str):
    with services.uow() as uow:
        return sessions.live(uow, token)


def test_a_session_ended_or_stretched_in_sql_is_no_session(services):
    chair = add_member(services, "chair")
    ended, stretched = _started(services, chair), _started(services, chair)
    assert _live(services, ended) and _live(services, stretched)
    with services.uow() as uow:
        sessions.end(uow, ended)
        uow.commit()
    table = DashboardSession.__table__
    with services.engine.begin() as conn:
        conn.execute(update(table).values(ended_at=None, ended_reason=None))
        later = conn.scalar(select(table.c.expires_at).limit(1)) + timedelta(days=30)
        conn.execute(update(table).where(table.c.ended_at.is_(None)).values(expires_at=later))
    assert _live(services, ended) is None
    assert _live(services, stretched) is None


def test_a_session_moved_to_another_member_in_sql_is_no_session(services):
    reviewer = add_member(services, "reviewer")
    chair = add_member(services, "chair")
    token = _started(services, reviewer)
    with services.engine.begin() as conn:
        conn.execute(update(DashboardSession.__table__).values(member_id=chair))
    assert _live(services, token) is None


def test_a_member_whose_row_does_not_fit_reads_and_changes_nothing(app, services):
    ref = add_ticket(services, status="in_review")
    chair = add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    client = app.test_client()
    assert sign_in(client, services, reviewer).status_code == 303
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE members SET role = 'chair' WHERE id = :m"), {"m": reviewer})
    page = client.get("/committee/tickets")
    assert page.status_code == 200 and 'id="unfit-session"' in page.get_data(as_text=True)
    refused = client.post(
        "/committee/conflicts",
        data={"csrf_token": csrf_token(client), "member_id": chair, "kind": "district"},
    )
    assert refused.status_code == 403
    assert "ข้อมูลสมาชิกของท่านถูกแก้นอกระบบ" in refused.get_data(as_text=True)
    assert ref not in page.get_data(as_text=True)


def test_a_members_own_link_pointed_at_the_chair_reads_only_and_the_chair_is_told(
    app, services, gateway
):
    with services.uow() as uow:
        chair, chair_line = new_member(uow, "ประธาน", "chair")
        uow.commit()
        chair = chair.id
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, status="in_review")
    token = login_token(services, reviewer)
    with services.engine.begin() as conn:
        conn.execute(update(LoginToken.__table__).values(member_id=chair))
    client = app.test_client()
    url = f"/committee/login/{token}"
    before = len(gateway.sent)
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    page = f"/committee/tickets/{ref}"
    assert 'id="shell-session"' in client.get(page).get_data(as_text=True)
    taken = client.post(f"{page}/take", data={"csrf_token": csrf_token(client, page)})
    assert taken.status_code == 403
    told = [c for c in gateway.sent[before:] if c.get("to") == chair_line]
    assert "ลิงก์ที่ระบบไม่ได้สร้างให้ท่าน" in str(told)


def _policy(services) -> tuple:
    table = PolicySetting.__table__
    with services.engine.connect() as conn:
        return conn.execute(select(table)).one()


def _set(services, chair: int, allowed: bool) -> None:
    with services.uow() as uow:
        access.set_admins_see_identity(uow, uow.session.get(Member, chair), allowed)
        uow.commit()


def _admins_may(services) -> bool:
    with services.uow() as uow:
        return access.admins_see_identity(uow)


def test_the_chairs_policy_put_back_from_before_reads_no_and_verify_names_it(
    services, runner, caplog
):
    chair = add_member(services, "chair")
    _set(services, chair, True)
    assert _admins_may(services)
    before = _policy(services)
    _set(services, chair, False)
    with services.engine.begin() as conn:
        conn.execute(update(PolicySetting.__table__).values(**before._asdict()))
    with caplog.at_level(logging.WARNING):
        assert not _admins_may(services)
    assert "admins_see_identity" in caplog.text
    got = runner.invoke(args=["tickets", "verify"])
    assert got.exit_code == 1
    assert "policy setting admins_see_identity was written or put back" in got.output
    _set(services, chair, True)
    assert _admins_may(services)
