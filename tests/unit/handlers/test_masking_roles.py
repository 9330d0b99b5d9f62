"""Walk 32: a witness answer that says only what the witnesses are ("อสม.คนอื่นก็รู้", "มีเด้อ
ทั้งหมู่บ้านฮู้ แต่บ่กล้าเว้า") hides nothing of the story from a reviewer; a name still does."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from handlers import masking

STORY = "หัวหน้า รพ.สต. ให้ อสม. เซ็นชื่อรับเงินค่าป่วยการเต็มจำนวน แต่จ่ายจริงแค่ครึ่งเดียว ลุงสมพงษ์ก็เห็น"


def shown(witnesses: str) -> str:
    ticket = SimpleNamespace(witnesses=witnesses, description=STORY, anonymous=True)
    return masking.for_reviewers(None, ticket, STORY)


@pytest.mark.parametrize("witnesses", ["อสม.คนอื่นก็รู้", "มีเด้อ ทั้งหมู่บ้านฮู้ แต่บ่กล้าเว้า", "ชาวบ้านทั้งหมู่รู้กันหมด"])
def test_a_role_or_a_group_is_no_name(witnesses):
    assert shown(witnesses) == STORY


def test_a_name_among_them_is_still_hidden():
    said = shown("อสม.คนอื่นก็รู้ ลุงสมพงษ์ก็เห็น")
    assert "สมพงษ์" not in said, said
