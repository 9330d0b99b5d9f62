"""What walk29's chair met: a ticket whose villager did not know the agency ("แก้ หน่วยงาน",
then "บ่ฮู้") read as an empty row on its page and a bare dash in the list. Unknown reads the
same everywhere the chair looks: the page, the list and the export."""

from __future__ import annotations

import pytest

from tests.clock import Clock
from tests.factories import NOW, add_ticket
from tests.integration.bot.dashboard.test_ticket_page_walk27 import _field, _list_row
from tests.integration.bot.dashboard.test_tickets_pages import signed_in

UNKNOWN = "ไม่ทราบ (ผู้แจ้งไม่ได้ระบุ)"


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


@pytest.mark.parametrize("agency", ["", "  "])
def test_an_agency_the_villager_did_not_know_reads_unknown_everywhere(app, services, agency):
    reference = add_ticket(services, agency=agency, district="ประโคนชัย")
    chair, _ = signed_in(app, services, "chair")
    assert _field(chair, reference, "หน่วยงาน") == UNKNOWN
    assert UNKNOWN in _list_row(chair, reference)
    exported = chair.get("/committee/tickets/export.csv").get_data(as_text=True)
    row = next(line for line in exported.splitlines() if reference in line)
    assert UNKNOWN in row, row


def test_a_known_agency_reads_as_typed(app, services):
    reference = add_ticket(services, agency="อบต.ตาเป๊ก")
    chair, _ = signed_in(app, services, "chair")
    assert _field(chair, reference, "หน่วยงาน") == "อบต.ตาเป๊ก"
    assert UNKNOWN not in _list_row(chair, reference)
