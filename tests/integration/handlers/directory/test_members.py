"""Committee members: adding, inviting, joining, removing, conflicts, one-time login links."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from handlers.directory import members
from storage.committee_models import JoinCode, LoginToken

ALICE = "U" + "a" * 32
BOB = "U" + "b" * 32


def test_added_member_is_found_by_line_id_and_listed(services):
    with services.uow() as uow:
        member = members.add_member(uow, ALICE, "สมศรี กรรมการ", "reviewer")
        uow.commit()
    with services.uow() as uow:
        found = members.member_for_line_id(uow, ALICE)
        assert found is not None and found.id == member.id and found.role == "reviewer"
        assert ALICE not in (found.line_user_id_enc or "")
        assert [m.name for m in members.list_members(uow)] == ["สมศรี กรรมการ"]
        assert members.member_for_line_id(uow, BOB) is None


def test_unknown_role_is_refused(services):
    with services.uow() as uow, pytest.raises(ValueError):
        members.add_member(uow, ALICE, "x", "king")


def test_removed_member_is_kept_but_no_longer_found(services):
    with services.uow() as uow:
        member_id = members.add_member(uow, ALICE, "สมศรี", "chair").id
        members.remove_member(uow, member_id, actor="test")
        uow.commit()
    with services.uow() as uow:
        assert members.member_for_line_id(uow, ALICE) is None
        [kept] = members.list_members(uow)
        assert kept.active is False and kept.removed_at is not None
        assert members.list_members(uow, include_removed=False) == []


def test_join_code_makes_a_member_once(services):
    with services.uow() as uow:
        code = members.invite(uow, "reviewer")
        uow.commit()
    with services.uow() as uow:
        joined = members.join(uow, ALICE, code.lower(), "สมศรี")
        uow.commit()
    assert joined is not None and joined.role == "reviewer"
    with services.uow() as uow:
        assert members.join(uow, BOB, code, "สมชาย") is None
        row = uow.session.query(JoinCode).one()
        assert row.used_by_member_id == joined.id
        assert code.replace("-", "") not in row.code_hash


def test_join_code_expires_after_a_week(services):
    with time_machine.travel(datetime(2026, 1, 10, 3, tzinfo=UTC), tick=False) as traveller:
        with services.uow() as uow:
            code = members.invite(uow, "chair")
            uow.commit()
        traveller.shift(timedelta(days=8))
        with services.uow() as uow:
            assert members.join(uow, ALICE, code, "สมศรี") is None


def test_conflicts_are_declared_once_per_value(services):
    with services.uow() as uow:
        member = members.add_member(uow, ALICE, "สมศรี", "reviewer")
        members.declare_conflict(uow, member, "district", "นางรอง", "บ้านเกิด")
        members.declare_conflict(uow, member, "district", "นางรอง", "ญาติเป็นนายก")
        with pytest.raises(ValueError):
            members.declare_conflict(uow, member, "family", "x", None)
        uow.commit()
    with services.uow() as uow:
        [conflict] = members.member_for_line_id(uow, ALICE).conflicts
        assert (conflict.kind, conflict.value, conflict.reason) == (
            "district",
            "3104",  # นางรอง's DOPA code
            "ญาติเป็นนายก",
        )


def _member_and_token(services):
    with services.uow() as uow:
        member = members.add_member(uow, ALICE, "สมศรี", "chair")
        token = members.issue_login_token(uow, member)
        uow.commit()
        return member.id, token


def test_login_token_works_once(services):
    member_id, token = _member_and_token(services)
    with services.uow() as uow:
        assert uow.session.query(LoginToken).one().token_hash != token
        member = members.consume_login_token(uow, token)
        uow.commit()
    assert member is not None and member.id == member_id
    with services.uow() as uow:
        assert members.consume_login_token(uow, token) is None
        assert members.consume_login_token(uow, "not-a-token") is None


def test_login_token_expires_after_ten_minutes(services):
    with time_machine.travel(datetime(2026, 1, 10, 3, tzinfo=UTC), tick=False) as traveller:
        _, token = _member_and_token(services)
        traveller.shift(timedelta(minutes=10, seconds=1))
        with services.uow() as uow:
            assert members.consume_login_token(uow, token) is None


def test_login_token_of_removed_member_is_refused(services):
    member_id, token = _member_and_token(services)
    with services.uow() as uow:
        members.remove_member(uow, member_id, actor="test")
        uow.commit()
    with services.uow() as uow:
        assert members.consume_login_token(uow, token) is None


def test_login_url_is_under_the_public_base():
    assert members.login_url("https://x.example", "abc") == "https://x.example/committee/login/abc"


def test_concurrent_uses_of_one_token_log_in_once(services, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("row-level concurrency is a PostgreSQL matter")
    _, token = _member_and_token(services)
    barrier = threading.Barrier(6)
    results: list[bool] = []

    def use() -> None:
        with services.uow() as uow:
            barrier.wait()
            member = members.consume_login_token(uow, token)
            uow.commit()
            results.append(member is not None)

    threads = [threading.Thread(target=use) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 5 + [True]


def last_line(result) -> str:
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def test_cli_add_list_remove(runner, services):
    last_line(
        runner.invoke(
            args=[
                "members",
                "add",
                "--line-user-id",
                ALICE,
                "--name",
                "สมศรี กรรมการ",
                "--role",
                "chair",
            ]
        )
    )
    listed = runner.invoke(args=["members", "list"])
    assert "สมศรี กรรมการ" in last_line(listed) and "chair" in listed.output
    assert ALICE not in listed.output
    with services.uow() as uow:
        member_id = members.member_for_line_id(uow, ALICE).id
    assert "removed" in last_line(runner.invoke(args=["members", "remove", "--id", str(member_id)]))
    assert last_line(runner.invoke(args=["members", "list"])) == "no members yet"
    refused = runner.invoke(
        args=["members", "add", "--line-user-id", BOB, "--name", "x", "--role", "king"]
    )
    assert refused.exit_code != 0


def test_cli_invite_prints_a_code_that_joins_once(runner, services):
    code = last_line(runner.invoke(args=["members", "invite", "--role", "reviewer"]))
    with services.uow() as uow:
        assert members.join(uow, ALICE, code, "สมศรี").role == "reviewer"
        uow.commit()
    with services.uow() as uow:
        assert members.join(uow, BOB, code, "สมชาย") is None


def test_cli_login_link_logs_in_once(runner, services):
    runner.invoke(
        args=["members", "add", "--line-user-id", ALICE, "--name", "ก", "--role", "admin"]
    )
    url = last_line(runner.invoke(args=["members", "login-link", "--line-user-id", ALICE]))
    assert url.startswith("https://sujarit.example.org/committee/login/")
    token = url.rsplit("/", 1)[-1]
    with services.uow() as uow:
        assert members.consume_login_token(uow, token) is not None
        uow.commit()
    with services.uow() as uow:
        assert members.consume_login_token(uow, token) is None
    unknown = runner.invoke(args=["members", "login-link", "--line-user-id", BOB])
    assert unknown.exit_code != 0


def test_cli_conflicts_add(runner, services):
    runner.invoke(
        args=["members", "add", "--line-user-id", ALICE, "--name", "ก", "--role", "reviewer"]
    )
    with services.uow() as uow:
        member_id = members.member_for_line_id(uow, ALICE).id
    out = last_line(
        runner.invoke(
            args=[
                "members",
                "conflicts",
                "add",
                "--id",
                str(member_id),
                "--kind",
                "district",
                "--value",
                "นางรอง",
                "--reason",
                "บ้านเกิด",
            ]
        )
    )
    assert "district นางรอง" in out
    assert "นางรอง" in last_line(runner.invoke(args=["members", "list"]))
