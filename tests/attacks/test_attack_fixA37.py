"""fixA37's own checks (issue #17, insiders): round 36's two worst paths tried once more each.
A journal file's name is not trusted past today (storage/journal_lines.py), and a start
taken at the shell is guarded only by a chair another chair's word stands behind
(`anchor_codes.reachable_chairs`)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.cli.tickets import NO_CHAIR
from handlers.directory import access
from storage.insider_models import PolicySetting
from storage.models import Member
from tests.attacks.forging import verify
from tests.attacks.test_attack_round36 import (
    _accept,
    _forged_start,
    _journal_file,
    _policy_yes_then_no,
    _put_back,
    _reads_yes,
)
from tests.factories import add_member, add_ticket, line_id


@pytest.mark.parametrize("name", ["journal-zzz.log", "journal-9999-99-99.log", "journal-.log"])
def test_a_file_named_for_no_day_hides_no_later_line(services, name):
    """The later-dated file's trick with a name that is no date at all (sorts last too)."""
    chair = add_member(services, "chair")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), True)
        unit.commit()
    with services.uow() as unit:
        assert access.admins_see_identity(unit)
        old = unit.session.get(PolicySetting, access.ADMINS_SEE_IDENTITY)
        before = {"value": old.value, "set_by": old.set_by, "set_at": old.set_at, "seal": old.seal}
    _journal_file(services).with_name(name).write_text("")
    with services.uow() as unit:
        access.set_admins_see_identity(unit, unit.session.get(Member, chair), False)
        unit.commit()
    _put_back(services, before)
    assert not _reads_yes(services)


@pytest.mark.parametrize("name", ["journal-2099-12-31.log", "journal-zzz.log"])
def test_verify_names_a_journal_file_from_the_future(app, services, name):
    """An empty file named for a later day (or no day) is itself tampering: verify says so."""
    _policy_yes_then_no(services)
    assert verify(app)[0] == 0
    _journal_file(services).with_name(name).write_text("")
    code, said = verify(app)
    assert code == 1 and name in said, said


def test_a_shell_chair_whose_row_claims_the_removed_chairs_code(
    services, database_url, tmp_path, gateway, clock
):
    """The shell holder removes the real chair, adds their own, and writes in SQL that the
    new one joined with the removed chair's code: the row no longer fits its seal, so no
    chair can be told and the start is refused."""
    chair = add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    cli = other.test_cli_runner()
    assert cli.invoke(args=["members", "remove", "--id", str(chair)]).exit_code == 0
    mine = line_id()
    added = cli.invoke(
        args=["members", "add", "--line-user-id", mine, "--name", "ผู้ช่วย", "--role", "chair"]
    )
    assert added.exit_code == 0, added.output
    with services.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE members SET grant_state = 'invited', vouched_by = :c"
                " WHERE role = 'chair' AND id != :c"
            ),
            {"c": chair},
        )
    before = len(gateway.sent)
    out = _accept(other)
    assert out.exit_code == 1, out.output
    assert not [s for s in gateway.sent[before:] if "ยืนยันจุดเริ่ม" in repr(s["messages"])]
    assert verify(other)[0] == 1


def test_the_refusal_no_longer_advises_adding_a_chair_at_the_shell(
    services, database_url, tmp_path, gateway, clock
):
    """The shell's own chair alone: refused, and the words say what does work (a join code
    from a chair whose role counts), not `members add`."""
    chair = add_member(services, "chair")
    add_ticket(services)
    other = _forged_start(services, database_url, tmp_path, gateway, clock)
    cli = other.test_cli_runner()
    cli.invoke(args=["members", "remove", "--id", str(chair)])
    cli.invoke(
        args=["members", "add", "--line-user-id", line_id(), "--name", "ผู้ช่วย", "--role", "chair"]
    )
    out = _accept(other)
    assert out.exit_code == 1 and NO_CHAIR in out.output, out.output
    assert "--role chair" not in NO_CHAIR and "join code" in NO_CHAIR
