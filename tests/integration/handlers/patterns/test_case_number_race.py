"""#21: two cases confirmed at the same instant, in two real transactions on PostgreSQL,
drawing the same number: the second is given another number instead of failing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from handlers.patterns import case_numbers, cases
from storage import tickets
from storage.models import Member
from storage.pattern_models import Case
from tests.factories import add_member, add_ticket

TAKEN_TWICE = "222222"


def _waiting_for_a_row(services) -> bool:
    """Whether a transaction of this database waits for another's (the unique index)."""
    with services.uow() as uow:
        count = uow.session.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted"
                " AND pid <> pg_backend_pid()"
            )
        ).scalar()
        return count > 0


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_cases_confirmed_at_once_get_two_numbers(services, monkeypatch):
    chair = add_member(services, "chair")
    pairs = [(add_ticket(services), add_ticket(services)) for _ in range(2)]
    drawn = threading.local()

    def same_first(original=case_numbers.draw):
        """Each transaction's first draw is the same number; later draws are random."""
        if getattr(drawn, "once", False):
            return original()
        drawn.once = True
        return TAKEN_TWICE

    monkeypatch.setattr(case_numbers, "draw", same_first)
    first_added, second_started = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def confirm(pair: tuple[str, str], first: bool) -> None:
        try:
            with services.uow() as uow:
                a, b = (tickets.by_reference(uow, r) for r in pair)
                if not first:
                    first_added.wait(60)
                    second_started.set()
                cases.join(uow, uow.session.get(Member, chair), a, b)
                if first:
                    first_added.set()
                    second_started.wait(60)
                    # Commit only once the second waits on the number's index (or has drawn).
                    for _ in range(3000):
                        if _waiting_for_a_row(services):
                            break
                        threading.Event().wait(0.01)
                uow.commit()
        except BaseException as error:  # noqa: BLE001 — re-raised in the test's thread
            errors.append(error)
            first_added.set()
            second_started.set()

    threads = [
        threading.Thread(target=confirm, args=(pairs[0], True)),
        threading.Thread(target=confirm, args=(pairs[1], False)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with services.uow() as uow:
        numbers = list(uow.session.scalars(select(Case.number)))
    assert len(numbers) == 2
    assert TAKEN_TWICE in numbers and len(set(numbers)) == 2
