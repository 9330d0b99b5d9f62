"""The kind of misconduct read from a description: words such as road or contractor do not
make every story a rigged project, and a story of two kinds at once is asked about (the
question with its choices) rather than guessed. None of these lines is a training example."""

from __future__ import annotations

import pytest

from handlers.understanding import understand


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("งบซ่อมท่อประปาเบิกครบ แต่ท่อยังแตกอยู่ ไม่มีใครมาซ่อม", "budget"),
        ("บริษัทที่ได้งานสร้างสะพานเป็นของภรรยานายก", "conflict"),
        ("ทำถนนบางกว่าในสัญญา ประมูลก็มีเจ้าเดียว", "procurement"),
    ],
)
def test_a_description_is_read_as_its_kind(text, kind):
    assert understand(text, expecting="kind").value("kind") == kind


def test_a_story_of_two_kinds_at_once_is_asked_not_guessed():
    text = "ผู้ใหญ่บ้านรับเงินแล้วให้งานถนนไป แต่ถนนก็ทำไม่ดี"  # a bribe, and poor work
    assert understand(text, expecting="kind").value("kind") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ตอนงานบุญบั้งไฟ ผู้ใหญ่ล้มวัวเลี้ยงแขกผู้ใหญ่จากอำเภอ เงินมาจากงบหมู่บ้าน", "budget"),
        ("อบต.ซื้อพัดลมมาแจกโรงเรียน ตัวละห้าพัน ที่ห้างขายตัวละแปดร้อย", "procurement"),
        ("งานวัดปีนี้จ้างลิเกมาเล่น เบิกค่าจ้างไปสี่หมื่น คณะลิเกบอกได้หมื่นเดียว", "budget"),
        ("the mayor buys the office's fuel from his brother's gas station", "conflict"),
        ("ไม่แน่ใจว่าเป็นเรื่องอะไร เขาเอาข้าวสารที่ต้องแจกไปขายตลาด", "budget"),
    ],
)
def test_plain_descriptions_of_new_shapes_are_read_as_their_kind(text, kind):
    assert understand(text, expecting="kind").value("kind") == kind
