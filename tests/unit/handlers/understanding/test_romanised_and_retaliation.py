"""Threats typed in Latin letters (romanised Thai, English) and threats against whoever
reports are danger; extortion, questions and calm Latin text are not."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import understand
from handlers.understanding.romanised import as_thai, is_romanised_thai, says, sound

TODAY = date(2026, 12, 3)


def _intent(text, expecting=None):
    return understand(text, expecting=expecting, today=TODAY).intent


def test_spellings_of_one_thai_sound_share_a_key():
    assert sound("khao") == sound("kao")
    assert sound("mee") == sound("mi")
    assert sound("ja") == sound("cha")
    assert sound(sound("phuean")) == sound("phuean")  # a key keyed again is the same


def test_romanised_thai_is_told_from_english():
    assert is_romanised_thai("khao bok wa ja tham rai")
    assert not is_romanised_thai("they said they will come back tonight")
    assert not is_romanised_thai("ok")  # one word alone: too often English
    assert as_thai("Mee khon ma") == "mi kon ma"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("kao bok wa si ying pom", "witnesses"),
        ("mee kon tue meed ma na baan", None),
        ("phu yai ma khu wa ja pao baan rao", "identity"),
        ("khao ja tam rai mae pom", "when"),
    ],
)
def test_romanised_thai_threats_are_danger(text, expecting):
    assert _intent(text, expecting) == "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("khob khun ka", None),
        ("mai mee krap", "witnesses"),
        ("phu yai ban kep ngern kon la 300", "what"),
        ("I will send my son's photos tomorrow", "evidence"),
    ],
)
def test_calm_latin_text_is_not_danger(text, expecting):
    assert _intent(text, expecting) != "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("he told me my son might get hurt if we don't stop complaining", "witnesses"),
        ("they said our house could burn one night", None),
        ("ผู้ใหญ่บ้านประกาศเสียงตามสายว่าใครไปแจ้งอำเภอจะอยู่ไม่ได้", "official"),
        ("นายกพูดในที่ประชุมว่าถ้าใครร้องเรียนจะโดนจัดการ", "kind"),
        ("เขาบอกทุกคนว่าคนที่ปากโป้งจะไม่รอด", None),
        ("ใครฟ้องอำเภอ ก็ต้องย้ายออกจากหมู่บ้าน เขาพูดแบบนี้", "witnesses"),
    ],
)
def test_threats_to_family_and_against_reporters_are_danger(text, expecting):
    assert _intent(text, expecting) == "danger"


@pytest.mark.parametrize(
    ("text", "expecting", "intent"),
    [
        ("ถ้าแจ้งไปแล้วจะต้องย้ายออกไหมคะ", "consent", "question"),
        ("ใครไม่จ่ายจะไม่ได้เบี้ยคนชรา ขู่แบบนี้ทุกเดือน", "what", "answer"),
    ],
)
def test_asking_about_retaliation_and_extortion_are_not_danger(text, expecting, intent):
    assert _intent(text, expecting) == intent


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("มีคนขว้างก้อนหินใส่หลังคาทุกคืน", "witnesses"),
        ("เขาประกาศว่าคนที่ฟ้องจะถูกตัดชื่อออกจากทุกโครงการ และจะไม่ได้อยู่ที่นี่", "what"),
        ("my neighbour told me the mayor's people are looking for me", "identity"),
        ("khao bok wa ja ma ao tua", "witnesses"),
        ("ตำรวจมาหาที่บ้าน บอกให้ถอนเรื่อง", "when"),
        ("เขาว่าซิเฮ็ดให้บ่ได้อยู่บ้าน", "what"),
        ("มีคนส่งไลน์มาว่าอย่าให้เจอนะ", None),
        ("ได้ข่าวว่าเขาตั้งค่าหัวคนแจ้ง", "official"),
        ("เขาส่งพวงหรีดมาที่บ้าน", "official"),
        ("น้องสาวถูกลากขึ้นรถ", "when"),
        ("someone threw a molotov at our shop", None),
        ("the village head said people who complain will not get help and should leave", "when"),
    ],
)
def test_threats_in_new_words_are_danger(text, expecting):
    assert _intent(text, expecting) == "danger"


def test_burning_rubbish_is_no_arson():
    assert understand("มีรูปตอนเขาเผาขยะข้างบ้าน", expecting="evidence").confidence < 0.9


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ผมไม่ได้อยู่บ้านตอนนั้น", "what"),
        ("ตำรวจมาหาที่บ้าน บอกให้ถอนเรื่อง", "reason"),  # the reason for withdrawing
        ("people who complain will get an answer in 7 days, they said", "what"),
        ("เขาให้ซื้อพวงหรีดงานศพผ่านร้านญาติ", "what"),
        ("ผู้ใหญ่เก็บค่าหัวคิวคนละ 100", "what"),
        ("เจ้าหน้าที่เตือนว่าเอกสารไม่ครบ", "what"),
    ],
)
def test_not_at_home_and_reasons_for_withdrawing_are_not_danger(text, expecting):
    assert _intent(text, expecting) != "danger"


def test_a_latin_text_says_the_same_word_whatever_order_the_words_come_in():
    # "sai chue dai kha" says ใส่ชื่อ and ใส่ชื่อได้: the longer, all of what was typed, both ways
    # round (the word lists are sets, whose order changes from one process to the next)
    words = ("ใส่ชื่อ", "ใส่ชื่อได้")
    assert says("sai chue dai kha", words) == "ใส่ชื่อได้"
    assert says("sai chue dai kha", words[::-1]) == "ใส่ชื่อได้"


def test_a_latin_name_choice_gives_the_words_said_as_its_span():
    found = understand("sai chue dai kha", expecting="identity", today=TODAY).values["identity"]
    assert (found.value, found.span) == ("named", "ใส่ชื่อได้")
