"""Walk 36: a witness answer that points back at the story ("ตามที่ส่งไปค่ะ ครูหลายคนก็รู้") names
no one: the reviewer reads the cleaner's story whole, not "😭 [ชื่อพยาน]แต่ไม่กล้าพูด"; a name
after such a lead is still hidden."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from handlers import masking

STORY = (
    "ผอ.สั่งให้ภารโรงกับแม่บ้านเซ็นรับเงินค่าจ้างเต็ม 9,000 แต่ได้จริงแค่ 6,000 😭 ครูหลายคนก็รู้แต่ไม่กล้าพูด ลุงบุญมีก็เห็น"
)


def shown(witnesses: str) -> str:
    ticket = SimpleNamespace(witnesses=witnesses, description=STORY, anonymous=True)
    return masking.for_reviewers(None, ticket, STORY)


@pytest.mark.parametrize(
    "witnesses",
    ["ตามที่ส่งไปค่ะ ครูหลายคนก็รู้", "เหมือนที่เล่าไปแล้วค่ะ ครูหลายคนก็รู้", "ตามที่บอกไว้ครับ"],
)
def test_a_pointer_back_at_the_story_with_no_name_hides_nothing(witnesses):
    assert shown(witnesses) == STORY


def test_a_name_after_the_pointer_is_still_hidden():
    said = shown("ตามที่ส่งไปค่ะ ลุงบุญมี")
    assert "บุญมี" not in said, said
    assert "ครูหลายคนก็รู้แต่ไม่กล้าพูด" in said, said
