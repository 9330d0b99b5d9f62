"""Evidence said as a screenshot ("มีแคปหน้าจอค่ะ") is evidence to come, not "that is all"
("มีแค่นี้": แค่ is not แคป) — round 19's teacher."""

from __future__ import annotations

import pytest

from handlers.understanding import understand


@pytest.mark.parametrize("text", ["มีแคปหน้าจอค่ะ", "มีแคปแชทไลน์ครับ", "มีภาพหน้าจอค่ะ"])
def test_a_screenshot_said_is_evidence_to_come(text):
    found = understand(text, expecting="evidence")
    assert (found.intent, found.value("evidence")) == ("answer", "has"), found


def test_only_this_much_is_still_all_there_is():
    assert understand("มีแค่นี้ค่ะ", expecting="evidence").intent == "done"
