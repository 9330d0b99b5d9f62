"""Founding is a fact the record journal keeps: the first chair of a fresh committee is
founding even after the command line's own admin acted, and once the journal holds a chair,
no later shell-made chair is founding, whatever the database says."""

from __future__ import annotations

from sqlalchemy import delete, update

from handlers.directory import members
from storage.models import AuditEntry, Member
from tests.factories import line_id


def test_the_first_chair_after_the_operator_acted_is_founding(services):
    with services.uow() as uow:
        members.operator_member(uow)  # an admin, the command line's own: no one's chair
        uow.commit()
    with services.uow() as uow:
        first = members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        uow.commit()
        assert first.grant_state == members.FOUNDING and members.grant_counts(uow, first)


def test_a_chair_removed_from_the_database_is_still_in_the_journal(services):
    with services.uow() as uow:
        first = members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        uow.commit()
        first_id = first.id
    with services.engine.begin() as conn:
        conn.execute(delete(AuditEntry))
        conn.execute(delete(Member.__table__).where(Member.id == first_id))
    with services.uow() as uow:
        second = members.add_from_shell(uow, line_id(), "ประธาน ข", "chair")
        uow.commit()
        assert second.grant_state == members.SHELL and not members.grant_counts(uow, second)


def test_a_reviewers_row_changed_in_the_database_leaves_no_founding_chair(services):
    """No chair ever, but a member's row no longer fits its seal: it may have been a chair a
    writer made a reviewer, so the next shell chair waits for a vouch."""
    with services.uow() as uow:
        reviewer = members.add_from_shell(uow, line_id(), "ผู้ตรวจ", "reviewer")
        uow.commit()
        reviewer_id = reviewer.id
    with services.engine.begin() as conn:
        conn.execute(update(Member.__table__).where(Member.id == reviewer_id).values(active=False))
    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        uow.commit()
        assert chair.grant_state == members.SHELL and not members.grant_counts(uow, chair)


def test_the_first_chair_beside_reviewers_that_fit_is_founding(services):
    with services.uow() as uow:
        members.add_from_shell(uow, line_id(), "ผู้ตรวจ", "reviewer")
        uow.commit()
    with services.uow() as uow:
        chair = members.add_from_shell(uow, line_id(), "ประธาน ก", "chair")
        uow.commit()
        assert chair.grant_state == members.FOUNDING and members.grant_counts(uow, chair)
