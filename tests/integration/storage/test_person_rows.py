"""The person's query builds their row and open draft from Core rows (storage.rows): they are
the session's own objects, written only when changed, and a draft whose sealed answers were
moved from another person's is still read as nobody's."""

from __future__ import annotations

from sqlalchemy import select, update

from storage.models import Draft, LineUser
from storage.users import open_draft_of, user_for_line_id
from tests.factories import line_id

DRAFTS = Draft.__table__


def _with_draft(services, line: str, data: dict) -> int:
    with services.uow() as uow:
        user = user_for_line_id(uow, line)
        draft = Draft(
            user_id=user.id,
            step="agency",
            history=["consent", "kind"],
            data=data,
            created_at=uow.now(),
            updated_at=uow.now(),
        )
        uow.session.add(draft)
        user.state = {"seen": 1}
        uow.commit()
        return draft.id


def test_the_person_and_draft_are_the_sessions_rows_and_written_when_changed(services):
    line = line_id()
    draft_id = _with_draft(services, line, {"consent": True, "kind": "bribery"})
    with services.uow() as uow:
        user = user_for_line_id(uow, line)
        draft = open_draft_of(uow, user)
        assert uow.session.get(LineUser, user.id) is user
        assert uow.session.get(Draft, draft_id) is draft
        assert not uow.session.dirty, "nothing changed, nothing to write"
        assert user.state == {"seen": 1}
        assert draft.data == {"consent": True, "kind": "bribery"}
        draft.step = "official"
        user.state = {"seen": 2}
        uow.commit()
    with services.uow() as uow:
        user = user_for_line_id(uow, line)
        assert (user.state, open_draft_of(uow, user).step) == ({"seen": 2}, "official")


def test_a_draft_holding_anothers_sealed_answers_is_closed_not_read(services):
    victim, writer = line_id(), line_id()
    victims = _with_draft(services, victim, {"consent": True, "name": "สมศรี ใจดี"})
    writers = _with_draft(services, writer, {"consent": True})
    with services.engine.begin() as conn:
        sealed = conn.scalar(select(DRAFTS.c.data).where(DRAFTS.c.id == victims))
        conn.execute(update(DRAFTS).where(DRAFTS.c.id == writers).values(data=sealed))
    with services.uow() as uow:
        assert open_draft_of(uow, user_for_line_id(uow, writer)) is None
        uow.commit()
    with services.uow() as uow:
        assert uow.session.get(Draft, writers).status == "expired"
        victim_draft = open_draft_of(uow, user_for_line_id(uow, victim))
        assert victim_draft.data["name"] == "สมศรี ใจดี"
