"""Danger in shapes the rules' word lists do not hold (veiled warnings, harm to livestock,
crops and property, Isan verbs, English), and harm words in harmless use: a meal, a sport,
a film, the fear of losing a job. None of these lines is in the training examples."""

from __future__ import annotations

import pytest

from handlers.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "มีคนเอาหัวหมูมาวางไว้หน้าประตูบ้าน",
        "ไก่ในเล้าโดนวางยาตายหมดเล้า",
        "เขาว่าคนปากมากมักอายุสั้น",
        "เขาสิมาจูดเฮือนข้อย",
        "คนของนายกมาจ่มใส่ว่าสิบ่ให้อยู่บ้านนี้",
        "ขอความช่วยเหลือด่วนค่ะ มีคนพังประตูเข้ามา",
        "มีคนเอางูมาปล่อยในบ้าน",
        "someone poisoned my buffalo after I complained",
        "my cows were found dead with their throats cut",
    ],
)
def test_threats_without_the_usual_words_are_danger(text):
    assert understand(text).intent == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "กลัวจะโดนไล่ออกจากงานถ้าไปแจ้ง",
        "I'm scared I'll lose my job at the school",
        "เมื่อวานดูหนังเรื่องมือปืนสนุกมาก",
        "เขาฆ่าหมูเลี้ยงแขกในงานบวชลูกนายก",
        "กำนันยิงนกในป่าชุมชน",
        "ตีไก่ในหมู่บ้านมีทุกวันอาทิตย์ ผู้ใหญ่ก็ไปเล่น",
        "nobody threatened me, I just want the money back",
        "เคยต่อยกันตอนเมาเมื่อสิบปีก่อน ไม่เกี่ยวกับเรื่องนี้",
    ],
)
def test_harm_words_in_harmless_use_are_not_danger(text):
    assert understand(text).intent != "danger"


@pytest.mark.parametrize(
    "text",
    [
        "หัวหน้าบอกว่าถ้าพ่อยังไปฟ้องอีก จะไม่ต่อสัญญาให้พี่ชาย",
        "ผู้ใหญ่บอกลูกเราว่าระวังตัวไว้ จะเจ็บเอา",
        "ใครไปแจ้งเรื่องนี้ต้องได้ไปนอนโรงหมอแน่",
    ],
)
def test_retaliation_for_speaking_up_is_danger(text):
    assert understand(text).intent == "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("เมื่อเช้าตะขาบเข้าห้องนอน ตีตายไปแล้ว", "what"),
        ("เด็กๆ กลัวหมาจรหน้าโรงเรียนมาก", "what_more"),
        ("we saw a war movie at the temple fair, then I went home", None),
        ("pa kham", "district"),
    ],
)
def test_pests_films_and_place_names_are_not_danger(text, expecting):
    assert understand(text, expecting=expecting).intent != "danger"
