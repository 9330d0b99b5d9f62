"""fixO32 (issue #16): a ticket filed about a place outside the province carries a badge
"นอกจังหวัดบุรีรัมย์: <province>" on the list, on its page, in the export, and on the digest and
alert cards members read; a ticket of the province carries none."""

from __future__ import annotations

import pytest

from bot.cards.alerts import ticket_bubble
from bot.cards.digest import committee_digest
from tests.clock import Clock
from tests.factories import NOW, add_ticket
from tests.integration.bot.dashboard.test_ticket_page_walk27 import _list_row
from tests.integration.bot.dashboard.test_tickets_pages import signed_in

BADGE = "นอกจังหวัดบุรีรัมย์: สุรินทร์"
NAMES = {"home": ["บุรีรัมย์", "Buri Ram"], "province": ["สุรินทร์", "Surin"]}


@pytest.fixture
def clock():
    """A fixed clock (the app and the test data agree on now)."""
    return Clock(NOW)


def _outside(services) -> str:
    return add_ticket(
        services,
        agency="สภ.ปราสาท",
        district=None,
        place_text="สภ.ปราสาท",
        outside_province="สุรินทร์",
    )


def test_the_badge_shows_on_the_list_the_page_and_the_export(app, services):
    outside = _outside(services)
    inside = add_ticket(services, district="นางรอง")
    chair, _ = signed_in(app, services, "chair")
    assert BADGE in _list_row(chair, outside)
    assert "นอกจังหวัด" not in _list_row(chair, inside)
    page = chair.get(f"/committee/tickets/{outside}").get_data(as_text=True)
    assert BADGE in page and "สภ.ปราสาท" in page  # the place as said, beside the badge
    assert "นอกจังหวัดบุรีรัมย์" not in chair.get(f"/committee/tickets/{inside}").get_data(as_text=True)
    exported = chair.get("/committee/tickets/export.csv").get_data(as_text=True)
    header, *lines = exported.lstrip("\ufeff").splitlines()
    assert "นอกจังหวัด" in header
    assert BADGE in next(line for line in lines if outside in line)
    assert "นอกจังหวัดบุรีรัมย์" not in next(line for line in lines if inside in line)


def _texts(card: dict) -> str:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "text":
                found.append(node.get("text", ""))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return "\n".join(found)


def test_the_alert_card_carries_the_badge_in_the_members_language():
    data = {
        "reference": "BRM-2569-00001",
        "kind": "bribery",
        "status": "submitted",
        "district": "สภ.ปราสาท",
        "summary": "เรียกเงิน",
        "url": "https://example.org/t",
        "outside": NAMES,
    }
    assert BADGE in _texts(ticket_bubble(data, "th"))
    assert "Outside Buri Ram: Surin" in _texts(ticket_bubble(data, "en"))
    assert "นอกจังหวัด" not in _texts(ticket_bubble({**data, "outside": None}, "th"))


def test_the_digest_card_carries_the_badge():
    ticket = {
        "id": 1,
        "reference": "BRM-2569-00001",
        "section": "new",
        "status": "submitted",
        "kind": "bribery",
        "agency": "สภ.ปราสาท",
        "district": "",
        "outside": NAMES,
        "submitted": "2026-12-07",
        "open_case": False,
        "threat": "",
    }
    data = {
        "day": "2026-12-07",
        "counts": {"new": 1},
        "threatened": 0,
        "total": 1,
        "dashboard": "https://example.org",
        "tickets": [ticket],
    }
    assert BADGE in _texts(committee_digest(data, "th"))
