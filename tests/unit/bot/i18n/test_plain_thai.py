"""The citizen's side of the catalogue is short, plain and says how to answer by typing."""

from __future__ import annotations

import re

import pytest

from bot.i18n.catalogue import messages
from handlers.complaint.steps import ASK_QUICK, STEPS
from handlers.menu import welcome

CITIZEN = (
    "welcome.", "menu.", "help.", "flow.", "ask.", "reask.", "note.", "problem.", "evidence.",
    "submitted.", "summary.", "story.", "safety.", "withdraw.", "track.", "lookup.", "drafts.",
    "next.", "what.", "kind.",
)  # fmt: skip
BUBBLE = 250
JARGON = ("ประพฤติมิชอบ", "ผลประโยชน์ทับซ้อน", "มติ ครม", "บัตรสนเท่ห์")


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_citizen_bubble_is_short(language):
    long = {k: len(v) for k, v in messages(language).items() if k.startswith(CITIZEN)}
    assert {k: n for k, n in long.items() if n > BUBBLE} == {}


def test_the_welcome_is_two_bubbles_and_the_safety_note():
    # #8 asks for at most two; #10 added the safety note as a third (see the report).
    keys = [item.key for item in welcome()]
    assert [k for k in keys if k.startswith("welcome.")] == ["welcome.hello", "welcome.privacy"]
    assert len(keys) <= 3


def test_no_jargon_without_a_plain_explanation():
    th = {k: v for k, v in messages("th").items() if k.startswith(CITIZEN)}
    assert [k for k, v in th.items() if any(word in v for word in JARGON)] == []


@pytest.mark.parametrize("language, word", [("th", "พิมพ์"), ("en", "type")])
def test_every_question_with_buttons_says_how_to_answer_by_typing(language, word):
    table = messages(language)
    with_buttons = [s for s in STEPS if s in ASK_QUICK and s != "summary"]
    with_buttons += ["evidence", "witnesses", "subdistrict", "when", "reported_ref", "district"]
    assert [s for s in with_buttons if word not in table[f"ask.{s}"].lower()] == []


def test_a_first_time_person_reads_one_line_of_english_in_the_thai_welcome():
    th = messages("th")
    lines = [line for item in welcome() for line in th[item.key].splitlines()]
    english = [line for line in lines if re.search(r"[A-Za-z]{4}", line)]
    english = [line for line in english if not re.search(r"[\u0e00-\u0e7f]", line)]
    assert len(english) == 1 and '"English"' in english[0], english


@pytest.mark.parametrize(
    "language, word, jargon",
    [("th", "แอบแก้", "รหัสตรวจสอบ"), ("en", "nobody changed", "check code")],
)
def test_the_receipt_says_what_its_record_is_for_without_jargon(language, word, jargon):
    table = messages(language)
    for key in ("submitted.receipt", "track.record"):
        assert word in table[key] and jargon not in table[key], table[key]


def test_chat_is_spelt_one_way_where_a_citizen_reads_it():
    assert [k for k, v in messages("th").items() if "แชท" in v] == []
