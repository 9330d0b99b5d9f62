"""Reading held notices (discreet citizens) shows a database reader no grouping: one tap
deletes one row, the others read are marked inside their sealed recipient while every held
row, anyone's, is sealed again; the rest go at the next tap or at the retention job."""

from __future__ import annotations

from sqlalchemy import select

from handlers import notices
from handlers.replies import Say
from storage import held_notices
from storage.models import HeldNotice
from storage.privacy import erase_person
from storage.retention import RetentionPolicy, apply
from storage.users import user_by_line_id
from tests.factories import line_id, new_ticket


def _hold(services, *people: str) -> None:
    """One held notice for each name given (a name twice: two notices)."""
    with services.uow() as uow:
        for who in set(people):
            new_ticket(uow, who)
            user_by_line_id(uow, who).discreet = True
        for n, who in enumerate(people):
            notices.push_to_person(
                uow, who, [Say("case.joined", {"reference": f"r{n}"})], purpose=f"t{n}"
            )
        uow.commit()


def _table(services) -> dict[int, str]:
    with services.engine.connect() as conn:
        rows = conn.execute(select(HeldNotice.id, HeldNotice.recipient_enc)).all()
        return dict(rows)


def _read(services, who: str) -> list[str]:
    with services.uow() as uow:
        said = notices.read_held(uow, user_by_line_id(uow, who))
        uow.commit()
        return [item.key for item in said]


def test_one_tap_deletes_one_row_and_seals_every_other_again(services):
    person, stranger = line_id(), line_id()
    _hold(services, person, person, person, stranger)
    before = _table(services)
    assert _read(services, person).count("case.joined") == 3
    after = _table(services)
    assert len(set(before) - set(after)) == 1
    assert all(after[i] != before[i] for i in after)  # the stranger's too: nothing stands out
    with services.uow() as uow:
        assert held_notices.of(uow, person) == []
        assert len(held_notices.of(uow, stranger)) == 1
    assert _read(services, person) == ["discreet.nothing"]  # read once: not shown again
    assert len(_table(services)) == 2


def test_the_retention_job_deletes_everyones_read_rows_at_once(services):
    person, other = line_id(), line_id()
    _hold(services, person, person, other, other, other)
    _read(services, person)
    _read(services, other)
    assert len(_table(services)) == 3
    with services.uow() as uow:
        assert apply(uow, RetentionPolicy())["held_notices_read"] == 3
        uow.commit()
    assert _table(services) == {}


def test_erasure_removes_read_rows_too(services):
    person = line_id()
    _hold(services, person, person)
    _read(services, person)
    with services.uow() as uow:
        assert held_notices.forget(uow, person) == 1
        erase_person(uow, user_by_line_id(uow, person))
        uow.commit()
    assert _table(services) == {}
