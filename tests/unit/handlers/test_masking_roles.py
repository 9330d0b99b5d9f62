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


TEACHER = "ดิฉันเป็นครูโรงเรียนบ้านหนองบัว อำเภอลำปลายมาศค่ะ ผู้อำนวยการสมชาย สั่งซื้อของจากร้านญาติ"


def test_an_anonymous_tellers_own_post_and_workplace_is_hidden_from_reviewers():
    ticket = SimpleNamespace(witnesses="", description=TEACHER, anonymous=True)
    said = masking.for_reviewers(None, ticket, TEACHER)
    assert "ครูโรงเรียนบ้านหนองบัว" not in said, said
    assert "ผู้อำนวยการสมชาย" in said, said


def test_a_named_tellers_post_is_shown_and_a_bare_post_is_not_hidden():
    named = SimpleNamespace(witnesses="", description=TEACHER, anonymous=False)
    assert masking.for_reviewers(None, named, TEACHER) == TEACHER
    bare = "ดิฉันเป็น อสม. ค่ะ หัวหน้าให้ อสม. เซ็นชื่อ"
    ticket = SimpleNamespace(witnesses="", description=bare, anonymous=True)
    assert masking.for_reviewers(None, ticket, bare) == bare
