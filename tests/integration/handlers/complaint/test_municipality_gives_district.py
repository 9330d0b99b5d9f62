"""A municipality named at the agency question places the complaint: its district (and,
for a tambon's, its sub-district) is not asked again."""

from __future__ import annotations

import pytest

from tests.conftest import ONE_DATABASE
from tests.integration.handlers.complaint.test_understood_steps import draft_of, started

# A place read from an agency's name is the reading's: SQLite only.
pytestmark = ONE_DATABASE


@pytest.mark.parametrize(
    ("said", "district"),
    [("เทศบาลนครบุรีรัมย์ค่ะ กองคลัง", "เมืองบุรีรัมย์"), ("ทต.ชุมเห็ดครับ", "เมืองบุรีรัมย์")],
)
def test_the_district_of_a_municipality_is_not_asked_again(chat, services, said, district):
    started(chat)
    chat.say(said)
    draft = draft_of(services)
    assert draft.step != "district"
    assert draft.data.get("district") == district
