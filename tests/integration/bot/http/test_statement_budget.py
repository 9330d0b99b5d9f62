"""A text step inside a complaint stays cheap: the statements one event sends are counted
(a count, not a time), so a change that adds a round trip per event shows up here."""

from __future__ import annotations

import re
from contextlib import contextmanager

from sqlalchemy import event

from storage.models import Draft
from storage.users import user_for_line_id

AGENCY = "องค์การบริหารส่วนตำบลหนองโบสถ์"
BACK = "ย้อนกลับ"
#: Statements for one text step inside a draft, BEGIN/COMMIT included.
STEP_BUDGET = 4
# A bound draft status: the open-draft index (WHERE status = 'open') cannot be matched with
# it, and SQLite prepares such a statement again at every execution.
BOUND_STATUS = re.compile(r"drafts\.status = (\?|%\()")


@contextmanager
def counted(engine):
    """The SQL statements the engine sends while the block runs."""
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", note)


def _waiting_at_agency(services, line_id: str) -> None:
    with services.uow() as uow:
        user = user_for_line_id(uow, line_id)
        uow.session.add(
            Draft(
                user_id=user.id,
                step="agency",
                history=["consent", "kind"],
                data={"consent": True, "kind": "bribery"},
                created_at=uow.now(),
                updated_at=uow.now(),
            )
        )
        uow.commit()


def test_a_text_step_inside_a_draft_stays_within_its_statement_budget(services, chat):
    _waiting_at_agency(services, chat.user_id)
    chat.say(AGENCY)  # the first step of a process warms what is made once
    chat.say(BACK)
    for text in (AGENCY, BACK, AGENCY):
        with counted(services.engine) as statements:
            answer = chat.say(text)
        assert answer, "the step was answered"
        assert len(statements) <= STEP_BUDGET, "\n".join(statements)
        assert not [s for s in statements if BOUND_STATUS.search(s)], "\n".join(statements)


def test_a_text_step_is_understood_once(services, chat, monkeypatch):
    """The danger check, the menu and the complaint's question share one reading of the
    message (the understanding is the dearest part of a step after the database)."""
    from handlers.understanding import reader

    readings: list[str | None] = []
    read = reader.read

    def counting(text, *args, **kwargs):
        readings.append(text)
        return read(text, *args, **kwargs)

    monkeypatch.setattr(reader, "read", counting)
    _waiting_at_agency(services, chat.user_id)
    for text in (AGENCY, BACK):
        readings.clear()
        reader.forget()  # else its reading from an earlier step is remembered
        assert chat.say(text), "the step was answered"
        assert readings == [text]


def test_a_text_step_opens_no_cookie_session(services, chat, client, monkeypatch):
    """LINE keeps no cookie: the webhook signs none (the dashboard's pages still do)."""
    from flask.sessions import SecureCookieSessionInterface

    made: list[str] = []
    make = SecureCookieSessionInterface.get_signing_serializer

    def counting(self, app):
        made.append("serializer")
        return make(self, app)

    monkeypatch.setattr(SecureCookieSessionInterface, "get_signing_serializer", counting)
    _waiting_at_agency(services, chat.user_id)
    assert chat.say(AGENCY), "the step was answered"
    assert made == []
    assert client.get("/committee/signed-out").status_code == 200
    assert made, "a dashboard page opens its session"
