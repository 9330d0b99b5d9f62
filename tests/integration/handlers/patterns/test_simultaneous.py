"""Two reports of one matter filed at the same moment, in two real transactions on PostgreSQL,
still find each other: the later search waits for the earlier commit and then sees it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from handlers.directory import agencies
from handlers.patterns import related
from storage import patterns, tickets
from tests.clock import Clock
from tests.factories import NOW, new_ticket
from tests.integration.handlers.patterns.test_related import HEADMAN, RETOLD

# The second villager gives the agency but not the district. Two reports in one district, of
# one kind and month, queue on the public count's row from their first flush to their commit
# (`storage/public_tally.py`), so this search race needs the two in different groups.
ELSEWHERE = RETOLD | {"district": None}
# Found by the official alone (in the same district): no agency, no sub-district, and no
# kind chosen (another kind takes a little away), so the two reports count in different
# public groups (see above).
WITHOUT_VILLAGE = HEADMAN | {
    "agency": "ไม่ทราบ",
    "subdistrict": None,
    "kind": "other",
    "official": "ผู้ใหญ่บ้าน",
    "description": "ผู้ใหญ่บ้านเรียกเก็บเงินครอบครัวละ 200 บาท อ้างว่าเป็นค่าทำบัตรสวัสดิการแห่งรัฐ",
}


@pytest.fixture
def clock():
    """A fixed clock, so that the reports' dates agree with the app's."""
    return Clock(NOW)


def _waiting_on_a_lock(services) -> bool:
    """Whether a transaction of this database waits for a related-search lock."""
    with services.uow() as uow:
        count = uow.session.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                " AND classid::bigint = :space AND objsubid = 2"
                " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            ),
            {"space": patterns.LOCK_SPACE},
        ).scalar()
        return count > 0


def _filed_at_once(services, first_fields: dict, second_fields: dict) -> None:
    """The two reports filed in two real transactions: the first has searched and not yet
    committed when the second searches; the first commits once the second has either
    searched or is seen waiting for it."""
    first_searched, second_searched = threading.Event(), threading.Event()
    both_filed = threading.Barrier(2, timeout=60)
    errors: list[BaseException] = []

    def file(reference: str, fields: dict, first: bool) -> None:
        try:
            with services.uow() as uow:
                # Own references: the shared reference counter would make them wait anyway.
                new_ticket(uow, reference=reference, **fields)
                both_filed.wait()
                if not first:
                    first_searched.wait(60)
                related.find(uow, tickets.by_reference(uow, reference))
                if first:
                    first_searched.set()
                    while not second_searched.is_set() and not _waiting_on_a_lock(services):
                        second_searched.wait(0.01)
                else:
                    second_searched.set()
                uow.commit()
        except BaseException as error:  # noqa: BLE001 — re-raised in the test's thread
            errors.append(error)
            first_searched.set()
            second_searched.set()

    threads = [
        threading.Thread(target=file, args=("BRM-2569-90001", first_fields, True)),
        threading.Thread(target=file, args=("BRM-2569-90002", second_fields, False)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def _linked(services) -> bool:
    with services.uow() as uow:
        a, b = (tickets.by_reference(uow, r) for r in ("BRM-2569-90001", "BRM-2569-90002"))
        link = patterns.link_between(uow, a.id, b.id)
        return link is not None and link.state == "suggested"


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_reports_filed_at_the_same_moment_are_linked(services):
    """The second must not search past the first's uncommitted report."""
    with services.uow() as uow:  # the agency's record exists before: neither inserts it
        agencies.add_reviewed(uow, HEADMAN["agency"], "operator")
        uow.commit()
    _filed_at_once(services, HEADMAN, ELSEWHERE)
    assert _linked(services)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("order", ["village first", "village second"])
def test_the_headman_named_with_and_without_his_village_at_the_same_moment(services, order):
    """One villager writes "ผู้ใหญ่บ้านหมู่ 5", the other only "ผู้ใหญ่บ้าน", and knows neither the
    agency nor the sub-district: the official is all the two reports are found by, and the
    keys differ ("headman:5:" and "headman::"). Still they see each other, whichever first."""
    pair = [HEADMAN, WITHOUT_VILLAGE]
    _filed_at_once(services, *(pair if order == "village first" else pair[::-1]))
    assert _linked(services)
