"""Fifty complainants confirming at the same moment get fifty tickets with distinct references."""

from __future__ import annotations

import re
import threading
import uuid

import pytest
from sqlalchemy import select

from bot.http.inbound import process_body
from storage.models import Draft, LineUser, Ticket
from storage.reference_numbers import formatted, number_for
from storage.users import user_for_line_id
from tests.factories import postback_event

COUNT = 50
READY = {
    "consent": True,
    "kind": "bribery",
    "agency": "สำนักงานที่ดินจังหวัดบุรีรัมย์",
    "official": "เจ้าหน้าที่รังวัด",
    "district": "เมืองบุรีรัมย์",
    "subdistrict": None,
    "occurred_on": "2025-12-01",
    "description": "เจ้าหน้าที่เรียกเงินห้าพันบาทเพื่อเร่งรังวัดที่ดินให้ชาวบ้านหลายรายในตำบล",
    "witnesses": "",
    "reported": False,
    "anonymous": True,
}


def users_at_the_summary(services, count: int) -> list[str]:
    """Users whose complaint drafts are complete and waiting for the confirm tap."""
    ids = {"U" + uuid.uuid4().hex: 0 for _ in range(count)}
    with services.uow() as uow:
        for line_id in ids:
            user = user_for_line_id(uow, line_id)
            history = ["consent", "kind", "agency", "official", "district", "subdistrict"]
            draft = Draft(
                user_id=user.id,
                step="summary",
                history=history,
                data=dict(READY),
                created_at=uow.now(),
                updated_at=uow.now(),
            )
            uow.session.add(draft)
            uow.session.flush()
            ids[line_id] = draft.id
        uow.commit()
    return ids


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_fifty_simultaneous_confirmations_make_fifty_tickets(services):
    ids = users_at_the_summary(services, COUNT)
    start = threading.Barrier(COUNT)
    outcomes = {}

    def confirm(line_id: str) -> None:
        event = postback_event(f"a=summary:confirm&d={ids[line_id]}", line_id)
        start.wait()
        outcomes[line_id] = process_body(services.uow, [event])

    threads = [threading.Thread(target=confirm, args=(line_id,)) for line_id in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [(o.handled, o.failed) for o in outcomes.values()] == [(1, 0)] * COUNT
    assert all(len(o.replies) == 1 for o in outcomes.values())
    with services.uow() as uow:
        tickets = uow.session.scalars(select(Ticket)).all()
        drafts = uow.session.scalars(select(Draft)).all()
        references = sorted(t.reference for t in tickets)
        years = {re.fullmatch(r"BRM-(25\d\d)-\d{5}", r).group(1) for r in references}
        assert len(years) == 1
        year = years.pop()
        # The year's first COUNT numbers, each given once (as permuted: storage.reference_numbers)
        key = uow.vault.reference_key("BRM", int(year))
        numbers = [formatted(number_for(key, n)) for n in range(1, COUNT + 1)]
        assert references == sorted(f"BRM-{year}-{number}" for number in numbers)
        assert {d.status for d in drafts} == {"submitted"} and len(drafts) == COUNT
        assert {(d.user_id, len(d.data)) for d in drafts} == {(None, 0)}  # nothing left to pair
        owners = {uow.vault.decrypt(t.owner_line_id_enc) for t in tickets}
        assert owners == set(ids)
        people = uow.session.scalars(select(LineUser)).all()
        assert sorted(i for p in people for i in p.ticket_ids) == sorted(t.id for t in tickets)
